// The text format's excerpt of a finding's line, and when it is coloured.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { colorWanted, excerpt, plain } from '../../server/src/cli/excerpt';
import type { ReportedFinding } from '../../server/src/cli/format';
import { positionOf } from './helpers';

/** A finding on `needle` (the first occurrence) in `text`, as the CLI prints it. */
function findingOn(text: string, needle: string, length = needle.length): ReportedFinding {
  const start = text.indexOf(needle);
  const at = positionOf(text, needle);
  return {
    code: 'name-misspelling',
    severity: 'warning',
    range: { start: at, end: { line: at.line, character: at.character + length } },
    start,
    end: start + length,
    message: '',
    sources: [],
    fixes: [],
  };
}

test('a long line is cut around the flagged words, with an ellipsis on each cut side', () => {
  const text = `${'a'.repeat(200)} Llyod ${'b'.repeat(200)}`;
  const [line, marker] = excerpt(text, findingOn(text, 'Llyod'), plain);
  assert.equal(line, `  1 | …${'a'.repeat(39)} Llyod ${'b'.repeat(73)}…`);
  assert.equal(marker, `    | ${' '.repeat(41)}^~~~~`);
});

test('tabs stay tabs under the line, so the caret lines up however wide the terminal draws them', () => {
  const text = '\tquoted:\tLlyod Austin';
  assert.equal(excerpt(text, findingOn(text, 'Llyod'), plain)[1], '    | \t       \t^~~~~');
});

test('a range running past its line is marked to the line’s end; an empty range gets a caret', () => {
  const text = 'spoke on Friday,\nOctober 21';
  const f = findingOn(text, 'Friday,\nOctober', 'Friday,\nOctober'.length);
  assert.deepEqual(excerpt(text, f, plain), ['  1 | spoke on Friday,', '    |          ^~~~~~~']);
  assert.equal(excerpt(text, findingOn(text, 'Friday', 0), plain)[1], '    |          ^');
});

test('control characters in a draft are shown as U+FFFD, never sent to the terminal', () => {
  const text = 'x\u001b[31m Llyod';
  assert.equal(excerpt(text, findingOn(text, 'Llyod'), plain)[0], '  1 | x\ufffd[31m Llyod');
});

test('colour: the flag, then FORCE_COLOR, then NO_COLOR, then whether stdout is a terminal', () => {
  assert.equal(colorWanted(undefined, {}, true), true);
  assert.equal(colorWanted(undefined, {}, false), false);
  assert.equal(colorWanted(undefined, { NO_COLOR: '1' }, true), false);
  assert.equal(colorWanted(undefined, { NO_COLOR: '' }, true), true);
  assert.equal(colorWanted(undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, false), true);
  assert.equal(colorWanted(undefined, { FORCE_COLOR: '0' }, true), false);
  assert.equal(colorWanted(false, { FORCE_COLOR: '1' }, true), false);
  assert.equal(colorWanted(true, { NO_COLOR: '1' }, false), true);
});
