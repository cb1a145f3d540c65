// Calendar arithmetic on day numbers (days since 1970-01-01, UTC): cheap to
// compare, free of time zones.
import { type DaySpan, MS_PER_DAY, weekdayOf } from '../../shared/dates';

// The parsing of written dates is shared with the client.
export { dayNumber, daysInMonth, type DaySpan, isIsoDay, parsePartialDate, weekdayOf } from '../../shared/dates';

export function ymd(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Days seen so far, written: a check writes the same few days into many messages and hovers. */
const written = new Map<number, string>();

export function isoDay(day: number): string {
  let iso = written.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (written.size < 100_000) written.set(day, iso);
  }
  return iso;
}

export const weekdayNames: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const monthNames: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "Fri 2022-10-21" */
export const showDay = (day: number): string => `${weekdayNames[weekdayOf(day)]!.slice(0, 3)} ${isoDay(day)}`;

export function showSpan(span: DaySpan): string {
  const { year, month } = ymd(span.first);
  if (span.precision === 'year') return String(year);
  if (span.precision === 'month') return `${monthNames[month - 1]} ${year}`;
  return isoDay(span.first);
}

