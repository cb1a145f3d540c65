// The day a draft is written on: the anchor for "on Friday" and for every title.
import type { CheckOptions, ReferenceDateSource } from '../api';
import type { EventInfo, RecordIndex } from '../record/index';
import { dayNumber, isoDay, parsePartialDate, weekdayOf, ymd } from '../text/dates';
import { hasCallCue, lastCall, pointPrepositions } from './cues';
import { type DocumentReading, writtenDates } from './document';

export interface ReferenceDate {
  day: number;
  source: ReferenceDateSource;
  /** Where it stands in the draft (front matter or dateline). */
  start?: number;
  end?: number;
  /** For hovers: "the dateline", "the recorded call of 2024-06-25"… */
  detail: string;
}

export function findReferenceDate(doc: DocumentReading, options: CheckOptions, index: RecordIndex): ReferenceDate | undefined {
  const fm = doc.prose.frontMatter?.date;
  const fmDay = fm && parsePartialDate(fm.value);
  if (fm && fmDay?.precision === 'day') return { day: fmDay.first, source: 'front-matter', start: fm.start, end: fm.end, detail: 'the front matter' };

  const dateline = findDateline(doc);
  if (dateline) return dateline;

  const setting = options.referenceDate ? parsePartialDate(options.referenceDate) : undefined;
  if (setting?.precision === 'day') return { day: setting.first, source: 'setting', detail: 'the reference date setting' };

  const calls = ledeCalls(doc, index);
  const inferred = inferFromRecord(doc, calls);
  return yearlessDateline(doc, inferred ? [inferred.day] : calls.map((c) => c.day)) ?? inferred;
}

/**
 * "WASHINGTON, June 26 (Wire) —" over a story of the call of 2024-06-25: a dateline without its
 * year, in the year of the one call of the story's people on it or in the week before it.
 */
function yearlessDateline(doc: DocumentReading, callDays: number[]): ReferenceDate | undefined {
  for (const p of doc.paragraphs.slice(0, LEDE_PARAGRAPHS)) {
    for (const s of p.reading.sentences) {
      const d = writtenDates(doc, p, s).find((x) => x.dateline && x.kind === 'yearless');
      if (!d) continue;
      const fits = callDays.flatMap((c) => [ymd(c).year, ymd(c).year + 1].map((y) => [dayNumber(y, d.month!, d.day!), c] as const).filter(([day]) => day >= c && day - c <= 7));
      const days = new Set(fits.map(([day]) => day));
      if (days.size !== 1) return undefined;
      const [day, call] = fits[0]!;
      return { day, source: 'dateline', start: p.start + d.start, end: p.start + d.end, detail: `the dateline, in the year of the recorded call of ${isoDay(call)}` };
    }
  }
  return undefined;
}

/** A line near the top or the bottom that is a date and little else ("first published: May 14, 2022"). */
function findDateline(doc: DocumentReading): ReferenceDate | undefined {
  const n = doc.sentenceCount;
  const near = (i: number) => i < 4 || i >= Math.max(4, n - 4);
  for (const p of doc.paragraphs) {
    if (!near(p.first) && !near(p.last - 1)) continue;
    for (const [j, s] of p.reading.sentences.entries()) {
      if (!near(p.first + j)) continue;
      const date = writtenDates(doc, p, s).find((d) => d.kind === 'absolute' && (d.dateline || s.end - s.start <= 80));
      if (!date) continue;
      if (date.dateline) return { day: dayNumber(date.year!, date.month!, date.day!), source: 'dateline', start: p.start + date.start, end: p.start + date.end, detail: 'the dateline' };
      const rest = (p.text.slice(s.start, date.start) + p.text.slice(date.end, s.end)).match(letters) ?? [];
      // (An item of a list, "- **February 21, 2025:** Brown removed as chairman", is an entry of a timeline, not the draft's date.)
      if (rest.length > 4 || /^\s*(?:[-*+•]|\d+[.)])\s/.test(p.text.slice(s.start, s.end))) continue;
      return { day: dayNumber(date.year!, date.month!, date.day!), source: 'dateline', start: p.start + date.start, end: p.start + date.end, detail: 'the dateline' };
    }
  }
  return undefined;
}

const letters = /\p{L}+/gu;

/** How many paragraphs at the head of a draft hold its headline and lede. */
export const LEDE_PARAGRAPHS = 4;

/** The recorded calls of the people an undated story's headline and lede name: the calls it may report (those further down are background). */
function ledeCalls(doc: DocumentReading, index: RecordIndex): EventInfo[] {
  const named = new Set(doc.paragraphs.slice(0, LEDE_PARAGRAPHS).flatMap((p) => p.mentions.flat().map((m) => m.person)));
  return [...new Set([...named].flatMap((p) => index.callsByPerson.get(p) ?? []))].filter(
    (c) => c.participants.length >= 2 && c.participants.every((p) => named.has(p)),
  );
}

/**
 * The recorded call an undated story reports: the one its people (named in the headline and
 * lede) held on the day the lede's first dated call sentence names — by a year-less date, or by
 * a weekday, never as the day of their last call before it. Where that sentence fits calls more
 * than a week apart, the story names no one day.
 */
function inferFromRecord(doc: DocumentReading, calls: EventInfo[]): ReferenceDate | undefined {
  if (!calls.length) return undefined;
  const lede = doc.paragraphs.slice(0, LEDE_PARAGRAPHS);
  for (const p of lede) for (const s of p.reading.sentences) {
    const matches = new Set<number>();
    const text = p.text.slice(s.start, s.end);
    const callSentence = hasCallCue(text);
    // "The previous contact dates back to May 13": the dates after it are of a call before the story's.
    const previous = text.search(lastCall);
    for (const d of writtenDates(doc, p, s)) {
      if (pointPrepositions.has(d.preposition) || d.dateline || (previous >= 0 && d.start >= s.start + previous)) continue;
      if (d.kind === 'yearless') {
        for (const c of calls) {
          const { month, day } = ymd(c.day);
          if (month === d.month && day === d.day) matches.add(c.day);
        }
      } else if (d.kind === 'weekday' && !d.future && callSentence) {
        for (const c of calls) if (weekdayOf(c.day) === d.weekday) matches.add(c.day);
      }
    }
    if (!matches.size) continue;
    const days = [...matches].sort((a, b) => a - b);
    if (days[days.length - 1]! - days[0]! > 7) return undefined;
    const day = days[days.length - 1]!;
    return { day, source: 'inferred', detail: `the recorded call of ${isoDay(day)}, the one the draft's lede dates and names` };
  }
  return undefined;
}
