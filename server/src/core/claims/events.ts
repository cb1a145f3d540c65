// Recorded events other than calls, as drafts name them (by the record's `mentions` and
// `actions`: "the invasion", "the MQ-9", "the warrant for Putin"), and the dates drafts give them:
// "the drone was downed on Wednesday" for Tuesday 2023-03-14 is an event-date-conflict.
import type { Clause, EventKind } from '../read/frames';
import type { ResolvedDate } from '../read/resolveDates';
import { attributive, countedFromCall, type SentenceView } from '../read/sentences';
import { type EventCue, type EventInfo, phraseWords } from '../record/index';
import { dayNumber, isoDay, showDay, weekdayOf, ymd } from '../text/dates';
import { pointPrepositions } from '../read/cues';
import { findSpans, hasSpanCue } from '../read/spans';
import { type Context, type RawFinding, reformatDate, tokenAt } from './context';

export interface EventMention {
  event: EventInfo;
  /** Tokens [first, last) of the words that name it. */
  first: number;
  last: number;
  /** Draft offsets of those words. */
  start: number;
  end: number;
  /** The clause it is named in. */
  clause: number;
}

const mentionsOf = new WeakMap<SentenceView, EventMention[]>();

/**
 * The recorded events a sentence names, by one walk over its tokens. A short cue in common
 * words ("war", "invaded") names another event where a proper name is attached to it: "the Gaza
 * war", "World War II", "the war in Gaza", "Iraq invaded Kuwait" (the record's own longer cues,
 * "invaded Ukraine", "Russian invasion", are matched first).
 */
export function eventMentions(ctx: Context, s: SentenceView): EventMention[] {
  let found = mentionsOf.get(s);
  if (found) return found;
  found = [];
  const { tokens } = s;
  for (let i = s.first; i < s.last; i++) {
    if (!tokens.word(i)) continue;
    const match = ctx.index.eventCues.longest(tokens, i, s.last, true);
    if (!match) continue;
    const clause = clauseOf(s.read.clauses, i);
    // A long cue ("special military operation") names its event whatever stands beside it; "pre-war", "anti-war" name none.
    const another = match.end - i < 3 && (namedForAnother(s, i, match.end) || tokens.source[tokens.start(i) - 1] === '-') && !runsOn(ctx, s, match);
    const seen = new Set<EventInfo>();
    for (const cue of match.values) {
      if (seen.has(cue.event) || (cue.common && another) || !(cueHolds(s, cue, clause, i) || namedBefore(ctx, s, cue, i))) continue;
      seen.add(cue.event);
      found.push({ event: cue.event, first: i, last: match.end, start: s.base + tokens.start(i), end: s.base + tokens.end(match.end - 1), clause });
    }
    i = match.end - 1;
  }
  mentionsOf.set(s, found);
  return found;
}

/** "Russia's full-scale invasion of Ukraine": the name after a cue is in a longer cue of the same event, begun on the cue's last word. */
function runsOn(ctx: Context, s: SentenceView, match: { end: number; values: EventCue[] }): boolean {
  const further = ctx.index.eventCues.longest(s.tokens, match.end - 1, s.last, true);
  return !!further && further.end > match.end && further.values.some((v) => match.values.some((m) => m.event === v.event));
}

const clauseOf = (clauses: Clause[], token: number): number => clauses.findIndex((c) => c.first <= token && token < c.last);

/** "The warrants were made public on June 25", after a sentence that named them: "the" points back to the event just named. */
function namedBefore(ctx: Context, s: SentenceView, cue: EventCue, i: number): boolean {
  if (!cue.action || !/^(?:the|that|this)$/.test(s.tokens.norm(i - 1))) return false;
  const previous = ctx.sentences.at(s.index - 1);
  return previous?.paragraph === s.paragraph && eventMentions(ctx, previous).some((m) => m.event === cue.event);
}

/**
 * An action word names its event only with one of the event's people in its clause ("Brown was
 * fired"); of an event held somewhere, with one of its places ("in Anchorage for the summit"), as
 * its people attend others ("Putin's summit in Tianjin").
 */
