// The evaluation corpus holds Readout to its bars on prose in many styles (see test/eval/README.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createChecker, defaultRecord } from '../../server/src/core';
import { evaluate, readCorpus, scores } from './corpus';

const outcome = evaluate(createChecker({ record: defaultRecord }), readCorpus());
const all = scores(outcome).find((s) => s.code === 'all')!;
const listed = <T>(items: T[], show: (x: T) => string) => items.map(show).join('\n');

test('the corpus is big enough to mean something', () => {
  assert.ok(outcome.drafts >= 60, `${outcome.drafts} drafts`);
  assert.ok(all.expected >= 250, `${all.expected} planted errors`);
  assert.ok(outcome.sentences >= 1500, `${outcome.sentences} sentences`);
});

test('precision on the corpus is at least 0.97', () => {
  assert.ok(all.precision >= 0.97, `precision ${all.precision.toFixed(3)}; false alarms:\n${listed(outcome.falseAlarms, (f) => `${f.file}:${f.line + 1} ${f.finding.code} "${f.words}"`)}`);
});

test('recall on the corpus is at least 0.95', () => {
  assert.ok(all.recall >= 0.95, `recall ${all.recall.toFixed(3)}; misses:\n${listed(outcome.misses, (m) => `${m.file}:${m.line + 1} ${m.code} "${m.words}"`)}`);
});

test('every fix offered in the corpus makes its line true', () => {
  assert.deepEqual(outcome.badFixes, []);
});

test('the dates and spans of recorded events hold the same bars on their own', () => {
  for (const code of ['event-date-conflict', 'elapsed-conflict']) {
    const score = scores(outcome).find((s) => s.code === code)!;
    assert.ok(score.expected >= 14, `${code}: ${score.expected} planted errors`);
    assert.ok(score.precision >= 0.97 && score.recall >= 0.95, `${code}: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}`);
  }
});
