// `npm run fuzz`: the properties of core.property.test.ts and cli.property.test.ts on many
// more drafts (100,000 by default), with throughput printed. Slow by design: minutes.
//
//   npm run fuzz                              # 100,000 drafts through the core, 2,000 through the CLI
//   npm run fuzz -- --runs 500000 --seed 7    # more, or another sequence
//   npm run fuzz -- --cli-runs 0              # the core only
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { run } from '../../server/src/cli/main';
import { type CheckOptions, createChecker, defaultRecord } from '../../server/src/core';
import {
  anyString,
  checkInvariants,
  checkOptions,
  deepMarkdownDraft,
  longLineDraft,
  manyDatesDraft,
  mutatedDraft,
  plain,
  randomDraft,
} from './drafts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) {
    process.stderr.write(`fuzz: --${name} takes a whole number\n`);
    process.exit(2);
  }
  return value;
}

const runs = option('runs', 100_000);
const cliRuns = option('cli-runs', 2_000);
const seed = option('seed', Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647));
/** One draft in this many is also checked by a brand-new checker (cold cache) and compared. */
const freshEvery = 10;

const draft: fc.Arbitrary<string> = fc.oneof(
  { weight: 600, arbitrary: mutatedDraft },
  { weight: 250, arbitrary: randomDraft },
  { weight: 140, arbitrary: anyString(2000) },
  { weight: 4, arbitrary: deepMarkdownDraft },
  { weight: 1, arbitrary: longLineDraft },
  { weight: 1, arbitrary: manyDatesDraft },
);

const number = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

interface Tally {
  drafts: number;
  characters: number;
  findings: number;
  checkMs: number;
}

function progress(label: string, tally: Tally, total: number, started: number): void {
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`  ${label}: ${number(tally.drafts)} / ${number(total)} drafts, ${number(tally.drafts / seconds)} drafts/s\n`);
}

function report(label: string, tally: Tally, started: number): void {
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${label}: ${number(tally.drafts)} drafts (${number(tally.characters / 1e6, 1)} M characters, ${number(tally.findings)} findings) in ${number(seconds, 1)} s: ` +
      `${number(tally.drafts / seconds)} drafts/s, ${number(tally.characters / 1e6 / seconds, 2)} M characters/s overall; ` +
      `checking alone ${number(tally.characters / 1e6 / (tally.checkMs / 1000), 2)} M characters/s\n`,
  );
}

function fuzzCore(): void {
  const warm = createChecker({ record: defaultRecord });
  const tally: Tally = { drafts: 0, characters: 0, findings: 0, checkMs: 0 };
  const started = performance.now();
  let lastReport = started;
  fc.assert(
    fc.property(draft, checkOptions, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }), (text: string, options: CheckOptions, hovers: number[]) => {
      const t0 = performance.now();
      const result = checkInvariants(warm, text, options, hovers);
      tally.checkMs += performance.now() - t0;
      const expected = plain(result);
      assert.deepEqual(plain(warm.check(text, options)), expected, 'the same checker gives different findings the second time');
      if (tally.drafts % freshEvery === 0) {
        assert.deepEqual(plain(createChecker({ record: defaultRecord }).check(text, options)), expected, 'a fresh checker gives different findings');
      }
      tally.drafts++;
      tally.characters += text.length;
      tally.findings += result.findings.length;
      if (performance.now() - lastReport > 15_000) {
        lastReport = performance.now();
        progress('core', tally, runs, started);
      }
    }),
    { seed, numRuns: runs, includeErrorInReport: true },
  );
  report('core', tally, started);
}

function fuzzCli(): void {
  if (cliRuns === 0) return;
  const dir = mkdtempSync(path.join(tmpdir(), 'readout-fuzz-'));
  const tally: Tally = { drafts: 0, characters: 0, findings: 0, checkMs: 0 };
  const started = performance.now();
  try {
    fc.assert(
      fc.property(fc.oneof(mutatedDraft, randomDraft, anyString(500)), fc.constantFrom('md', 'txt'), (text, ext) => {
        const file = path.join(dir, `draft.${ext}`);
        writeFileSync(file, text);
        let stdout = '';
        const stderr: string[] = [];
        const t0 = performance.now();
        const status = run(['check', '--format', 'json', file], { cwd: dir, stdout: (t) => (stdout += t), stderr: (l) => stderr.push(l) });
        tally.checkMs += performance.now() - t0;
        assert.ok(status === 0 || status === 1, `exit ${status}: ${stderr.join('\n')}`);
        const doc = JSON.parse(stdout) as { files: { findings: unknown[] }[] };
        tally.drafts++;
        tally.characters += text.length;
        tally.findings += doc.files[0]?.findings.length ?? 0;
      }),
      { seed, numRuns: cliRuns, includeErrorInReport: true },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  report('cli (in process, one file each)', tally, started);
}

process.stdout.write(`Readout fuzz · seed ${seed} · ${number(runs)} drafts through the core, ${number(cliRuns)} through the CLI · node ${process.version}\n`);
try {
  fuzzCore();
  fuzzCli();
} catch (err) {
  process.stderr.write(`fuzz: a property failed (seed ${seed}; rerun with --seed ${seed}):\n${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
