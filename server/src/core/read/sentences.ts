// The draft's sentences in place: draft offsets, mentions and dates resolved against the
// reference date. A paragraph is placed on first use, so a check that finds every other
// paragraph's claims in the cache places only the paragraph that changed.
import type { RecordIndex } from '../record/index';
import { lastAtOrBefore } from '../text/ordered';
import type { Tokens } from '../text/tokens';
import type { DateMention } from './dates';
import { type DocumentReading, type Mention, type Paragraph, writtenDates } from './document';
import { hasCallCue } from './cues';
import { type EventKind, frameAt, readFrames, type SentenceFrames } from './frames';
import type { TitleMatch } from './paragraph';
import type { ReferenceDate } from './referenceDate';
import { resolveDates } from './resolveDates';

export interface ResolvedDate extends DateMention {
  /** The day it names, when it names one. */
  day?: number;
  /** First and last day of a month or a year. */
  firstDay?: number;
  lastDay?: number;
  /** How it was resolved, for hovers ("relative to the dateline 2022-10-22"). */
  how?: string;
  /** What the date modifies: "spoke on Friday" a call, "said on Monday" a statement. */
  event?: EventKind;
  /** The token of the event word it modifies. */
  eventWord?: number;
  /** The event word is negated or hedged ("did not speak on Friday", "will talk on Monday"). */
  unasserted?: boolean;
}

export interface SentenceView {
  /** Token indices of long capitalised words that are no recorded name. */
  strangers: number[];
  index: number;
  paragraph: number;
  /** Offset of the paragraph in the draft: token offsets are relative to it. */
  base: number;
  start: number;
  end: number;
  text: string;
  tokens: Tokens;
  first: number;
  last: number;
  titles: TitleMatch[];
  mentions: Mention[];
  dates: ResolvedDate[];
  /** Its clauses and what each says happened. */
  read: SentenceFrames;
  /** An item of a list of calls ("- **May 13, 2022:** Austin and Shoigu"): its date is a call's. */
  listedCall: boolean;
}

export class Sentences {
  private readonly placed: (SentenceView[] | undefined)[] = [];
  private sections: Section[] | undefined;

  constructor(
    private readonly doc: DocumentReading,
    private readonly ref: ReferenceDate | undefined,
    private readonly index: RecordIndex,
  ) {}

  /** The sentence with this index in the draft. */
  at(i: number): SentenceView | undefined {
    if (i < 0 || i >= this.doc.sentenceCount) return undefined;
    const k = lastAtOrBefore(this.doc.paragraphs, (p) => p.first <= i);
    return this.inParagraph(k)[i - this.doc.paragraphs[k]!.first];
  }

  /** The sentence an offset falls in, if any. */
  around(offset: number): SentenceView | undefined {
    const k = lastAtOrBefore(this.doc.paragraphs, (p) => p.start <= offset);
    return k < 0 ? undefined : this.inParagraph(k).find((s) => s.start <= offset && offset <= s.end);
  }

  /** The sentences of the paragraphs that overlap [from, to]. */
  within(from: number, to: number): SentenceView[] {
    const out: SentenceView[] = [];
    for (let k = Math.max(0, lastAtOrBefore(this.doc.paragraphs, (p) => p.start <= from)); k < this.doc.paragraphs.length; k++) {
      if (this.doc.paragraphs[k]!.start > to) break;
      out.push(...this.inParagraph(k));
    }
    return out;
  }

  inParagraph(k: number): SentenceView[] {
    return (this.placed[k] ??= this.place(k, this.doc.paragraphs[k]!));
  }

  /** The year paragraph `k` is about, where its section's heading or its own opening names one. */
  yearOf(k: number): number | undefined {
    return this.sectionOf(k).year;
  }

  /** What paragraph `k`'s section is about, by its heading: a year, and whether it lists calls ("## The calls, in order"). */
  sectionOf(k: number): Section {
    this.sections ??= readSections(this.doc.paragraphs);
    return this.sections[k]!;
  }

  /** Lets paragraph `k`'s views go: a check done with them need not carry them to its end. */
  forget(k: number): void {
    this.placed[k] = undefined;
  }

