// Turns each stated date into a day (or a month, or a year) against the
// reference date. A year-less date takes the year of a recorded event of the
// people in its sentence where exactly one fits; otherwise its most recent
// occurrence on or before the reference date.
import { monthDayKey, type RecordIndex } from '../record/index';
import { dayNumber, daysInMonth, isoDay, monthNames, weekdayOf, ymd } from '../text/dates';
import type { ResolvedDate, SentenceView } from './sentences';
import type { ReferenceDate } from './referenceDate';

export function resolveDates(sentences: SentenceView[], ref: ReferenceDate | undefined, index: RecordIndex): void {
  const against = ref ? `relative to ${ref.detail} ${isoDay(ref.day)}` : '';
  for (const s of sentences) {
    const people = new Set(s.mentions.map((m) => m.person));
    for (const d of s.dates) resolveOne(d, people, ref, against, index);
  }
}

function resolveOne(d: ResolvedDate, people: Set<string>, ref: ReferenceDate | undefined, against: string, index: RecordIndex): void {
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
      let year = d.year;
      if (year === undefined && refDay !== undefined) {
        const r = ymd(refDay);
        year = d.month! <= r.month ? r.year : r.year - 1;
        d.how = `the most recent ${monthName(d.month!)} ${against}`;
      } else d.how = 'as written';
      if (year === undefined) return;
      d.firstDay = dayNumber(year, d.month!, 1);
      d.lastDay = dayNumber(year, d.month!, daysInMonth(year, d.month!));
      return;
    }
    case 'yearless': {
      // Until it is resolved, `day` is the day of the month the writer wrote, not a day number.
      const dayOfMonth = d.day!;
      delete d.day;
      // With no reference date a year-less date names no day: any year would be a guess.
      if (refDay === undefined) return;
      const pinned = pinYear(d.month!, dayOfMonth, people, refDay, index);
      if (pinned) {
        d.day = pinned.day;
        d.how = `the year of ${pinned.label}`;
      } else {
        const r = ymd(refDay);
        let day = safeDay(r.year, d.month!, dayOfMonth);
        if (day === undefined || day > refDay) day = safeDay(r.year - 1, d.month!, dayOfMonth);
        if (day !== undefined) d.day = day;
        d.how = `the most recent ${monthName(d.month!)} ${d.day === undefined ? '' : ymd(d.day).day} ${against}`.replace(/\s+/g, ' ');
      }
      return;
    }
    case 'weekday': {
      if (refDay === undefined || d.quoted) return;
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
      d.day = refDay + d.offset!;
      d.how = against;
      return;
  }
}

function safeDay(year: number, month: number, day: number): number | undefined {
  return day <= daysInMonth(year, month) ? dayNumber(year, month, day) : undefined;
}

/** The one year in which a recorded event of these people fell on this month and day. */
function pinYear(month: number, day: number, people: Set<string>, refDay: number, index: RecordIndex) {
  if (!people.size) return undefined;
  const fits = (index.eventsByMonthDay.get(monthDayKey(month, day)) ?? []).filter(
    (e) => e.participants.some((p) => people.has(p)) && e.day <= refDay,
  );
  const years = new Set(fits.map((e) => ymd(e.day).year));
  if (years.size !== 1) return undefined;
  const e = fits[0]!;
  return { day: e.day, label: `the recorded ${e.event.type === 'call' ? 'call' : 'event'} of ${isoDay(e.day)}` };
}

const monthName = (m: number) => monthNames[m - 1]!;
