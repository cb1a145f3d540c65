// The corpus of broken record files (test/fixtures/broken-records/): each gives exactly the
// problems expected.json lists — in the core's loader, and in the CLI as exit status 2 with
// `file:line:column: error: message` on stderr and nothing checked. Plus a 20 MB file,
// generated here, with one impossible date on its last entry.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { run } from '../../server/src/cli/main';
import { mergeRecords, parseRecordFile } from '../../server/src/core';
import { cliPath, tempTree } from '../cli/helpers';
import { corpus, corpusFiles, expected, type ExpectedProblem, hugeRecord, readRecord } from './brokenRecords';

/** The stderr line the CLI prints for a problem. */
const cliLine = (file: string, p: ExpectedProblem) => `${file}:${p.line}:${p.column}: error: ${p.message.replace(/\s*\n\s*/g, ' ')}`;

/** Loads one file the way the CLI does: on its own, then merged over the embedded record. */
function load(name: string, text: string): { stage: 'load' | 'merge'; problems: ExpectedProblem[] } {
  const parsed = parseRecordFile(name, text);
  const stage = parsed.data ? 'merge' : 'load';
  const problems = parsed.data ? mergeRecords([{ file: name, text, data: parsed.data }]).problems : parsed.problems;
  return { stage, problems: problems.map((p) => ({ message: p.message, line: p.range.start.line + 1, column: p.range.start.character + 1 })) };
}

describe('the corpus of broken record files', () => {
  test('every file has its expected problems, and every entry its file', () => {
    assert.deepEqual(Object.keys(expected).sort(), corpusFiles);
    for (const name of corpusFiles) assert.ok(expected[name]!.problems.length > 0, `${name} lists no problem`);
  });

  for (const name of corpusFiles) {
    test(`${name}: the core's loader reports exactly its problems`, () => {
      assert.deepEqual(load(name, readRecord(path.join(corpus, name))), expected[name]);
    });
  }

  test('readout check --record FILE: exit 2, each problem as file:line:column: error: message, nothing checked', () => {
    const drafts = tempTree({ 'draft.md': 'Defence Secretary Llyod Austin spoke with Sergei Shoigu on Friday.\n' });
    try {
      for (const name of corpusFiles) {
        let stdout = '';
        const stderr: string[] = [];
        const status = run(['check', '--record', name, path.join(drafts.dir, 'draft.md')], { cwd: corpus, stdout: (t) => (stdout += t), stderr: (l) => stderr.push(l) });
        assert.equal(status, 2, name);
        assert.equal(stdout, '', `${name}: a broken record must stop the check`);
        assert.deepEqual(stderr, expected[name]!.problems.map((p) => cliLine(name, p)), name);
      }
    } finally {
      drafts.remove();
    }
  });

  test('the built CLI, given every file that is broken on its own: exit 2 and all their problems, in order', () => {
    const files = corpusFiles.filter((name) => expected[name]!.stage === 'load');
    const result = spawnSync(process.execPath, [cliPath, 'check', ...files.flatMap((f) => ['--record', f]), '../../../examples'], { cwd: corpus, encoding: 'utf8' });
    assert.equal(result.status, 2, result.stderr);
    assert.equal(result.stdout, '');
    assert.deepEqual(result.stderr.split('\n').filter(Boolean), files.flatMap((name) => expected[name]!.problems.map((p) => cliLine(name, p))));
  });
});

describe('a 20 MB record file', () => {
  const folder = tempTree({});
  const file = path.join(folder.dir, 'huge.json');
  const { text, problem } = hugeRecord(20 * 1024 * 1024);
  before(() => writeFileSync(file, text));
  after(() => folder.remove());

  test('its one impossible date, on its last entry, is reported at its line and column by the core', () => {
    assert.ok(text.length >= 20 * 1024 * 1024);
    assert.deepEqual(load('huge.json', readRecord(file)), { stage: 'load', problems: [problem] });
  });

  test('and by the built CLI, with exit status 2', () => {
    const result = spawnSync(process.execPath, [cliPath, 'check', '--record', 'huge.json', '.'], { cwd: folder.dir, encoding: 'utf8' });
    assert.equal(result.status, 2, result.stderr);
    assert.deepEqual(result.stderr.split('\n').filter(Boolean), [cliLine('huge.json', problem)]);
  });
});
