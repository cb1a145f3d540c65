// What every claim reader shares: the record, the draft as read, the reference
// date, and the findings gathered so far.
import type { Fix, FindingCode } from '../api';
import { lastCall, pointPrepositions, theCallWords } from '../read/cues';
import type { DocumentReading } from '../read/document';
import type { Frame } from '../read/frames';
import type { Mention } from '../read/mentions';
import { mayCountFromBefore, weekdayPattern } from '../read/dates';
import type { ResolvedDate } from '../read/resolveDates';
import { countedFromCall, inSinceClause, type Sentences, type SentenceView, timeOf } from '../read/sentences';
import type { ReferenceDate } from '../read/referenceDate';
import { type EventInfo, type RecordIndex, shortName } from '../record/index';
import { isoDay, monthNames, showDay, weekdayNames, weekdayOf, ymd } from '../text/dates';

/** What a sentence says of a call, as the record reads it. */
export type Anchor =
  /** A recorded call, with the people the sentence names in it. */
  | { kind: 'recorded'; call: EventInfo }
  /** A recorded call that day (or, undated, the first-named person's call in context), but a person named took no part in it. */
  | { kind: 'absent'; call: EventInfo; absent: Mention; date?: ResolvedDate }
  /** No call of these people that day: the nearest recorded, and the one the writer most likely meant. */
  | { kind: 'unrecorded'; date: ResolvedDate; people: string[]; nearest: EventInfo[]; meant?: EventInfo }
  /** No call of its own: the one its paragraph or the draft is about (`fromDraft`: no sentence of the paragraph dated one). */
  | { kind: 'context'; call: EventInfo; fromDraft?: boolean };

export interface RawFinding {
  code: FindingCode;
  start: number;
  end: number;
  message: string;
  sourceIds: string[];
  fixes: Fix[];
}

/**
 * The fence around claim readers: everything a reader may depend on. A reader reads its
 * sentence, the sentences before it in its paragraph, the paragraph before where the first
 * sentence leans on it ("They", "That call", "their previous call": see `leansOnParagraphBefore`),
 * the record, the draft-wide facts below and what the paragraph's section is about — nothing
 * else of the draft — so a paragraph's findings are cached by its text and `fenceKeys`, and an
 * edit re-reads only the paragraph it touched (and the one after, if that one leans on it).
 */
export interface Context {
  index: RecordIndex;
  doc: DocumentReading;
  sentences: Sentences;
  ref?: ReferenceDate;
  /** What each sentence says of a call, by the anchoring pass (see anchor.ts), for the paragraphs anchored so far. */
  anchors: Map<number, Anchor>;
  /** The paragraphs anchored so far in this check. */
  anchored: Set<number>;
  /** The call the draft reports: recorded within three days before the reference date, its people named. */
  mainCall?: EventInfo;
  /** The calls reported on other days, by the day a live blog's heading or an update's dateline gives its paragraphs. */
  callsOfDay: Map<number, EventInfo | undefined>;
  /** The house spellings' normal forms: other transliterations are name variants. */
  houseSpelling: ReadonlySet<string>;
}

/**
 * What a paragraph's findings depend on besides its text, as a key: the draft-wide facts above
 * (joined once per check), what paragraph `k`'s section is about and the day it is read on
 * (which decides the call it reports), and the paragraph before it (with the one before that,
 * if it opens on that one's call), or, where it tells a time from the story's, the `STORY_REACH`
 * paragraphs before it (see `tellsStoryTime`).
 */
export function fenceKeys(ctx: Context): (k: number) => string {
  // Keys stay short (numbers for the long parts): a paragraph's findings are looked up by them on every keystroke.
  const draft = intern(`${ctx.ref?.day}|${ctx.ref?.detail}|${ctx.doc.named}|${ctx.mainCall?.event.id}|${[...ctx.houseSpelling].join(',')}`);
  const sectionKey = (j: number) => {
    const { year, calls } = ctx.sentences.sectionOf(j);
    return intern(`${year ?? ''}|${calls}|${ctx.sentences.dayOf(j) ?? ''}`);
  };
  const paragraphKey = (j: number) => `${readingId(ctx.doc.paragraphs[j]!.reading)}.${sectionKey(j)}`;
  return (k) => {
    const p = ctx.doc.paragraphs[k]!;
    const reach = Math.min(k, openingOf(p.reading, p.text).storyTime ? STORY_REACH : !leansOnParagraphBefore(ctx, k) ? 0 : carriesCall(ctx, k - 1) ? 2 : 1);
    let key = `${draft}|${sectionKey(k)}`;
    for (let j = k - 1; j >= k - reach; j--) key += `|${paragraphKey(j)}`;
    return key;
  };
}

