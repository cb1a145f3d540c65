// The day a draft is written on: the anchor for "on Friday" and for every title.
import type { CheckOptions, ReferenceDateSource } from '../api';
import type { RecordIndex } from '../record/index';
import { dayNumber, isoDay, parsePartialDate, weekdayOf, ymd } from '../text/dates';
import { hasCallCue, pointPrepositions } from './cues';
import type { DocumentReading } from './document';

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

  return inferFromRecord(doc, index);
}

/** A line near the top or the bottom that is a date and little else ("first published: May 14, 2022"). */
function findDateline(doc: DocumentReading): ReferenceDate | undefined {
  const n = doc.sentences.length;
  const near = [...doc.sentences.slice(0, 4), ...doc.sentences.slice(Math.max(4, n - 4))];
  for (const s of near) {
    const date = s.dates.find((d) => d.kind === 'absolute');
    if (!date || s.text.length > 80) continue;
    const rest = (s.text.slice(0, date.start - s.start) + s.text.slice(date.end - s.start)).match(/\p{L}+/gu) ?? [];
    if (rest.length > 4) continue;
    return { day: dayNumber(date.year!, date.month!, date.day!), source: 'dateline', start: date.start, end: date.end, detail: 'the dateline' };
  }
  return undefined;
}

/** The one recorded call whose people the draft names and whose day its year-less dates or weekdays match. */
function inferFromRecord(doc: DocumentReading, index: RecordIndex): ReferenceDate | undefined {
  const named = new Set(doc.mentions.map((m) => m.person));
  const calls = [...new Set([...named].flatMap((p) => index.callsByPerson.get(p) ?? []))].filter(
    (c) => c.participants.length >= 2 && c.participants.every((p) => named.has(p)),
  );
  if (!calls.length) return undefined;
  const byDate = new Set<number>();
  const byWeekday = new Set<number>();
  for (const s of doc.sentences) {
    for (const d of s.dates) {
      if (pointPrepositions.has(d.preposition)) continue;
      if (d.kind === 'yearless') {
        for (const c of calls) {
          const { month, day } = ymd(c.day);
          if (month === d.month && day === d.day) byDate.add(c.day);
        }
      } else if (d.kind === 'weekday' && !d.future && hasCallCue(s)) {
        for (const c of calls) if (weekdayOf(c.day) === d.weekday) byWeekday.add(c.day);
      }
    }
  }
  const matches = [...(byDate.size ? byDate : byWeekday)].sort((a, b) => a - b);
  if (!matches.length || matches[matches.length - 1]! - matches[0]! > 7) return undefined;
  const day = matches[matches.length - 1]!;
  return { day, source: 'inferred', detail: `the recorded call of ${isoDay(day)}, the one the draft's dates and people match` };
}
