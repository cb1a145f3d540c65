// One paragraph read once: words, sentences, name and title matches, dates.
// Everything here depends only on the paragraph's text and the record, so a
// checker caches it by text and an edit re-reads only the paragraph it touched.
import type { RecordIndex } from '../record/index';
import { splitSentences, tokenize, type Sentence, type Tokens } from '../text/tokens';
import { datelineEnd, readDates, type DateMention } from './dates';
import { type NameMatch, readNames, readStrangers } from './names';

export interface TitleMatch {
  first: number;
  last: number;
  offices: string[];
}

export interface SentenceReading extends Sentence {
  names: readonly NameMatch[];
  titles: readonly TitleMatch[];
  dates: readonly DateMention[];
  /** Capitalised words that are no recorded name: near misses of a surname, perhaps. */
  strangers: readonly number[];
}

export interface ParagraphReading {
  tokens: Tokens;
  sentences: SentenceReading[];
  /** Spans inside quotation marks. */
  quotes: readonly [number, number][];
}

/** The record's titles in a sentence, longest first: "Secretary of Defense", not "Secretary". */
function readTitles(tokens: Tokens, s: Sentence, index: RecordIndex, out: TitleMatch[]): void {
  for (let i = s.first; i < s.last; i++) {
    if (!tokens.word(i)) continue;
    const match = index.titles.longest(tokens, i, s.last);
    // "4:10 p.m.": after a clock time, "PM" is the hour, not a prime minister.
    if (!match || (i > s.first && /\d$/.test(tokens.norm(i - 1)))) continue;
    out.push({ first: i, last: match.end, offices: [...new Set(match.values)] });
    i = match.end - 1;
  }
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
    const strangers = readStrangers(tokens, s, index, names);
    return { start: s.start, end: s.end, first: s.first, last: s.last, names: kept(names), titles: kept(titles), dates: kept(dates), strangers: kept(strangers) };
  });
  return { tokens, sentences, quotes: kept(quotes) };
}

/**
 * A list to keep in the cache, at its exact size: a list grown by `push` keeps room for 16, and
 * most of a draft's sentences name no one and no date, so their lists are one shared empty list.
 */
const none: readonly never[] = Object.freeze([]);
export const kept = <T>(list: T[]): readonly T[] => (list.length ? list.slice() : none);

/** Spans inside quotation marks; an unclosed quote runs to the paragraph's end. */
function quotedSpans(text: string): [number, number][] {
  return [...text.matchAll(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/g)].map((m) => [m.index!, m.index! + m[0].length]);
}
