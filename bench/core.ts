// Readout's core in this process, and a cold check in a new one. Both run the core as it
// ships: bundled and minified by esbuild, as in the .vsix and the CLI, not the TypeScript as tsx runs it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import type { CheckResult, RecordFile } from '../server/src/core';
import { summarize, time, type Sample } from './stats';

export type Core = typeof import('../server/src/core');

/** A module bundled as the core ships, in a new temporary folder. */
export async function bundled(entry: string): Promise<string> {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'readout-bench-')), `${path.basename(entry, '.ts')}.js`);
  const { base } = await import('../esbuild.mjs');
  await build({ ...base, entryPoints: [entry], outfile, minify: true, logLevel: 'silent' });
  return outfile;
}

/** The shipped core, loaded into this process; `file` is what a new process loads. */
export async function loadCore(): Promise<{ core: Core; file: string }> {
  const file = await bundled(path.join(__dirname, '..', 'server', 'src', 'core', 'index.ts'));
  return { core: require(file) as Core, file };
}

const options = { languageId: 'markdown' };
const runsFor = (words: number) => (words >= 100_000 ? 5 : words >= 10_000 ? 15 : 40);

/** Full check with a fresh checker each run (cold paragraph cache), and again on a warm one. */
export async function fullCheck(core: Core, text: string, words: number): Promise<{ cold: Sample; warm: Sample }> {
  const cold = await coldCheck(core, text, core.defaultRecord, runsFor(words));
  const checker = core.createChecker({ record: core.defaultRecord });
  const warm = await time(runsFor(words), () => checker.check(text, options));
  return { cold, warm };
}

/**
 * Full checks, each with a new checker on `record` (built untimed), after as many untimed ones:
 * V8 compiles the code a draft exercises over its first few checks, and a running editor checks
 * with compiled code. A new process's first check is measured apart (`coldProcess`).
 */
export function coldCheck(core: Core, text: string, record: RecordFile, runs: number): Promise<Sample> {
  return time(runs, (c) => c.check(text, options), () => core.createChecker({ record }), runs);
}

/** Start of the middle paragraph of the draft, and its length. */
export function middleParagraph(text: string): { start: number; end: number } {
  const breaks = [...text.matchAll(/\n\n/g)].map((m) => m.index! + 2);
  const start = breaks[breaks.length >> 1]!;
  const end = text.indexOf('\n', start);
  return { start, end: end < 0 ? text.length : end };
}

/** `runs` different one-character edits in the middle paragraph: each a letter changed. */
export function edits(text: string, runs: number): string[] {
  const { start, end } = middleParagraph(text);
  const out: string[] = [];
  for (let at = start; at < end && out.length < runs; at++) {
    const ch = text[at]!;
    if (!/[a-z]/.test(ch)) continue;
    out.push(text.slice(0, at) + (ch === 'q' ? 'z' : 'q') + text.slice(at + 1));
  }
  return out;
}

/** A one-character edit re-checked on a warm checker: only the touched paragraph is read anew. */
export async function editRecheck(core: Core, text: string): Promise<Sample> {
  const checker = core.createChecker({ record: core.defaultRecord });
  checker.check(text, options);
  const versions = edits(text, 41);
  let i = 0;
  return time(40, (t: string) => checker.check(t, options), () => versions[i++]!);
}

/** Offset of the first recorded name after the middle of the draft. */
export function nameOffset(text: string): number {
  const at = text.indexOf('Shoigu', text.length >> 1);
  return at < 0 ? text.indexOf('Austin') : at + 2;
}

export async function hover(core: Core, text: string): Promise<Sample> {
  const checker = core.createChecker({ record: core.defaultRecord });
  const result: CheckResult = checker.check(text, options);
  const offset = nameOffset(text);
  if (!checker.hover(result, offset)) throw new Error(`no hover at ${offset}`);
  const values: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    checker.hover(result, offset);
    values.push(performance.now() - t0);
  }
  return summarize(values);
}

/** A record file loaded as a newsroom's is (parsed, validated, indexed), and a bare `JSON.parse` of the same text. */
export async function recordLoad(core: Core, record: RecordFile): Promise<{ load: Sample; parse: Sample }> {
  const text = JSON.stringify(record);
  const load = await time(3, () => {
    const { data, problems } = core.parseRecordFile('record.json', text);
    if (!data) throw new Error(`the synthetic record does not load: ${problems[0]?.message}`);
    return core.createChecker({ record: data });
  }, undefined, 1);
  return { load, parse: await time(3, () => JSON.parse(text), undefined, 1) };
}

/**
 * A completely cold check: a new node process loads the bundled core, builds the
 * checker and checks the draft. Wall time from spawn to exit, and the time inside.
 */
export async function coldProcess(coreFile: string, text: string, runs = 5): Promise<{ wall: Sample; inside: Sample }> {
  const draft = path.join(path.dirname(coreFile), 'draft.md');
  writeFileSync(draft, text);
  const script = `const t0 = performance.now(); const c = require(${JSON.stringify(coreFile)}); const text = require('fs').readFileSync(${JSON.stringify(draft)}, 'utf8');
c.createChecker({ record: c.defaultRecord }).check(text, { languageId: 'markdown' }); process.stdout.write(String(performance.now() - t0));`;
  const wall: number[] = [];
  const inside: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    wall.push(performance.now() - t0);
    inside.push(Number(out));
  }
  return { wall: summarize(wall), inside: summarize(inside) };
}

/** The CLI on a draft file in a new process (it exits 1 when it finds something). */
export function cliProcess(cli: string, text: string, runs = 5): Sample {
  const dir = mkdtempSync(path.join(tmpdir(), 'readout-bench-'));
  const draft = path.join(dir, 'draft.md');
  writeFileSync(draft, text);
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    try {
      execFileSync(process.execPath, [cli, 'check', draft], { stdio: 'ignore' });
    } catch (e) {
      if ((e as { status?: number }).status !== 1) throw e;
    }
    wall.push(performance.now() - t0);
  }
  return summarize(wall);
}

