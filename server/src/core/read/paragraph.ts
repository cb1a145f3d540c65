// One paragraph read once: words, sentences, name and title matches, dates.
// Everything here depends only on the paragraph's text and the record, so a
// checker caches it by text and an edit re-reads only the paragraph it touched.
import type { RecordIndex } from '../record/index';
import { splitSentences, tokenize, type Sentence, type Tokens } from '../text/tokens';
import { readNames, readStrangers } from '../claims/names';
import { readTitles } from '../claims/titles';
import { dateClaimCues } from './cues';
import { datelineEnd, readDates, shiftDate, type DateMention } from './dates';
import type { BoundedCache } from './document';

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
  /** Its dates as written, read by chrono-node when first asked for: most of the cost of reading a sentence. */
  readonly dates: DateMention[];
  /** Capitalised words that are no recorded name: near misses of a surname, perhaps. */
  strangers: number[];
  /** A recorded name, a title or a word a claim on a date rests on (see `dateClaimCues`). */
  readonly claimWord: boolean;
  /** A weekday beside a month or a number: "Friday, May 13", a weekday that may be wrong. */
  readonly weekdayBesideDate: boolean;
}

export interface ParagraphReading {
  tokens: Tokens;
  sentences: SentenceReading[];
  /** Spans inside quotation marks. */
  quotes: [number, number][];
}

/**
 * Reads a paragraph. `dateReadings` holds what chrono-node read in sentences before, by their
 * text: a sentence pasted, moved or left as it was by an edit of its paragraph is not read again.
 */
export function readParagraph(text: string, index: RecordIndex, dateReadings: BoundedCache<DateMention[]>): ParagraphReading {
  const tokens = tokenize(text);
  const quotes = kept(quotedSpans(text));
  const dating: Dating = { text, quotes, dateReadings };
  const sentences = splitSentences(text, tokens).map((s): SentenceReading => {
    const names: NameMatch[] = [];
    const titles: TitleMatch[] = [];
    readNames(tokens, s, index, names);
    readTitles(tokens, s, index, titles);
    const strangers = readStrangers(tokens, s, index, names);
    return new ReadSentence(s, kept(names), kept(titles), kept(strangers), tokens, dating);
  });
  return { tokens, sentences, quotes };
}

/** What reading a paragraph's dates takes, shared by its sentences. */
interface Dating {
  text: string;
  quotes: [number, number][];
  dateReadings: BoundedCache<DateMention[]>;
  /** Where its wire dateline ends, once asked for. */
  dateline?: number;
}

/** A class, not an object literal with a getter: every sentence then has the same shape, and reading its fields stays fast. */
class ReadSentence implements SentenceReading {
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
  private written: DateMention[] | undefined = undefined;
  private cues: { claimWord: boolean; weekdayBesideDate: boolean } | undefined = undefined;

  constructor(
    s: Sentence,
    readonly names: NameMatch[],
    readonly titles: TitleMatch[],
    readonly strangers: number[],
    private readonly tokens: Tokens,
    private readonly dating: Dating,
  ) {
    this.start = s.start;
    this.end = s.end;
    this.first = s.first;
    this.last = s.last;
  }

  get dates(): DateMention[] {
    return (this.written ??= datesOf(this, this.dating));
  }

  // Asked for from a paragraph's last sentence back, and only until one says yes (see `Sentences`).
  get claimWord(): boolean {
    return this.names.length > 0 || this.titles.length > 0 || this.dateCues().claimWord;
  }

  get weekdayBesideDate(): boolean {
    return this.dateCues().weekdayBesideDate;
  }

  private dateCues() {
    return (this.cues ??= dateClaimCues(this.tokens, this.first, this.last));
  }
}

function datesOf(s: Sentence, dating: Dating): DateMention[] {
  const sentence = dating.text.slice(s.start, s.end);
  // chrono-node reads against a fixed instant (see dates.ts), not the reference date: the text alone is the key.
  const read = dating.dateReadings.get(sentence, () => kept(readDates(sentence, 0)));
  if (!read.length) return read;
  const dateline = (dating.dateline ??= datelineEnd(dating.text) ?? -1);
  return read.map((written) => {
    const d = shiftDate(written, s.start);
    if (dating.quotes.some(([a, b]) => a <= d.start && d.end <= b)) d.quoted = true;
    if (d.end <= dateline) d.dateline = true;
    return d;
  });
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
