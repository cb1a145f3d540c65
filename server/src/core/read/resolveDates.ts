// Turns each stated date into a day (or a month, or a year) against the
// reference date. A year-less date takes the year of a recorded event of the
// people in its sentence where exactly one fits; otherwise its most recent
// occurrence on or before the reference date.
import { type EventInfo, eventMonthDay, monthDayKey, type RecordIndex } from '../record/index';
import { dayNumber, daysInMonth, isoDay, monthNames, weekdayOf, ymd } from '../text/dates';
import type { DateMention } from './dates';
import type { EventKind } from './frames';
import type { Mention } from './mentions';
import type { ReferenceDate } from './referenceDate';
import { pointPrepositions } from './cues';

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

/** What dates are resolved against: the reference date (and how a hover names it) and the record. */
export interface Resolving {
  ref?: ReferenceDate;
  /** "relative to the dateline 2022-10-22", or "" with no reference date. */
  against: string;
  index: RecordIndex;
}

/**
 * Resolves a sentence's dates in order. `previous` is the last day its paragraph named before it,
 * asked for only by a date that counts from it ("the next day"). `year` is the year the paragraph is
 * about, from its section's heading or its own opening ("In 2021, …"): a background piece's
 * year-less dates take it, unless a date before them in the sentence states its year.
 */
export function resolveDates(dates: ResolvedDate[], mentions: readonly Mention[], previous: (event?: EventKind) => ResolvedDate | undefined, r: Resolving, year?: number): void {
  // The last day named so far: "the next day" counts from it.
  let last: ResolvedDate | undefined;
  let lastKnown = false;
  let lastCall: ResolvedDate | undefined;
  let explicit: ResolvedDate | undefined;
  // The last day told as a time of the story, not a point counted from ("since May 13"): "the Sunday call" is of its week.
  let lastTold: ResolvedDate | undefined;
  for (const d of dates) {
    if (d.kind === 'anaphoric' || d.yearOfLast) {
      if (!lastKnown) [last, lastKnown] = [previous(), true];
      // "The Monday call", with no day told before it: the Monday of the draft's week.
      if (last?.day === undefined && d.orThisWeek) {
        d.kind = 'weekday';
        resolveOne(d, mentions, r, year);
        continue;
      }
      if (last?.day === undefined || (d.kind === 'anaphoric' && last.paired)) continue;
      if (d.kind === 'anaphoric') {
        // "Milley spoke with Gerasimov the same day", after the ministers' call and the drone's date: the call's day.
        const from = d.weekday !== undefined && lastTold ? lastTold : d.event === 'call' && d.offset === 0 && last.event !== 'call' ? lastCall ?? previous('call') ?? last : last;
        // "That Sunday", "the same Sunday": the day of that weekday in the week from the day named before.
        d.day = from.day! + (d.weekday === undefined ? d.offset! : (d.weekday - weekdayOf(from.day!) + 7) % 7);
        d.how = `counted from ${from.text} (${isoDay(from.day!)})`;
      } else {
        // "In October of that year": of the year of the day named before it.
        resolveOne(d, mentions, r, ymd(last.day).year);
        d.how = `the year of ${last.text}`;
      }
    } else {
      // "A conversation on 6 January 2022 … then on 11 February": a date without its year after one with it is of that year.
      // Not where the date states a weekday (it says which year), nor of a point counted from ("since Feb. 24, 2022, … on Friday, March 17").
      const stated = d.yearsFromRef === undefined && d.year === undefined && d.weekday === undefined ? explicit?.year : undefined;
      // "In late October came the weekend. Gerasimov called on Monday the 24th": the month the story told last.
      // (Only of a month whose year is written or pinned: "the most recent October" is a guess a weekday must not be judged on.)
      const told = d.dayOfMonth !== undefined ? (lastKnown ? last : previous()) : undefined;
      const toldDay = told?.day ?? told?.firstDay;
      if (told && toldDay !== undefined && !/^the most recent\b/.test(told.how ?? '')) {
        const { year: y, month } = ymd(toldDay);
        const day = safeDay(y, month, d.dayOfMonth!);
        if (day !== undefined) Object.assign(d, { kind: 'yearless', month, day, how: `the month of ${told.text}` });
      } else if (!told || toldDay === undefined) resolveOne(d, mentions, r, stated ?? year);
      if (stated !== undefined) d.how = `the year of ${explicit!.text}`;
    }
    if (d.day !== undefined && !d.dateline) [last, lastKnown] = [d, true];
    if (d.day !== undefined && !d.dateline && !pointPrepositions.has(d.preposition)) lastTold = d;
    if (d.day !== undefined && !d.dateline && d.event === 'call') lastCall = d;
    // "A single call in 2021, on 11 August": a year stated before a year-less date is its year too.
    if ((d.kind === 'absolute' || d.kind === 'year') && !d.dateline && !pointPrepositions.has(d.preposition)) explicit = d;
  }
}

