// Property-based tests of the core: whatever a draft contains, checking it never throws,
// every range is inside the document (UTF-16) and denotes exactly the text its offsets
// slice, messages quote the words they underline, and the same draft gives the same
// findings — from a checker that has seen thousands of other drafts and from a fresh one.
// `npm run fuzz` runs the same properties on 100,000 drafts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { type CheckOptions, createChecker, defaultRecord } from '../../server/src/core';
import {
  checkInvariants,
  checkOptions,
  deepMarkdownDraft,
  exampleDrafts,
  longLineDraft,
  manyDatesDraft,
  mutatedDraft,
  plain,
  randomDraft,
  anyString,
  seedDraft,
} from './drafts';

/** Reproducible in `npm test`; FUZZ_SEED picks another sequence. */
const seed = Number(process.env.FUZZ_SEED ?? 20240713);
const runs = (n: number) => ({ seed, numRuns: n, includeErrorInReport: true });

/** Used for every draft of this file: its paragraph cache is warm with all of them. */
const warm = createChecker({ record: defaultRecord });
const probes = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 });

const sameAsFresh = (text: string, options: CheckOptions) => {
  const first = plain(checkInvariants(warm, text, options));
  assert.deepEqual(plain(warm.check(text, options)), first, 'the same checker gives different findings the second time');
  assert.deepEqual(plain(createChecker({ record: defaultRecord }).check(text, options)), first, 'a fresh checker gives different findings');
};

describe('the core on random drafts', () => {
  test('mutated example drafts: never a throw, ranges inside and exact, the same findings warm and fresh', () => {
    fc.assert(
      fc.property(mutatedDraft, checkOptions, probes, (text, options, hovers) => {
        checkInvariants(warm, text, options, hovers);
        sameAsFresh(text, options);
      }),
      runs(250),
    );
  });

  test('drafts strung together from Markdown, dates, names and odd code points', () => {
    fc.assert(
      fc.property(randomDraft, checkOptions, probes, (text, options, hovers) => {
        checkInvariants(warm, text, options, hovers);
        sameAsFresh(text, options);
      }),
      runs(250),
    );
  });

  test('arbitrary Unicode: astral characters, lone surrogates, control characters', () => {
    fc.assert(
      fc.property(anyString(400), checkOptions, probes, (text, options, hovers) => {
        checkInvariants(warm, text, options, hovers);
      }),
      runs(250),
    );
  });

  test('\\n, \\r\\n and \\r line ends give the same findings on the same words', () => {
    const lf = (text: string) => text.replace(/\r\n|\r/g, '\n');
    const words = (text: string, options: CheckOptions) =>
      checkInvariants(warm, text, options).findings.map((f) => ({
        code: f.code,
        words: lf(text.slice(f.start, f.end)),
        message: f.message,
        // A fix keeps the draft's own line break.
        fixes: f.fixes.map((fix) => ({ title: lf(fix.title), newText: lf(fix.newText) })),
      }));
    fc.assert(
      fc.property(seedDraft, checkOptions, (draft, options) => {
        const unix = lf(draft);
        const expected = words(unix, options);
        assert.deepEqual(words(unix.replace(/\n/g, '\r\n'), options), expected, 'CRLF differs from LF');
        assert.deepEqual(words(unix.replace(/\n/g, '\r'), options), expected, 'CR differs from LF');
      }),
      runs(60),
    );
  });

  test('an emoji or an astral letter before a name moves the findings, nothing else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...exampleDrafts), fc.constantFrom('😀', '𝐀', '👩‍👩‍👧 ', '🇺🇸'), (draft, prefix) => {
        const options = { languageId: 'markdown' };
        // After the front matter or the dateline: both are read from the top of the draft.
        const at = draft.indexOf('\n\n') + 2;
        const moved = draft.slice(0, at) + prefix + draft.slice(at);
        const before = warm.check(draft, options).findings;
        const after = checkInvariants(warm, moved, options).findings;
        assert.deepEqual(
          after.map((f) => [f.code, moved.slice(f.start, f.end)]),
          before.map((f) => [f.code, draft.slice(f.start, f.end)]),
        );
      }),
      runs(8),
    );
  });
});

describe('the core on extreme drafts', () => {
  test('very long lines', () => {
    fc.assert(
      fc.property(longLineDraft, checkOptions, (text, options) => {
        checkInvariants(warm, text, options, [0.5]);
      }),
      runs(3),
    );
  });

  test('Markdown nested hundreds deep', () => {
    fc.assert(
      fc.property(deepMarkdownDraft, checkOptions, (text, options) => {
        checkInvariants(warm, text, options, [0.25, 0.99]);
        sameAsFresh(text, options);
      }),
      runs(10),
    );
  });

  test('thousands of dates', () => {
    fc.assert(
      fc.property(manyDatesDraft, checkOptions, (text, options) => {
        checkInvariants(warm, text, options, [0.1, 0.9]);
      }),
      runs(3),
    );
  });

  test('empty, blank and one-character drafts', () => {
    for (const text of ['', ' ', '\n', '\r', '\r\n', '\ud800', '\udc00', '😀', '\u0000', '\ufeff', '---', '---\n', '<!--', '`', '>', '#']) {
      for (const languageId of ['markdown', 'plaintext']) checkInvariants(warm, text, { languageId, referenceDate: '2024-07-13' }, [0, 0.5, 1]);
    }
  });
});
