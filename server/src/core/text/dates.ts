// Calendar arithmetic on day numbers (days since 1970-01-01, UTC): cheap to
// compare, free of time zones.
import type { PartialDate } from '../record/types';

export type Precision = 'year' | 'month' | 'day';

export interface DaySpan {
  first: number;
  last: number;
  precision: Precision;
}

const MS_PER_DAY = 86_400_000;

export const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / MS_PER_DAY;

export function ymd(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

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

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "Fri 2022-10-21" */
export const showDay = (day: number): string => `${weekdayNames[weekdayOf(day)]!.slice(0, 3)} ${isoDay(day)}`;

/** Parses "2024", "2024-05" or "2024-05-14"; undefined when not a real date. */
export function parsePartialDate(value: PartialDate): DaySpan | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31), precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) {
    return { first: dayNumber(year, month, 1), last: dayNumber(year, month, daysInMonth(year, month)), precision: 'month' };
  }
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  const n = dayNumber(year, month, day);
  return { first: n, last: n, precision: 'day' };
}

export function showSpan(span: DaySpan): string {
  const { year, month } = ymd(span.first);
  if (span.precision === 'year') return String(year);
  if (span.precision === 'month') return `${monthNames[month - 1]} ${year}`;
  return isoDay(span.first);
}

/** A real calendar day written YYYY-MM-DD. */
export const isIsoDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && parsePartialDate(value) !== undefined;