function resolveOne(d: ResolvedDate, mentions: readonly Mention[], { ref, against, index }: Resolving, year: number | undefined): void {
  const refDay = ref?.day;
  switch (d.kind) {
    case 'absolute':
      d.day = dayNumber(d.year!, d.month!, d.day!);
      d.how = 'as written';
      return;
    case 'year':
      d.firstDay = dayNumber(d.year!, 1, 1);
      d.lastDay = dayNumber(d.year!, 12, 31);
      d.how = 'as written';
      return;
    case 'month': {
      let inYear = d.year ?? year;
      if (d.year !== undefined) d.how = 'as written';
      else if (d.yearsFromRef !== undefined) {
        inYear = refDay === undefined ? undefined : ymd(refDay).year + d.yearsFromRef;
        d.how = against;
      } else if (year !== undefined) d.how = `the year its section is about, ${year}`;
      else if (refDay !== undefined) {
        const r = ymd(refDay);
        inYear = d.month! <= r.month ? r.year : r.year - 1;
        d.how = `the most recent ${monthName(d.month!)} ${against}`;
      }
      if (inYear === undefined) return;
      d.firstDay = dayNumber(inYear, d.month!, 1);
      d.lastDay = dayNumber(inYear, d.month!, daysInMonth(inYear, d.month!));
      return;
    }
    case 'yearless': {
      // Until it is resolved, `day` is the day of the month the writer wrote, not a day number.
      const dayOfMonth = d.day!;
      d.day = undefined; // not deleted: an object that loses a field is slower to read ever after
      // With no reference date a year-less date names no day, any year would be a guess, unless the draft gives its year.
      if (refDay === undefined && year === undefined) return;
      if (d.yearsFromRef !== undefined) {
        if (refDay === undefined) return;
        const day = safeDay(ymd(refDay).year + d.yearsFromRef, d.month!, dayOfMonth);
        if (day !== undefined) d.day = day;
        d.how = against;
        return;
      }
      const inSection = year !== undefined ? safeDay(year, d.month!, dayOfMonth) : undefined;
      if (inSection !== undefined) {
        d.day = inSection;
        d.how = `the year its section is about, ${year}`;
        return;
      }
      if (refDay === undefined) return;
      const pinned = pinYear(d.month!, dayOfMonth, mentions, refDay, index) ?? (d.namesCall ? pinCallYear(d.month!, dayOfMonth, refDay, index) : undefined);
      if (pinned) {
        d.day = pinned.day;
        d.how = `the year of ${pinned.label}`;
      } else {
        const day = nearestOccurrence(d.month!, dayOfMonth, d.weekday, refDay);
        if (day !== undefined) d.day = day;
        d.how = `the ${d.day !== undefined && d.day > refDay ? 'coming' : 'most recent'} ${monthName(d.month!)} ${dayOfMonth} ${against}`;
      }
      return;
    }
    case 'weekday': {
      if (refDay === undefined || d.quoted) return;
      // "Thursday the 13th" with no month told: which month is meant is the story's, and no claim rests on it.
      if (d.dayOfMonth !== undefined) return;
      let day = refDay;
      if (d.future) {
        day++;
        while (weekdayOf(day) !== d.weekday) day++;
      } else {
        if (d.strictlyPast) day--;
        while (weekdayOf(day) !== d.weekday) day--;
      }
      d.day = day;
      d.how = `${d.future ? 'the next' : 'the most recent'} ${d.text.replace(/^(?:last|next|this|coming)\s+/i, '')} ${against}`;
      return;
    }
    case 'relative':
      if (refDay === undefined || d.quoted) return;
      if (d.spread !== undefined) {
        d.firstDay = refDay + d.offset! - d.spread;
        d.lastDay = refDay + d.offset! + d.spread;
      } else d.day = refDay + d.offset!;
      d.how = against;
      return;
  }
}

