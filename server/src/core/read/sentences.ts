// The draft's sentences in place: draft offsets, mentions and dates resolved against the
// reference date. A paragraph is placed on first use, so a check that finds every other
// paragraph's claims in the cache places only the paragraph that changed.
import type { RecordIndex } from '../record/index';
import { lastAtOrBefore } from '../text/ordered';
import { phraseJoiners } from '../text/trie';
import type { Tokens } from '../text/tokens';
import { dayNumber, isoDay, monthNames, weekdayNames } from '../text/dates';
import { datelineEnd, shiftDate } from './dates';
import { type DocumentReading, type Paragraph, writtenDates } from './document';
import type { Mention } from './mentions';
import { hasCallCue, pointPrepositions } from './cues';
import { type EventKind, type Frame, frameAt, readFrames, type SentenceFrames } from './frames';
import type { SentenceReading, TitleMatch } from './paragraph';
import type { ReferenceDate } from './referenceDate';
import { nearestOccurrence, type ResolvedDate, resolveDates, type Resolving, safeDay } from './resolveDates';

export interface SentenceView {
  /** Token indices of long capitalised words that are no recorded name. */
  strangers: readonly number[];
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
  titles: readonly TitleMatch[];
  mentions: Mention[];
  /** Its dates, resolved when first asked for: the one way to a sentence's dates. */
  readonly dates: ResolvedDate[];
  /** Its clauses and what each says happened. */
  read: SentenceFrames;
  /** An item of a list of calls ("- **May 13, 2022:** Austin and Shoigu"): its date is a call's. */
  listedCall: boolean;
}

/**
 * Which dates a claim reader is shown: those that a claim may rest on, or every one. Hovers and
 * inlay hints show every date; the eager reading is what the reading for claims must agree with.
 */
export type DatesShown = 'for claims' | 'all';

/** Of a sentence's dates, those that give a sentence its time: its `own`, or, from a sentence before it, days. */
export const timeOf = (dates: readonly ResolvedDate[], own: boolean): ResolvedDate[] =>
  dates.filter((d) => !pointPrepositions.has(d.preposition) && !d.dateline && (own || d.day !== undefined));

export class Sentences {
  private readonly placed: (SentenceView[] | undefined)[] = [];
  /** Each paragraph's `dayOf`, once asked for (null: none). */
  private readonly days: (number | null | undefined)[] = [];
  private sections: Section[] | undefined;
  private readonly resolving: Resolving;

  constructor(
    private readonly doc: DocumentReading,
    ref: ReferenceDate | undefined,
    index: RecordIndex,
    private readonly shown: DatesShown = 'all',
  ) {
    this.resolving = { index, ...(ref ? { ref, against: `relative to ${ref.detail} ${isoDay(ref.day)}` } : { against: '' }) };
  }

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

  /** The day paragraph `k`'s dates are read against: its live blog heading's or its dateline's, else the reference date. */
  dayOf(k: number): number | undefined {
    if (this.days[k] === undefined) this.days[k] = this.resolvingIn(this.sectionOf(k), this.doc.paragraphs[k]!).ref?.day ?? null;
    return this.days[k] ?? undefined;
  }

  /** Lets paragraph `k`'s views go: a check done with them need not carry them to its end. */
  forget(k: number): void {
    this.placed[k] = undefined;
  }

  /**
   * What a paragraph's dates are read against: under a live blog's day heading, that day ("this evening" of Sunday's
   * entries); in an update with a dateline of its own ("UPDATE 3 — WASHINGTON, Oct. 24, 2022 (Wire) —"), its day.
   */
  private resolvingIn(section: Section, p: Paragraph): Resolving {
    const { ref } = this.resolving;
    if (!ref) return this.resolving;
    const heading = section.day;
    const own = heading ? undefined : this.datelineDay(p) ?? labelDay(p.text, ref.day);
    const day = heading ? (heading.year !== undefined ? safeDay(heading.year, heading.month, heading.day) : nearestOccurrence(heading.month, heading.day, heading.weekday, ref.day)) : own;
    if (day === undefined || day === ref.day) return this.resolving;
    return { ...this.resolving, ref: { ...ref, day }, against: heading ? `relative to the heading ${isoDay(day)}` : `relative to the paragraph's dateline ${isoDay(day)}` };
  }

