// Spans and ages of recorded events: "the 28-month-old war", "the war's 100th day", "more than
// two years into the war", "as the war enters its 12th week", "Russia invaded more than two years
// ago", "six days before the invasion". Each is measured between the event and the day the
// sentence is about — its own date, else the call it is about, else the reference date, never a
// guess — and is an elapsed-conflict where the record's days contradict its words.
import { pointPrepositions } from '../read/cues';
import type { ResolvedDate } from '../read/resolveDates';
import { inSinceClause, type SentenceView } from '../read/sentences';
import { describeElapsed, findSpans, hasSpanCue, type Span, spanEnds, spanFits } from '../read/spans';
import type { EventInfo } from '../record/index';
import { dayNumber, daysInMonth, isoDay, showDay, ymd } from '../text/dates';
import { callDay, type Context, type RawFinding, sentenceProbes } from './context';
import { type EventMention, eventMentions, eventOfDate, sameKind } from './events';

/** A span the record can measure: from `from` to `to` (the days it runs between), and whether the words fit. */
export interface ElapsedClaim {
  /** Draft offsets of the span's words. */
  start: number;
  end: number;
  text: string;
  event: EventInfo;
  /** The record's days the span runs between, and what the later or earlier one is ("the reference date"). */
  from: number;
  to: number;
  /** The last day of the sentence's period, where it names a month or a year: the span may end on any day up to it. */
  toLast: number;
  against: string;
  fits: boolean;
}

const claimsOf = new WeakMap<SentenceView, ElapsedClaim[]>();

/** Words that put a span's end in the past: then the reference date is not the day it ends on. */
const pastTense = /\b(?:entered|was|were|had|reached|marked|became|turned)\b/i;
const future = /\b(?:will|shall|(?:is|are)\s+(?:due|set|expected)\s+to|(?:is|are)\s+to)\b/i;

export function elapsedClaims(ctx: Context, s: SentenceView): ElapsedClaim[] {
  let claims = claimsOf.get(s);
  if (claims) return claims;
  claims = [];
  claimsOf.set(s, claims);
  if (!hasSpanCue(s.text)) return claims;
  const mentions = eventMentions(ctx, s).filter((m) => !s.read.clauses[m.clause]?.quoted);
  if (!mentions.length) return claims;
  for (const span of findSpans(s.text)) {
    // "Months into the war" writes no count to measure an age by: only a silence is read as at least a few units.
    // ("Talked twice in a week since the war started" counts calls in a week; it is no age.)
    if (span.vague || quoted(s, span) || /\b(?:once|twice|thrice|times)\s+(?:in|within)\s+$/i.test(s.text.slice(0, span.start))) continue;
    const claim = ageClaim(ctx, s, span, mentions) ?? spacingClaim(ctx, s, span, mentions);
    if (claim) claims.push(claim);
  }
  return claims;
}

export function readElapsedClaims(ctx: Context, s: SentenceView): RawFinding[] {
  return elapsedClaims(ctx, s).filter((c) => !c.fits).map((c) => ({
    code: 'elapsed-conflict',
    start: c.start,
    end: c.end,
    message: `The record has "${c.event.event.label ?? c.event.event.id}" on ${showDay(c.event.day)}; ${measured(c)} (${c.against}), not "${c.text}".`,
    sourceIds: c.event.event.sources,
    fixes: [],
  }));
}

/** "2022-02-24 → 2024-06-25: 2 years 4 months, 852 days"; to a month or a year, from its first day to its last. */
export function measured(c: ElapsedClaim): string {
  if (c.toLast === c.to) return `${isoDay(c.from)} → ${isoDay(c.to)}: ${describeElapsed(c.from, c.to)}`;
  return `${isoDay(c.from)} → ${isoDay(c.to)}–${isoDay(c.toLast)}: ${describeElapsed(c.from, c.to)} to ${describeElapsed(c.from, c.toLast)}`;
}

