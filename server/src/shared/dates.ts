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

/**
 * The day number of a year, month and day, as `Date.UTC(year, month - 1, day) / MS_PER_DAY`
 * (months and days past their end run on into the next) but by arithmetic, several times
 * faster: a large record has hundreds of thousands of dates. Years before 100 are years of
 * the first century, not of the 1900s as `Date.UTC` would have them.
 */
export function dayNumber(year: number, month: number, day: number): number {
  const yearsOver = Math.floor((month - 1) / 12);
  const m = month - 12 * yearsOver; // 1 … 12
  // Years counted from March, so that a leap day ends its year (the days-from-civil reckoning).
  const y = year + yearsOver - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number => (month === 2 ? (isLeapYear(year) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1));

/** Parses "2024", "2024-05" or "2024-05-14"; undefined when not a real date. */
export function parsePartialDate(value: string): DaySpan | undefined {
  // Read digit by digit, not matched: a large record has hundreds of thousands of dates.
  const length = value.length;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  if ((length > 4 && value.charCodeAt(4) !== 45) || (length > 7 && value.charCodeAt(7) !== 45)) return undefined;
  const year = digitsAt(value, 0, 4);
  if (Number.isNaN(year)) return undefined;
  if (length === 4) return { first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31), precision: 'year' };
  const month = digitsAt(value, 5, 2);
  if (!(month >= 1 && month <= 12)) return undefined; // NaN too
  if (length === 7) {
    return { first: dayNumber(year, month, 1), last: dayNumber(year, month, daysInMonth(year, month)), precision: 'month' };
  }
  const day = digitsAt(value, 8, 2);
  if (!(day >= 1 && day <= daysInMonth(year, month))) return undefined;
  const n = dayNumber(year, month, day);
  return { first: n, last: n, precision: 'day' };
}

/** The number the digits from `at` write; NaN if one is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    n = digit >= 0 && digit <= 9 ? n * 10 + digit : NaN;
  }
  return n;
}

/** A real calendar day written YYYY-MM-DD. */
export const isIsoDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && parsePartialDate(value) !== undefined;

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;
