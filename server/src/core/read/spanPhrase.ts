// Spans of time as prose writes them: "15 months", "more than a year", "nearly two years",
// "about a month", "months", "a 15-month silence". What the words allow is read as generously
// as they are meant: "more than a year" is over a year, "about a month" three to six weeks.

export type SpanComparison = 'exact' | 'about' | 'more' | 'less' | 'nearly';

export interface SpanPhrase {
  /** Its length in days, as written ("15 months" = 456.6). */
  days: number;
  comparison: SpanComparison;
  unit: 'day' | 'week' | 'month' | 'year';
  /** The number as written ("15", "two") and where it starts: a fix rewrites only it. None for "months". */
  number?: { text: string; start: number };
  /** Where the phrase ends in the text it was read from. */
  end: number;
}

export const numberWords: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, 'twenty-two': 22,
  'twenty-four': 24, thirty: 30,
};
const unitDays = { day: 1, week: 7, month: 30.44, year: 365.25 };
/** "The first in months": a span with no number is at least about three of its units ("years": two). */
const vagueCount = { day: 2, week: 2, month: 3, year: 2 };

const spanWords = new RegExp(
  String.raw`(more\s+than|well\s+over|just\s+over|over|nearly|almost|just\s+under|about|around|roughly|some|less\s+than|fewer\s+than|under)?\s*` +
    String.raw`(\d+|${Object.keys(numberWords).join('|')}|several|a\s+few)?[\s-]*(days?|weeks?|months?|years?)\b(\s+and\s+a\s+half)?`,
  'iy',
);

/** The span written at `at` in `text` (after its preposition: "in 15 months" from "15"), if one starts there. */
export function readSpanPhrase(text: string, at: number): SpanPhrase | undefined {
  spanWords.lastIndex = at;
  const m = spanWords.exec(text);
  if (!m) return undefined;
  const unit = m[3]!.toLowerCase().replace(/s$/, '') as SpanPhrase['unit'];
  const written = m[2]?.toLowerCase().replace(/\s+/g, ' ');
  const count = written === undefined ? vagueCount[unit] : written === 'several' || written === 'a few' ? 3 : numberWords[written] ?? Number(written);
  // "0 days" is no span.
  if (!count) return undefined;
  const how = m[1]?.toLowerCase() ?? '';
  const comparison: SpanComparison = /more|over/.test(how) ? 'more' : /less|fewer|under/.test(how) ? 'less' : /nearly|almost/.test(how) ? 'nearly' : how ? 'about' : 'exact';
  const number = m[2] && written !== 'several' && written !== 'a few' ? { text: m[2], start: at + m[0].indexOf(m[2], m[1]?.length ?? 0) } : undefined;
  return { days: (count + (m[4] ? 0.5 : 0)) * unitDays[unit], comparison, unit, ...(number ? { number } : {}), end: at + m[0].length };
}

/**
 * Whether a span of `days` fits the phrase, read generously: "more than a year" is over about
 * a year, "about a month" 3–6 weeks, "nearly two years" a bit under; a plain "15 months" (as in
 * "the first in 15 months") at least most of it, since a writer rounds.
 */
export function spanAllows(span: SpanPhrase, days: number): boolean {
  const d = span.days;
  switch (span.comparison) {
    case 'more':
      return days >= d * 0.97;
    case 'less':
      return days <= d * 1.05;
    case 'nearly':
      return days >= d * 0.7 && days <= d * 1.1;
    case 'about':
      return days >= d * 0.7 && days <= d * 1.45;
    case 'exact':
      return days >= d * 0.75;
  }
}
