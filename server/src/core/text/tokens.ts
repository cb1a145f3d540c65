// Words and punctuation with their offsets, and the sentences they form.
import { monthNames, weekdayNames } from './dates';
import { detached } from './strings';

const WORD = 1;
const CAPITAL = 2;
const POSSESSIVE = 4;

/**
 * A paragraph's words and punctuation marks, token `i` at a time. Kept as columns, not one
 * object per token: a long draft has a hundred thousand tokens, and as objects they were
 * half the memory a checked draft kept.
 */
export class Tokens {
  readonly length: number;
  /** Token `i` runs from `spans[2i]` to `spans[2i + 1]`. */
  private readonly spans: Uint32Array;
  private readonly flags: Uint8Array;
  /** Lower case, no diacritics, no periods, no possessive "'s": how names and titles are matched. The mark itself for punctuation. */
  private readonly norms: string[];

  constructor(
    /** The text the tokens were read from. */
    readonly source: string,
  ) {
    let { spans, flags } = scratch;
    const norms: string[] = [];
    let n = 0;
    // One pass over the characters: what the token pattern (see `wordCharAt`) reads, without a match object per token.
    const end = source.length;
    let at = 0;
    while (at < end) {
      const c = source.charCodeAt(at);
      if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && isSpaceAt(source, at))) {
        at++;
        continue;
      }
      const start = at;
      // Plain: ASCII letters and digits only, the common case, whose normal form is its lower case.
      let plain = c < 128;
      let upper = false;
      if (wordCharAt(source, at)) {
        // Letters, marks and digits, joined by single periods and apostrophes ("U.S.", "Shoigu's").
        for (;;) {
          while (at < end) {
            const d = source.charCodeAt(at);
            if (d < 128) {
              if (!isAsciiWordChar(d)) break;
              if (d <= 90 && d >= 65) upper = true;
              at++;
            } else {
              const length = wordCharAt(source, at);
              if (!length) break;
              plain = false;
              at += length;
            }
          }
          const joiner = source.charCodeAt(at);
          if ((joiner === 46 || joiner === 39 || joiner === 0x2019) && wordCharAt(source, at + 1)) {
            plain = false;
            at++;
          } else break;
        }
      } else {
        at += isSurrogatePair(source, at) ? 2 : 1;
      }
      if (n === flags.length) scratch = { spans: (spans = grow(spans, new Uint32Array(n * 4))), flags: (flags = grow(flags, new Uint8Array(n * 2))) };
      spans[2 * n] = start;
      spans[2 * n + 1] = at;
      if (c < 128 && !isAsciiWordChar(c)) {
        norms.push(asciiMarks[c]!); // a mark: no string to cut from the paragraph
        flags[n] = 0;
      } else {
        const t = source.slice(start, at);
        const capital = (c >= 65 && c <= 90) || (c >= 128 && upperFirst.test(t)) ? CAPITAL : 0;
        if (plain) {
          norms.push(intern(upper ? t.toLowerCase() : t));
          flags[n] = WORD | capital;
        } else if (c < 128 || letterOrDigit.test(t[0]!)) {
          const { norm, possessive } = normalizeWord(t);
          norms.push(intern(norm));
          flags[n] = WORD | capital | (possessive ? POSSESSIVE : 0);
        } else {
          norms.push(intern(t));
          flags[n] = capital;
        }
      }
      n++;
    }
    this.length = n;
    this.spans = spans.slice(0, 2 * n);
    this.flags = flags.slice(0, n);
    this.norms = norms.slice(); // at its exact size: grown by `push`, it had up to half as much again
  }

  /** Whether `i` is a token here: the readers below answer "" or false outside. */
  has(i: number): boolean {
    return i >= 0 && i < this.length;
  }

  start(i: number): number {
    return this.spans[2 * i]!;
  }

  end(i: number): number {
    return this.spans[2 * i + 1]!;
  }

  norm(i: number): string {
    return this.norms[i] ?? '';
  }

  text(i: number): string {
    return this.has(i) ? this.source.slice(this.start(i), this.end(i)) : '';
  }

  word(i: number): boolean {
    return ((this.flags[i] ?? 0) & WORD) !== 0;
  }

  /** Starts with an upper-case letter. */
  capital(i: number): boolean {
    return ((this.flags[i] ?? 0) & CAPITAL) !== 0;
  }

  possessive(i: number): boolean {
    return ((this.flags[i] ?? 0) & POSSESSIVE) !== 0;
  }
}

