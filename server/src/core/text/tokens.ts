// Words and punctuation with their offsets, and the sentences they form.

const WORD = 1;
const CAPITAL = 2;
const POSSESSIVE = 4;

/** A word or a punctuation mark, kept small: a long draft has a hundred thousand of them. */
export class Token {
  constructor(
    /** The text it was read from: `text` is sliced from it when asked for. */
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    /** Lower case, no diacritics, no periods, no possessive "'s": how names and titles are matched. The mark itself for punctuation. */
    readonly norm: string,
    private readonly flags: number,
  ) {}

  get text(): string {
    return this.source.slice(this.start, this.end);
  }

  get word(): boolean {
    return (this.flags & WORD) !== 0;
  }

  /** Starts with an upper-case letter. */
  get capital(): boolean {
    return (this.flags & CAPITAL) !== 0;
  }

  get possessive(): boolean {
    return (this.flags & POSSESSIVE) !== 0;
  }
}

export interface Sentence {
  start: number;
  end: number;
  /** Token indices [first, last). */
  first: number;
  last: number;
}

const tokenPattern = /[\p{L}\p{M}\p{N}]+(?:[.'’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(tokenPattern)) {
    const t = m[0];
    const capital = upperFirst.test(t) ? CAPITAL : 0;
    if (!letterOrDigit.test(t[0]!)) {
      tokens.push(new Token(text, m.index!, m.index! + t.length, t, capital));
      continue;
    }
    const { norm, possessive } = normalizeWord(t);
    tokens.push(new Token(text, m.index!, m.index! + t.length, norm, WORD | capital | (possessive ? POSSESSIVE : 0)));
  }
  return tokens;
}

/** Words after which a period does not end a sentence. */
const abbreviations = new Set([
  'gen', 'brig', 'maj', 'lt', 'col', 'sgt', 'adm', 'capt', 'cmdr', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'vs', 'inc', 'co', 'corp', 'rep', 'sen', 'gov', 'pres', 'am', 'pm', 'us', 'uk', 'un', 'eu',
]);

const closers = new Set(['"', '”', '’', "'", ')', ']']);

/**
 * No sentence is longer: a paste with no sentence ends (a transcript, a list, a megabyte of
 * one line) is read in pieces of this many tokens, so that the work per sentence (claims ×
 * dates, chrono on its text) stays bounded and a draft is checked in time linear in its length.
 */
export const maxSentenceTokens = 400;

/** Splits tokens into sentences; a line that ends without punctuation (a headline, a dateline) stands alone. */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last > first) sentences.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last });
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i - first >= maxSentenceTokens) close(i);
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    if (t.norm === '.' || t.norm === '!' || t.norm === '?') {
      let j = i + 1;
      while (j < tokens.length && closers.has(tokens[j]!.norm)) j++;
      const after = tokens[j];
      if (!after) continue;
      const previous = tokens[i - 1];
      const abbreviation =
        t.norm === '.' && previous?.word && previous.end === t.start &&
        (abbreviations.has(previous.norm) || upperLetter.test(previous.text) || previous.text.includes('.'));
      const startsSentence = after.capital || sentenceOpener.test(after.text);
      if (startsSentence && !abbreviation) close(j);
      continue;
    }
    // A short line with no closing punctuation (a headline, a dateline, a list item) stands
    // alone; a long one is prose wrapped by hand and goes on.
    const gap = text.slice(t.end, next.start);
    if (t.word && next.capital && /[\r\n]/.test(gap)) {
      // The line's length up to here, counted back to its start but no further than 60: searching
      // the whole paragraph for a \r in a \n draft (or the reverse) was quadratic in its lines.
      const end = t.end;
      let lineStart = end;
      while (lineStart > 0 && end - lineStart < 60 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
      if (end - lineStart < 60) close(i + 1);
    }
  }
  close(tokens.length);
  return sentences;
}
