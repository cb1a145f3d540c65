// The hovers' layout: every office held on the day, a timeline and sources that fit a hover.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createChecker, defaultRecord } from '../../server/src/core';

const checker = createChecker({ record: defaultRecord });
const on = (date: string) => `---\ndate: ${date}\n---\n\n`;

/** The hover's Markdown on the first occurrence of `word` in a draft dated `date`. */
function hover(date: string, sentence: string, word: string): string {
  const text = `${on(date)}${sentence}`;
  return checker.hover(checker.check(text, { languageId: 'markdown' }), text.indexOf(word) + 1)!.contents;
}

const line = (markdown: string, start: string) => markdown.split('\n').find((l) => l.startsWith(start)) ?? '';
/** The items of a hover's part: the paragraph after its bold label, one item between dots. */
const section = (markdown: string, label: string) => line(markdown, `**${label}:** `).slice(label.length + 6).split(' · ').filter(Boolean);

describe('a person hover', () => {
  test('names every office held on the day, offices before ranks', () => {
    const held = line(hover('2022-10-21', 'Brig. Gen. Patrick Ryder said the call took place.', 'Ryder'), 'On ');
    assert.equal(held, 'On Fri 2022-10-21: Pentagon Press Secretary; Brigadier General; General (US general officer, any grade)');
  });

  test('names an office the record dates only to the month as perhaps held on a day of that month', () => {
    const held = line(hover('2022-08-20', 'Brig. Gen. Patrick Ryder said the call took place.', 'Ryder'), 'On ');
    assert.match(held, /^On Sat 2022-08-20: Pentagon Press Secretary \*\(perhaps: August 2022 – January 2025\)\*; Brigadier General/);
    assert.doesNotMatch(line(hover('2022-07-20', 'Brig. Gen. Patrick Ryder said so.', 'Ryder'), 'On '), /Press Secretary/, 'not a month before');
  });

  test('lists the calls nearest the day, and how many more the timeline holds', () => {
    const calls = section(hover('2022-10-24', 'Lloyd Austin spoke with Sergei Shoigu on Friday.', 'Austin'), 'Recorded calls');
    assert.deepEqual(calls, [
      'Fri 2022-05-13 with Sergei Shoigu, initiated by Austin',
      'Fri 2022-10-21 with Sergei Shoigu, initiated by Austin',
      'Sun 2022-10-23 with Sergei Shoigu, initiated by Shoigu',
      'Wed 2023-03-15 with Sergei Shoigu, initiated by Austin',
      'and 6 more, all in *Readout: Show Timeline*',
    ]);
  });

  test('cites the two strongest sources and says how many more there are', () => {
    const sources = section(hover('2024-07-13', 'Andrei Belousov spoke with Lloyd Austin on Friday.', 'Belousov'), 'Sources');
    assert.equal(sources.length, 3);
    assert.doesNotMatch(sources.slice(0, 2).join('\n'), /printed in/, 'an article that only printed a claim is never among the two');
    assert.match(sources[2]!, /^and \d+ more, all in \*Readout: Show Timeline\*$/);
  });

  test('fits a hover for everyone in the record: five paragraphs of at most 320 characters', () => {
    for (const person of Object.values(defaultRecord.people ?? {})) {
      const paragraphs = hover('2024-07-13', `${person.name} said so.`, person.name).split('\n\n');
      assert.ok(paragraphs.length <= 5 && paragraphs.every((p) => !p.includes('\n') && p.replace(/\]\([^)]*\)/g, ']').length <= 320), `${person.name}:\n${paragraphs.join('\n\n')}`);
    }
  });
});

describe('a date and a title hover', () => {
  test('a date: the events near it, then the two strongest of their sources', () => {
    const markdown = hover('2024-07-13', 'Andrei Belousov spoke with Lloyd Austin on Friday.', 'Friday');
    assert.ok(section(markdown, 'Recorded events on or near it').includes('Fri 2024-07-12: Call: Lloyd Austin – Andrei Belousov'));
    assert.match(section(markdown, 'Sources').at(-1)!, /^and \d+ more, all in the record$/);
  });

  test('a title: who held it that day, or perhaps held it where the record is unsure of the day', () => {
    assert.deepEqual(section(hover('2022-10-21', 'The Pentagon press secretary said so.', 'press'), 'Who held it on Fri 2022-10-21'), [
      'Pentagon Press Secretary (US): Patrick Ryder',
    ]);
    assert.deepEqual(section(hover('2022-08-20', 'The Pentagon press secretary said so.', 'press'), 'Who held it on Sat 2022-08-20'), [
      'Pentagon Press Secretary (US): Patrick Ryder *(perhaps: August 2022 – January 2025)*',
    ]);
  });
});