function cueHolds(s: SentenceView, cue: EventCue, clause: number, at: number): boolean {
  if (!cue.action) return true;
  const c = s.read.clauses[clause];
  if (!c) return false;
  // "Brown, who was dismissed in February": the antecedent is named in the clause before.
  const antecedent = c.antecedent !== undefined ? s.read.clauses.find((a) => a.first <= c.antecedent! && c.antecedent! < a.last) : undefined;
  const within = (i: number) => (i >= c.first && i < c.last) || (!!antecedent && i >= antecedent.first && i <= c.antecedent!);
  const places = cue.event.event.places;
  // ("Russia had fired its new missile…; it was Brown who placed the call": a person far off is not the action's.)
  const near = (m: { first: number }) => Math.abs(m.first - at) <= 14;
  if (!places?.length) return s.mentions.some((m) => within(m.first) && near(m) && cue.event.participants.includes(m.person));
  const placeWords = places.map(phraseWords);
  for (let i = antecedent?.first ?? c.first; i < c.last; i++) if (within(i) && placeWords.some((words) => words.every((w, k) => s.tokens.norm(i + k) === w))) return true;
  return false;
}

const monthOrWeekday = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/;

/** A proper name before a common cue ("the Gaza war"), the cue itself capitalised mid-sentence ("World War"), or after it ("invaded Kuwait", "the war in Gaza"). */
function namedForAnother(s: SentenceView, first: number, last: number): boolean {
  const { tokens } = s;
  // ("In a 30-month-old war I suppose…": "I" and a verb is the speaker, not "World War I".)
  const pronoun = (i: number) => tokens.text(i) === 'I' && tokens.word(i + 1) && !tokens.capital(i + 1);
  const properAt = (i: number) => i < s.last && tokens.word(i) && tokens.capital(i) && !monthOrWeekday.test(tokens.norm(i)) && !pronoun(i);
  if (first > s.first && tokens.capital(first)) return true;
  const before = first - 1;
  if (before > s.first && tokens.word(before) && tokens.capital(before) && !tokens.possessive(before)) return true;
  const next = tokens.norm(last);
  return properAt(last) || (['in', 'of', 'on', 'against', 'with', 'by'].includes(next) && properAt(last + 1));
}

/** Words that say a date is the day an event was made public, or the day it was done ("issued", "signed"). */
const publishedWords = /\b(?:announced|announces|announcing|announcement|(?:made|makes|make|making)\s+(?:\w+\s+)?public|unveiled|unsealed|revealed|disclosed|publicised|publicized)\b/i;
const doneWords = /\b(?:issued|issues|signed|took\s+effect|approved)\b/i;

/** The days a recorded event may be dated by: its days or its day of publication, either alone where the words say which. */
function acceptedDays(e: EventInfo, before: string): number[] {
  const happened = range(e.day, e.lastDay);
  if (e.publicDay === undefined) return happened;
  const made = range(e.publicDay, e.lastPublicDay ?? e.publicDay);
  if (publishedWords.test(before)) return made;
  return doneWords.test(before) ? happened : [...happened, ...made];
}

/** "The summit opened on July 10", "closed on July 11": of an event of several days, its first or last. */
function edgeOf(e: EventInfo, before: string, days: number[]): number[] {
  if (e.lastDay === e.day) return days;
  if (/\b(?:opened|opens|began|begins|started|starts|kicked\s+off|convened)\s+(?:\w+\s+)?(?:on\s+)?$/i.test(before)) return [e.day];
  if (/\b(?:closed|closes|ended|ends|concluded|concludes|wrapped\s+up)\s+(?:\w+\s+)?(?:on\s+)?$/i.test(before)) return [e.lastDay];
  return days;
}

/** "The summit in Washington, held from July 10 to 12": a range right after the event's name, from its first day. */
function heldFrom(s: SentenceView, d: ResolvedDate, mentions: EventMention[]): boolean {
  if (d.preposition !== 'from' || !rangeOf(d)) return false;
  return mentions.some((m) => m.end <= d.start && /^[\s,]*(?:(?:which|that)\s+(?:was\s+held|ran|runs)\s+|held\s+|ran\s+|running\s+|taking\s+place\s+)?from\s+$/i.test(s.text.slice(m.end - s.start, d.start - s.start)));
}

/**
 * Whether a written range of days names the event: of an event of several days, both its ends
 * ("held from July 10 to 12" is not the summit of July 9–11); of a one-day event, a range that
 * holds its day ("**14–15 March 2023** — a jet downs a drone, and both pairs speak"). A year-less
 * range by its months and days: the year it was read in is a guess.
 */
