// Spans and ages as prose writes them (read/spans.ts): each phrase read into a count, a unit and
// a qualifier, and the days on which a span begun on a day may end, as generously as its words,
// measured as a length (an age, a spacing of events) or as a gap between calls (a silence).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countOf, countWord, describeElapsed, findSpans, type SpanReading, spanFits, spanStart } from '../../server/src/core/read/spans';
import { dayNumber } from '../../server/src/core/text/dates';

const invasion = dayNumber(2022, 2, 24);
const on = (iso: string) => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/** Whether the only span in the words fits from the invasion (or `from`) to the day. */
function fits(words: string, iso: string, reading: SpanReading = 'length', from = invasion): boolean {
  const [span, ...rest] = findSpans(words);
  assert.ok(span && !rest.length, `one span in "${words}"`);
  return spanFits(span, from, on(iso), reading);
}

describe('reading the words', () => {
  test('counts in digits and words, "a", "a couple of", "and a half", with their qualifiers', () => {
    const read = (w: string) => findSpans(w).map(({ form, count, unit, qualifier }) => [form, count, unit, qualifier]);
    assert.deepEqual(read('more than two years into the war'), [['span', 2, 'year', 'more']]);
    assert.deepEqual(read('about a month'), [['span', 1, 'month', 'about']]);
    assert.deepEqual(read('nearly twenty-eight months'), [['span', 28, 'month', 'nearly']]);
    assert.deepEqual(read('two and a half years'), [['span', 2.5, 'year', 'exact']]);
    assert.deepEqual(read('a year and a half'), [['span', 1.5, 'year', 'exact']]);
    assert.deepEqual(read('the 28-month-old war'), [['age', 28, 'month', 'exact']]);
    assert.deepEqual(read('more than 1,000 days'), [['span', 1000, 'day', 'more']]);
    assert.deepEqual(read('less than a fortnight'), [['span', 2, 'week', 'less']]);
    // Not "5 years" of "2.5 years", nor "000 days" of "1,000 days".
    assert.deepEqual(read('2.5 years'), []);
    assert.deepEqual(read('the 1,000th day of the war'), [['ordinal', 1000, 'day', 'exact']]);
    assert.deepEqual(read('as the war enters its 12th week'), [['ordinal', 12, 'week', 'exact']]);
    assert.deepEqual(read("the war's hundredth day, its third year"), [['ordinal', 100, 'day', 'exact'], ['ordinal', 3, 'year', 'exact']]);
  });

  test('a count not written: "several", "a few", a bare plural; where the number stands, for a fix', () => {
    const read = (w: string) => findSpans(w).map(({ count, unit, qualifier, vague }) => [count, unit, qualifier, vague ?? false]);
    assert.deepEqual(read('after several weeks'), [[3, 'week', 'exact', true]]);
    assert.deepEqual(read('within a few days'), [[3, 'day', 'less', true]]);
    assert.deepEqual(read('the first call in months'), [[3, 'month', 'exact', true]]);
    assert.deepEqual(read('had not spoken for years'), [[2, 'year', 'exact', true]]);
    assert.deepEqual(read('just over two weeks'), [[2, 'week', 'justOver', false]]);
    const text = 'it ended a 15-month silence';
    const [silence] = findSpans(text);
    assert.equal(text.slice(silence!.start, silence!.end), '15-month');
    assert.equal(text.slice(silence!.number!.start, silence!.number!.end), '15');
    assert.equal(findSpans('the first in months')[0]!.number, undefined);
  });

  test('no span in words that only look like one', () => {
    assert.deepEqual(findSpans('the day, Monday, the yearly report, 2.5 years'), []);
    // "Three years and four days": a compound no single count and unit states.
    assert.deepEqual(findSpans('three years and four days, weeks and months'), []);
    // "Two years old" after its subject is an age said of it: the war's, or a person's, as its reader finds.
    assert.deepEqual(findSpans('the boy, two years old').map((s) => [s.form, s.predicate]), [['age', true]]);
  });
});

