// `npm run eval`: precision and recall of every finding code on the evaluation corpus,
// then every false alarm, miss and untrue fix with its file and line.
import { createChecker, defaultRecord } from '../../server/src/core';
import { evaluate, readCorpus, scores } from './corpus';

// `npm run eval -- wire op-ed`: only the drafts under those folders.
const only = process.argv.slice(2);
const drafts = readCorpus().filter((d) => !only.length || only.some((folder) => d.file.startsWith(`${folder}/`)));
const outcome = evaluate(createChecker({ record: defaultRecord }), drafts);
const pct = (x: number) => x.toFixed(3);
console.log(`${outcome.drafts} drafts, ${outcome.sentences} sentences\n`);
console.log('code                         expected  flagged  hits  precision  recall');
for (const s of scores(outcome)) {
  console.log(`${s.code.padEnd(28)} ${String(s.expected).padStart(8)} ${String(s.flagged).padStart(8)} ${String(s.hits).padStart(5)}  ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)}`);
}
const where = (file: string, line: number) => `test/eval/drafts/${file}:${line + 1}`;
if (outcome.falseAlarms.length) console.log(`\nFalse alarms (${outcome.falseAlarms.length})`);
for (const f of outcome.falseAlarms) console.log(`  ${where(f.file, f.line)} ${f.finding.code} "${f.words}": ${f.finding.message}`);
if (outcome.misses.length) console.log(`\nMisses (${outcome.misses.length})`);
for (const m of outcome.misses) console.log(`  ${where(m.file, m.line)} ${m.code} "${m.words}"`);
if (outcome.badFixes.length) console.log(`\nFixes that do not make their line true (${outcome.badFixes.length})`);
for (const b of outcome.badFixes) console.log(`  ${where(b.file, b.line)} ${b.code} → "${b.fix}": ${b.why}`);