/** How many paragraphs back a sentence told from the story's time looks for that time. */
export const STORY_REACH = 3;

/** A time told from the story's, not the draft's: "that autumn", "the same week". */
export const storyTime = /\b(?:that|the\s+same)\s+(?:autumn|fall|spring|summer|winter|week|month|year|day|morning|evening|night)\b/i;

/** Whether a text tells a time from the story's: a day counted from the one told before, or `storyTime`. */
const tellsStoryTime = (text: string): boolean => storyTime.test(text) || mayCountFromBefore(text);

/**
 * Whether paragraph `k`'s first sentence reads the paragraph before: it opens on the call told
 * there ("That call", "By then"), on its two people ("They", "Their", "The two"), or says when a
 * pair last spoke ("their previous conversation"), which may count from the call told there.
 */
function leansOnParagraphBefore(ctx: Context, k: number): boolean {
  if (k === 0) return false;
  const p = ctx.doc.paragraphs[k]!;
  return carriesCall(ctx, k) || openingOf(p.reading, p.text).pairBefore;
}

/** The contexts seen (of drafts, of sections), numbered; forgotten past a bound, as the findings they key are. */
const contexts = new Map<string, number>();
const MAX_CONTEXTS = 1000;
let numbered = 0;

function intern(key: string): number {
  let id = contexts.get(key);
  if (id === undefined) {
    if (contexts.size >= MAX_CONTEXTS) contexts.clear();
    contexts.set(key, (id = ++numbered));
  }
  return id;
}

/** A number for each paragraph reading (readings are kept by their text), for keys that name a paragraph. */
const readingIds = new WeakMap<object, number>();
let readings = 0;
function readingId(reading: object): number {
  let id = readingIds.get(reading);
  if (id === undefined) readingIds.set(reading, (id = ++readings));
  return id;
}

/** "That call, initiated by Austin, …", "When it emerged…", "It was held…", "At that time", "By then": a paragraph that opens on the call just told of. */
const callBefore = /^[\W]*(?:(?:at|by)\s+th(?:at|e)\s+time\b|by\s+then\b|at\s+that\s+point\b|(?:(?:when|after|but|and|so|yet|then|in|on|during)\s+)?(?:(?:that|this)\s+(?:(?:first|second|third|last|latest|same|earlier|later|\S+-minute|hour-long|brief|short|\S+-(?:initiated|requested))\s+)?(?:call|conversation|contact|exchange)\b|it\s+(?:emerged|came|was\s+(?:held|made|disclosed|reported|announced|the|their|only))\b))/i;

/** Whether paragraph `k` opens on the call the paragraph before it told of (or, with no call the draft reports, names "the call"). */
export function carriesCall(ctx: Context, k: number): boolean {
  if (k === 0) return false;
  const opening = openingOf(ctx.doc.paragraphs[k]!.reading, ctx.doc.paragraphs[k]!.text);
  return opening.callBefore || (!ctx.mainCall && opening.namesTheCall);
}

/** What a paragraph's opening says of what came before: read once per reading, as every check asks. */
interface Opening {
  callBefore: boolean;
  namesTheCall: boolean;
  /** "They", "Their", "The two", or a pair's last or previous call in the first sentence. */
  pairBefore: boolean;
  /** Anywhere in it, a time told from the story's (see `tellsStoryTime`). */
  storyTime: boolean;
}

const openings = new WeakMap<object, Opening>();
const lastCallOnce = new RegExp(lastCall.source, 'i');

function openingOf(reading: object, text: string): Opening {
  let opening = openings.get(reading);
  if (!opening) {
    const head = text.slice(0, 300);
    opening = {
      callBefore: callBefore.test(head),
      namesTheCall: theCallWords.test(head.slice(0, 200).split(/[.!?]/)[0]!),
      pairBefore: /^\W*(?:they|their|the\s+two)\b/i.test(head) || lastCallOnce.test(head.split(/[.!?]\s/)[0]!),
      storyTime: tellsStoryTime(text),
    };
    openings.set(reading, opening);
  }
  return opening;
}

