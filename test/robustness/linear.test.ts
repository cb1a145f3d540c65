// Linear-time text handling: 1 MB of each pathological run (test/robustness/pathological.ts)
// goes through the Markdown and plain-text readers and the whole core. There is no timing
// assertion: a regular expression or a scan that is quadratic on such input takes minutes to
// hours at 1 MB, so finishing at all is the test. `npm run bench` times the same inputs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createChecker, defaultRecord, readingStages } from '../../server/src/core';
import { pathologicalDrafts } from './pathological';

const size = 1024 * 1024;
const checker = createChecker({ record: defaultRecord });

/** The classic worst cases of text scanning, and the kinds that were quadratic before their fix; the benchmark times all of them. */
const inTest = new Set([
  'capitals',
  'digits',
  '"Gen. Gen. Gen."',
  'straight quotes',
  '"<!--"',
  'backticks',
  'spaces, then a word',
  'spaces and dots',
  'link openings "]("',
  '"[" lines, one "]:" at the end',
  'short lines with \\n',
  'one sentence of claims',
]);

describe('1 MB of pathological text', () => {
  for (const { name, languageId, text } of pathologicalDrafts(size).filter((d) => inTest.has(d.name))) {
    test(`${name}: read as Markdown and as plain text, and checked`, () => {
      assert.equal(text.length, size);
      for (const prose of [readingStages.readMarkdown(text), readingStages.readPlainText(text)]) assert.equal(prose.text.length, text.length, 'blanking keeps every offset');
      const result = checker.check(text, { languageId, referenceDate: '2024-07-13' });
      assert.equal(result.declined, undefined);
      for (const f of result.findings) assert.ok(0 <= f.start && f.start < f.end && f.end <= text.length);
    });
  }

  test('every kind named here is among the pathological drafts', () => {
    assert.equal(inTest.size, pathologicalDrafts(16).filter((d) => inTest.has(d.name)).length, 'a name in inTest matches no draft');
  });
});