function rangeNames(d: ResolvedDate, [first, last]: [number, number], e: EventInfo, days: number[]): boolean {
  const at = (day: number) => (d.kind === 'yearless' ? ymd(day).month * 100 + ymd(day).day : day);
  if (e.lastDay > e.day) return at(first) === at(e.day) && at(last) === at(e.lastDay);
  return days.some((day) => at(day) >= at(first) && at(day) <= at(last));
}

/** The first and last day of a written range of days in one month ("July 10 to 12", "10-12 July"), if the date is one. */
function rangeOf(d: ResolvedDate): [number, number] | undefined {
  const m = /(?<![\d-])\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:–|-|to|through|until)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?![-:]?\d)/i.exec(d.text);
  if (!m || d.day === undefined) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return b > a && b - a <= 14 ? [d.day, d.day + (b - a)] : undefined;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

/** The event a date is given to: the mention whose words hold the event word the date modifies, or (not a call, statement or report) one named in its clause or as its antecedent ("the war, which began on…"). */
const putOff = /^\s+(?:was\s+|is\s+|still\s+)*(?:(?:less|more)\s+than\s+|about\s+|nearly\s+|only\s+|just\s+|some\s+)?(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:away|off|ahead|later|earlier|before|after)\b/i;

/**
 * "Modi was in Moscow on July 8 and 9, the NATO summit ran…": a date after words of its own, then a comma, is not
 * the day of an event named past the comma; a date that opens its sentence is ("On Feb. 24, 2022, Russia invaded").
 */
function laterClause(s: SentenceView, d: ResolvedDate, after: string): boolean {
  if (!after.includes(',')) return false;
  const clause = s.read.clauses[clauseOf(s.read.clauses, tokenAt(s, d.start))];
  const from = clause ? s.base + s.tokens.start(clause.first) : s.start;
  return !/(?:^[\W_\d]*|\b(?:that|and|but|then|so|when)\s+|[,;:—–(]\s*)(?:(?:on|in|by|at|early|late|since)\s+)?$/i.test(s.text.slice(from - s.start, d.start - s.start));
}

/** Words of a war as a state, not its start. */
const stateWords = new Set(['war', 'conflict', 'fighting', 'offensive']);

export function eventOfDate(s: SentenceView, d: ResolvedDate, mentions: EventMention[]): EventMention[] {
  const word = d.eventWord;
  if (word === undefined) return [];
  // "A day after the downing, on March 15, the ministers spoke": a date set off after the event word may be the sentence's;
  // "the war's 100th day came in June", "On May 13, 78 days into the war, …": a possessive modifies another noun, and a date beyond a span is the span's.
  const wordStart = s.base + s.tokens.start(word);
  // "Three calls in January and February 2022, before the invasion": a date put before or after the event is not its day.
  const after = wordStart > d.start ? s.tokens.source.slice(d.end - s.base, wordStart - s.base) : '';
  // "Between the invasion and March 2023, against three in January": a nearer date is the event word's.
  const nearer = wordStart < d.start && s.dates.some((o) => o !== d && o.start > wordStart && o.end <= d.start);
  // "Between the spring of 2021 and the eve of the invasion": one bound of a period, the event the other.
  const bound = wordStart > d.start && /^\s*and\b/i.test(after) && /\bbetween\b[^,;]{0,30}$/i.test(s.text.slice(0, d.start - s.start));
  // ("Modi's visit to Moscow, on July 10-11": from the end of the event's name.)
  const named = mentions.find((m) => word >= m.first && word < m.last && m.end <= d.start);
  if (s.tokens.possessive(word) || nearer || bound || (wordStart < d.start ? interrupted(s, named ? named.last - 1 : word, d.start) : spanBetween(after) || /\b(?:before|after|since|until|following|ahead\s+of)\b/i.test(after) || laterClause(s, d, after))) return [];
  // "On Feb. 11, with the invasion less than two weeks away": an event put off from the date by a span is not of it.
  const dated = mentions.filter((m) => !putOff.test(s.text.slice(m.end - s.start)));
  // "The October 2022 dirty-bomb scare", "the March 2023 downing": a date before a noun dates that noun's phrase.
  if (attributive(s, d)) {
    // The phrase ends at an event word of its own ("the March 15 call that followed the downing" is the call's).
    const noEventBefore = (m: EventMention) => !s.read.frames.some((f) => s.base + s.tokens.start(f.word) >= d.end && s.base + s.tokens.start(f.word) < m.start);
    return dated.filter((m) => m.start >= d.end && m.start - d.end <= 20 && /^[\s\p{L}-]*$/u.test(s.text.slice(d.end - s.start, m.start - s.start)) && noEventBefore(m));
  }
  const inside = dated.filter((m) => word >= m.first && word < m.last);
  // "Between the invasion and the spring of 2023": the other bound of a period, not the event's day.
  if (wordStart < d.start && /\bbetween\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, wordStart - s.start - 14), wordStart - s.start)) && /^\s+and\b/i.test(s.text.slice(s.base + s.tokens.end(word) - s.start, d.start - s.start))) return [];
  if (inside.length) return inside;
  // "The warrants were announced on June 26": a statement that publishes an event made public later dates its publication.
  const publishing = d.event === 'statement' && publishedWords.test(s.tokens.norm(word));
  if (d.event === 'call' || (d.event === 'statement' && !publishing) || d.event === 'report' || d.event === 'sought') return [];
  const c = clauseOf(s.read.clauses, word);
  const antecedent = s.read.clauses[c]?.antecedent;
  // "The visit was on July 8-9, overlapping with the NATO summit": an event word of no mention before the date names the date's event.
  const ownWord = wordStart < d.start;
  return dated.filter((m) => (m.clause === c || (antecedent !== undefined && heads(s, m, antecedent))) && !(ownWord && m.start >= d.end) &&
    (publishing ? m.event.publicDay !== undefined : sameKind(s, m, d.event)));
}

