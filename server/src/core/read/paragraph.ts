// One paragraph read once: words, sentences, name and title matches, dates.
// Everything here depends only on the paragraph's text and the record, so a
// checker caches it by text and an edit re-reads only the paragraph it touched.
import type { RecordIndex } from '../record/index';
import { splitSentences, tokenize, type Sentence, type Tokens } from '../text/tokens';
import { dateClaimCues } from './cues';
import { datelineEnd, readDates, shiftDate, type DateMention } from './dates';
import type { BoundedCache } from '../text/boundedCache';
import { type NameMatch, namedPeople, readNames, readStrangers } from './names';

export interface TitleMatch {
  first: number;
  last: number;
  offices: string[];
}

export interface SentenceReading extends Sentence {
  names: readonly NameMatch[];
  titles: readonly TitleMatch[];
  /** Its dates as written, read by chrono-node when first asked for: most of the cost of reading a sentence. */
  readonly dates: readonly DateMention[];
  /** Capitalised words that are no recorded name: near misses of a surname, perhaps. */
  strangers: readonly number[];
  /** A recorded name, a title or a word a claim on a date rests on (see `dateClaimCues`). */
  readonly claimWord: boolean;
  /** A weekday beside a month or a number: "Friday, May 13", a weekday that may be wrong. */
  readonly weekdayBesideDate: boolean;
}

export interface ParagraphReading {
  tokens: Tokens;
  sentences: SentenceReading[];
  /** Spans inside quotation marks. */
  quotes: readonly [number, number][];
  /** The people it names (see `namedPeople`): who the draft names is gathered from these. */
  people: readonly string[];
  /** Where the wire dateline it opens with ends, if it opens with one (read once). */
  datelineEnd(): number | undefined;
}

/** Words of a role that take the office they serve after "of the" or "to the". */
const serving = new Set(['secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'assistant', 'deputy', 'head', 'chief', 'office', 'administration']);

function ofAnother(tokens: Tokens, i: number, first: number): boolean {
  const the = tokens.norm(i - 1) === 'the' ? i - 1 : i;
  return the - 2 >= first && /^(?:of|to)$/.test(tokens.norm(the - 1)) && serving.has(tokens.norm(the - 2));
}

/** The record's titles in a sentence, longest first: "Secretary of Defense", not "Secretary". */
function readTitles(tokens: Tokens, s: Sentence, index: RecordIndex, out: TitleMatch[]): void {
  for (let i = s.first; i < s.last; i++) {
    if (!tokens.word(i)) continue;
    const match = index.titles.longest(tokens, i, s.last);
    // "4:10 p.m.": after a clock time, "PM" is the hour, not a prime minister. "Press Secretary of the President
    // Dmitry Peskov", "Aide to the President": the office a longer title is of, not the title of the one named.
    if (!match || (i > s.first && /\d$/.test(tokens.norm(i - 1))) || ofAnother(tokens, i, s.first)) continue;
    out.push({ first: i, last: match.end, offices: [...new Set(match.values)] });
    i = match.end - 1;
  }
}

/**
 * Reads a paragraph. `dateReadings` holds what chrono-node read in sentences before, by their
 * text: a sentence pasted, moved or left as it was by an edit of its paragraph is not read again.
 */
export function readParagraph(text: string, index: RecordIndex, dateReadings: BoundedCache<readonly DateMention[]>): ParagraphReading {
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
  const people = new Set<string>();
  for (const s of sentences) namedPeople(s.names, index, people);
  return { tokens, sentences, quotes, people: kept([...people]), datelineEnd: () => datelineOf(dating) };
}

/** What reading a paragraph's dates takes, shared by its sentences. */
function datelineOf(dating: Dating): number | undefined {
  const end = (dating.dateline ??= datelineEnd(dating.text) ?? -1);
  return end < 0 ? undefined : end;
}

interface Dating {
  text: string;
  quotes: readonly [number, number][];
  dateReadings: BoundedCache<readonly DateMention[]>;
  /** Where its wire dateline ends, once asked for. */
  dateline?: number;
}

/** A class, not an object literal with a getter: every sentence then has the same shape, and reading its fields stays fast. */
class ReadSentence implements SentenceReading {
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
  private written: readonly DateMention[] | undefined = undefined;
  private cues: { claimWord: boolean; weekdayBesideDate: boolean } | undefined = undefined;

  constructor(
    s: Sentence,
    readonly names: readonly NameMatch[],
    readonly titles: readonly TitleMatch[],
    readonly strangers: readonly number[],
    private readonly tokens: Tokens,
    private readonly dating: Dating,
  ) {
    this.start = s.start;
    this.end = s.end;
    this.first = s.first;
    this.last = s.last;
  }

  get dates(): readonly DateMention[] {
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

function datesOf(s: Sentence, dating: Dating): readonly DateMention[] {
  const sentence = dating.text.slice(s.start, s.end);
  // chrono-node reads against a fixed instant (see dates.ts), not the reference date: the text alone is the key.
  const read = dating.dateReadings.get(sentence, () => kept(readDates(sentence, 0)));
  if (!read.length) return read;
  const dateline = datelineOf(dating) ?? -1;
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
const none: readonly never[] = Object.freeze([]);
export const kept = <T>(list: T[]): readonly T[] => (list.length ? list.slice() : none);

/** Spans inside quotation marks; an unclosed quote runs to the paragraph's end. */
function quotedSpans(text: string): [number, number][] {
  return [...text.matchAll(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/g)].map((m) => [m.index!, m.index! + m[0].length]);
}
