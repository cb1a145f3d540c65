// Argument parsing for `readout check`, without running anything.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseArgs, UsageError } from '../../server/src/cli/args';
import { isIsoDay as isCalendarDate } from '../../server/src/core';

test('check takes a format, a date, repeated records and several paths, in any order', () => {
  assert.deepEqual(parseArgs(['check', 'a.md', '--record', 'r1.json', '--format=sarif', '--date', '2022-10-22', '--record=r2.json', 'b']), {
    kind: 'check',
    format: 'sarif',
    date: '2022-10-22',
    records: ['r1.json', 'r2.json'],
    paths: ['a.md', 'b'],
  });
});

test('the format is text unless given, and -- ends the options', () => {
  assert.deepEqual(parseArgs(['check', '--', '--odd-name.md']), { kind: 'check', format: 'text', records: [], paths: ['--odd-name.md'] });
});

test('help and version win over everything else', () => {
  assert.deepEqual(parseArgs(['check', '--bogus', '-h']), { kind: 'help' });
  assert.deepEqual(parseArgs(['--help']), { kind: 'help' });
  assert.deepEqual(parseArgs(['--version']), { kind: 'version' });
});

test('bad usage is a UsageError with a one-line message', () => {
  for (const argv of [
    [],
    ['lint', 'a.md'],
    ['--bogus'],
    ['check'],
    ['check', '--format', 'xml', 'a.md'],
    ['check', '--format'],
    ['check', '--date', '--record', 'r.json', 'a.md'],
    ['check', '--date', '2024-02-30', 'a.md'],
    ['check', '--date=22-10-2022', 'a.md'],
    ['check', '-x', 'a.md'],
  ]) {
    assert.throws(
      () => parseArgs(argv),
      (err: unknown) => err instanceof UsageError && !err.message.includes('\n'),
      argv.join(' '),
    );
  }
});

test('a calendar date must exist', () => {
  assert.equal(isCalendarDate('2024-02-29'), true);
  assert.equal(isCalendarDate('2023-02-29'), false);
  assert.equal(isCalendarDate('2024-02-30'), false);
  assert.equal(isCalendarDate('2024-13-01'), false);
  assert.equal(isCalendarDate('2024-1-01'), false);
});