/**
 * Whether a relative clause's antecedent is the mention, or ends the phrase the mention begins:
 * "the downing of the MQ-9 over the Black Sea, which occurred on…" (no event word between).
 */
function heads(s: SentenceView, m: EventMention, antecedent: number): boolean {
  if (antecedent >= m.first && antecedent < m.last) return true;
  if (antecedent < m.last || antecedent - m.last > 6) return false;
  for (let i = m.last; i <= antecedent; i++) if (!s.tokens.word(i) || s.read.frames.some((f) => f.word === i)) return false;
  return true;
}

/**
 * Whether an event word outside a mention tells of the same kind of happening as the mention:
 * "the war, which began" (both the war), "jets intercepted the MQ-9" (an incident, where the
 * mention holds no event word); not "Belousov was appointed in May" in a clause about the war,
 * nor "Caine took over in April" in a clause about Brown's dismissal: a term's word is its own.
 */
export function sameKind(s: SentenceView, m: EventMention, kind: EventKind | undefined): boolean {
  const own = s.read.frames.filter((f) => f.word >= m.first && f.word < m.last).map((f) => f.kind);
  return own.length ? kind !== 'appointment' && own.includes(kind!) : kind === 'incident' || kind === 'war';
}

/**
 * Whether a written date may be a slip for one of the days: a weekday within a week of it, a day
 * agreeing in two of year, month and day (a year-less date: in month or day), a month in its year
 * or its month, a year a year off. Any other date is of another event ("the war in Gaza began
 * on Oct. 7"), not an error in this one.
 */
function mayMean(d: ResolvedDate, days: number[]): boolean {
  return days.some((day) => {
    const t = ymd(day);
    if (d.kind === 'weekday' || d.kind === 'relative' || d.kind === 'anaphoric') return Math.abs(d.day! - day) <= 7;
    if (d.kind === 'year') return Math.abs(ymd(d.firstDay!).year - t.year) <= 1;
    if (d.kind === 'month') {
      const w = ymd(d.firstDay!);
      return w.year === t.year || w.month === t.month;
    }
    const w = ymd(d.day!);
    const agree = (d.kind === 'absolute' && w.year === t.year ? 1 : 0) + (w.month === t.month ? 1 : 0) + (w.day === t.day ? 1 : 0);
    return agree >= (d.kind === 'absolute' ? 2 : 1) || Math.abs(d.day! - day) <= 7;
  });
}

/** Whether a written date names one of the days, at the precision written. */
function names(d: ResolvedDate, days: number[]): boolean {
  if (d.kind === 'weekday') return days.some((day) => weekdayOf(day) === d.weekday);
  // A year-less date or month names a day of any year: the year it was resolved to is a guess.
  if (d.kind === 'yearless') return days.some((day) => ymd(day).month === ymd(d.day!).month && ymd(day).day === ymd(d.day!).day);
  if (d.kind === 'month' && d.year === undefined) return days.some((day) => ymd(day).month === d.month);
  if (d.day !== undefined) return days.includes(d.day);
  return days.some((day) => day >= d.firstDay! && day <= d.lastDay!);
}