/** Whether the span stands in quotation marks: a speaker's words are not the writer's claim. */
function quoted(s: SentenceView, span: Span): boolean {
  const before = s.text.slice(0, span.start);
  return (before.match(/["“”]/g)?.length ?? 0) % 2 === 1 || s.read.clauses.some((c) => c.quoted && within(s, c.first, c.last, span.start));
}

function within(s: SentenceView, first: number, last: number, at: number): boolean {
  const offset = s.start - s.base + at;
  return s.tokens.start(first) <= offset && offset < s.tokens.end(last - 1);
}

/**
 * The age of an event at the sentence's day: "the 28-month-old war", "the war's 100th day", "the
 * 100th day of the war", "more than two years into the war", "two years since the invasion", "as
 * the war enters its 12th week", "the invasion, which has lasted 79 days", "invaded two years ago".
 */
function ageClaim(ctx: Context, s: SentenceView, span: Span, mentions: EventMention[]): ElapsedClaim | undefined {
  const ago = span.form === 'span' && /^\s+ago\b/i.test(s.text.slice(span.end));
  // "The ten-month war": a span joined to its noun is its age, as "the ten-month-old war" is.
  const joined = span.form === 'span' && !span.vague && /-(?:day|week|month|year)$/i.test(s.text.slice(span.start, span.end));
  const m = ago ? agoMention(s, span, mentions) : span.form === 'age' || joined
    ? span.predicate ? mentionBefore(s, span, mentions, /^(?:(?:,\s*\p{L}+(?:\s+\p{L}+)?,)?\s+(?:is|was|had\s+been|has\s+been)\s+(?:now\s+|already\s+|still\s+|just\s+)?|,?\s+(?:now|then|already)\s+)$/u) : mentionAfter(s, span, mentions, /^\s+$/)
    : span.form === 'ordinal'
      ? mentionAfter(s, span, mentions, /^\s+of\s+(?:the\s+|its\s+|this\s+|that\s+|\p{L}+['’]s\s+)?$/u) ?? mentionBefore(s, span, mentions, /^(?:\s+|[^.;:!?"“”]{0,60}\bits\s+)$/)
      : mentionAfter(s, span, mentions, /^\s+(?:into|of|since)\s+(?:the\s+|its\s+|\p{L}+['’]s\s+)?$/u) ?? mentionBefore(s, span, mentions, /^[^.;:!?"“”]{0,40}\b(?:lasted|raged|gone\s+on|dragged\s+on|run)\s+(?:for\s+)?$/);
  // "A three-day summit": how long an event of several days lasted, not how old it is.
  if (!m || (joined && m.event.lastDay > m.event.day)) return undefined;
  const words = s.text.slice(0, span.start);
  // "A week after the war passed its 1,000th day": an age told at another day than the sentence's.
  if (/\b(?:days?|weeks?|months?|years?)\s+(?:after|before)\b[^.;]*$/i.test(words)) return undefined;
  // "The war will enter its third year on Saturday": a day ahead, which a weekday or a month without its year does not tell.
  if (future.test(s.text)) return undefined;
  // "In the nine weeks since the invasion" runs up to the sentence's day; "in the war's first year" is a period of it.
  const upToNow = /^\s+(?:since|into)\b/i.test(s.text.slice(span.end));
  // "In the 26-month-old war" and "After thirty months of war, the contacts remain rare" tell the age at the sentence's day.
  // "We're in the fourth month of this war", "the war is in its ninth month": the age at the sentence's day.
  const atTheDay = span.form === 'age' || /^\W*(?:after|by)\s+$/i.test(words) || /\b(?:we['’]re|we\s+are|it['’]s|is|are|now)\s+in\s+(?:the|its)\s+$/i.test(words);
  // "The record of the first year of the invasion": a period, unless the sentence's day is said to be it ("Today is the 100th day of the war").
  const periodOf = span.form === 'ordinal' && /\bthe\s+$/i.test(words) && !/\b(?:is|was|marks|marked|on|reached|reaches|entered|enters|it['’]s)\s+the\s+$/i.test(words);
  const when: Tense = !upToNow && !atTheDay && (periodOf || namesPeriod.test(words) || /^\W*(?:in|during|by)\s+its\s+$/i.test(words)) ? 'period'
    : pastTense.test(words.slice(m.end - s.start)) || pastTense.test(words.slice(-40)) ? 'past' : 'present';
  // "It is now more than three years since the invasion, and a year since the July 2024 call": "now" is the draft's day.
  const now = ago || /\bnow\s+(?:\p{L}+\s+){0,3}$/iu.test(words.slice(-36)) ? referenceDay(ctx, s, false) : sentenceDay(ctx, s, span, m, when);
  if (!now || now.first < m.event.day) return undefined;
  const { first, last } = spanEnds(span, m.event.day);
  return claim(s, span, m.event, m.event.day, now.first, now.last, now.label, first <= now.last && last >= now.first);
}

/** "Six days before the invasion", "a day after the downing": the span between the event and the day of the sentence. */
function spacingClaim(ctx: Context, s: SentenceView, span: Span, mentions: EventMention[]): ElapsedClaim | undefined {
  if (span.form !== 'span') return undefined;
  const rel = /^\s+(before|after)\s+/i.exec(s.text.slice(span.end));
  // "Three times in the seven weeks before the invasion": a window counted in, not a span claimed.
  if (!rel || /\b(?:in|within|during|over|throughout)\s+(?:the\s+)?(?:last\s+|first\s+|final\s+)?$/i.test(s.text.slice(0, span.start))) return undefined;
  const m = mentionAfter(s, { ...span, end: span.end + rel[0].length }, mentions, /^[^,.;:!?"“”]{0,60}$/);
  // "A week after the war passed its 1,000th day": after a milestone of the event, not after the event.
  if (m && /^\s+(?:passed|entered|reached|marked|hit|turned|crossed)\b/i.test(s.text.slice(m.end - s.start))) return undefined;
  const other = m && otherDay(ctx, s, span, m);
  if (!m || !other) return undefined;
  // "Spoke on January 6, February 12 and February 18, the last only six days before the invasion": of the
  // sentence's call or of its date nearest before the span, whichever fits.
  const nearest = s.dates.filter((d) => d.day !== undefined && !d.dateline && d.end - s.start <= span.start).at(-1);
  // (A month beside the span: any of its days.)
  const others = other.lastDay === undefined ? [other] : Array.from({ length: other.lastDay - other.day + 1 }, (_, k) => ({ day: other.day + k, label: other.label }));
  const days = nearest && other.lastDay === undefined && nearest.day !== other.day ? [other, { day: nearest.day!, label: nearest.text }] : others;
  const ends = days.flatMap((o) => (rel[1]!.toLowerCase() === 'before' ? [[o.day, m.event.day, o]] as const : fromDays(s, m).map((d) => [d, o.day, o] as const)));
  const fit = (from: number, to: number) => to >= from && spanFits(span, from, to);
  const [from, to, o] = ends.find(([a, b]) => fit(a, b)) ?? ends[0]!;
  return claim(s, span, m.event, Math.min(from, to), Math.max(from, to), Math.max(from, to), o.label, fit(from, to));
}

/**
 * The days a span after an event may count from: of an event made public later, either ("a day
 * after the warrants"), unless the sentence says which ("made public", "issued").
 */
function fromDays(s: SentenceView, m: EventMention): number[] {
  const { lastDay, publicDay } = m.event;
  if (publicDay === undefined) return [lastDay];
  const words = s.text.slice(0, m.end - s.start);
  if (/\b(?:made\s+public|published|announced|unsealed|revealed|disclosed)\b[^.;]{0,40}$/i.test(words)) return [publicDay];
  if (/\bissued\b[^.;]{0,40}$/i.test(words)) return [lastDay];
  return [lastDay, publicDay];
}

function claim(s: SentenceView, span: Span, event: EventInfo, from: number, to: number, toLast: number, against: string, fits: boolean): ElapsedClaim {
  return { start: s.start + span.start, end: s.start + span.end, text: s.text.slice(span.start, span.end), event, from, to, toLast, against, fits };
}

/** The mention that begins right after the span, with only these words between. */
function mentionAfter(s: SentenceView, span: { end: number }, mentions: EventMention[], gap: RegExp): EventMention | undefined {
  return mentions.find((m) => m.start - s.start >= span.end && gap.test(s.text.slice(span.end, m.start - s.start)));
}

/**
 * The event of "Russia invaded Ukraine two years ago", "the war began 18 months ago": a mention
 * right before the span, or one word before it: a name, or a word that tells of the same happening ("began"); not
 * "the war ended 80 years ago", nor a mention farther back ("the war has changed since his visit two months ago").
 */
function agoMention(s: SentenceView, span: Span, mentions: EventMention[]): EventMention | undefined {
  const m = mentionBefore(s, span, mentions, /^\s+(?:\p{L}+\s+)?$/u);
  if (!m || !/\p{L}/u.test(s.text.slice(m.end - s.start, span.start))) return m;
  // "Russia invaded Ukraine two years ago": a name is the event's object.
  if (s.tokens.capital(m.last) && s.tokens.word(m.last)) return m;
  const word = s.read.frames.find((f) => f.word >= m.last && s.base + s.tokens.end(f.word) <= s.start + span.start);
  return word && sameKind(s, m, word.kind) ? m : undefined;
}

/** The nearest mention before the span, with only these words between. */
function mentionBefore(s: SentenceView, span: Span, mentions: EventMention[], gap: RegExp): EventMention | undefined {
  return mentions.filter((m) => m.end - s.start <= span.start && gap.test(s.text.slice(m.end - s.start, span.start))).at(-1);
}

interface Moment {
  first: number;
  last: number;
  label: string;
}

/**
 * How an age is told: of the present ("the war, now in its third year"), of a past moment ("when
 * the war entered its third month"), or as a period of the event ("in the war's first year",
 * "during the first two years of the war"), which says nothing of when the sentence is.
 */
type Tense = 'present' | 'past' | 'period';

/** Words before a span that make it a period of the event: a preposition ("in the war's", "during the"), or "first"/"last". */
const namesPeriod = /(?:\b(?:in|during|within|over|throughout|through|by|since|after|before|until|from)\s+(?:the\s+)?(?:\p{L}+['’]s\s+)?|\b(?:first|last|opening|initial|early|final)\s+)$/iu;

/**
 * The day an age is measured to: the sentence's own date (not the event's: "the war, which
 * began on Feb. 24, 2022, is in its third year"); else, unless it names a period, the last day
 * its paragraph named before it, else the call it is about (not one left to the draft), else —
 * for words in the present — the reference date.
 */
function sentenceDay(ctx: Context, s: SentenceView, span: Span, m: EventMention, when: Tense): Moment | undefined {
  const mentions = eventMentions(ctx, s);
  // "Did not speak until May 19, 2022, 84 days into the war": a date set right before the span is its day.
  const beside = besideDate(s, span);
  if (beside?.day !== undefined) return momentOf(beside);
  // "By June 2024, more than three years into the war": "by" gives the day an age is told at. ("More than three years into the
  // war, no one has heard of a call, and the last was five months ago": not a date of another clause.)
  // "Some 19 months ago, on the 870th day of the war": a time counted back loosely leaves the day untold.
  if (s.dates.some((d) => d.spread !== undefined && !apart(s, span, d) && !s.text.slice(Math.min(d.end - s.start, span.end), Math.max(d.start - s.start, span.start)).includes(';'))) return undefined;
  const own = s.dates.filter((d) => !d.dateline && (d.preposition === 'by' || !pointPrepositions.has(d.preposition)) && !eventOfDate(s, d, mentions).some((x) => x.event === m.event) && !apart(s, span, d) && !inOtherRelative(s, span, d) && !inSinceClause(s, d));
  // A date of its own that does not tell the day ("in November", of which year?) leaves the sentence undated: no other day stands in.
  if (own.length) return own.map(momentOf).find((x) => x);
  // "The call came in the war's 14th week": a period of the war that a call fell in is told at the call's day.
  if (when === 'period') return callFellIn.test(s.text) ? anchorDay(ctx, s) : undefined;
  // (A sentence in the present is not of the day the sentence before it told: "…February 24, 2022. As the war's fourth year begins, …".)
  if (!s.dates.length && when === 'past') {
    const probe = sentenceProbes(ctx, s)[0];
    if (probe) return { first: Math.min(...probe.days), last: Math.max(...probe.days), label: probe.written ?? `the date of its paragraph, ${isoDay(probe.days[0]!)}` };
  }
  // In the present with no day of its own, the draft's day (else the call it is about); in the past, the call it is about.
  if (when === 'present' && !s.dates.length) return referenceDay(ctx, s, true) ?? anchorDay(ctx, s);
  const anchored = anchorDay(ctx, s);
  if (anchored) return anchored;
  return when === 'past' ? undefined : referenceDay(ctx, s, true);
}

/** The date that ends right before the span, only a comma or a dash between ("on February 18, a week before…"). */
function besideDate(s: SentenceView, span: Span): ResolvedDate | undefined {
  return s.dates.filter((d) => !d.dateline && d.end - s.start <= span.start && /^[\s,–—-]*(?:just\s+|only\s+|barely\s+)?$/.test(s.text.slice(d.end - s.start, span.start))).at(-1);
}

/** "Six days before the invasion, on 18 February": a date set off right after the event restates the span's day. */
function restatedAfter(s: SentenceView, m: EventMention): ResolvedDate | undefined {
  return s.dates.find((d) => !d.dateline && d.start >= m.end && /^\s*,\s*(?:on\s+)?$/i.test(s.text.slice(m.end - s.start, d.start - s.start)));
}

/** "Milley, who retired at the end of September 2023, used the channel twice during the first year of the war": a relative clause's date (or its term's) is its own. */
function inOtherRelative(s: SentenceView, span: Span, d: ResolvedDate): boolean {
  const clauseAt = (offset: number) => s.read.clauses.find((c) => s.base + s.tokens.start(c.first) <= offset && offset < s.base + s.tokens.end(c.last - 1));
  const own = clauseAt(d.start);
  return (!!own && own.antecedent !== undefined && own !== clauseAt(s.start + span.start)) || (d.event === 'appointment' && !!own && own.antecedent !== undefined);
}

/** Whether a coordinated clause (", and …") stands between the span and the date. */
function apart(s: SentenceView, span: Span, d: ResolvedDate): boolean {
  const [from, to] = d.start - s.start < span.start ? [d.end - s.start, span.start] : [span.end, d.start - s.start];
  return /,\s+(?:and|but|while|whereas)\s/i.test(s.text.slice(from, to));
}

function momentOf(d: ResolvedDate): Moment | undefined {
  // "The war enters its fifth year on Tuesday": a weekday alone may be the coming one as well as the last.
  if (d.day !== undefined && d.kind === 'weekday' && !d.strictlyPast && !d.future && !/^(?:last|this|next|coming)\b/i.test(d.text)) return { first: d.day, last: d.day + 7, label: `${d.text}, ${isoDay(d.day)} or ${isoDay(d.day + 7)}` };
  if (d.day !== undefined) return { first: d.day, last: d.day, label: d.kind === 'absolute' ? d.text : `${d.text}, ${isoDay(d.day)}` };
  // A month without its year is only a guess at which one.
  if (d.kind === 'month' && d.year === undefined) return undefined;
  return d.firstDay !== undefined && d.lastDay !== undefined ? { first: d.firstDay, last: d.lastDay, label: d.text } : undefined;
}

const callFellIn = /\b(?:call|conversation)\b[^.;]{0,100}?\b(?:came|took\s+place|was\s+held|happened|occurred)\s+(?:in|during)\b/i;
/** "The call", "the Austin–Shoigu call": a call named as the one the draft tells of. */
const theCall = /\b(?:the|that|this)\s+(?:[\p{L}–-]+\s+)?(?:call|conversation)\b/iu;

/** The call the sentence is about, where the anchoring pass found it in the sentence or its paragraph, or the sentence names the draft's ("the call"). */
function anchorDay(ctx: Context, s: SentenceView): Moment | undefined {
  const a = ctx.anchors.get(s.index);
  if (!a || a.kind === 'unrecorded' || (a.kind === 'context' && a.fromDraft && !theCall.test(s.text))) return undefined;
  return { first: a.call.day, last: a.call.day, label: `the call of ${showDay(a.call.day)}` };
}

/** The reference date, where it is the draft's own (not inferred) and the paragraph is not of another year. */
function referenceDay(ctx: Context, s: SentenceView, sectionMatters: boolean): Moment | undefined {
  const ref = ctx.ref;
  if (!ref || ref.source === 'inferred') return undefined;
  const year = ctx.sentences.yearOf(s.paragraph);
  if (sectionMatters && year !== undefined && year !== ymd(ref.day).year) return undefined;
  return { first: ref.day, last: ref.day, label: `the reference date` };
}

/**
 * The other end of "six days before the invasion": a date set beside the span ("on February 18, a
 * week before…"), else the call the sentence dates, else its date before the span, else the call it
 * tells of, else another recorded event it names before the span ("the downing came a year after the invasion").
 */
function otherDay(ctx: Context, s: SentenceView, span: Span, m: EventMention): { day: number; lastDay?: number; label: string } | undefined {
  const { event } = m;
  // A call misdated ("spoke on Tuesday, a day after the downing", with no call that Tuesday) is a call-date claim, not a span's.
  if (ctx.anchors.get(s.index)?.kind === 'unrecorded') return undefined;
  const beside = besideDate(s, span) ?? restatedAfter(s, m);
  if (beside?.day !== undefined) return { day: beside.day, label: beside.text };
  // "Last spoke in February, a couple of weeks before the invasion": a month beside the span holds the day it counts from
  // (one without its year, the nearest such month to the event: "Before the war, … in February").
  if (beside?.firstDay !== undefined && beside.lastDay !== undefined) {
    if (beside.kind !== 'month' || beside.year !== undefined) return { day: beside.firstDay, lastDay: beside.lastDay, label: beside.text };
    const year = ymd(event.day).year + (beside.month! > ymd(event.day).month + 6 ? -1 : beside.month! < ymd(event.day).month - 6 ? 1 : 0);
    return { day: dayNumber(year, beside.month!, 1), lastDay: dayNumber(year, beside.month!, daysInMonth(year, beside.month!)), label: beside.text };
  }
  const own = callDay(s) ?? s.dates.filter((d) => d.day !== undefined && !d.dateline && d.end - s.start <= span.start).at(-1);
  if (own || s.dates.length) return own && { day: own.day!, label: own.text };
  // With no date of its own, a sentence that tells of a call is of the call it is about.
  if (s.read.frames.some((f) => f.kind === 'call' && !f.negated && !f.hedged)) {
    const anchored = anchorDay(ctx, s);
    return anchored && { day: anchored.first, label: anchored.label };
  }
  const another = eventMentions(ctx, s).find((m) => m.event !== event && m.end - s.start <= span.start);
  return another && { day: another.event.day, label: `"${another.event.event.label ?? another.event.event.id}" (${showDay(another.event.day)})` };
}
