// Random and mutated drafts for the property-based tests and `npm run fuzz`, and the
// invariants every check of every draft must hold. Shared so that the quick run in
// `npm test` and the long fuzz run test exactly the same properties.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { CheckOptions, CheckResult, Checker, Finding, Position } from '../../server/src/core';

export const repoRoot = path.resolve(__dirname, '..', '..');

/** The example drafts the demo checks. */
export const exampleDrafts: string[] = readdirSync(path.join(repoRoot, 'examples'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => readFileSync(path.join(repoRoot, 'examples', name), 'utf8'));

/** Sentences of the core's tests: each makes (or must not make) a finding. */
export const testSentences: string[] = [
  'Defence Secretary Llyod Austin spoke with Sergei Shoigu on Friday.',
  'Andrei Belousov spoke with Lloyd Austin on Friday. Belousev warned of escalation.',
  'Austin spoke with Sergey Shoygu on Friday, 13 May. Lloyd Austin said so.',
  'Russian Defense Minister Andrey Belousov spoke with Lloyd Austin on Friday.',
  'Chinese Defense Minister Dong Jun spoke with Lloyd Austin on Tuesday. Austin later flew home to Austin, Texas.',
  'Jake Sullivan spoke with Indian Foreign Minister Ajit Doval on Friday.',
  'Pentagon Press Secretary Brig. Gen. Pat Ryder briefed reporters.',
  'Maj Gen Patrick Ryder, the Pentagon spokesperson, said the call was useful.',
  'Lloyd Austin spoke with his Russian counterpart Sergey Shoygu on Friday.',
  'Gen. Mark Milley, chairman of the Joint Chiefs of Staff, said little.',
  'Lloyd Austin and Sergei Shoigu spoke by phone on Oct. 20.',
  'Valery Gerasimov and Lloyd Austin spoke on Friday.',
  'Kremlin spokesman Dmitry Peskov said Lloyd Austin and Sergei Shoigu spoke on Friday.',
  'Lloyd Austin spoke with Sergei Shoigu on Wednesday, a day after a Russian jet downed a US drone.',
  "Austin last spoke with Sergei Shoigu on Oct. 25, 2022. That call came at Moscow's request.",
  'Lloyd Austin spoke with Sergei Shoigu on Thursday, May 13.',
  'Lloyd Austin spoke with Sergei Shoigu on Friday at the request of the US Defence Secretary.',
  'Lloyd Austin spoke with Sergei Shoigu on Friday, their first call since February 18.',
  'Lloyd Austin spoke with Andrei Belousov on Tuesday, the first call between Austin and Belousov.',
  'Sergei Shoigu spoke with Lloyd Austin on Sunday, the second call in a day.',
  'Lloyd Austin and Sergei Shoigu last spoke on Oct. 21, 2022.',
  'Belousov took office on May 20, two days after his nomination.',
  'Russian Defense Minister Andrey Belousov, a civilian economist, replaced Shoigu in May.',
  'Deputy Pentagon Press Secretary Sabrina Singh said the call had been requested by Moscow.',
  '"We spoke today," Shoigu said on Friday.',
];

/** Openings that give a draft a reference date (or none). */
export const openings: string[] = [
  '',
  '---\ndate: 2024-07-13\n---\n\n',
  '---\ndate: 2022-10-24\n---\n\n',
  '---\r\ndate: "2022-05-14"\r\n---\r\n',
  'October 22, 2022\n\n',
  'July 13, 2024\n\n',
  '---\ntitle: no date\n---\n',
  '---\ndate: 2024-13-45\n---\n\n',
];

/** Pieces writers (and paste accidents) put into drafts: Markdown, dates, names, odd code points. */
export const fragments: string[] = [
  // Markdown
  '<!--', '-->', '<!-- readout-disable-next-line -->\n', '<!-- readout-disable title-conflict -->', '<!-- readout-enable -->',
  '```', '```\n', '~~~\n', '`', '``', '    ', '\t', '> ', '> > > ', '- ', '* ', '1. ', '# ', '###### ', '**', '_', '[', ']', '](',
  '](http://example.com "t")', '[x]: http://example.com\n', '<a href="x">', '</a>', '<https://example.com>', 'http://', 'www.',
  '---\n', '\n---\ndate: 2024-07-13\n---\n', '|', '| a | b |\n|---|---|\n', '\\', '&amp;', '&#x1F600;',
  // Line ends and spacing
  '\n', '\n\n', '\r\n', '\r', '\r\r', '\n\r', '\u2028', '\u2029', '\u0085', '\f', '\v', ' ', '\u00a0', '\u200b', '\ufeff',
  // Dates
  'May 12, 2022', 'Friday', 'on Friday', 'Wednesday, February 24', 'Oct. 21', '2024-13-45', '2024-02-30', '13 May', 'today',
  'yesterday', 'last week', 'two days after', 'since May 13', '1/2/2023', '12:30', '2022', 'May', 'Sept. 31',
  // Names and titles
  'Lloyd Austin', 'Llyod', 'Austin', "Austin's", 'Shoigu', 'Shoygu', 'Sergei', 'Belousov', 'Belousev', 'Gerasimov', 'Milley',
  'Defence Minister ', 'Defense Secretary ', 'Gen. ', 'Gen.', 'Maj Gen ', 'then-', 'former ', 'new ', 'his Russian counterpart',
  'initiated by ', 'at the request of ', 'first call since ', 'last spoke on ', 'took office on ', 'replaced ', 'spoke with ',
  // Punctuation and quotes
  '.', '. ', '...', '!', '?', '"', '“', '”', "'", '’', '(', ')', ',', ';', ':', '—', '–', '-',
  // Unicode: astral, combining, right-to-left, lone surrogates, NUL
  '😀', '👩‍👩‍👧', '🇺🇸', '𝐀𝐮𝐬𝐭𝐢𝐧', '𠜎', 'e\u0301', '\u0301', 'Шойгу', 'Белоусов', 'שלום', '\u202e', 'ﬁ', 'İ', 'ß',
  '\ud800', '\udfff', '\udc00\ud800', '\u0000',
];

/** A lone surrogate: half of a pair, on its own. */
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Any string: printable graphemes, any code point (astral included), ASCII controls, lone surrogates, fragments. */
export const anyString = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'binary-ascii', maxLength }),
    fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate), maxLength }),
    fc.string({ unit: fc.constantFrom(...fragments), maxLength: Math.ceil(maxLength / 4) }),
  );

