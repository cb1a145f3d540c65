// Dates as a writer states them, read by chrono-node with only the parsers a sentence can need.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as chrono from 'chrono-node';
import { casualParsers, readDates } from '../../server/src/core/read/dates';
import { dayNumber, daysInMonth } from '../../server/src/core/text/dates';

const read = (sentence: string) => readDates(sentence, 0).map((d) => ({ text: d.text, kind: d.kind, offset: d.offset, month: d.month, day: d.day, weekday: d.weekday }));

describe('readDates', () => {
  test('"two days ago" is two days before the reference date, wherever it stands', () => {
    assert.deepEqual(read('The ministers spoke two days ago, officials said.'), [{ text: 'two days ago', kind: 'relative', offset: -2, month: undefined, day: undefined, weekday: undefined }]);
    assert.deepEqual(read('Two days ago the ministers spoke on May 19.').map((d) => [d.text, d.kind]), [['Two days ago', 'relative'], ['May 19', 'yearless']]);
  });

  test('dates written with stops are day first ("12.07.2024" is 12 July); "March of last year" keeps its year words', () => {
    assert.deepEqual(read('They spoke on 12.07.2024 by phone.').map((d) => [d.text, d.kind, d.month, d.day]), [['12.07.2024', 'absolute', 7, 12]]);
    assert.deepEqual(readDates('The first since March of last year.', 0).map((d) => [d.text, d.kind, d.yearsFromRef]), [['March of last year', 'month', -1]]);
  });

  test('a list of day-first dates reads each whole: "(6 Jan, 12 Feb, 18 Feb)"', () => {
    assert.deepEqual(read('They spoke three times (6 Jan, 12 Feb, 18 Feb) before the invasion.').map((d) => [d.text, d.month, d.day]), [['6 Jan', 1, 6], ['12 Feb', 2, 12], ['18 Feb', 2, 18]]);
  });

  test('"last Friday, February 11" is the month and day written, its weekday beside them', () => {
    assert.deepEqual(read('Last Friday, February 11, the generals spoke.').map((d) => [d.kind, d.month, d.day, d.weekday]), [['yearless', 2, 11, 5]]);
    assert.deepEqual(read('They spoke last Friday.').map((d) => d.kind), ['weekday']);
  });

  test('a sentence with no "ago" still reads its dates, and "two days before" names no day', () => {
    assert.deepEqual(read('Austin spoke with Shoigu on Friday, May 19, 2022.').map((d) => [d.text, d.kind, d.weekday]), [['Friday, May 19, 2022', 'absolute', 5]]);
    assert.deepEqual(read('The call came two days before the summit.'), []);
    assert.deepEqual(read('On Friday, two days earlier, they spoke.').map((d) => [d.text, d.kind]), [['Friday', 'weekday']]);
  });

  test('the parsers are picked by their place in chrono-node\'s casual configuration, which these names hold', () => {
    assert.deepEqual(chrono.casual.parsers.map((p) => p.constructor.name), [...casualParsers]);
  });
});

describe('dayNumber', () => {
  test('numbers every day from 1600 to 2400 as the calendar does, with months and days past their end running on', () => {
    for (let year = 1600; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= daysInMonth(year, month); day++) assert.equal(dayNumber(year, month, day), Date.UTC(year, month - 1, day) / 86_400_000);
      }
    }
    assert.equal(dayNumber(1970, 1, 1), 0);
    assert.equal(dayNumber(2024, 13, 1), dayNumber(2025, 1, 1));
    assert.equal(dayNumber(2024, 3, 0), dayNumber(2024, 2, 29));
    assert.equal(dayNumber(2024, 0, 1), dayNumber(2023, 12, 1));
  });
});