export function readEventDateClaims(ctx: Context, s: SentenceView): RawFinding[] {
  if (!s.dates.length) return [];
  const mentions = eventMentions(ctx, s).filter((m) => !s.read.clauses[m.clause]?.quoted);
  if (!mentions.length) return [];
  const out: RawFinding[] = [];
  const speaksOfCall = s.read.frames.some((f) => f.kind === 'call' && !f.negated && !f.hedged && !countedFromCall(s, f.word));
  for (const d of s.dates) {
    // "This morning", "yesterday": the day of writing, which a live blog's entries or an updated story leave behind.
    if (d.dateline || d.unasserted || d.quoted || d.kind === 'relative' || (pointPrepositions.has(d.preposition) && !heldFrom(s, d, mentions))) continue;
    if (d.day === undefined && d.firstDay === undefined) continue;
    // A day of a recorded call in a sentence about a call is likely the call's ("their first talks since the war began on 13 May"),
    // unless the date is an incident's and the call is told after it, in words of its own ("jets downed the drone on March 15, and the ministers spoke").
    if (speaksOfCall && d.day !== undefined && ctx.index.callsByDay.has(d.day) && !(d.event === 'incident' && callToldAfter(s, d))) continue;
    // "Coverage of the war on Monday, October 24": a war dated is the war on that day; its start is dated by "began", "invaded", "the invasion".
    if (d.event === 'war' && d.eventWord !== undefined && stateWords.has(s.tokens.norm(d.eventWord))) continue;
    const before = textBefore(s, clauseOf(s.read.clauses, tokenAt(s, d.start)), d.start);
    const candidates = eventOfDate(s, d, mentions).filter((m) => !startsTerm(ctx, m.event)).map((m) => ({ m, days: edgeOf(m.event, before, acceptedDays(m.event, before)) })).filter((c) => mayMean(d, c.days));
    if (!candidates.length) continue;
    const range = rangeOf(d);
    if (candidates.some((c) => (range ? rangeNames(d, range, c.m.event, c.days) : names(d, c.days)))) continue;
    const { m, days } = candidates[0]!;
    out.push(finding(d, m.event, range ? [] : days));
  }
  return out;
}

/** Whether every call the sentence tells of comes after the date, past a clause's end (", and", ";", a dash); "14 and 15 March" may date both. */
function callToldAfter(s: SentenceView, d: ResolvedDate): boolean {
  if (d.preposition === 'and' || d.paired) return false;
  const calls = s.read.frames.filter((f) => f.kind === 'call' && !f.negated && !f.hedged);
  const at = (f: { word: number }) => s.base + s.tokens.start(f.word);
  if (!calls.every((f) => at(f) > d.end)) return false;
  return /(?:[;—–]|,\s+(?:and|then|but|before|after)\b)/.test(s.text.slice(d.end - s.start, at(calls[0]!) - s.start));
}

/** A confirmation that starts a participant's term (within a day of it): when someone took office is a term claim (term-date-conflict). */
function startsTerm(ctx: Context, e: EventInfo): boolean {
  const near = (day: number | undefined) => day !== undefined && Math.abs(day - e.day) <= 1;
  return e.participants.some((p) => (ctx.index.termsByPerson.get(p) ?? []).some((t) => near(t.start?.first)));
}

