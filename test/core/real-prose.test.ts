// How Readout reads prose as reporters publish it (SPEC section 7): each test a class of sentence.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CheckOptions, createChecker, defaultRecord } from '../../server/src/core';

const checker = createChecker({ record: defaultRecord });

function flagged(text: string, options: CheckOptions = {}): string[] {
  const result = checker.check(text, { languageId: 'markdown', ...options });
  return result.findings.filter((f) => f.severity !== 'hint').map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
}

const on = (date: string) => `---\ndate: ${date}\n---\n\n`;

describe('datelines', () => {
  test('a dateline at the head of a paragraph is the reference date, never the call date', () => {
    const text = 'MOSCOW, June 26, 2024 (Wire) — Russian Defence Minister Andrei Belousov spoke with Lloyd Austin, the ministry said.';
    const result = checker.check(text, { languageId: 'plaintext' });
    assert.equal(result.referenceDate, '2024-06-26');
    assert.equal(result.referenceDateSource, 'dateline');
    assert.deepEqual(flagged(text, { languageId: 'plaintext' }), []);
  });

  test('datelines in capitals or with an agency in title case', () => {
    for (const head of ['NEW DELHI, June 26, 2024 (Wire):', 'Moscow, June 26, 2024 (Agency):', 'KYIV, Ukraine, June 26, 2024 --']) {
      assert.deepEqual(flagged(`${head} Belousov and Austin spoke by phone, the ministry said.`, { languageId: 'plaintext' }), [], head);
    }
  });

  test('a wrong call date after the dateline is still caught', () => {
    const text = 'MOSCOW, June 27, 2024 (Wire) — Andrei Belousov spoke with Lloyd Austin on June 24, the ministry said.';
    assert.deepEqual(flagged(text, { languageId: 'plaintext' }), ['call-date-conflict: June 24']);
  });
});

describe('dates without a reference date', () => {
  test('a year-less date with a weekday is not resolved to any year', () => {
    assert.deepEqual(flagged('Austin spoke with Shoigu on Wednesday, February 24, the Pentagon said.'), []);
  });

  test('a quoted "today" in an undated draft rests no finding', () => {
    assert.deepEqual(flagged('"Today I spoke with Shoigu," Lloyd Austin told reporters.'), []);
  });
});

describe('names as printed', () => {
  test('a feminine form of a recorded surname is not a misspelling', () => {
    assert.deepEqual(flagged(`${on('2024-07-13')}Andrei Belousov spoke with Lloyd Austin on Friday. Lyudmila Belousova, an economist, was not involved.`), []);
  });
});

describe('front matter', () => {
  test('is read as front matter in a draft opened as plain text', () => {
    const text = '---\ntitle: Calls\ndate: 2024-07-13\n---\n\nBelousov spoke with Austin on Friday.';
    const result = checker.check(text, { languageId: 'plaintext' });
    assert.equal(result.referenceDateSource, 'front-matter');
    assert.deepEqual(flagged(text, { languageId: 'plaintext' }), []);
  });
});

describe('what a date modifies', () => {
  test('the date of a summit, a statement or a report beside a call is not the call date', () => {
    for (const sentence of [
      'Austin spoke with Belousov after the NATO summit in Washington on July 11.',
      'The Russian ministry said on July 13 that Belousov had spoken with Austin.',
      'A report on Monday about the call between Austin and Belousov gave few details.',
      'Austin called Belousov a day after a drone was downed over the Black Sea on Thursday.',
    ]) {
      assert.deepEqual(flagged(`${on('2024-07-13')}${sentence}`), [], sentence);
    }
  });

  test('sought, planned and negated calls are not calls', () => {
    for (const sentence of [
      'Austin tried to call Belousov on July 10, officials said.',
      'Austin did not speak with Belousov on July 10.',
      'Austin will speak with Belousov on July 15.',
      'The Pentagon sought a call between Austin and Belousov on July 10 but was refused.',
    ]) {
      assert.deepEqual(flagged(`${on('2024-07-13')}${sentence}`), [], sentence);
    }
  });
});