/** One edit of a draft, as offsets into it scaled to its length (so any edit fits any draft). */
export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; from: number; to: number }
  | { kind: 'swap'; a: number; b: number; length: number }
  | { kind: 'duplicate'; from: number; to: number; at: number }
  | { kind: 'line-ends'; to: '\r\n' | '\r' | '\n' };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction, text: anyString() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), from: fraction, to: fraction }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap' as const), a: fraction, b: fraction, length: fc.integer({ min: 1, max: 80 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), from: fraction, to: fraction, at: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('line-ends' as const), to: fc.constantFrom('\r\n' as const, '\r' as const, '\n' as const) }) },
);

export function applyMutation(text: string, m: Mutation): string {
  const at = (f: number) => Math.floor(f * text.length);
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'delete': {
      const [from, to] = [at(m.from), at(m.to)].sort((x, y) => x - y) as [number, number];
      return text.slice(0, from) + text.slice(to);
    }
    case 'swap': {
      // Two stretches of text change places (sentences, half words, a surrogate pair cut in two).
      let [a, b] = [at(m.a), at(m.b)].sort((x, y) => x - y) as [number, number];
      const length = Math.min(m.length, b - a);
      if (length <= 0) return text;
      b = Math.min(b, text.length - length);
      if (b < a + length) return text;
      return text.slice(0, a) + text.slice(b, b + length) + text.slice(a + length, b) + text.slice(a, a + length) + text.slice(b + length);
    }
    case 'duplicate': {
      const [from, to] = [at(m.from), at(m.to)].sort((x, y) => x - y) as [number, number];
      const piece = text.slice(from, Math.min(to, from + 2000));
      return text.slice(0, at(m.at)) + piece + text.slice(at(m.at));
    }
    case 'line-ends':
      return text.replace(/\r\n|\r|\n/g, m.to);
  }
}

