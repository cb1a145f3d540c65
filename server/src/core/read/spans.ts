// Spans and ages as prose writes them: "two years", "more than a year", "about a month",
// "nearly two years", "the 28-month-old war", "its 12th week", "a 15-month silence", "the first
// in months". Each is read into a count, a unit and a qualifier, and judged by one rule as
// generously as its words: a writer rounds.
import { daysInMonth, dayNumber, ymd } from '../text/dates';

export type SpanUnit = 'day' | 'week' | 'month' | 'year';

/**
 * How the count is meant: as written (rounded to the nearest unit, or down to it), about it (±25%, at least
 * half a unit either way), above it ("more than", "over", "at least"), a little above it ("just
 * over": up to 25% or half a unit more), a little below it ("nearly", "almost", "just under":
 * up to 25% or half a unit less), or below it ("less than", "under", "within").
 */
export type SpanQualifier = 'exact' | 'about' | 'more' | 'justOver' | 'nearly' | 'less';

export interface Span {
  /**
   * "span": a length ("two years"); "age": full units elapsed ("the 28-month-old war": 28 full
   * months, not 29); "ordinal": the period a day falls in ("its 12th week": days 78–84, counting the first day as day 1).
   */
  form: 'span' | 'age' | 'ordinal';
  count: number;
  unit: SpanUnit;
  qualifier: SpanQualifier;
  /** No number written ("months", "several weeks", "a few days"): `count` is the fewest units the words suggest. */
  vague?: true;
  /** An age said of its subject ("the war is 30 months old"), not before its noun ("the 30-month-old war"). */
  predicate?: true;
  /** Where the number is written ("15" of "in 15 months"): a fix rewrites only it. */
  number?: { start: number; end: number };
  /** Offsets in the text read. */
  start: number;
  end: number;
}

/**
 * How a span is measured. "length": the days an age or a spacing of events runs ("two years
 * into the war", "six days before the invasion"). "gap": a silence between calls ("the first
 * call in 15 months", "had not spoken for more than a year"), which a writer rounds down to
 * whole units: a plain count is at least that long, "nearly 20 months" at most 20 whole months.
 * "within": the reach of a count of calls ("the third call in a week"): a plain count is the most.
 */
export type SpanReading = 'length' | 'gap' | 'within';

const ones = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const firsts = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const tenths = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