  /** The day of a dateline that opens the paragraph with its year. */
  private datelineDay(p: Paragraph): number | undefined {
    const end = p.reading.datelineEnd();
    if (end === undefined) return undefined;
    // (In the sentences it spans: a caption's label, "**Frame 6.**", is a sentence of its own.)
    for (const s of p.reading.sentences) {
      if (s.start >= end) break;
      const d = writtenDates(this.doc, p, s).find((x) => x.dateline && x.kind === 'absolute');
      if (d) return dayNumber(d.year!, d.month!, d.day!);
    }
    return undefined;
  }

  private place(k: number, p: Paragraph): SentenceView[] {
    const listsCalls = this.sectionOf(k).calls;
    const listed = p.reading.sentences.map((s) => {
      const text = listsCalls ? p.text.slice(s.start, s.end) : '';
      return listsCalls && listItem.test(text) && !noCallListed.test(text);
    });
    const placing: Placing = { doc: this.doc, p, k, resolving: this.resolvingIn(this.sectionOf(k), p), year: this.yearOf(k), views: [], gated: this.shown === 'for claims' && !!this.resolving.ref };
    for (const [j, s] of p.reading.sentences.entries()) placing.views.push(new PlacedSentence(placing, j, s, listed[j]!));
    return placing.views;
  }
}

/** A paragraph being placed: what its sentences share. */
interface Placing {
  doc: DocumentReading;
  p: Paragraph;
  k: number;
  resolving: Resolving;
  year: number | undefined;
  views: PlacedSentence[];
  /** Whether the claim readers see only the dates a claim may rest on (see `claimsOnDates`). */
  gated: boolean;
  /** Which sentences' dates they see, once asked. */
  shown?: boolean[];
}

/** A class, not an object literal with getters: every view then has the same shape, and the claim readers' reads of its fields stay fast. */
class PlacedSentence implements SentenceView {
  readonly index: number;
  readonly paragraph: number;
  readonly base: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: Tokens;
  readonly first: number;
  readonly last: number;
  readonly titles: readonly TitleMatch[];
  readonly strangers: readonly number[];
  readonly mentions: Mention[];
  private frames: SentenceFrames | undefined = undefined;
  private resolved: ResolvedDate[] | undefined = undefined;

  constructor(
    private readonly placing: Placing,
    private readonly j: number,
    readonly reading: SentenceReading,
    readonly listedCall: boolean,
  ) {
    const { p } = placing;
    this.index = p.first + j;
    this.paragraph = placing.k;
    this.base = p.start;
    this.start = p.start + reading.start;
    this.end = p.start + reading.end;
    this.text = p.text.slice(reading.start, reading.end);
    this.tokens = p.reading.tokens;
    this.first = reading.first;
    this.last = reading.last;
    this.titles = reading.titles;
    this.strangers = reading.strangers;
    this.mentions = p.mentions[j]!.map((m) => placeMention(m, p.start));
  }

  get dates(): ResolvedDate[] {
    const { placing } = this;
    if (placing.gated && !(placing.shown ??= claimsOnDates(placing.views))[this.j]) return none;
    return this.resolvedDates();
  }

  // Read into frames on first use: most sentences are never asked what happened in them.
  get read(): SentenceFrames {
    return (this.frames ??= readSentenceFrames(this.placing.p.reading, this.reading, this.placing.p.mentions[this.j]!));
  }

  /** Its dates resolved, whether claims see them or not (not on `SentenceView`): those of the sentences before it only where one counts from them ("the next day"). */
  resolvedDates(): ResolvedDate[] {
    if (this.resolved) return this.resolved;
    const { placing, j } = this;
    const written = writtenDates(placing.doc, placing.p, this.reading);
    const dates = written.length ? written.map((d): ResolvedDate => shiftDate(d, this.base)) : none;
    attachDates(this, dates);
    resolveDates(dates, this.mentions, (event) => lastDayBefore(placing, j, event), placing.resolving, placing.year);
    return (this.resolved = dates);
  }
}