/** Each ASCII punctuation mark as a string, so that a mark's token needs no slice of its paragraph. */
const asciiMarks = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/** Where every paragraph's tokens are read before they are copied out at their exact size: one allocation each, not one per growth. */
let scratch = { spans: new Uint32Array(2048), flags: new Uint8Array(1024) };

function grow<A extends Uint32Array | Uint8Array>(from: A, to: A): A {
  to.set(from);
  return to;
}

/**
 * One string per distinct word, shared by every token of it. Bounded: a long session types
 * many distinct words, and starting afresh only costs sharing.
 */
const interned = new Map<string, string>();
const INTERNED_WORDS = 50_000;

function intern(word: string): string {
  const known = interned.get(word);
  if (known !== undefined) return known;
  if (interned.size >= INTERNED_WORDS) interned.clear();
  const own = detached(word); // `word` may be a slice of its paragraph
  interned.set(own, own);
  return own;
}

/**
 * A token is a run of letters, marks and digits joined by single periods and apostrophes, or any
 * other single character that is not a space: `/[\p{L}\p{M}\p{N}]+(?:[.'’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/u`,
 * read by hand (`Tokens`) because a match object per token was a third of a check's garbage.
 */
const isAsciiWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const wordCharPattern = /[\p{L}\p{M}\p{N}]/uy;
const spacePattern = /\s/y;

/** The length (1, or 2 for a surrogate pair) of the letter, mark or digit at `at`; 0 if there is none. */
function wordCharAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) return isAsciiWordChar(c) ? 1 : 0; // NaN past the end is < 128 too: 0
  wordCharPattern.lastIndex = at;
  return wordCharPattern.test(text) ? wordCharPattern.lastIndex - at : 0;
}

function isSpaceAt(text: string, at: number): boolean {
  spacePattern.lastIndex = at;
  return spacePattern.test(text);
}

function isSurrogatePair(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
}