export interface Probe {
  /** Days to test; a claim fails at a probe only if it fails on every day of it. */
  days: number[];
  /** How the writer put it, for a month or a year ("May", "2023"). */
  written?: string;
}

/** A probe as a message states it. */
export const probeLabel = (p: Probe): string => p.written ?? isoDay(p.days[0]!);

export function probeOf(d: ResolvedDate): Probe | undefined {
  if (d.day !== undefined) return { days: [d.day] };
  if (d.firstDay !== undefined && d.lastDay !== undefined) {
    return { days: [d.firstDay, Math.floor((d.firstDay + d.lastDay) / 2), d.lastDay], written: d.text };
  }
  return undefined;
}

/**
 * The dates a sentence is about: its own, or else the last days named before it in its
 * paragraph ("Austin spoke with Shoigu on Friday. The minister said…"); a month or a year
 * named earlier is background, not the time of this sentence.
 */
export function sentenceProbes(ctx: Context, s: SentenceView): Probe[] {
  for (let i = s.index; i >= 0; i--) {
    const t = ctx.sentences.at(i)!;
    // A table's rows are each of their own time: "| Defence Minister Andrei Belousov (from May 14, 2024) |" under a row of May 12.
    if (t.paragraph !== s.paragraph || (i !== s.index && s.text.startsWith('|'))) break;
    const probes = timeOf(t.dates, i === s.index).map(probeOf).filter((p): p is Probe => !!p);
    if (probes.length) return probes;
  }
  return [];
}

export function referenceProbe(ctx: Context, s: SentenceView): Probe | undefined {
  // Under a live blog's day heading or a paragraph's own dateline, that day.
  const day = ctx.ref ? ctx.sentences.dayOf(s.paragraph) : undefined;
  return day !== undefined ? { days: [day] } : undefined;
}

/**
 * The day a sentence says a call took place: the first day that dates a call it asserts, not a
 * reference point ("since May 13"), not a dateline, not the day of a statement, report or other event.
 */
export function callDay(s: SentenceView): ResolvedDate | undefined {
  // A list of calls' item names no event word: its date is the call's; so is a date of no event word that leads a sentence
  // of calls ("(RECORDED WEDNESDAY) AUSTIN: I spoke with Shoigu"), not one trailing after them ("…, repeating a claim made on Sunday").
  const { frames } = s.read;
  // "Oct. 26 — Gerasimov was shown on television, two days after his call with Milley": a call counted from is not the day's.
  const onlyCalls = frames.length > 0 ? frames.every((f) => f.kind === 'call' && !countedFromCall(s, f.word)) : s.listedCall;
  // (Not a call past a semicolon that has a date of its own: "at the Pentagon on Jan. 8, 2025; in November he had spoken with Gerasimov".)
  const ownDate = (f: Frame, d: ResolvedDate) => s.dates.some((o) => o !== d && o.event === 'call' && o.eventWord === f.word) && s.text.slice(d.end - s.start, s.base + s.tokens.start(f.word) - s.start).includes(';');
  const leads = (d: ResolvedDate) => !frames.length || frames.some((f) => s.base + s.tokens.start(f.word) > d.start && !ownDate(f, d));
  return s.dates.find((d) =>
    d.day !== undefined && !pointPrepositions.has(d.preposition) && !d.dateline && !d.unasserted && d.kind !== 'year' && d.kind !== 'month' &&
    (d.event === 'call' || (d.event === undefined && onlyCalls && leads(d))) && !countedFrom(s, d) && !boundOfPeriod(s, d) && !countedOnFrom(s, d) && !inSinceClause(s, d));
}

/** "For the period 1 January to 24 December 2021": a date that opens a period is no call's day. */
const boundOfPeriod = (s: SentenceView, d: ResolvedDate) => /\s(?:to|until|through)\s/i.test(d.text) || s.dates.some((o) => o.start > d.end && /^\s*(?:to|until|through|–|-)\s*$/i.test(s.text.slice(d.end - s.start, o.start - s.start)));

/** "The Reaper business came on 14 March, and the ministers spoke the following day": the call's day is counted on from the date. */
const countedOnFrom = (s: SentenceView, d: ResolvedDate) => s.dates.some((o) => o.start > d.end && o.kind === 'anaphoric' && o.offset !== 0 && o.event === 'call' && o.day !== d.day);