/** Days after the reference date within which a year-less date is upcoming ("Tuesday, July 16" in a week-ahead list), not a year back. */
const UPCOMING_DAYS = 14;

/**
 * A year-less date's day: its most recent occurrence on or before the reference date, or the
 * next one if that is only days ahead and nearer — unless a stated weekday fits only one of them.
 */
export function nearestOccurrence(month: number, dayOfMonth: number, weekday: number | undefined, refDay: number): number | undefined {
  const { year } = ymd(refDay);
  const candidates = [year - 1, year, year + 1].map((y) => safeDay(y, month, dayOfMonth)).filter((d): d is number => d !== undefined);
  const past = candidates.filter((d) => d <= refDay).at(-1);
  const ahead = candidates.find((d) => d > refDay && d - refDay <= UPCOMING_DAYS);
  if (ahead === undefined) return past;
  if (past === undefined) return ahead;
  if (weekday !== undefined && (weekdayOf(past) === weekday) !== (weekdayOf(ahead) === weekday)) return weekdayOf(past) === weekday ? past : ahead;
  return ahead - refDay < refDay - past ? ahead : past;
}

export function safeDay(year: number, month: number, day: number): number | undefined {
  return day <= daysInMonth(year, month) ? dayNumber(year, month, day) : undefined;
}

/** The one year in which a recorded event of these people fell on this month and day. */
function pinYear(month: number, day: number, mentions: readonly Mention[], refDay: number, index: RecordIndex) {
  const key = monthDayKey(month, day);
  // Read from the events of the people named, not from all the record's events on that month and day.
  const fits: EventInfo[] = [];
  for (const person of new Set(mentions.map((m) => m.person))) {
    for (const events of [index.callsByPerson.get(person), index.otherEventsByPerson.get(person)]) {
      for (const e of events ?? []) if (e.day <= refDay && eventMonthDay(e) === key && !fits.includes(e)) fits.push(e);
    }
  }
  fits.sort((a, b) => a.day - b.day);
  const years = new Set(fits.map((e) => ymd(e.day).year));
  if (years.size !== 1) return undefined;
  const e = fits[0]!;
  return { day: e.day, label: `the recorded ${e.event.type === 'call' ? 'call' : 'event'} of ${isoDay(e.day)}` };
}

/** "The February 18 call", no one named: the year of the one recorded call on that month and day. */
function pinCallYear(month: number, day: number, refDay: number, index: RecordIndex) {
  const key = monthDayKey(month, day);
  const fits = index.calls.filter((e) => e.day <= refDay && eventMonthDay(e) === key);
  if (new Set(fits.map((e) => ymd(e.day).year)).size !== 1) return undefined;
  return { day: fits[0]!.day, label: `the recorded call of ${isoDay(fits[0]!.day)}` };
}

const monthName = (m: number) => monthNames[m - 1]!;