/** A date set off by a comma after the event word (", on March 15,"), or a span ("100th day", "two years") between them. */
function interrupted(s: SentenceView, word: number, dateStart: number): boolean {
  // "dismissed Gen. CQ Brown, his chairman of 16 months, in January": an apposition of the person is not the event's phrase.
  const named = s.mentions.filter((m) => m.first > word && m.end < dateStart).at(-1);
  if (named && /^,[^,;()]{1,60},\s*(?:on|in|at)?\s*$/i.test(s.text.slice(named.end - s.start, dateStart - s.start))) return false;
  const between = s.tokens.source.slice(s.tokens.end(word), dateStart - s.base);
  // "That summit, on June 17, …", "The Reaper incident, on March 13, …", "Modi's visit to Russia, on July 8-9, …": a date set off
  // after the subject that opens the sentence is its own.
  if (/^(?:\s+(?:to|in|of)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)?\s*,\s*(?:on|in)?\s*$/u.test(between) && /^[\W_]*(?:(?:the|that|this)\s+(?:[\p{L}\d-]+\s+){0,2}|\p{Lu}[\p{L}.-]*['’]s\s+(?:[\p{L}\d-]+\s+){0,3})?[\p{L}-]+$/iu.test(s.text.slice(0, s.base + s.tokens.end(word) - s.start))) return false;
  // "issued warrants last month, on June 21": a date set off after another time restates it.
  const restated = /\b(?:(?:last|this|earlier\s+this|that)\s+(?:week|month|year|spring|summer|autumn|fall|winter)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?)\s*,\s*(?:on|in)?\s*$/i.test(between);
  // "At the summit, the leaders agreed…, and the first round was held in Geneva in late July": another subject's clause;
  // "… the Black Sea incident — with a coda in 2024": past a dash, another phrase.
  if (/,\s+and\s+(?:the|a|an)\s+\p{L}+/iu.test(between) || /\s[—–]\s/.test(between)) return true;
  // "Three calls came after the invasion, one in 2023", "…, and again in October": past a comma, the date is another item's.
  return (!restated && /,\s*(?:(?:one|two|three|four|five|six|another|and|again|then|but|once|twice|thrice|also|later|counting|including|among|the|\d+)\s+){0,3}(?:on|in|at)?\s*$/i.test(between)) || spanBetween(between);
}

const spanBetween = (words: string) => hasSpanCue(words) && findSpans(words).length > 0;

/** A clause's words up to a date: "announced" there says which day the date is ("The warrants of June 24 were announced the next day" is not). */
function textBefore(s: SentenceView, clause: number, at: number): string {
  const c = s.read.clauses[clause];
  const text = c ? s.tokens.source.slice(s.tokens.start(c.first), Math.max(s.tokens.start(c.first), at - s.base)) : '';
  // Past its last comma: "The ICC, which made public on June 25 its warrants, issued them a day earlier" (the issue's day).
  const cut = text.search(/,\s+(?!\d)[^,]*$/);
  return cut >= 0 && /\b(?:issued|issues|signed|made|makes|announced|announces|published|unsealed|revealed|disclosed)\b/i.test(text.slice(cut)) ? text.slice(cut) : text;
}

/**
 * "He was fired on Feb. 24", of Brown: a leaving told by the verb of a recorded event of the
 * person's (a dismissal) is dated by that event. Undefined where no such event; else its finding, if any.
 */
export function judgeLeavingEvent(ctx: Context, d: ResolvedDate, person: string, verb: string): RawFinding[] | undefined {
  const e = (ctx.index.otherEventsByPerson.get(person) ?? []).find((x) => x.event.actions?.some((a) => a.toLowerCase() === verb));
  if (!e) return undefined;
  return mayMean(d, [e.day]) && !names(d, [e.day]) ? [finding(d, e, [e.day])] : [];
}

function finding(d: ResolvedDate, e: EventInfo, days: number[]): RawFinding {
  // A year-less date is fixed as year-less: the record's month and day in the year it was read in.
  const inYear = (day: number) => (d.kind === 'yearless' ? dayNumber(ymd(d.day!).year, ymd(day).month, ymd(day).day) : day);
  // (A range written is fixed by no single day.)
  const newText = days.length ? reformatDate(d, nearest(d, days.map(inYear))) : undefined;
  const range = rangeOf(d);
  const written = range ? `${d.text} (${isoDay(range[0])} to ${isoDay(range[1])})` : d.day !== undefined && d.kind !== 'absolute' ? `${d.text} (${isoDay(d.day)})` : d.text;
  return {
    code: 'event-date-conflict',
    start: d.start,
    end: d.end,
    message: `The record dates "${e.event.label ?? e.event.id}" ${describeEvent(e)}, not ${written}.`,
    sourceIds: e.event.sources,
    fixes: newText ? [{ title: `Change to "${newText}"`, newText }] : [],
  };
}

function nearest(d: ResolvedDate, days: number[]): number {
  const from = d.day ?? d.firstDay!;
  return days.reduce((best, day) => (Math.abs(day - from) < Math.abs(best - from) ? day : best));
}

/** What a hover says of an event: what it was, its days (both, where it was made public later). */
export function describeEvent(e: EventInfo): string {
  const days = e.lastDay > e.day ? `${showDay(e.day)} to ${showDay(e.lastDay)}` : showDay(e.day);
  return `${days}${e.publicDay !== undefined ? `, made public ${showDay(e.publicDay)}` : ''}`;
}
