// Dates as a writer states them, read by chrono-node with only the parsers a sentence can need.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as chrono from 'chrono-node';
import { casualParsers, readDates } from '../../server/src/core/read/dates';

const read = (sentence: string) => readDates(sentence, 0).map((d) => ({ text: d.text, kind: d.kind, offset: d.offset, month: d.month, day: d.day, weekday: d.weekday }));

describe('readDates', () => {
  test('"two days ago" is two days before the reference date, wherever it stands', () => {
    assert.deepEqual(read('The ministers spoke two days ago, officials said.'), [{ text: 'two days ago', kind: 'relative', offset: -2, month: undefined, day: undefined, weekday: undefined }]);
    assert.deepEqual(read('Two days ago the ministers spoke on May 19.').map((d) => [d.text, d.kind]), [['Two days ago', 'relative'], ['May 19', 'yearless']]);
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