/** The last day the sentences before sentence `j` of a paragraph named (of an event of this kind, if given). */
function lastDayBefore(placing: Placing, j: number, event?: EventKind): ResolvedDate | undefined {
  for (let i = j - 1; i >= 0; i--) {
    const dates = placing.views[i]!.resolvedDates();
    for (let n = dates.length - 1; n >= 0; n--) if (dates[n]!.day !== undefined && !dates[n]!.dateline && (!event || dates[n]!.event === event)) return dates[n];
  }
  return undefined;
}

const none = Object.freeze([]) as never[];

/**
 * Which sentences' dates a claim may rest on: a sentence's own, where it names someone, a title or
 * a claim word (see `dateClaimCues`) or lists a call; a weekday beside a date, a claim of its own;
 * and, where such a sentence has no time of its own, the sentences before it back to the one that
 * gives it its time (see `sentenceProbes`: "Austin spoke with Shoigu on Friday. The minister
 * said…"). Without a reference date every relative date is a finding (unresolved-date): then every
 * date counts, and this is not asked.
 */
function claimsOnDates(views: PlacedSentence[]): boolean[] {
  const shown = views.map(() => false);
  for (let i = views.length - 1; i >= 0; i--) {
    const s = views[i]!;
    if (!s.listedCall && !s.reading.claimWord) {
      shown[i] ||= s.reading.weekdayBesideDate;
      continue;
    }
    shown[i] = true;
    if (timeOf(s.resolvedDates(), true).some((d) => d.day !== undefined || d.firstDay !== undefined)) continue;
    for (let t = i - 1; t >= 0 && !shown[t]; t--) {
      shown[t] = true;
      if (timeOf(views[t]!.resolvedDates(), false).length) break;
    }
  }
  return shown;
}

function placeMention(m: Mention, base: number): Mention {
  const placed: Mention = { person: m.person, start: base + m.start, end: base + m.end, kind: m.kind, first: m.first, last: m.last };
  if (m.wrong) placed.wrong = { start: base + m.wrong.start, end: base + m.wrong.end, expected: m.wrong.expected };
  return placed;
}

function readSentenceFrames(reading: Paragraph['reading'], s: { first: number; last: number }, mentions: readonly Mention[]): SentenceFrames {
  const starts = new Set(mentions.map((m) => m.first));
  return readFrames(reading.tokens, s.first, s.last, (i) => starts.has(i), reading.quotes);
}

/** An item of a list of calls that says it was none: "Met in person near Helsinki; not a call", "could not get through". */
const noCallListed = /\b(?:not\s+a\s+(?:phone\s+)?call|no\s+(?:phone\s+)?call|could\s+not\s+(?:get\s+through|reach)|failed|attempt(?:ed)?|met\s+in\s+person)\b/i;

/**
 * Each date to the event it modifies: the head noun it stands before ("the Nov. 27 call",
 * "Friday's conversation"), else the event word nearest before it in its clause, else after.
 */
