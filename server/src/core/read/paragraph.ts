// One paragraph read once: words, sentences, name and title matches, dates.
// Everything here depends only on the paragraph's text and the record, so a
// checker caches it by text and an edit re-reads only the paragraph it touched.
import type { RecordIndex } from '../record/index';
import { splitSentences, tokenize, type Sentence, type Tokens } from '../text/tokens';
import { datelineEnd, readDates, type DateMention } from './dates';

export interface NameMatch {
  first: number;
  last: number;
  person: string;
  kind: 'name' | 'misspelling' | 'surname';
  /** For misspellings found by near miss: the token that is wrong and what the record has. */
  wrong?: number;
  expected?: string;
}

export interface TitleMatch {
  first: number;
  last: number;
  offices: string[];
}

export interface SentenceReading extends Sentence {
  names: NameMatch[];
  titles: TitleMatch[];
  dates: DateMention[];
  /** Long capitalised words that are no recorded name: near misses of a surname, perhaps. */
  strangers: number[];
}

export interface ParagraphReading {
  tokens: Tokens;
  sentences: SentenceReading[];
  /** Spans inside quotation marks. */
  quotes: [number, number][];
}

export function readParagraph(text: string, index: RecordIndex): ParagraphReading {
  const tokens = tokenize(text);
  const quotes = quotedSpans(text);
  const dateline = datelineEnd(text) ?? -1;
  const sentences = splitSentences(text, tokens).map((s): SentenceReading => {
    const names: NameMatch[] = [];
    const titles: TitleMatch[] = [];
    readNames(tokens, s, index, names);
    readTitles(tokens, s, index, titles);
    const dates = readDates(text.slice(s.start, s.end), s.start);
    for (const d of dates) {
      if (quotes.some(([a, b]) => a <= d.start && d.end <= b)) d.quoted = true;
      if (d.end <= dateline) d.dateline = true;
    }
    const strangers: number[] = [];
    for (let i = s.first; i < s.last; i++) {
      const norm = tokens.norm(i);
      if (tokens.word(i) && tokens.capital(i) && norm.length >= 7 && !index.nameWords.has(norm) && !names.some((n) => n.first <= i && i < n.last)) strangers.push(i);
    }
    return { start: s.start, end: s.end, first: s.first, last: s.last, names: kept(names), titles: kept(titles), dates: kept(dates), strangers: kept(strangers) };
  });
  return { tokens, sentences, quotes: kept(quotes) };
}

/**
 * A list to keep in the cache, at its exact size: a list grown by `push` keeps room for 16, and
 * most of a draft's sentences name no one and no date, so their lists are one shared empty list.
 */
const none = Object.freeze([]) as never[]; // frozen: a cached list is never changed
export const kept = <T>(list: T[]): T[] => (list.length ? list.slice() : none);

/** Spans inside quotation marks; an unclosed quote runs to the paragraph's end. */
function quotedSpans(text: string): [number, number][] {
  return [...text.matchAll(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/g)].map((m) => [m.index!, m.index! + m[0].length]);
}

function readNames(tokens: Tokens, s: Sentence, index: RecordIndex, out: NameMatch[]): void {
  for (let i = s.first; i < s.last; i++) {
    if (!tokens.word(i) || !tokens.capital(i)) continue;
    const match = index.names.longest(tokens, i, s.last);
    if (match) {
      const homonym = match.values.find((v) => v.kind === 'homonym');
      const name = match.values.find((v) => v.kind !== 'homonym');
      let capitalised = true;
      for (let j = i; j < match.end; j++) if (tokens.word(j) && !tokens.capital(j)) capitalised = false;
      if (homonym || (name && capitalised)) {
        if (!homonym && name) out.push({ first: i, last: match.end, person: name.person, kind: name.kind as 'name' | 'misspelling' });
        i = match.end - 1;
        continue;
      }
    }
    const surname = index.surnames.get(tokens.norm(i));
    if (surname) {
      for (const person of surname) out.push({ first: i, last: i + 1, person, kind: 'surname' });
      continue;
    }
    const nearMiss = readNearMiss(tokens, i, s, index);
    if (nearMiss) {
      out.push(nearMiss);
      i = nearMiss.last - 1;
    }
  }
}

/** "Llyod Austin", "Lloyd Austen", "Belousev": a near miss of a recorded name. */
function readNearMiss(tokens: Tokens, i: number, s: Sentence, index: RecordIndex): NameMatch | undefined {
  const word = tokens.norm(i);
  const next = tokens.norm(i + 1);
  const nextIsName = i + 1 < s.last && tokens.word(i + 1) && tokens.capital(i + 1);
  if (index.nameWords.has(word)) {
    // A correct given name followed by a misspelt surname.
    if (!nextIsName || index.nameWords.has(next)) return undefined;
    for (const person of index.givenNames.get(word) ?? []) {
      const expected = closest(next, index.people.get(person)!.surname);
      if (expected) return { first: i, last: i + 2, person, kind: 'misspelling', wrong: i + 1, expected };
    }
    return undefined;
  }
  // A misspelt given name followed by a correct surname.
  if (nextIsName) {
    for (const person of index.surnames.get(next) ?? []) {
      const expected = closest(word, index.people.get(person)!.given);
      if (expected) return { first: i, last: i + 2, person, kind: 'misspelling', wrong: i, expected };
    }
  }
  return undefined;
}

/** The recorded spelling within a typing slip of `word`, if any. */
export function closest(word: string, spellings: string[]): string | undefined {
  if (word.length < 4) return undefined;
  for (const spelling of spellings) {
    const target = spelling.toLowerCase();
    if (target[0] !== word[0] || target === word || isOtherForm(word, target)) continue;
    const allowed = target.length >= 8 ? 2 : 1;
    if (Math.abs(target.length - word.length) <= allowed && editDistance(word, target, allowed) <= allowed) return spelling;
  }
  return undefined;
}

/** A real other form of a name, never a slip: feminine or plural ("Belousova", "Zelenska", "the Belousovs"). */
function isOtherForm(word: string, name: string): boolean {
  if (word === `${name}a` || word === `${name}s`) return true;
  const stem = /(?:iy|yy|y|i)$/.exec(name);
  return stem !== null && (word === `${name.slice(0, stem.index)}a` || word === `${name.slice(0, stem.index)}aya`);
}

/** Optimal string alignment distance (a swap of neighbours costs one), capped at `max` + 1. */
export function editDistance(a: string, b: string, max: number): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      best = Math.min(best, v);
    }
    if (i > 0 && best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

function readTitles(tokens: Tokens, s: Sentence, index: RecordIndex, out: TitleMatch[]): void {
  for (let i = s.first; i < s.last; i++) {
    if (!tokens.word(i)) continue;
    const match = index.titles.longest(tokens, i, s.last);
    if (!match) continue;
    out.push({ first: i, last: match.end, offices: [...new Set(match.values)] });
    i = match.end - 1;
  }
}