  private place(k: number, p: Paragraph): SentenceView[] {
    const { reading, start: base } = p;
    const views = reading.sentences.map((s, j): SentenceView => {
      // Read into frames on first use: most sentences are never asked what happened in them.
      let frames: SentenceFrames | undefined;
      return {
        index: p.first + j,
        paragraph: k,
        base,
        start: base + s.start,
        end: base + s.end,
        text: p.text.slice(s.start, s.end),
        tokens: reading.tokens,
        first: s.first,
        last: s.last,
        titles: s.titles,
        strangers: s.strangers,
        mentions: p.mentions[j]!.map((m) => placeMention(m, base)),
        dates: writtenDates(this.doc, p, s).map((d) => placeDate(d, base)),
        get read(): SentenceFrames {
          return (frames ??= readSentenceFrames(reading, s, p.mentions[j]!));
        },
        listedCall: this.sectionOf(k).calls && listItem.test(p.text.slice(s.start, s.end)),
      };
    });
    for (const view of views) attachDates(view);
    resolveDates(views, this.ref, this.index, this.yearOf(k));
    return views;
  }
}

function placeMention(m: Mention, base: number): Mention {
  const placed: Mention = { person: m.person, start: base + m.start, end: base + m.end, kind: m.kind, first: m.first, last: m.last };
  if (m.wrong) placed.wrong = { start: base + m.wrong.start, end: base + m.wrong.end, expected: m.wrong.expected };
  return placed;
}

function placeDate(d: DateMention, base: number): ResolvedDate {
  const placed: ResolvedDate = { ...d, start: base + d.start, end: base + d.end };
  if (d.weekdayStart !== undefined) {
    placed.weekdayStart = base + d.weekdayStart;
    placed.weekdayEnd = base + d.weekdayEnd!;
  }
  return placed;
}

function readSentenceFrames(reading: Paragraph['reading'], s: { first: number; last: number }, mentions: Mention[]): SentenceFrames {
  const starts = new Set(mentions.map((m) => m.first));
  return readFrames(reading.tokens, s.first, s.last, (i) => starts.has(i), reading.quotes);
}

/**
 * Each date to the event it modifies: the head noun it stands before ("the Nov. 27 call",
 * "Friday's conversation"), else the event word nearest before it in its clause, else after.
 */
function attachDates(s: SentenceView): void {
  if (!s.dates.length) return;
  const { tokens } = s;
  let i = s.first; // dates are in order: one walk over the tokens finds each one's first token
  for (const d of s.dates) {
    while (i < s.last && s.base + tokens.end(i) <= d.start) i++;
    let after = i;
    while (after < s.last && s.base + tokens.start(after) < d.end) after++;
    const head = s.read.frames.find((f) => f.word >= after && f.word <= after + 1 && (f.word === after || !tokens.word(after)));
    const frame = head ?? frameAt(s.read, i);
    if (!frame) continue;
    d.event = frame.kind;
    d.eventWord = frame.word;
    if (frame.negated || frame.hedged) d.unasserted = true;
  }
}

const listItem = /^\s*(?:[-*+•]|\d+[.)])\s/;

/** A heading: a Markdown heading, or one short line standing alone ("2022: the war", "**2021**"). */
const heading = /^(?:#{1,6}\s[^\n]*|[^\n.!?]{1,60}:?)$/;
/** A paragraph that opens on a year: "In 2021, …", "2022: …", "By early 2023 …". */
const openingYear = /^[\W_]*(?:(?:in|by|during|throughout|early|late|mid|since)[\s-]+)*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d{2})\b(?![-–\/]\d)/i;

export interface Section {
  /** The year it is about, from its heading or the paragraph's own opening ("In 2021, …"). */
  year?: number;
  /** Its heading speaks of calls: its list items ("- **May 13, 2022:** Austin and Shoigu") are calls. */
  calls: boolean;
}

function readSections(paragraphs: Paragraph[]): Section[] {
  let section: Section = { calls: false };
  return paragraphs.map((p) => {
    if (heading.test(p.text)) {
      const years = new Set(p.text.match(/\b(?:19|20)\d{2}\b/g) ?? []);
      section = { calls: hasCallCue(p.text), ...(years.size === 1 ? { year: Number([...years][0]) } : {}) };
      return section;
    }
    const own = openingYear.exec(p.text);
    return own ? { ...section, year: Number(own[1]) } : section;
  });
}