/** A draft built from the examples and the tests' sentences. */
export const seedDraft: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...exampleDrafts),
  fc
    .tuple(fc.constantFrom(...openings), fc.array(fc.constantFrom(...testSentences), { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', '\n', '\n\n', '\r\n\r\n'))
    .map(([opening, sentences, gap]) => opening + sentences.join(gap) + '\n'),
);

/** A seed draft with a few random edits. */
export const mutatedDraft: fc.Arbitrary<string> = fc
  .tuple(seedDraft, fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([seed, edits]) => edits.reduce(applyMutation, seed));

/** Sentences strung together from fragments and random text: no example behind it at all. */
export const randomDraft: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.constantFrom(...testSentences), anyString(20)), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** One line of up to ~200,000 characters: the examples' sentences with no line break. */
export const longLineDraft: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom(...testSentences), { minLength: 1, maxLength: 6 }), fc.integer({ min: 100, max: 2000 }), fc.constantFrom(' ', '', ' — ', '😀'))
  .map(([sentences, times, gap]) => Array.from({ length: times }, (_, i) => sentences[i % sentences.length]).join(gap));

/** Block quotes, lists and emphasis nested hundreds deep around a claim. */
export const deepMarkdownDraft: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.constantFrom('> ', '- ', '* ', '1. ', '  ', '>', '**', '_', '[', '`', '<div>', '<!--'), { minLength: 1, maxLength: 4 }),
    fc.integer({ min: 50, max: 1500 }),
    fc.constantFrom(...testSentences),
    fc.boolean(),
  )
  .map(([markers, depth, sentence, perLine]) => {
    const prefix = Array.from({ length: depth }, (_, i) => markers[i % markers.length]).join('');
    if (!perLine) return `---\ndate: 2024-07-13\n---\n\n${prefix}${sentence}\n`;
    // Each line one level deeper than the last.
    return Array.from({ length: Math.min(depth, 300) }, (_, i) => `${prefix.slice(0, i * 2)}${sentence}`).join('\n');
  });

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Thousands of dates, in every form chrono reads and some it should not. */
export const manyDatesDraft: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1000, max: 5000 }), fc.integer(), fc.constantFrom(', ', ' and ', '. ', '\n', ' '), fc.constantFrom(...openings))
  .map(([count, seed, gap, opening]) => {
    let state = seed >>> 0;
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % n;
    };
    const dates: string[] = [];
    for (let i = 0; i < count; i++) {
      const [y, m, d, w] = [2019 + next(8), next(14), next(33), weekdays[next(7)]!];
      const month = monthNames[m % 12]!;
      const forms = [
        `${month} ${d}, ${y}`,
        `${w}, ${month} ${d}`,
        `on ${w}`,
        `${d} ${month.slice(0, 3)}. ${y}`,
        `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        `${m}/${d}/${y}`,
        `Lloyd Austin spoke with Sergei Shoigu on ${w}, ${month} ${d}`,
        `${month} ${d}`,
        'last week',
        'two days later',
      ];
      dates.push(forms[next(forms.length)]!);
    }
    return opening + dates.join(gap);
  });

export const checkOptions: fc.Arbitrary<CheckOptions> = fc.record(
  {
    languageId: fc.constantFrom('markdown', 'plaintext', 'unknown'),
    referenceDate: fc.constantFrom('2022-10-24', '2024-07-13', '2023-03-16', '2020-01-01', '2099-12-31'),
    houseSpelling: fc.constantFrom(['Shoigu', 'Sergei'], ['Shoygu', 'Sergey'], []),
  },
  { requiredKeys: ['languageId'] },
);

// ---------------------------------------------------------------------------------------
// Invariants

/** The LSP position of an offset, computed independently of the core: lines end at \r\n, \n or \r. */
export function referencePosition(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      if (i + 1 < offset) {
        i++;
        line++;
        lineStart = i + 1;
      } else {
        // The offset falls between \r and \n: inside a line break, which no position may.
        return { line, character: offset - lineStart };
      }
    } else if (c === 10 || c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Where each line starts and how long it is (without its line break). */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when the offset falls between the two halves of a surrogate pair or of a \r\n. */
export function splitsAPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (isHigh(before) && isLow(after)) || (before === 13 && after === 10);
}

export function assertPositionInside(position: Position, lines: number[], what: string): void {
  assert.ok(Number.isInteger(position.line) && Number.isInteger(position.character), `${what}: ${JSON.stringify(position)} is not whole numbers`);
  assert.ok(position.line >= 0 && position.line < lines.length, `${what}: line ${position.line} is outside the document's ${lines.length} lines`);
  assert.ok(position.character >= 0 && position.character <= lines[position.line]!, `${what}: character ${position.character} is outside line ${position.line} (${lines[position.line]} characters)`);
}

/** Findings as plain data, for comparing two checks. */
export const plain = (result: CheckResult) => ({
  referenceDate: result.referenceDate,
  referenceDateSource: result.referenceDateSource,
  declined: result.declined,
  findings: result.findings.map((f) => ({ ...f })),
});

/** What each finding's message says about the words it underlines, where the message quotes them. */
function assertWordsNamed(text: string, f: Finding): void {
  const words = text.slice(f.start, f.end);
  switch (f.code) {
    case 'name-misspelling':
      assert.ok(f.message.includes(`the draft has "${words}"`), `${f.code} underlines ${JSON.stringify(words)} but its message quotes otherwise: ${f.message}`);
      break;
    case 'unresolved-date':
      assert.ok(f.message.startsWith(`"${words}"`), `${f.code} underlines ${JSON.stringify(words)} but its message quotes otherwise: ${f.message}`);
      break;
    case 'weekday-mismatch': {
      const stated = /, not a (\w+)/.exec(f.message)?.[1];
      assert.ok(stated, `weekday-mismatch message names no weekday: ${f.message}`);
      assert.ok(stated.toLowerCase().startsWith(words.toLowerCase().replace(/\.$/, '').slice(0, 3)), `weekday-mismatch underlines ${JSON.stringify(words)} but says "not a ${stated}"`);
      break;
    }
    case 'name-variant':
      assert.ok(!f.fixes.some((fix) => fix.newText === words), `name-variant offers the same spelling as a fix: ${words}`);
      break;
    default:
      break;
  }
}

/**
 * Checks one draft and asserts every invariant: no throw, offsets inside the document, none
 * splitting a surrogate pair or a \r\n, messages
 * that quote the underlined words, fixes that change something, hovers and inlay hints in
 * range. Returns the result for further comparison.
 */
export function checkInvariants(checker: Checker, text: string, options: CheckOptions, hoverProbes: readonly number[] = []): CheckResult {
  const result = checker.check(text, options);
  assert.equal(typeof result, 'object');
  assert.ok(Array.isArray(result.findings));
  if (result.declined !== undefined) {
    assert.equal(result.findings.length, 0, 'a declined draft has no findings');
    assert.ok(result.declined.length > 0);
  }
  if (result.referenceDate !== null) assert.match(result.referenceDate, /^\d{4}-\d{2}-\d{2}$/);
  for (const f of result.findings) {
    const what = `${f.code} at ${f.start}–${f.end}`;
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), `${what}: offsets are not whole numbers`);
    assert.ok(0 <= f.start && f.start < f.end && f.end <= text.length, `${what}: outside the document (length ${text.length}) or empty`);
    assert.ok(!splitsAPair(text, f.start) && !splitsAPair(text, f.end), `${what}: splits a surrogate pair or a line break`);
    assert.ok(f.message.length > 0, `${what}: empty message`);
    for (const fix of f.fixes) {
      assert.equal(typeof fix.newText, 'string');
      assert.notEqual(fix.newText, text.slice(f.start, f.end), `${what}: the fix "${fix.title}" changes nothing`);
    }
    assertWordsNamed(text, f);
  }
  for (const hint of checker.inlayHints(result)) {
    assert.ok(0 <= hint.offset && hint.offset <= text.length && !splitsAPair(text, hint.offset), `inlay hint at ${hint.offset} is outside the document or splits a pair`);
  }
  for (const probe of hoverProbes) {
    const offset = Math.floor(probe * (text.length + 1));
    const hover = checker.hover(result, offset);
    assert.ok(hover === null || (hover.contents.length > 0 && 0 <= hover.start && hover.start <= hover.end && hover.end <= text.length), `hover at ${offset} is neither null nor text about a range inside the draft`);
  }
  return result;
}
