// `npm run bench [-- --json]`: Readout's core, language server and CLI beside its
// peers on the same generated drafts, with Readout's speed targets beside each figure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundled, cliProcess, coldCheck, coldProcess, editRecheck, fullCheck, hover, loadCore, recordLoad } from './core';
import { generateDraft, syntheticRecord, wordCount } from './drafts';
import { measureLsp } from './lsp';
import { measurePeers } from './peers';
import { json, table } from './report';
import { pathologicalDrafts } from '../test/robustness/pathological';
import type { Row, Sample } from './stats';

const root = path.join(__dirname, '..');
const asJson = process.argv.includes('--json');
const progress = (what: string) => process.stderr.write(`bench: ${what}\n`);
const SIZES = [1_000, 10_000, 100_000];
const MAIN = 10_000;
const label = (words: number) => `${words / 1000}k words`;

async function main(): Promise<void> {
  progress('package (npm run package): the CLI and the language server are measured as they ship');
  const packaged = packageExtension();
  const drafts = SIZES.map((words) => ({ words, text: generateDraft(words) }));
  const { core, file: coreFile } = await loadCore();
  // Absolute targets hold on the machine they were set on: each names the CPU it was measured on.
  const cpu = `${os.cpus().length} × ${(os.cpus()[0]?.model ?? 'unknown CPU').replace(/\((?:R|TM)\)|\s+(?:CPU|Processor)\b/g, '').replace(/\s+/g, ' ').trim()}`;
  const on = (bound: { max: number }) => ({ ...bound, on: cpu });
  const rows: Row[] = [];
  const row = (group: string, name: string, unit: Row['unit'], value: Sample | number | undefined, target?: Row['target'], note?: string) =>
    rows.push({ group, name, unit, ...(value !== undefined ? { value } : {}), ...(target ? { target } : {}), ...(note ? { note } : {}) });

  progress('core: full checks');
  const full = new Map<number, Sample>();
  for (const d of drafts) {
    const { cold, warm } = await fullCheck(core, d.text, d.words);
    full.set(d.words, cold);
    row('core', `full check, ${label(d.words)} (cold cache)`, 'ms', cold, d.words === MAIN ? on({ max: 15 }) : undefined);
    row('core', `full check, ${label(d.words)} (warm cache)`, 'ms', warm);
  }
  const main = drafts.find((d) => d.words === MAIN)!;
  progress('core: edit, hover, new process');
  const edit = await editRecheck(core, main.text);
  row('core', `1-char edit re-check, ${label(MAIN)}`, 'ms', edit, on({ max: 1 }));
  row('core', `hover on a name, ${label(MAIN)}`, 'ms', await hover(core, main.text), on({ max: 0.5 }));
  const cold = await coldProcess(coreFile, main.text);
  row('core', `new process: spawn → checked, ${label(MAIN)}`, 'ms', cold.wall);
  row('core', `new process: load + check inside, ${label(MAIN)}`, 'ms', cold.inside);

  const cli = path.join(root, 'dist', 'cli.js');
  row('cli', `readout check, ${label(MAIN)} (new process)`, 'ms', existsSync(cli) ? cliProcess(cli, main.text) : undefined, undefined, existsSync(cli) ? undefined : 'not available: dist/cli.js missing (npm run build)');

  progress('language server');
  const serverJs = path.join(root, 'dist', 'server.js');
  let lsp: Awaited<ReturnType<typeof measureLsp>> | undefined;
  let lspWhy = 'not available: dist/server.js missing (npm run build)';
  if (existsSync(serverJs)) {
    try {
      lsp = await measureLsp(serverJs, drafts, MAIN);
    } catch (e) {
      lspWhy = `not available: ${(e as Error).message.split('\n')[0]}`;
    }
  }
  for (const d of drafts) row('lsp', `didOpen → first diagnostics, ${label(d.words)}`, 'ms', lsp?.open.get(d.words), undefined, lsp ? undefined : lspWhy);
  row('lsp', `1-char didChange → fresh diagnostics, ${label(MAIN)}`, 'ms', lsp?.edit, on({ max: 5 }), lsp ? undefined : lspWhy);
  row('lsp', `hover round trip, ${label(MAIN)}`, 'ms', lsp?.hover, undefined, lsp ? undefined : lspWhy);
  row('lsp', `cold start → first diagnostics, ${label(MAIN)}`, 'ms', lsp?.cold, on({ max: 300 }), lsp ? undefined : lspWhy);
  row('lsp', `resident memory after ${label(SIZES[2]!)}`, 'MB', lsp?.rss, on({ max: 80 }), lsp ? 'read as the 100k-word draft\'s diagnostics arrive' : lspWhy);
  row('lsp', `resident memory after ${label(SIZES[2]!)}, settled`, 'MB', lsp?.settledRss, undefined, lsp ? 'the same server, idle for 12 s' : lspWhy);

  progress('peers');
  const peerSamples = await measurePeers(drafts);
  for (const peer of peerSamples) {
    for (const d of drafts) {
      const s = peer.samples.get(d.words);
      row('peers', `${peer.name}, ${label(d.words)}`, 'ms', s, undefined, s ? undefined : `not available: ${peer.error}`);
    }
    for (const d of drafts) {
      const s = peer.samples.get(d.words);
      const target = d.words === MAIN && peer.ratioTarget ? { min: peer.ratioTarget } : undefined;
      row('peers', `${peer.name.split(' ')[0]} ÷ Readout full check, ${label(d.words)}`, '×', s ? s.median / full.get(d.words)!.median : undefined, target, s ? undefined : 'not available');
    }
    // What a writer feels on a keystroke: a peer checks the whole draft again, Readout the paragraph typed in.
    const s = peer.samples.get(MAIN);
    if (!peer.name.startsWith('chrono')) {
      const target = peer.editRatioTarget ? { min: peer.editRatioTarget } : undefined;
      row('peers', `${peer.name.split(' ')[0]} whole draft ÷ Readout 1-char edit re-check, ${label(MAIN)}`, '×', s ? s.median / edit.median : undefined, target, s ? undefined : 'not available');
    }
  }

  // Whether a ratio target can be met at all: a check must at least read the words and the dates.
  progress('floor: tokenizing and reading dates');
  const { measureFloor } = require(await bundled(path.join(__dirname, 'floor.ts'))) as typeof import('./floor');
  const floor = await measureFloor(main.text, 15);
  const floorSum = floor.tokenize.median + floor.dates.median;
  row('floor', `tokenizing every paragraph, ${label(MAIN)}`, 'ms', floor.tokenize);
  row('floor', `Readout reading dates (chrono-node) in the ${floor.datedSentences} of ${floor.sentences} sentences with a date cue`, 'ms', floor.dates);
  row('floor', 'tokenizing + reading dates', 'ms', floorSum);
  for (const { name, ratioTarget: ratio, samples } of peerSamples) {
    if (!ratio) continue;
    const s = samples.get(MAIN);
    row('floor', `a check ${ratio}× faster than ${name.split(' ')[0]} must take at most`, 'ms', s ? s.median / ratio : undefined, undefined, s ? `${(s.median / ratio / floorSum).toFixed(2)} × the floor above` : 'not available');
  }

  progress('scaling');
  const perK = drafts.map((d) => full.get(d.words)!.median / (wordCount(d.text) / 1000));
  drafts.forEach((d, i) => row('scaling', `full check per 1k words, ${label(d.words)} draft`, 'ms/1k words', perK[i]));
  row('scaling', 'per-1k-words cost, 100k ÷ 10k (1 = linear)', '×', perK[2]! / perK[1]!, { max: 1.2 }, 'linear means 1; up to 1.2× is counted as linear here');
  progress('synthetic record (10,000 people, 100,000 calls)');
  const big = syntheticRecord(10_000, 100_000);
  const loaded = await recordLoad(core, big);
  row('scaling', 'record of 10k people / 100k calls: load (parse, validate, index)', 'ms', loaded.load);
  row('scaling', 'record of 10k people / 100k calls: JSON.parse of the same file', 'ms', loaded.parse);
  row('scaling', 'record load ÷ JSON.parse', '×', loaded.load.median / loaded.parse.median, { max: 3 });
  const bigCheck = await coldCheck(core, main.text, big, 9);
  row('scaling', `record of 10k people / 100k calls: full check, ${label(MAIN)}`, 'ms', bigCheck);
  row('scaling', `full check with that record ÷ with the embedded one, ${label(MAIN)}`, '×', bigCheck.median / full.get(MAIN)!.median, { max: 1.5 });

  progress('pathological text (1 MB of each run, test/robustness/pathological.ts)');
  const pathological = pathologicalDrafts(1024 * 1024).map(({ name, languageId, text }) => {
    const started = performance.now();
    core.createChecker({ record: core.defaultRecord }).check(text, { languageId, referenceDate: '2024-07-13' });
    return { name, ms: performance.now() - started };
  });
  const slowest = pathological.reduce((a, b) => (b.ms > a.ms ? b : a));
  row('scaling', `pathological 1 MB runs (${pathological.length} kinds): all, one check each`, 'ms', pathological.reduce((sum, p) => sum + p.ms, 0));
  row('scaling', `pathological 1 MB runs: slowest (${slowest.name})`, 'ms', slowest.ms, undefined, 'quadratic on any of them would take minutes; the linear-time test runs them too');

  const dist = path.join(root, 'dist');
  const bundles = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith('.js')) : [];
  for (const f of bundles) row('size', `dist/${f}`, 'KB', statSync(path.join(dist, f)).size / 1024);
  row('size', 'readout.vsix', 'KB', packaged.vsixKB, undefined, packaged.error && `not available: ${packaged.error}`);

  const meta = {
    node: process.version,
    cpus: cpu,
    drafts: drafts.map((d) => ({ words: wordCount(d.text), characters: d.text.length })),
  };
  if (asJson) process.stdout.write(`${json(rows, meta)}\n`);
  else process.stdout.write(`Readout benchmark · node ${meta.node} · ${meta.cpus}\nDrafts: ${meta.drafts.map((d) => `${d.words.toLocaleString('en-US')} words`).join(', ')} (seeded)\n\n${table(rows)}\n`);
}

/** `npm run package`: production bundles in dist/, and the size of the .vsix (built in a temporary folder, then removed). */
function packageExtension(): { vsixKB?: number; error?: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'readout-vsix-'));
  const vsix = path.join(dir, 'readout.vsix');
  try {
    const run = spawnSync('npm', ['run', 'package', '--', '--out', vsix], { cwd: root, encoding: 'utf8' });
    if (run.status === 0) return { vsixKB: statSync(vsix).size / 1024 };
    const said = (output: string) => output.trim().split('\n').filter((line) => line && !/^npm (?:warn|error)/i.test(line)).at(-1);
    return { error: said(run.stderr) ?? said(run.stdout) ?? `npm run package exited with ${run.status}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