const plainWord = /^[A-Za-z0-9]+$/;
// Unicode-class patterns kept as constants: a bundler may turn a literal into a new RegExp on every call.
const marks = /\p{M}/gu;
const letterOrDigit = /[\p{L}\p{N}]/u;
const upperFirst = /^\p{Lu}/u;
const upperLetter = /^\p{Lu}$/u;
const sentenceOpener = /^[\p{N}"“‘'(]/u;

export function normalizeWord(word: string): { norm: string; possessive: boolean } {
  if (plainWord.test(word)) return { norm: word.toLowerCase(), possessive: false }; // most words: nothing to undo
  let w = word.replace(/’/g, "'");
  let possessive = false;
  if (/'s$/i.test(w) && w.length > 2) {
    w = w.slice(0, -2);
    possessive = true;
  } else if (/s'$/i.test(w)) {
    w = w.slice(0, -1);
    possessive = true;
  }
  const norm = w
    .normalize('NFD')
    .replace(marks, '')
    .replace(/\./g, '')
    .toLowerCase();
  return { norm, possessive };
}

export const tokenize = (text: string): Tokens => new Tokens(text);

export interface Sentence {
  start: number;
  end: number;
  /** Token indices [first, last). */
  first: number;
  last: number;
}

/** Words after which a period does not end a sentence. */
const abbreviations = new Set([
  'gen', 'brig', 'maj', 'lt', 'col', 'sgt', 'adm', 'capt', 'cmdr', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'vs', 'inc', 'co', 'corp', 'rep', 'sen', 'gov', 'pres', 'am', 'pm', 'us', 'uk', 'un', 'eu',
]);

const closers = new Set(['"', '”', '’', "'", ')', ']', '*', '_']);

/**
 * No sentence is longer: a paste with no sentence ends (a transcript, a list, a megabyte of
 * one line) is read in pieces of this many tokens, so that the work per sentence (claims ×
 * dates, chrono on its text) stays bounded and a draft is checked in time linear in its length.
 */
export const maxSentenceTokens = 400;

/** Marks a headline or a bold line may end on ("**Milley Speaks With Shoigu**"). */
const lineEndMarks = new Set(['*', '_', '"', '”', ')', "'", '’']);
/** What opens a list item, or a table's row ("| 2022-05-13 | Austin – Shoigu |"). */
const bulletMarks = new Set(['-', '*', '+', '•', '–', '—', '|']);

/** Whether only spaces stand between `offset` and the start of its line. */
function startsLine(text: string, offset: number): boolean {
  let at = offset;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at === 0 || text[at - 1] === '\n' || text[at - 1] === '\r';
}

const monthWords = new Set([...monthNames.flatMap((m) => [m.toLowerCase(), m.slice(0, 3).toLowerCase()]), 'sept']);
const weekdayWords = new Set(weekdayNames.map((d) => d.toLowerCase()));

/**
 * Whether tokens [from, to) are a full date and nothing more, but markup: "**May 13, 2022",
 * "*Tuesday, 25 June 2024". (A chronology's entries are dated with their year; a column's "**Oct. 2.**" is the day it ran.)
 */
function dateLabel(tokens: Tokens, from: number, to: number): boolean {
  let month = false;
  let year = false;
  for (let k = from; k < to; k++) {
    const norm = tokens.norm(k);
    if (monthWords.has(norm)) month = true;
    else if (/^(?:19|20)\d\d$/.test(norm)) year = true;
    else if (!/^\d{1,2}(?:st|nd|rd|th)?$/.test(norm) && !weekdayWords.has(norm) && !/^[*_,.]$/.test(norm)) return false;
  }
  return month && year;
}

/** Splits tokens into sentences; a line that ends without punctuation (a headline, a dateline) stands alone. */
const wholeLine = (text: string, start: number) => start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r';

export function splitSentences(text: string, tokens: Tokens): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last > first) sentences.push({ start: tokens.start(first), end: tokens.end(last - 1), first, last });
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i - first >= maxSentenceTokens) close(i);
    const next = i + 1;
    if (next === tokens.length) break;
    const mark = tokens.norm(i);
    // A list item or a table row starts a sentence, whatever ended the line before it.
    if (bulletMarks.has(tokens.norm(next)) && startsLine(text, tokens.start(next))) {
      close(next);
      continue;
    }
    if (mark === '.' || mark === '!' || mark === '?') {
      let after = next;
      while (after < tokens.length && closers.has(tokens.norm(after))) after++;
      // "…Minister of Defence.[19] On 25 June": a citation mark after the period is the sentence's.
      while (tokens.norm(after) === '[' && /^\d+$/.test(tokens.norm(after + 1)) && tokens.norm(after + 2) === ']') after += 3;
      if (after === tokens.length) continue;
      // "**May 13, 2022.** The gap ended when…": a date that labels what follows on its line is not a sentence of its own.
      if (mark === '.' && dateLabel(tokens, first, i) && !/[\r\n]/.test(text.slice(tokens.end(i), tokens.start(after)))) continue;
      const previous = i - 1;
      const abbreviation =
        mark === '.' && tokens.word(previous) && tokens.end(previous) === tokens.start(i) &&
        (abbreviations.has(tokens.norm(previous)) || upperLetter.test(tokens.text(previous)) || tokens.text(previous).includes('.')) &&
        // "No. 10" abbreviates "number"; "No. President Trump dismissed him" answers a question.
        !(tokens.norm(previous) === 'no' && !/^\d/.test(tokens.text(after)));
      const startsSentence = tokens.capital(after) || sentenceOpener.test(tokens.text(after));
      if (startsSentence && !abbreviation) close(after);
      continue;
    }
    // A short line with no closing punctuation (a headline, a dateline, a list item) stands
    // alone; a long one is prose wrapped by hand and goes on.
    const gap = text.slice(tokens.end(i), tokens.start(next));
    if ((tokens.word(i) || lineEndMarks.has(mark)) && tokens.capital(next) && /[\r\n]/.test(gap)) {
      // The line's length up to here, counted back to its start but no further than 60: searching
      // the whole paragraph for a \r in a \n draft (or the reverse) was quadratic in its lines.
      const end = tokens.end(i);
      let lineStart = end;
      while (lineStart > 0 && end - lineStart < 160 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
      // (A line all in bold is a headline, however long: "**Milley And Gerasimov Talk, Days After Their Ministers Did**".)
      if (end - lineStart < 60 || (wholeLine(text, lineStart) && /^(\*\*|__).*\1$/.test(text.slice(lineStart, end)))) close(i + 1);
    }
  }
  close(tokens.length);
  return sentences;
}