function attachDates(s: SentenceView, dates: ResolvedDate[]): void {
  const { tokens } = s;
  let i = s.first; // dates are in order: one walk over the tokens finds each one's first token
  for (const d of dates) {
    while (i < s.last && s.base + tokens.end(i) <= d.start) i++;
    let after = i;
    while (after < s.last && s.base + tokens.start(after) < d.end) after++;
    // "The Oct. 21, 2022, call": the comma that closes a year in a modifier.
    if (tokens.norm(after) === ',' && /\d{4}$/.test(d.text) && /\b(?:the|a|that|this|their|his|its)\s+$/i.test(s.text.slice(Math.max(0, d.start - s.start - 6), d.start - s.start))) after++;
    // "The Nov. 27 call", "the June 25 (Tuesday) call", "yesterday's unexpected call"; not a verb after a comma
    // ("replaced Shoigu in May, spoke with Austin").
    const reach = tokens.possessive(after - 1) ? 2 : 1;
    const head = s.read.frames.find((f) => f.word >= after && f.word <= after + reach && (f.word === after || (!tokens.word(after) && !clauseMarks.has(tokens.norm(after))) || reach === 2));
    const leads = /^[\s|*_•+–—-]*$/.test(s.text.slice(0, d.start - s.start));
    // "| 15 March 2023 | Austin | Shoigu | MQ-9 incident |": the date a table row of calls leads with is the call's, whatever its subject.
    if (!head && leads && s.listedCall && s.text.startsWith('|')) {
      d.event = 'call';
      continue;
    }
    // "- 15 March 2023: a Russian jet downs a US drone", "**May 13, 2022.** Austin called…": a date labelling its item dates what the item tells.
    // (Past a weekday in parentheses: "Feb 25, 2022 (Fri): …".)
    const label = tokens.norm(after) === '(' && tokens.norm(after + 2) === ')' ? after + 3 : after;
    // (Only its first clause: "May 12, 2022: Kirby briefs reporters; the next day Austin would speak with Shoigu".)
    const labelled = leads && (tokens.norm(label) === ':' || tokens.norm(label) === '.') ? s.read.frames.find((f) => f.word > label && f.clause <= clauseAfterLabel(s.read, label)) : undefined;
    // ("Takes questions on Friday, after the Austin–Belousov call": a call counted from, after the date, is not its event.)
    // ("On 15 March 2023, following the loss of a drone the day before, the ministers spoke": past the fronted adjunct.)
    const adjunct = /^[\W_]*(?:on|in)?\s*$/i.test(s.text.slice(0, d.start - s.start)) ? frontedAdjunct.exec(s.text.slice(d.end - s.start)) : null;
    const near = adjunct ? s.read.frames.find((f) => s.base + tokens.start(f.word) >= d.end + adjunct[0].length) : frameAt(s.read, i);
    const counted = near?.kind === 'call' && s.base + tokens.start(near.word) > d.start && countedFromCall(s, near.word);
    const found = head ?? antecedentFrame(s.read, i) ?? (counted ? undefined : near) ?? labelled;
    if (!found) continue;
    // "Officials who disclosed the call on Dec. 4", "made the call public on Dec. 4": the day it was told, not the call's
    // (but "officials said the October 21 call…": a date before its call noun is the call's).
    const frame = found.kind === 'call' && found !== head ? publishing(s, found, d) ?? found : found;
    d.event = frame.kind;
    d.eventWord = frame.word;
    if (frame.negated || frame.hedged) d.unasserted = true;
  }
}

/** The clause an item's text opens after its label's mark (the clause holding the token after the mark). */
const clauseAfterLabel = (read: SentenceFrames, mark: number): number => read.clauses.findIndex((c) => c.first <= mark + 1 && mark + 1 < c.last);

/**
 * "The call between Brown and Gerasimov, which had been held on Nov. 27": a date in a relative
 * clause with no event word of its own before it dates the event its antecedent names.
 */
function antecedentFrame(read: SentenceFrames, i: number): Frame | undefined {
  const c = read.clauses.findIndex((x) => x.first <= i && i < x.last);
  const antecedent = read.clauses[c]?.antecedent;
  if (antecedent === undefined || read.frames.some((f) => f.clause === c && f.word < i)) return undefined;
  return read.frames.filter((f) => f.clause === c - 1 && f.word <= antecedent && f.word >= antecedent - 12).at(-1);
}

/** "The October 2022 dirty-bomb scare", "the July call": a date between a determiner and a noun dates that noun's phrase. */
export function attributive(s: SentenceView, d: ResolvedDate): boolean {
  return /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i.test(s.text.slice(Math.max(0, d.start - s.start - 6), d.start - s.start)) && /^[\s-]+\p{L}/u.test(s.text.slice(d.end - s.start));
}

