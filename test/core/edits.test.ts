// An edit re-read: the paragraphs before and after it are taken from the last check, moved,
// and must be exactly those a fresh reading of the new version finds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createChecker } from '../../server/src/core';
import { createCaches } from '../../server/src/core/check';
import { readDocument } from '../../server/src/core/read/document';
import { defaultRecord } from '../../server/src/core/record/load';
import { indexRecord } from '../../server/src/core/record/index';
import { seedDraft } from '../robustness/drafts';

const index = indexRecord(defaultRecord);
const paragraphsOf = (text: string, languageId: string, caches = createCaches()) =>
  readDocument(text, languageId, index, caches).paragraphs.map((p) => ({ text: p.text, start: p.start, sentences: p.last - p.first }));

// Edits that join, split and blank paragraphs, most of them within two characters of a line break.
const piece = fc.constantFrom('\n', '\n\n', '\r\n', '\r', ' ', '\t', 'a', '.', ' Shoigu', ' on 13 July', '# ', '```', '<!--');
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  nearBreak: fc.option(fc.integer({ min: -2, max: 2 }), { freq: 1 }),
  removed: fc.nat({ max: 30 }),
  inserted: fc.array(piece, { maxLength: 4 }),
});

function applied(text: string, { at, nearBreak, removed, inserted }: { at: number; nearBreak: number | null; removed: number; inserted: string[] }): string {
  const breaks = [...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index);
  const from = nearBreak === null || breaks.length === 0 ? Math.floor(at * text.length) : Math.max(0, breaks[Math.floor(at * breaks.length)]! + nearBreak);
  return text.slice(0, from) + inserted.join('') + text.slice(from + removed);
}

test('after each edit, the paragraphs kept from the last reading are those a fresh reading finds', () => {
  fc.assert(
    fc.property(seedDraft, fc.array(edit, { minLength: 1, maxLength: 5 }), fc.constantFrom('markdown', 'plaintext'), (draft, edits, languageId) => {
      const caches = createCaches();
      let text = draft;
      paragraphsOf(text, languageId, caches);
      for (const e of edits) {
        text = applied(text, e);
        assert.deepEqual(paragraphsOf(text, languageId, caches), paragraphsOf(text, languageId));
      }
    }),
    { seed: 20240713, numRuns: 300 },
  );
});

test('a draft checked again unchanged, and a draft checked after another, read as when fresh', () => {
  const caches = createCaches();
  const a = 'Austin spoke with Shoigu.\n\nThey spoke again on Friday.\n';
  const b = '# Other\n\nBelousov called Austin.\n';
  for (const text of [a, a, b, a]) assert.deepEqual(paragraphsOf(text, 'markdown', caches), paragraphsOf(text, 'markdown'));
});

test('an edit to a paragraph re-reads the one after it where that one leans on it, as a fresh check does', () => {
  const warm = createChecker({ record: defaultRecord });
  const codes = (text: string, checker = warm) => checker.check(text, { languageId: 'markdown' }).findings.map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
  const draft = (day: string) => `---\ndate: 2024-07-20\n---\n\nLloyd Austin and Andrei Belousov spoke twice this summer.\n\nAustin called Belousov on ${day}.\n\nThat call, initiated by Belousov, was short.\n`;
  // The last paragraph's call is the one the paragraph before dates: an edit there changes what it claims.
  for (const day of ['June 25', 'July 12', 'June 25']) assert.deepEqual(codes(draft(day)), codes(draft(day), createChecker({ record: defaultRecord })));
  assert.deepEqual(codes(draft('June 25')), ['initiator-conflict: Belousov']);
});

test('an edit two paragraphs back re-reads a paragraph that tells its time from the story, as a fresh check does', () => {
  const warm = createChecker({ record: defaultRecord });
  const codes = (text: string, checker = warm) => checker.check(text, { languageId: 'markdown' }).findings.map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
  // "On the Monday" reads its time back past a paragraph that names no day: the title is of 2022 only while the first paragraph dates it.
  const draft = (first: string) => `---\ndate: 2025-01-21\n---\n\n${first}\n\nThat Sunday Shoigu also called Paris.\n\nGen. Mark Milley, the chairman of the Joint Chiefs of Staff, heard it from Gen. Valery Gerasimov on the Monday.\n`;
  const dated = draft('Austin called Shoigu on Friday, October 21, 2022.');
  const undated = draft('In the autumn Austin called Shoigu at last.');
  for (const text of [dated, undated, dated]) assert.deepEqual(codes(text), codes(text, createChecker({ record: defaultRecord })));
  assert.deepEqual(codes(dated), []);
  assert.equal(codes(undated).length, 1);
});
