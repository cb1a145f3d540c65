// Words and punctuation with their offsets, and the sentences they form.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, no diacritics, no periods, no possessive "'s": how names and titles are matched. */
  norm: string;
  word: boolean;
  /** Starts with an upper-case letter. */
  capital: boolean;
  possessive: boolean;
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

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(tokenPattern)) {
    const t = m[0];
    const word = letterOrDigit.test(t[0]!);
    const { norm, possessive } = word ? normalizeWord(t) : { norm: t, possessive: false };
    tokens.push({
      start: offset + m.index!,
      end: offset + m.index! + t.length,
      text: t,
      norm,
      word,
      capital: upperFirst.test(t),
      possessive,
    });
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
export function splitSentences(text: string, tokens: Token[], offset = 0): Sentence[] {
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
    if (t.text === '.' || t.text === '!' || t.text === '?') {
      let j = i + 1;
      while (j < tokens.length && closers.has(tokens[j]!.text)) j++;
      const after = tokens[j];
      if (!after) continue;
      const previous = tokens[i - 1];
      const abbreviation =
        t.text === '.' && previous?.word && previous.end === t.start &&
        (abbreviations.has(previous.norm) || upperLetter.test(previous.text) || previous.text.includes('.'));
      const startsSentence = after.capital || sentenceOpener.test(after.text);
      if (startsSentence && !abbreviation) close(j);
      continue;
    }
    // A short line with no closing punctuation (a headline, a dateline, a list item) stands
    // alone; a long one is prose wrapped by hand and goes on.
    const gap = text.slice(t.end - offset, next.start - offset);
    if (t.word && next.capital && /[\r\n]/.test(gap)) {
      // The line's length up to here, counted back to its start but no further than 60: searching
      // the whole paragraph for a \r in a \n draft (or the reverse) was quadratic in its lines.
      const end = t.end - offset;
      let lineStart = end;
      while (lineStart > 0 && end - lineStart < 60 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
      if (end - lineStart < 60) close(i + 1);
    }
  }
  close(tokens.length);
  return sentences;
}
