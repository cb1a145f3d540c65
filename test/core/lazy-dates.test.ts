// Claims see only the dates a claim may rest on, read when first asked for; hovers and inlay
// hints see every date. Reading every date of every sentence must change nothing a writer sees.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText, createCaches } from '../../server/src/core/check';
import { hoverAt } from '../../server/src/core/present/hover';
import { inlayHints } from '../../server/src/core/present/inlayHints';
import { indexRecord } from '../../server/src/core/record/index';
import { createChecker, defaultRecord, type CheckOptions } from '../../server/src/core';
import { readCorpus } from '../eval/corpus';
import { testSentences } from '../robustness/drafts';

const index = indexRecord(defaultRecord);

/** What a writer sees of a check: findings, inlay hints, and the hover on every date. */
function seen(text: string, options: CheckOptions, dates: 'for claims' | 'all') {
  const { result, analysis } = checkText(index, createCaches(), text, options, dates);
  const hints = analysis ? inlayHints(analysis, 0, Infinity) : [];
  const dateStarts = analysis ? analysis.ctx.sentences.within(0, text.length).flatMap((s) => s.dates.map((d) => d.start)) : [];
  return { findings: result.findings, hints, hovers: analysis ? dateStarts.map((at) => hoverAt(analysis, at)) : [], dates: dateStarts.length };
}

const drafts = [
  ...readCorpus().flatMap((d) => [
    { name: d.file, text: d.text, options: d.options },
    // With a reference date, claims are shown fewer dates; the corpus's undated drafts get one too.
    ...(d.options.referenceDate ? [] : [{ name: `${d.file} dated`, text: d.text, options: { ...d.options, referenceDate: '2024-07-13' } }]),
  ]),
  { name: 'the core tests\' sentences', text: testSentences.join(' '), options: { referenceDate: '2022-10-22' } },
];

test('reading only the dates claims need finds, hints and hovers the same as reading every date, on the whole eval corpus', () => {
  let dates = 0;
  for (const d of drafts) {
    const lazy = seen(d.text, d.options, 'for claims');
    const eager = seen(d.text, d.options, 'all');
    assert.deepEqual(lazy, eager, d.name);
    dates += eager.dates;
  }
  assert.ok(dates > 1000, `${dates} dates hovered`);
});

test('a date no claim rests on is still resolved for its inlay hint and hover', () => {
  const checker = createChecker({ record: defaultRecord });
  const text = 'Austin spoke with Shoigu on May 13, 2022.\n\nThe weather in Brussels was mild on Friday.';
  const result = checker.check(text, { referenceDate: '2022-10-22' });
  const friday = text.indexOf('Friday');
  assert.deepEqual(checker.inlayHints(result).map((h) => [h.offset, h.label]), [[friday + 'Friday'.length, '2022-10-21']]);
  assert.match(checker.hover(result, friday)?.contents ?? '', /2022/);
});

test('an edited sentence is read again, and its paragraph\'s other sentences keep their dates', () => {
  const checker = createChecker({ record: defaultRecord });
  const before = 'Austin spoke with Shoigu on May 13, 2022. The two spoke again on Friday.';
  const after = before.replace('May 13', 'May 14');
  checker.check(before, { referenceDate: '2022-10-22' });
  const result = checker.check(after, { referenceDate: '2022-10-22' });
  assert.deepEqual(result.findings.map((f) => [f.code, after.slice(f.start, f.end)]), [['call-date-conflict', 'May 14, 2022']]);
  assert.deepEqual(checker.inlayHints(result).map((h) => h.label), ['2022-10-21']);
});