/** "Contacts have been rare since the start of the war on February 24, 2022": a date in what "since" counts from. */
export const inSinceClause = (s: SentenceView, d: ResolvedDate): boolean => sinceBefore.test(s.text.slice(0, d.start - s.start));
const sinceBefore = /\bsince\b[^,;]{0,60}$/i;

/** A call word another time is counted from: "two days after his call", "the same day as the calls". */
export function countedFromCall(s: SentenceView, word: number): boolean {
  return /\b(?:after|before|since|following|as)\s+(?:[\w'’–-]+\s+){0,3}$/i.test(s.text.slice(0, s.base + s.tokens.start(word) - s.start));
}

/** A statement that tells of the call a date follows ("disclosed the call on Dec. 4"), or the call made public then. */
function publishing(s: SentenceView, call: Frame, d: ResolvedDate): Frame | undefined {
  const { tokens } = s;
  // The call is the statement's object: "disclosed the call", not "said little about the call Milley and Gerasimov held".
  const object = (f: Frame) => {
    for (let k = f.word + 1; k < call.word; k++) if ((!tokens.word(k) && !phraseJoiners.has(tokens.norm(k))) || prepositions.has(tokens.norm(k))) return false;
    return true;
  };
  const teller = s.read.frames.find((f) => (f.kind === 'statement' || f.kind === 'report') && f.clause === call.clause && f.word < call.word && call.word - f.word <= 6 && object(f));
  if (teller) return teller;
  for (let k = call.word + 1; k < s.last && s.base + tokens.start(k) < d.start; k++) if (tokens.norm(k) === 'public') return { ...call, kind: 'statement' };
  return undefined;
}

/** An adjunct set off after a fronted date: ", following the loss of a drone on the previous day,". */
const frontedAdjunct = /^\s*,\s*(?:(?:a|one|two|three|\d+)\s+days?\s+)?(?:following|after|amid|despite|before)\b[^,;]*,/i;

const prepositions: ReadonlySet<string> = new Set(['about', 'of', 'on', 'over', 'after', 'before', 'with', 'for', 'into', 'from', 'to', 'at', 'in']);
const clauseMarks: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '-', '.', '!', '?']);

/** An item of a list, or a row of a table ("| 2022-05-13 | Austin – Shoigu |"). */
const listItem = /^\s*(?:[-*+•]|\d+[.)]|\|)\s/;

/** A heading: a Markdown heading, or one short line standing alone ("2022: the war", "**2021**"). */
const heading = /^(?:#{1,6}\s[^\n]*|[^\n.!?]{1,60}:?)$/;
/** A paragraph that opens on a year: "In 2021, …", "2022: …", "By early 2023 …", "The winter of 2022: …". */
const openingYear = /^[\W_]*(?:(?:in|by|during|throughout|early|late|mid|since)[\s-]+)*(?:(?:the\s+)?(?:winter|spring|summer|autumn|fall)\s+of\s+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d{2})\b(?![-–\/]\d)/i;

/** An entry led by its full date, set off: "2.3. *March 15, 2023.* …", "- **14 March 2023** — …", "March 15, 2023: …". */
const leadDate = /^\s*(?:[-*+•]\s+|\d+(?:\.\d+)*[.)]?\s+)?[*_]*(?:[a-z]+day,?\s+)?(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}\s+[a-z]{3,9}\.?,?)\s+((?:19|20)\d{2})(?:[*_]+|[*_]*(?:\.|:|\s[—–-]))/i;