/** "The first since Milley spoke with Gerasimov in October 2022": a date in the "since" clause of a count is what it counts from, not the call's. */
export function countedFrom(s: SentenceView, d: ResolvedDate): boolean {
  const before = s.text.slice(Math.max(0, d.start - s.start - 120), d.start - s.start);
  // (So is a bound of a period: "in the five months between that conversation and the October pair".)
  return /\b(?:first|second|third|fourth|fifth|only)\b[^,;]{0,80}\bsince\b[^,;]{0,60}$/i.test(before) || /\bbetween\b[^,;.]{0,60}\band\s+(?:the\s+|that\s+)?$/i.test(before);
}

/** The token of the sentence that holds a draft offset. */
export function tokenAt(s: SentenceView, offset: number): number {
  let i = s.first;
  while (i < s.last - 1 && s.base + s.tokens.end(i) <= offset) i++;
  return i;
}

export function nameOf(ctx: Context, person: string): string {
  const p = ctx.index.people.get(person);
  return p ? shortName(p) : person;
}

export function describeCall(ctx: Context, call: EventInfo): string {
  const who = call.participants.map((p) => nameOf(ctx, p)).join(' and ');
  return `the call of ${showDay(call.day)} between ${who}`;
}

/** A mention's text replaced by another person's name, in the same form (surname alone or full). */
export function renameLike(ctx: Context, m: { kind?: string }, person: string): string {
  const p = ctx.index.people.get(person)!;
  return m.kind === 'surname' ? p.surname[0]! : shortName(p);
}

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Rewrites a written date for another day, keeping the writer's format ("Feb. 18" → "Feb. 12"). */
export function reformatDate(d: ResolvedDate, day: number): string | undefined {
  const target = ymd(day);
  const text = d.text;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isoDay(day);
  if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(text)) return `${String(target.day).padStart(2, '0')}.${String(target.month).padStart(2, '0')}.${target.year}`;
  let out = text;
  if (d.weekday !== undefined) {
    // "| 2023-03-16 | Thursday |": a weekday the fix cannot reach must already be the new day's.
    if (!weekdayPattern.test(text) && weekdayOf(day) !== d.weekday) return undefined;
    out = out.replace(weekdayPattern, (w) => matchCase(w, weekdayNames[weekdayOf(day)]!));
  }
  // A fix that writes back what the draft has would correct nothing ("Sunday" for another Sunday).
  if (d.kind === 'weekday') return out === text ? undefined : out;
  if (d.month === undefined) return undefined;
  const monthPattern = /\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*(\.?)/i;
  const month = monthPattern.exec(out);
  if (!month) return undefined;
  const full = monthNames[target.month - 1]!;
  // Written in full: longer than an abbreviation, or one of the short names ("May", "June", "July"; "Sept" is abbreviated).
  const word = month[0].replace(/\.$/, '').toLowerCase();
  const inFull = word.length > 4 || word === 'may' || word === 'june' || word === 'july';
  // "Oct. 21" → "May 19": a month of four letters or fewer has no abbreviation, so no stop.
  const short = !inFull && full.length <= 4;
  const written = inFull || short ? full : full.slice(0, 3);
  out = out.slice(0, month.index) + matchCase(month[0], written) + (short ? '' : month[2]) + out.slice(month.index + month[0].length);
  if (d.day !== undefined || d.kind === 'yearless' || d.kind === 'absolute') {
    out = out.replace(/\b\d{1,2}(st|nd|rd|th)?\b(?!\d)(?!,?\s*\d{3}(?!\d))/, (_w, suffix: string | undefined) => `${target.day}${suffix ? ordinal(target.day) : ''}`);
  }
  if (/\b\d{4}\b/.test(out)) out = out.replace(/\b\d{4}\b/, String(target.year));
  else if (d.yearsFromRef !== undefined && ymd(d.day ?? d.firstDay!).year !== target.year) return undefined; // "March last year" of another year
  else if (d.day !== undefined && ymd(d.day).year !== target.year) out += `, ${target.year}`;
  return out === text ? undefined : out;
}

const ordinal = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');

function matchCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? capitalize(word) : word.toLowerCase();
}
