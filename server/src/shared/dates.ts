// Dates as the record and the settings write them ("2024", "2024-05", "2024-05-14"), as day
// numbers (days since 1970-01-01, UTC). Shared by the core and the client (the timeline and
// the reference date prompt), so a date is parsed one way everywhere. No imports.

export type Precision = 'year' | 'month' | 'day';

export interface DaySpan {
  first: number;
  last: number;
  precision: Precision;
}

export const MS_PER_DAY = 86_400_000;

export const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / MS_PER_DAY;

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses "2024", "2024-05" or "2024-05-14"; undefined when not a real date. */
export function parsePartialDate(value: string): DaySpan | undefined {
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

/** A real calendar day written YYYY-MM-DD. */
export const isIsoDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && parsePartialDate(value) !== undefined;

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;