/** The full date that opens the line after a paragraph's first, where that first is a headline (no closing stop). */
function underHeadline(text: string): RegExpExecArray | null {
  const line = /^[^\n]*[^.!?"”’)*_\s][*_]*[ \t]*\n([^\n]*)/.exec(text);
  return line && text.indexOf('\n', line[0].length) < 0 ? leadDate.exec(line[1]!) : null;
}

export interface Section {
  /** The year it is about, from its heading or the paragraph's own opening ("In 2021, …"). */
  year?: number;
  /** The day a live blog's heading gives its entries ("## Sunday, October 23"), as written: year-less until read against the reference date. */
  day?: { month: number; day: number; year?: number; weekday?: number };
  /** Its heading speaks of calls: its list items ("- **May 13, 2022:** Austin and Shoigu") are calls. */
  calls: boolean;
}

/** A heading that is a day and nothing more: "## Sunday, October 23", "**Monday 24 October 2022**", "### Oct. 24". */
const dayHeading = new RegExp(String.raw`^(?:#{1,6}\s+)?[*_]*(?:(${weekdayNames.join('|')}),?\s+)?(?:(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+))(?:,?\s+((?:19|20)\d{2}))?(?:\s*\((?:${weekdayNames.join('|')})\))?[*_]*:?\s*$`, 'iu');

/** A day in bold that opens an entry and is followed by its text: "**Fri., Feb. 11.** Milley on the phone this afternoon". */
const dayLabel = new RegExp(String.raw`^[*_]{1,2}(?:(${weekdayNames.map((w) => w.slice(0, 3)).join('|')})[a-z]*\.?,?\s+)?(?:(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+))(?:,?\s+((?:19|20)\d{2}))?[.:]?[*_]{1,2}[ \t]+\S`, 'iu');

/** The day of a diary's or a column's entry label, read against the reference day where it has no year. */
function labelDay(text: string, refDay: number): number | undefined {
  const day = headingDay(text, dayLabel);
  if (!day) return undefined;
  return day.year !== undefined ? safeDay(day.year, day.month, day.day) : nearestOccurrence(day.month, day.day, day.weekday, refDay);
}

function headingDay(text: string, pattern = dayHeading): Section['day'] {
  const m = pattern.exec(text);
  const month = m ? monthOf(m[2] ?? m[5]!) : 0;
  if (!m || !month) return undefined;
  const weekday = m[1] ? weekdayNames.findIndex((w) => w.toLowerCase().startsWith(m[1]!.toLowerCase())) : -1;
  return { month, day: Number(m[3] ?? m[4]), ...(m[6] ? { year: Number(m[6]) } : {}), ...(weekday >= 0 ? { weekday } : {}) };
}

/** A month by its name or its abbreviation ("Oct", "Sept"), 0 for none. */
const monthOf = (word: string) => monthNames.findIndex((n) => n.toLowerCase().startsWith(word.toLowerCase()) && word.length >= 3) + 1;

const byline = /^[*_]*by\s+\p{Lu}/iu;

function readSections(paragraphs: Paragraph[]): Section[] {
  let section: Section = { calls: false };
  return paragraphs.map((p) => {
    // Only a Markdown heading is longer than a short line: most paragraphs need no test.
    // (A byline, "By Priya Ramanathan, Class of 2023", heads no section.)
    // (Nor does a wire dateline on a line of its own: its year is the story's day, read as the reference date.)
    if ((p.text.length <= 61 || p.text.startsWith('#')) && heading.test(p.text) && !byline.test(p.text) && datelineEnd(`${p.text} `) === undefined) {
      // ("Winter 2021–22" spans two years: it is about neither alone.)
      const years = new Set(/\b(?:19|20)\d{2}\s*[–-]\s*\d{2}\b/.test(p.text) ? [] : p.text.match(/\b(?:19|20)\d{2}\b/g) ?? []);
      const day = headingDay(p.text);
      section = { calls: hasCallCue(p.text), ...(years.size === 1 ? { year: Number([...years][0]) } : {}), ...(day ? { day } : {}) };
      return section;
    }
    // A list's first item leads only itself: each item has its own date.
    // (So is a headline's, over a line that opens on its full date: "**Shoigu Initiates October 21 Call**\nOctober 21, 2022 — …".)
    const own = openingYear.exec(p.text) ?? (p.text.includes('\n') ? underHeadline(p.text) : leadDate.exec(p.text));
    return own ? { ...section, year: Number(own[1]) } : section;
  });
}
