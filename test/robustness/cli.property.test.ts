// Property-based tests of `readout check`: random and mutated drafts written to disk (as
// UTF-8, with byte-order marks, invalid byte sequences, NUL bytes) never make the CLI fail
// (exit 0 or 1, never 2, never an internal error); its JSON is one document whose ranges
// are inside each file as the CLI decoded it and agree with the core on the same text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import fc from 'fast-check';
import { run } from '../../server/src/cli/main';
import { createChecker, defaultRecord } from '../../server/src/core';
import { cliPath, type JsonFile, tempTree } from '../cli/helpers';
import { anyString, assertPositionInside, deepMarkdownDraft, lineLengths, manyDatesDraft, mutatedDraft, randomDraft, referencePosition } from './drafts';

const seed = Number(process.env.FUZZ_SEED ?? 20240713);
const checker = createChecker({ record: defaultRecord });

/** How a draft is written to disk: as it is, with a byte-order mark, with bytes that are not UTF-8, or with a NUL. */
type Encoding = 'utf8' | 'bom' | 'invalid-utf8' | 'nul';
const encodings: Encoding[] = ['utf8', 'utf8', 'utf8', 'bom', 'invalid-utf8', 'nul'];

function bytesOf(text: string, encoding: Encoding): Buffer {
  const utf8 = Buffer.from(text, 'utf8');
  switch (encoding) {
    case 'utf8':
      return utf8;
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    case 'invalid-utf8': {
      const middle = Math.floor(utf8.length / 2);
      return Buffer.concat([utf8.subarray(0, middle), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), utf8.subarray(middle)]);
    }
    case 'nul':
      return Buffer.concat([utf8, Buffer.from([0])]);
  }
}

/** The text the CLI checks: the file decoded as UTF-8 (bad bytes become U+FFFD), without its byte-order mark. */
function decoded(file: string): string {
  const text = readFileSync(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Runs the built CLI; its JSON for thousands of dates is larger than spawnSync's default buffer. */
function runCli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 120_000 });
  if (result.error) throw result.error;
  return result;
}

const isBinary = (bytes: Buffer) => bytes.subarray(0, 8192).includes(0);

/** Asserts the CLI's report on one file: positions inside the decoded text, the same findings as the core on it. */
function assertReport(file: string, report: JsonFile, languageId: string): void {
  const text = decoded(file);
  const lines = lineLengths(text);
  const expected = checker.check(text, { languageId });
  assert.equal(report.referenceDate, expected.referenceDate);
  assert.deepEqual(
    report.findings.map((f) => [f.code, f.range, f.message]),
    expected.findings.map((f) => [f.code, { start: referencePosition(text, f.start), end: referencePosition(text, f.end) }, f.message]),
    `${report.path}: the CLI and the core disagree`,
  );
  for (const [i, f] of report.findings.entries()) {
    assertPositionInside(f.range.start, lines, `${report.path} finding ${i} start`);
    assertPositionInside(f.range.end, lines, `${report.path} finding ${i} end`);
  }
}

const cliDraft = fc.tuple(fc.oneof({ weight: 4, arbitrary: mutatedDraft }, { weight: 2, arbitrary: randomDraft }, { weight: 1, arbitrary: anyString(300) }), fc.constantFrom(...encodings), fc.constantFrom('md', 'txt', 'markdown'));

describe('readout check on random drafts', () => {
  const tree = tempTree({});
  after(() => tree.remove());

  test('in process: exit 0 or 1, one JSON document, the core’s findings at positions inside the file', () => {
    fc.assert(
      fc.property(cliDraft, ([text, encoding, ext]) => {
        const file = path.join(tree.dir, `draft.${ext}`);
        const bytes = bytesOf(text, encoding);
        writeFileSync(file, bytes);
        let stdout = '';
        const stderr: string[] = [];
        const status = run(['check', '--format', 'json', file], { cwd: tree.dir, stdout: (t) => (stdout += t), stderr: (l) => stderr.push(l) });
        rmSync(file);
        assert.ok(status === 0 || status === 1, `exit ${status}: ${stderr.join('\n')}`);
        assert.ok(!stderr.some((l) => l.includes('internal error')), stderr.join('\n'));
        const doc = JSON.parse(stdout) as { files: JsonFile[] };
        if (isBinary(bytes)) {
          assert.equal(doc.files.length, 0);
          assert.deepEqual(stderr, [`readout: skipping binary file: draft.${ext}`]);
          return;
        }
        assert.equal(doc.files.length, 1);
        writeFileSync(file, bytes);
        assertReport(file, doc.files[0]!, ext === 'txt' ? 'plaintext' : 'markdown');
        rmSync(file);
      }),
      { seed, numRuns: 120, includeErrorInReport: true },
    );
  });

  test('as a process, on a folder of 150 drafts in every format: the same exit status, JSON agreeing with the core', () => {
    const drafts = fc.sample(fc.oneof({ weight: 8, arbitrary: cliDraft }, { weight: 1, arbitrary: fc.tuple(fc.oneof(deepMarkdownDraft, manyDatesDraft), fc.constant<Encoding>('utf8'), fc.constant('md')) }), { seed, numRuns: 150 });
    const files = new Map<string, { bytes: Buffer; languageId: string }>();
    drafts.forEach(([text, encoding, ext], i) => {
      const name = `drafts/d${String(i).padStart(3, '0')}.${ext === 'markdown' ? 'md' : ext}`;
      const bytes = bytesOf(text, encoding);
      writeFileSync(path.join(tree.dir, name.replace('drafts/', '')), bytes);
      files.set(name.replace('drafts/', ''), { bytes, languageId: ext === 'txt' ? 'plaintext' : 'markdown' });
    });

    const json = runCli(['check', '--format', 'json', '.'], tree.dir);
    assert.ok(json.status === 0 || json.status === 1, `exit ${json.status}: ${json.stderr}`);
    assert.ok(!json.stderr.includes('internal error'), json.stderr);
    const doc = JSON.parse(json.stdout) as { files: JsonFile[] };
    const expectedPaths = [...files.entries()].filter(([, f]) => !isBinary(f.bytes)).map(([name]) => name).sort();
    assert.deepEqual(doc.files.map((f) => f.path), expectedPaths);
    for (const report of doc.files) assertReport(path.join(tree.dir, report.path), report, files.get(report.path)!.languageId);

    for (const format of ['text', 'sarif']) {
      const other = runCli(['check', '--format', format, '.'], tree.dir);
      assert.equal(other.status, json.status, `--format ${format}: exit ${other.status}: ${other.stderr}`);
      assert.equal(other.stderr, json.stderr);
      if (format === 'sarif') JSON.parse(other.stdout);
    }
  });
});