const alternatives = (words: string[]) => words.filter(Boolean).sort((a, b) => b.length - a.length).join('|');
const numberWord = `(?:(?:${alternatives(tens)})(?:[-\\s](?:${alternatives(ones.slice(1, 10))}))?|${alternatives(ones)}|(?:a|one)\\s+hundred)`;
const ordinalWord = `(?:(?:${alternatives(tens)})[-\\s](?:${alternatives(firsts.slice(1, 10))})|${alternatives(tenths)}|${alternatives(firsts)}|hundredth|\\d{1,3}(?:,\\d{3})+(?:st|nd|rd|th)|\\d+(?:st|nd|rd|th))`;
const count = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|${numberWord}|an?|a\\s+couple\\s+of|half\\s+an?)`;
const half = `(?:[-\\s]and[-\\s]a[-\\s]half)`;
const qualifiers: [string, SpanQualifier][] = [
  ['more than|over|upwards of|in excess of|at least|well over|well beyond|beyond', 'more'],
  ['just over|a little over|a little more than|slightly more than|just beyond|just past', 'justOver'],
  ['nearly|almost|just under|just shy of|close to|approaching|not quite|a little under|a little less than|slightly less than', 'nearly'],
  ['about|around|roughly|some|approximately|an estimated|more or less', 'about'],
  ['less than|under|fewer than|within|not even', 'less'],
];
const qualifier = `(?:${qualifiers.map(([words]) => words).join('|')})`;

/** "Several weeks", "a few days": a count not written, of about three. */
const fewWords = '(?:several|a\\s+few)';
/** "The first in months": a bare plural is at least about three months, or two of a shorter or longer unit. */
const bareCount: Record<SpanUnit, number> = { day: 2, week: 2, month: 3, year: 2 };

/**
 * A count and a unit, with a qualifier and "and a half"; "-old" after it makes it an age. The
 * count may be "several" or "a few", or left out before a plural ("months"), but not after a number ("2.5 years").
 */
const spanPattern = new RegExp(
  `(?<![\\d,.])\\b(?:(${qualifier})\\s+)?(?:(${count})(${half})?[-\\s]|(${fewWords})\\s+|(?<!\\d[-\\s]?))(day|week|fortnight|month|year)(s?)(${half})?(?:([-\\s])old\\b)?(?![\\p{L}\\d])`,
  'giu',
);
const dayNumberPattern = /\b[Dd]ay\s+(\d{1,3}(?:,\d{3})?|\d{1,4})(?=\s+of\b)/g;
/** An ordinal period: "12th week", "third year", "100th day". */
const ordinalPattern = new RegExp(`(?<![\\d,.])\\b(${ordinalWord})[-\\s](day|week|month|year)\\b`, 'gi');

/** Whether the text has a word a span is written with: the cheap test before reading any. */
export const hasSpanCue = (text: string): boolean => /\b(?:days?|weeks?|fortnights?|months?|years?)\b|\d-(?:day|week|month|year)/i.test(text);

/** Every span, age and ordinal period in the text, in order. */
export function findSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(spanPattern)) {
    const [, how, written, halfBefore, few, unit, plural, halfAfter, oldJoin] = m;
    const n = written === undefined ? undefined : countOf(written);
    // Not "0 days", nor a unit alone that is no plural ("the day").
    if (written !== undefined ? !n : !few && !plural) continue;
    // "A two-year-old war" is an age; so is "the war is 30 months old" (said of a person, no event's, which its reader asks for).
    const age = oldJoin !== undefined;
    if (age && !n) continue;
    // "A fortnight" is two weeks, and no count a fix could rewrite in the writer's words.
    const fortnight = unit!.toLowerCase() === 'fortnight';
    const u = fortnight ? 'week' : (unit!.toLowerCase() as SpanUnit);
    const count = ((n ?? (few ? 3 : bareCount[u])) + (halfBefore || halfAfter ? 0.5 : 0)) * (fortnight ? 2 : 1);
    const span: Span = { form: age ? 'age' : 'span', count, unit: u, qualifier: qualifierOf(how), start: m.index!, end: m.index! + m[0].length };
    if (age && oldJoin !== '-') span.predicate = true;
    if (n === undefined) span.vague = true;
    else if (!fortnight) {
      const at = m.index! + (how ? m[0].indexOf(written!, how.length) : 0);
      span.number = { start: at, end: at + written!.length };
    }
    out.push(span);
  }
  for (const m of text.matchAll(ordinalPattern)) {
    const n = ordinalOf(m[1]!);
    if (n !== undefined) out.push({ form: 'ordinal', count: n, unit: m[2]!.toLowerCase() as SpanUnit, qualifier: 'exact', start: m.index!, end: m.index! + m[0].length });
  }
  // "Day 250 of the invasion", "on day 79 of Russia's war": the day counted, as "the 250th day" is.
  for (const m of text.matchAll(dayNumberPattern)) {
    out.push({ form: 'ordinal', count: Number(m[1]!.replace(/,/g, '')), unit: 'day', qualifier: 'exact', start: m.index!, end: m.index! + m[0].length });
  }
  out.sort((a, b) => a.start - b.start);
  // "Three years and four days": a compound no single count and unit states; neither part is the span.
  const compound = new Set<Span>();
  for (let k = 1; k < out.length; k++) {
    if (/^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(out[k - 1]!.end, out[k]!.start))) compound.add(out[k - 1]!).add(out[k]!);
  }
  return compound.size ? out.filter((x) => !compound.has(x)) : out;
}

function qualifierOf(words: string | undefined): SpanQualifier {
  if (!words) return 'exact';
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  return qualifiers.find(([list]) => list.split('|').includes(w))![1];
}

/** The number a count's words write: "15", "1,000", "twenty-eight", "a", "a couple of", "half a". */
export function countOf(words: string): number | undefined {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (/^[\d,]+$/.test(w)) return Number(w.replace(/,/g, ''));
  if (w === 'a' || w === 'an') return 1;
  if (w === 'a couple of') return 2;
  if (w.startsWith('half')) return 0.5;
  if (w.endsWith('hundred')) return 100;
  const [ten, one] = w.split(/[-\s]/);
  const t = tens.indexOf(ten!);
  if (t >= 2) return t * 10 + (one ? ones.indexOf(one) : 0);
  const o = ones.indexOf(w);
  return o > 0 ? o : undefined;
}

/** The words for a count from 1 to 99, as a fix writes it: "five", "twenty-one". */
export function countWord(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99) return undefined;
  return n < 20 ? ones[n] : tens[Math.floor(n / 10)]! + (n % 10 ? `-${ones[n % 10]}` : '');
}

/** An ordinal in words, "first" to "ninety-ninth", as the ordinals of periods are read. */
export function ordinalWordOf(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99) return undefined;
  if (n < 20) return firsts[n];
  return n % 10 ? `${tens[Math.floor(n / 10)]}-${firsts[n % 10]}` : tenths[n / 10];
}

/** An ordinal in digits: "1st", "22nd", "28th", "111th". */
export function ordinalDigits(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

/** The number an ordinal writes: "28th", "twenty-eighth", "hundredth". */
export function ordinalOf(words: string): number | undefined {
  const w = words.toLowerCase();
  const digits = /^([\d,]+)(?:st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]!.replace(/,/g, '')) || undefined;
  if (w === 'hundredth') return 100;
  const [ten, one] = w.split(/[-\s]/);
  if (one !== undefined) return tens.indexOf(ten!) >= 2 && firsts.indexOf(one) > 0 ? tens.indexOf(ten!) * 10 + firsts.indexOf(one) : undefined;
  const t = tenths.indexOf(w);
  return t >= 2 ? t * 10 : firsts.indexOf(w) > 0 ? firsts.indexOf(w) : undefined;
}

/** A unit's days on average. */
export const unitDays: Record<SpanUnit, number> = { day: 1, week: 7, month: 30.44, year: 365.25 };

/** The day `n` units after `from`: calendar months and years (31 Jan + 1 month = 28 or 29 Feb), a fraction as its share of a unit's days. */
export function shiftDay(from: number, n: number, unit: SpanUnit): number {
  if (unit === 'day') return from + Math.round(n);
  if (unit === 'week') return from + Math.round(7 * n);
  const months = unit === 'year' ? 12 * n : n;
  const whole = Math.floor(months);
  const { year, month, day } = ymd(from);
  const y = year + Math.floor((month - 1 + whole) / 12);
  const m = ((month - 1 + whole) % 12) + 1;
  const shifted = dayNumber(y, m, Math.min(day, daysInMonth(y, m)));
  return shifted + Math.round((months - whole) * unitDays.month);
}

/**
 * The days on which a span begun on `from` may end, as generously as its words: the one rule
 * of every reading, whose table is elapsed-conflict's in findingDocs.ts. A count of days under
 * ten is exact; of ten or more, a day either way (the first day counted or not). A plain count
 * is at least its units as a gap, or where no number is written ("months"), and at most them within.
 */
export function spanEnds(span: Span, from: number, reading: SpanReading = 'length'): { first: number; last: number } {
  const { count: n, unit } = span;
  const at = (k: number) => shiftDay(from, k, unit);
  // A day's slack where the boundary is a calendar day: counting the first day or not.
  const slack = 1;
  // An age is full units elapsed, unless a qualifier says otherwise ("nearly three years old", "more than 30 months old").
  if (span.form === 'age' && span.qualifier === 'exact') return { first: at(n) - slack, last: at(n + 1) - 1 + slack };
  if (span.form === 'ordinal') return { first: at(n - 1) - slack, last: at(n) - 1 + slack };
  if (span.form === 'age' && span.qualifier === 'more') return { first: at(n) - slack, last: Infinity };
  const rounding = unit === 'day' ? (n < 10 ? 0 : 1) : at(n + 0.5) - at(n);
  const lower = unit === 'day' ? Math.min(at(n) - rounding, at(0.75 * n)) : Math.min(at(n - 0.5), at(0.75 * n));
  const upper = unit === 'day' ? Math.max(at(n) + rounding, at(1.25 * n)) : Math.max(at(n + 0.5), at(1.25 * n));
  const gap = reading === 'gap';
  switch (span.qualifier) {
    case 'exact':
      // ("The second call in weeks": no number written, as many as a writer would still call "weeks", seven.)
      if (reading === 'within') return { first: from, last: span.vague ? at(3 * n + 1) : at(n) };
      // Rounded to the nearest unit, or down to it: "41 months into the war" on the 41st month's last day.
      return { first: at(n) - rounding, last: gap || span.vague ? Infinity : unit === 'day' ? at(n) + rounding : at(n + 1) - 1 };
    case 'about':
      return { first: lower, last: upper };
    case 'more':
      return { first: at(n) - slack, last: Infinity };
    case 'justOver':
      return { first: at(n) - slack, last: upper };
    case 'nearly':
      // Within the unit before ("nearly nine months" is past eight), or a quarter short for a count of days;
      // a gap rounded down to whole units: "nearly 20 months" of 20 months and 12 days.
      return { first: unit === 'day' ? lower : Math.max(at(n - 1), at(0.75 * n)), last: gap ? at(n + 1) - 1 : at(n) + slack };
    case 'less':
      return { first: from, last: at(n) + slack };
  }
}

/** Whether a span from `from` to `to` fits the words. */
export function spanFits(span: Span, from: number, to: number, reading: SpanReading = 'length'): boolean {
  const { first, last } = spanEnds(span, from, reading);
  return to >= first && to <= last;
}

/** The first day a span ending on `to` may have begun: -Infinity where the words set no bound ("more than a week"). */
export function spanStart(span: Span, to: number, reading: SpanReading = 'length'): number {
  // No span's words reach back more than four times their count and a unit.
  let early = to - Math.ceil(4 * (span.count + 1) * unitDays[span.unit]);
  if (spanEnds(span, early, reading).last >= to) return -Infinity;
  // The latest day on which the span cannot yet reach `to`, by halving.
  for (let late = to; late - early > 1; ) {
    const mid = Math.floor((early + late) / 2);
    if (spanEnds(span, mid, reading).last >= to) late = mid;
    else early = mid;
  }
  return early + 1;
}

/** "2 years 4 months, 852 days": the whole years and months from one day to another, and the days. */
export function describeElapsed(from: number, to: number): string {
  const days = to - from;
  let months = 0;
  while (shiftDay(from, months + 1, 'month') <= to) months++;
  const plural = (k: number, unit: string) => `${k} ${unit}${k === 1 ? '' : 's'}`;
  const parts = [Math.floor(months / 12) ? plural(Math.floor(months / 12), 'year') : '', months % 12 ? plural(months % 12, 'month') : ''].filter(Boolean);
  return parts.length ? `${parts.join(' ')}, ${plural(days, 'day')}` : plural(days, 'day');
}