describe('how generous each qualifier is', () => {
  test('a count of days under ten is exact; of ten or more, a day either way', () => {
    assert.ok(fits('six days', '2022-03-02'));
    assert.ok(!fits('six days', '2022-03-03'));
    assert.ok(fits('100 days', '2022-06-04'));
    assert.ok(!fits('100 days', '2022-06-06'));
  });

  test('a count of weeks, months or years is rounded to the nearest unit, or down to it', () => {
    assert.ok(fits('a week', '2022-03-02'));
    assert.ok(fits('two years', '2024-06-25'));
    assert.ok(fits('two years', '2024-09-25'));
    assert.ok(!fits('two years', '2025-03-01'));
    assert.ok(!fits('two years', '2023-08-01'));
  });

  test('"about" is within a quarter (at least half a unit) either way', () => {
    assert.ok(fits('about a month', '2022-03-31'));
    assert.ok(fits('about a month', '2022-03-17'));
    assert.ok(!fits('about a month', '2022-04-15'));
    assert.ok(fits('about three years', '2024-06-25'));
  });

  test('"more than" and "over" are anything above; "nearly" and "just under" a little below', () => {
    assert.ok(fits('more than two years', '2024-06-25'));
    assert.ok(fits('over two years', '2025-12-01'));
    assert.ok(!fits('more than two years', '2024-01-10'));
    assert.ok(fits('nearly two years', '2024-01-10'));
    assert.ok(!fits('nearly two years', '2024-06-25'));
    assert.ok(!fits('nearly two years', '2023-03-01'));
    // Past the unit before: "nearly nine months" is more than eight.
    assert.ok(fits('nearly nine months', '2022-11-10'));
    assert.ok(!fits('nearly nine months', '2022-10-23'));
    assert.ok(fits('just over two years', '2024-03-10'));
    assert.ok(!fits('just over two years', '2025-02-24'));
    assert.ok(fits('less than a year', '2022-12-01'));
    assert.ok(!fits('less than a year', '2023-04-01'));
  });

  test('an age is full units; an ordinal the period a day falls in, the first day counted as day 1', () => {
    assert.ok(fits('28-month-old', '2024-06-25'));
    assert.ok(!fits('29-month-old', '2024-06-25'));
    assert.ok(!fits('27-month-old', '2024-06-25'));
    // The 12th week is days 78–84: 2022-05-12 to 2022-05-18.
    assert.ok(fits('12th week', '2022-05-12'));
    assert.ok(fits('12th week', '2022-05-18'));
    assert.ok(!fits('12th week', '2022-05-21'));
    assert.ok(fits('100th day', '2022-06-03'));
    assert.ok(!fits('100th day', '2022-06-10'));
    assert.ok(fits('third year', '2024-06-25'));
    assert.ok(!fits('third year', '2025-03-01'));
  });
});

describe('a gap between calls is rounded down to whole units', () => {
  const may13 = on('2022-05-13');
  const march15 = on('2023-03-15');

  test('a plain count is at least that long: "the first call in five months" after eight', () => {
    assert.ok(fits('five months', '2022-10-21', 'gap', may13));
    assert.ok(fits('five months', '2023-01-13', 'gap', may13));
    assert.ok(!fits('five months', '2023-01-13', 'length', may13));
    assert.ok(!fits('five months', '2022-09-15', 'gap', may13));
    assert.ok(!fits('a year', '2022-10-21', 'gap', may13));
  });

  test('"nearly 20 months" is at most 20 whole months; as a length, no more than 20', () => {
    assert.ok(fits('nearly 20 months', '2024-11-27', 'gap', march15));
    assert.ok(!fits('nearly 20 months', '2024-11-27', 'length', march15));
    assert.ok(!fits('nearly 20 months', '2024-12-20', 'gap', march15));
    assert.ok(!fits('nearly a year', '2022-10-21', 'gap', may13));
  });

  test('"more than", "about" and "less than" read alike as a gap and as a length', () => {
    for (const reading of ['gap', 'length'] as const) {
      assert.ok(fits('more than 15 months', '2023-08-25', reading, may13));
      assert.ok(!fits('more than two years', '2023-08-25', reading, may13));
      assert.ok(fits('about five months', '2022-10-21', reading, may13));
      assert.ok(!fits('about five months', '2023-01-13', reading, may13));
    }
  });

  test('a count not written is at least about that many units, as a gap or a length', () => {
    for (const reading of ['gap', 'length'] as const) {
      assert.ok(fits('months', '2022-05-24', reading));
      assert.ok(fits('months', '2025-01-01', reading));
      assert.ok(!fits('months', '2022-03-13', reading));
    }
  });
});

test('a count of calls in a span reaches back at most its count, "just over" a little more, "more than" to every call', () => {
  const oct23 = on('2022-10-23');
  const reach = (words: string) => oct23 - spanStart(findSpans(words)[0]!, oct23, 'within');
  assert.equal(reach('two weeks'), 14);
  assert.equal(reach('three days'), 3);
  assert.equal(reach('a month'), 30);
  assert.equal(reach('just over two weeks'), 18);
  assert.equal(reach('less than a week'), 8);
  assert.equal(reach('more than a week'), Infinity);
  assert.ok(fits('two weeks', '2022-03-10', 'within'));
  assert.ok(!fits('two weeks', '2022-03-11', 'within'));
});

test('a count is read from digits or words, and written back in words', () => {
  assert.deepEqual(['12', '1,000', 'twenty-eight', 'a', 'a couple of', 'half an'].map(countOf), [12, 1000, 28, 1, 2, 0.5]);
  assert.deepEqual([5, 21, 40, 0, 100].map(countWord), ['five', 'twenty-one', 'forty', undefined, undefined]);
});

test('an elapsed span is told in whole years and months, and in days', () => {
  assert.equal(describeElapsed(invasion, on('2024-06-25')), '2 years 4 months, 852 days');
  assert.equal(describeElapsed(on('2022-02-18'), invasion), '6 days');
  assert.equal(describeElapsed(invasion, on('2022-05-13')), '2 months, 78 days');
});
