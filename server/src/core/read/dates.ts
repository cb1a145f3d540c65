// Date expressions in a sentence, as stated. chrono-node finds them; its guess
// of the year is not trusted: only the components a writer actually wrote are kept.
import * as chrono from 'chrono-node';
import { dayNumber, daysInMonth, monthNames, weekdayNames } from '../text/dates';
import { type SpanUnit, unitDays } from './spans';

export type DateKind = 'absolute' | 'yearless' | 'weekday' | 'relative' | 'anaphoric' | 'month' | 'year';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  kind: DateKind;
  year?: number;
  month?: number;
  day?: number;
  /** The weekday the writer stated (0 = Sunday), and where. */
  weekday?: number;
  weekdayStart?: number;
  weekdayEnd?: number;
  /** Relative dates: days from the reference date ("yesterday" = -1); anaphoric ones: from the day named before them ("the next day" = 1). */
  offset?: number;
  /** "Three weeks ago": the days either side of `offset` it may mean; then it names a span of days, not a day. */
  spread?: number;
  /** Weekday-only dates: "next Friday", "this coming Monday". */
  future?: boolean;
  /** "last Friday": strictly before the reference date. */
  strictlyPast?: boolean;
  /** The word before the expression ("on", "since", "until"…), lower case. */
  preposition: string;
  /** Inside a quotation: "today" there is the day the words were spoken, not the draft's. */
  quoted?: boolean;
  /** "March last year", "June 25 of this year": years from the reference date's, for a date written without a year. */
  yearsFromRef?: number;
  /** "In October of that year": the year of the day named before it. */
  yearOfLast?: boolean;
  /** One of two days written together ("23 and 24 October", "Feb. 11–12"): no day counts from it ("the following day"). */
  paired?: boolean;
  /** "Thursday the 13th": a weekday with a day of the month, whose month is the one the story told last. */
  dayOfMonth?: number;
  /** "The February 18 call": a date that names a call by its day. */
  namesCall?: boolean;
  /** "The Monday call": anaphoric, but with no day told before it, the Monday of the draft's week. */
  orThisWeek?: boolean;
  /** In a wire dateline ("MOSCOW, June 26, 2024 (Reuters) —"): the day of the story, never a claim's. */
  dateline?: boolean;
}

/**
 * Where a wire dateline at the head of a paragraph ends: a place in capitals ("MOSCOW",
 * "NEW DELHI [India]") or in title case with an agency ("Moscow, June 26 (IANS):"), a date, an
 * agency, then a dash or a colon.
 */
/** A caption's label before its dateline: "**Frame 6.** ARLINGTON, Va. — Oct. 21, 2022:". */
const captionLabel = String.raw`(?:[*_]{1,2}[^*_\n]{1,20}[*_]{1,2}[ \t]+)?`;
const place = String.raw`(?:\p{Lu}[\p{Lu}.'’-]+(?:[ \t/]+\p{Lu}[\p{Lu}.'’-]+){0,3}|\p{Lu}[\p{Ll}.'’-]+(?:[ \t/]+\p{Lu}[\p{Ll}.'’-]+){0,2}(?=[^\n]{0,60}\([\p{L} .&-]{2,30}\)))`;
const agency = String.raw`\([\p{L} .&/-]{2,30}\)`;
const datelinePattern = new RegExp(
  // "MOSCOW (Agency - 16th March, 2023) -": the date inside the agency's parentheses.
  String.raw`^${place}[ \t]*\([^()\n]{0,40}\d[^()\n]{0,30}\)(?:[ \t]*(?:—|–|--|-|:)(?=\s)|(?=[ \t]+\p{Lu}))|` +
  String.raw`^${place}(?:[ \t]*\[[^\]\n]{1,30}\])?(?:[ \t]*${agency})?,[ \t]*(?=[^\n—–:()]{0,40}\d)[^\n—–:()]{3,40}?` +
    String.raw`(?:(?:[ \t]*${agency})?(?:,[ \t]*\p{Lu}[\p{L}.&-]*(?:[ \t]+\p{Lu}[\p{L}.&-]*){0,2})?[ \t]*(?:—|–|--|-|:)(?=\s)|[ \t]*${agency}(?=[ \t]+\p{Lu}))|` +
  // A photo caption's "THE PENTAGON — May 12, 2022:" or "ARLINGTON, Va. — Oct. 21, 2022:", after any label of the frame.
  String.raw`^${captionLabel}\p{Lu}[\p{Lu}.'’-]+(?:[ \t]+\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,[ \t]*\p{Lu}[\p{L}.]*)?[ \t]+(?:—|–)[ \t]+(?=[^\n:—–]{0,20}\d)[^\n:—–]{3,25}:(?=\s)`,
  'u',
);

/** A date read against one text, moved `by` characters: a copy, so that a memoised reading stays as it was. */
export function shiftDate<D extends DateMention>(d: D, by: number): D {
  const moved: D = { ...d, start: d.start + by, end: d.end + by };
  if (d.weekdayStart !== undefined) {
    moved.weekdayStart = d.weekdayStart + by;
    moved.weekdayEnd = d.weekdayEnd! + by;
  }
  return moved;
}

const datelineHead = new RegExp(String.raw`^${captionLabel}\p{Lu}[\p{L}.'’ \t/-]*[(\[,—–]`, 'u');

export function datelineEnd(paragraph: string): number | undefined {
  // Most paragraphs are no dateline: cheap tests rule them out, a digit near the head and a place
  // (letters and spaces) followed by the comma, parenthesis or bracket every dateline has.
  if (!datelineHead.test(paragraph) || !/^[^\n]{0,90}\d/u.test(paragraph)) return undefined;
  const m = datelinePattern.exec(paragraph);
  return m ? m[0].length : undefined;
}

const cueWords =
  /\b(?:(?:jan|febr)uary|march|april|june|july|august|(?:sept|octo|novem|decem)ber|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tomorrow|tonight|ago)\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:19|20)\d{2}\b/i;
// Abbreviations and "May" only capitalised: "may" is a verb, "dec" and "mar" start other words.
const cueAbbreviations = /\b(?:Jan|Feb|Mar|Apr|May|MAY|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
export const hasDateCue = (text: string): boolean => cueWords.test(text) || cueAbbreviations.test(text);

// A fixed instant to parse against: chrono's relative results are turned into offsets from it.
const parseRef = new Date(2001, 0, 1, 12);
const parseRefDay = dayNumber(2001, 1, 1);

/**
 * chrono-node's casual parsers, in the order of its configuration. A minifier renames their
 * classes, so they are told apart by place; a test holds these names to the parsers' own.
 */
export const casualParsers = [
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENTimeUnitWithinFormatParser',
  'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENSlashMonthFormatParser',
  'ENTimeExpressionParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENYearMonthNameParser',
  'ENCasualDateParser', 'ENCasualTimeParser', 'ENEndOfCurrentMonthParser', 'ENMonthNameParser',
  'ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser',
] as const;
type ParserName = (typeof casualParsers)[number];

/**
 * The parsers that read only durations and times of day ("in two weeks", "two days later", "this
 * morning", "by the end of the month", "+2 days"): Readout drops what they find, and they are a
 * fifth of chrono's work. Picking them out costs nothing at start-up: trying their patterns would
 * compile them, a few milliseconds each.
 */
const durationParsers: ReadonlySet<ParserName> = new Set(['ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser', 'ENCasualTimeParser', 'ENEndOfCurrentMonthParser', 'ENTimeUnitCasualRelativeFormatParser']);
/** The parser of "two days ago": the costliest of all to compile, and most drafts never need it. */
const agoParser: ParserName = 'ENTimeUnitAgoFormatParser';

const parsersWithout = (left: ReadonlySet<ParserName>): chrono.Chrono => {
  const parser = chrono.casual.clone();
  parser.parsers = parser.parsers.filter((_, i) => !left.has(casualParsers[i]!));
  return parser;
};
const dateParser = parsersWithout(durationParsers);
/** For sentences with none of the words the parser of "two days ago" ends on. */
const withoutAgo = parsersWithout(new Set([...durationParsers, agoParser]));
const agoWords = /(?:ago|before|earlier)\b/i; // even glued to the unit ("2 daysago")

/** A month's name, in full or cut short ("Feb.", "Sept"). */
const monthWord = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const monthWritten = new RegExp(`\\b${monthWord}\\s+\\d|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthWord}`, 'i');
const relativeWords = /\b(?:yesterday|today|tonight|tomorrow|ago|last|next|this|coming|past)\b/i;
const unitsAgo = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(week|month|year)s?\s+ago$/i;
/** How far from its day "N weeks ago" may be. */
const spreadOf: Record<string, number> = { week: 3, month: 10, year: 120 };
const hedgedBefore = /\b(?:nearly|almost|about|around|roughly|some|approximately|over|more\s+than|less\s+than|under)\s+$/i;
const vague = /\b(?:weeks?|weekends?|months?|years?|end|beginning|start|middle|mid|early|late)\b/i;
export const weekdayPattern = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const lastWord = /([\p{L}]+)[\s,]*$/u;
const weekdayAbbreviation = /^(\s*\(\s*)(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?\s*\)/i;
const weekdayIndex: Record<string, number> = { sun: 0, mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6 };

const dayFirstList = new RegExp(`\\b\\d{1,2}\\s+${monthWord},\\s+\\d{1,2}\\s+${monthWord}`, 'i');
const dayFirstComma = new RegExp(`(?<=\\b\\d{1,2}\\s+${monthWord}),(?=\\s+\\d{1,2}\\s+${monthWord})`, 'gi');

export function readDates(sentence: string, offset: number): DateMention[] {
  const anaphoric = dayWord.test(sentence);
  const cued = hasDateCue(sentence);
  if (!cued && !anaphoric) return [];
  const mentions: DateMention[] = [];
  // "6 Jan, 12 Feb, 18 Feb": chrono-node reads a month, a comma and the next day as one date ("Jan, 12"); in a list of
  // day-first dates a semicolon in the comma's place (the same length: offsets hold) keeps each date whole.
  const read = dayFirstList.test(sentence) ? sentence.replace(dayFirstComma, ';') : sentence;
  for (const r of !cued ? [] : (agoWords.test(sentence) ? dateParser : withoutAgo).parse(read, parseRef)) {
    const mention = fromChrono(sentence, r, offset);
    if (mention) mentions.push(mention);
  }
  for (const m of mentions) {
    // "That June call": the June of the day named before it.
    if ((m.kind === 'month' || m.kind === 'yearless') && /\b(?:that|the\s+same)\s+$/i.test(sentence.slice(Math.max(0, m.start - offset - 10), m.start - offset))) m.yearOfLast = true;
    const said = (m.kind === 'month' || m.kind === 'yearless') && relativeYear.exec(sentence.slice(m.end - offset));
    if (!said) continue;
    const which = said[1]!.toLowerCase();
    if (which === 'that') m.yearOfLast = true;
    else m.yearsFromRef = yearsFrom[which]!;
    m.end += said[0].length;
    m.text = sentence.slice(m.start - offset, m.end - offset);
  }
  // "Feb. 11–12, 2022", "Oct. 21 and 23, 2022": a second day of the month, and the year written once for both.
  for (const m of [...mentions]) {
    if (m.kind !== 'yearless' || m.yearsFromRef !== undefined) continue;
    const second = secondDay.exec(sentence.slice(m.end - offset));
    // "On October 21 and 23": the second day of the month, the year left to the reading of both.
    const alone = second ? null : secondDayAlone.exec(sentence.slice(m.end - offset));
    if (alone) {
      const at = m.end + alone.indices![1]![0];
      m.paired = true;
      mentions.push({ start: at, end: at + alone[1]!.length, text: alone[1]!, kind: 'yearless', month: m.month!, day: Number(alone[1]), preposition: '', paired: true });
    }
    if (!second) continue;
    const dayStart = m.end + second.indices![1]![0];
    m.year = Number(second[2]);
    m.kind = 'absolute';
    m.paired = true;
    mentions.push({ start: dayStart, end: dayStart + second[1]!.length, text: second[1]!, kind: 'absolute', year: m.year, month: m.month!, day: Number(second[1]), preposition: '', paired: true });
  }
  // "23 and 24 October 2022": a day before a day-first date, its month and year written once for both.
  for (const m of [...mentions]) {
    if ((m.kind !== 'absolute' && m.kind !== 'yearless') || !/^\d/.test(m.text)) continue;
    const first = dayBefore.exec(sentence.slice(0, m.start - offset));
    if (!first) continue;
    const dayStart = offset + first.index + first[0].indexOf(first[1]!);
    m.paired = true;
    const listed: DateMention = { start: dayStart, end: dayStart + first[1]!.length, text: first[1]!, kind: m.kind, month: m.month!, day: Number(first[1]), preposition: '', paired: true };
    mentions.push(m.year !== undefined ? { ...listed, year: m.year } : listed);
    mentions.sort((a, b) => a.start - b.start);
  }
  // "In June and July 2024", "between May 13 and October 21, 2022": the year written once is both dates'.
  for (let i = mentions.length - 2; i >= 0; i--) {
    const [m, next] = [mentions[i]!, mentions[i + 1]!];
    if ((m.kind !== 'month' && m.kind !== 'yearless') || m.year !== undefined || m.yearsFromRef !== undefined || m.yearOfLast || next.year === undefined) continue;
    // (And along a list: "on 6 January, 12 and 18 February 2022".)
    if (!/^\s*(?:,|,?\s*(?:and|or|to|through|until|–|-))(?:\s+(?:on|in|again\s+on))?\s*$/i.test(sentence.slice(m.end - offset, next.start - offset))) continue;
    m.year = m.month! > next.month! ? next.year - 1 : next.year;
    m.kind = m.kind === 'yearless' ? 'absolute' : 'month';
  }
  for (const m of yearDigits.test(sentence) ? sentence.matchAll(yearAfterPreposition) : []) {
    const start = offset + m.index! + m[0].length - m[2]!.length;
    if (mentions.some((d) => d.start <= start && start < d.end)) continue;
    mentions.push({ start, end: start + 4, text: m[2]!, kind: 'year', year: Number(m[2]), preposition: m[1]!.toLowerCase() });
  }
  for (const m of anaphoric ? sentence.matchAll(sameDayPattern) : []) {
    const start = offset + m.index!;
    if (mentions.some((d) => d.start < start + m[0].length && start < d.end)) continue;
    mentions.push({ start, end: start + m[0].length, text: m[0], kind: 'relative', offset: 0, preposition: '' });
  }
  for (const m of anaphoric ? sentence.matchAll(anaphoricPattern) : []) {
    const start = offset + m.index!;
    const end = start + m[0].length;
    const overlapping = mentions.findIndex((d) => d.start < end && start < d.end);
    if (overlapping >= 0) mentions.splice(overlapping, 1); // chrono reads "the next day" from the reference date
    // "On Friday, two days earlier, …": said of the date before it, not a day of its own.
    if (mentions.some((d) => d.end <= start && /^[\s,]*$/.test(sentence.slice(d.end - offset, m.index!)))) continue;
    // "Six days later, on Thursday, May 19", "six days later (on 19 May)": restated by the date after it, which is the day.
    if (mentions.some((d) => d.start >= end && /^\s*[,(]\s*(?:on\s+)?$/i.test(sentence.slice(end - offset, d.start - offset)) && (d.kind === 'absolute' || d.kind === 'yearless'))) continue;
    // "the same day as the ministers' call", "two days after the downing": counted from the event named, not from a date.
    if (/^\s+(?:as|after|before)\b/i.test(sentence.slice(end - offset))) continue;
    const weekday = /(\w+)day$/i.exec(m[0])?.[1]?.toLowerCase();
    const orThisWeek = /^the\s/i.test(m[0]) && /^\s+(?:call|conversation|talks|meeting|statement)\b/i.test(sentence.slice(end - offset));
    mentions.push({ start, end, text: m[0], kind: 'anaphoric', offset: anaphoricOffset(m), preposition: '', ...(weekday && weekday in weekdayIndex ? { weekday: weekdayIndex[weekday]! } : {}), ...(orThisWeek ? { orThisWeek } : {}) });
  }
  if (mentions.length > 1) mentions.sort((a, b) => a.start - b.start);
  // "A week ago today": "today" is part of the time counted back (which stays as loose as "a week ago": writers round it).
  for (let i = mentions.length - 2; i >= 0; i--) {
    const [ago, today] = [mentions[i]!, mentions[i + 1]!];
    if (!/\bago$/i.test(ago.text) || today.kind !== 'relative' || today.offset !== 0 || !/^\s+$/.test(sentence.slice(ago.end - offset, today.start - offset))) continue;
    ago.end = today.end;
    ago.text = sentence.slice(ago.start - offset, ago.end - offset);
    mentions.splice(i + 1, 1);
  }
  const merged = withoutRestated(sentence, mergeWeekdays(sentence, mentions, offset), offset);
  for (const m of merged) {
    // "On Sunday last": British for last Sunday.
    if (m.kind === 'weekday' && !m.future && /^\s+last\b/i.test(sentence.slice(m.end - offset))) m.strictlyPast = true;
    if (m.kind === 'yearless' && /^\s+(?:call|conversation|phone\s+call|talks)\b/i.test(sentence.slice(m.end - offset)) && /\b(?:the|that|this)\s+$/i.test(sentence.slice(Math.max(0, m.start - offset - 6), m.start - offset))) m.namesCall = true;
    const nth = m.kind === 'weekday' ? weekdayThe.exec(sentence.slice(m.end - offset)) : null;
    if (!nth) continue;
    m.end += nth[0].length;
    m.text = sentence.slice(m.start - offset, m.end - offset);
    // "Back to May — Friday the 13th": the month named just before.
    const month = monthJustBefore.exec(sentence.slice(Math.max(0, m.start - offset - 30), m.start - offset));
    const index = month ? monthNames.findIndex((n) => n.toLowerCase().startsWith(month[1]!.toLowerCase().slice(0, 3))) : -1;
    if (index >= 0) Object.assign(m, { kind: 'yearless', month: index + 1, day: Number(nth[1]) });
    else m.dayOfMonth = Number(nth[1]);
  }
  // "On June 25, … was held on a Wednesday": a weekday after "a" is said of the sentence's one day, not a day of its own.
  // ("A Friday call" names a call of a Friday; "on a Sunday evening in May" no day at all.)
  const indefinite = merged.filter((m) => m.kind === 'weekday' && /\ban?\s+$/i.test(sentence.slice(Math.max(0, m.start - offset - 3), m.start - offset)) &&
    /^\s*(?:[,.;:!?)]|and\b|(?:morning|afternoon|evening|night)\b|$)/i.test(sentence.slice(m.end - offset)));
  if (indefinite.length) {
    const days = merged.filter((m) => (m.kind === 'absolute' || m.kind === 'yearless') && m.weekday === undefined);
    for (const w of indefinite) {
      merged.splice(merged.indexOf(w), 1);
      const [only] = days;
      // Only where the day is said to fall on it: "was held on a Wednesday", not "mistakenly put it on a Saturday".
      const fell = /\b(?:was|were|fell|came|happened|took\s+place|was\s+held)\s+on\s+an?\s+$/i.test(sentence.slice(Math.max(0, w.start - offset - 30), w.start - offset));
      if (days.length === 1 && only!.end <= w.start && fell) Object.assign(only!, { weekday: w.weekday, weekdayStart: w.weekdayStart, weekdayEnd: w.weekdayEnd });
    }
  }
  // "Mar. 15, 2023 (Thu)": a timeline's weekday abbreviated in parentheses, which chrono-node leaves.
  for (const m of merged) {
    if ((m.kind !== 'absolute' && m.kind !== 'yearless') || m.weekday !== undefined) continue;
    const abbreviated = weekdayAbbreviation.exec(sentence.slice(m.end - offset));
    if (!abbreviated) continue;
    m.weekday = weekdayNames.findIndex((n) => n.toLowerCase().startsWith(abbreviated[2]!.toLowerCase().slice(0, 3)));
    m.weekdayStart = m.end + abbreviated[1]!.length;
    m.weekdayEnd = m.weekdayStart + abbreviated[2]!.length;
  }
  return merged;
}

const monthJustBefore = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:[—–,-]\s*)?(?:on\s+)?$/i;
const weekdayThe = /^,?\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b/i;
const secondDayAlone = /^\s*(?:and|&)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?![\d:.]|\s*,?\s*(?:19|20)\d{2})/d;
const dayBefore = /(?<![\d.,:/-])\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|&)\s*$/i;
const secondDay = /^\s*(?:–|—|-|and|&|to|through)\s*(\d{1,2})(?:st|nd|rd|th)?\b[*_]*,?\s+((?:19|20)\d{2})\b/di;
const relativeYear = /^(?:\s+of)?\s+(last|this|next|that)\s+year\b/i;
const yearsFrom: Record<string, number> = { last: -1, this: 0, next: 1 };

/** A year alone after a preposition ("since 2022"), where chrono-node reads none. */
const yearAfterPreposition = /\b(in|since|by|until|of|during|from|before|after)\s+((?:19|20)\d{2})\b(?![-\/:h])/gi;
const yearDigits = /(?:19|20)\d\d/;

/**
 * Dates that count from the day named before them, not from the reference date: "that day",
 * "the same day", "the next day", "a day later", "two days earlier", "the previous day".
 */
const dayWord = /\b(?:day|days|evening|night|morning|afternoon|tonight)\b|\b(?:that|same|the)\s+\w+day\b/i;
/** The reference day itself, by a part of it: "this afternoon", "tonight", "earlier today". */
const sameDayPattern = /\b(?:this (?:morning|afternoon|evening)|tonight|(?:earlier|later) today)\b/gi;
const anaphoricPattern =
  /\b(?:(?:later |earlier )?(?:that|the same|that same) (?:day|evening|night|morning|afternoon|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?<=\b(?:on|by|until|from) )the (?:mon|tues|wednes|thurs|fri|satur|sun)day|the (?:mon|tues|wednes|thurs|fri|satur|sun)day(?= (?:call|conversation|talks|meeting|statement)\b)|the (?:next|following|previous|prior) (?:day|evening|morning)|(?:a|one|two|three|four|five|six|\d) days? (?:later|earlier))\b/gi;
const counts: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const anaphoricWords = new RegExp(anaphoricPattern.source, 'i');

/** Whether a text may hold a day counted from the day named before it ("that day", "on the Monday"): what such a day is read from. */
export const mayCountFromBefore = (text: string): boolean => anaphoricWords.test(text);

function anaphoricOffset(m: RegExpMatchArray): number {
  const text = m[0].toLowerCase();
  if (/\b(?:next|following)\b/.test(text)) return 1;
  if (/\b(?:previous|prior)\b/.test(text)) return -1;
  const n = /^(\w+) days? (later|earlier)$/.exec(text);
  if (n) return (counts[n[1]!] ?? Number(n[1])) * (n[2] === 'later' ? 1 : -1);
  return 0;
}

function fromChrono(sentence: string, r: chrono.ParsedResult, offset: number): DateMention | undefined {
  let text = r.text;
  let index = r.index;
  const lead = /^(?:on|in|at|the|of)\s+/i.exec(text);
  if (lead) {
    text = text.slice(lead[0].length);
    index += lead[0].length;
  }
  const paren = /^\(\s*/.exec(text);
  if (paren) {
    text = text.slice(paren[0].length);
    index += paren[0].length;
  }
  // "March of last year": chrono-node takes the "of" it expected a year after.
  text = text.replace(/[\s),]+$/, '').replace(/\s+of$/i, '');
  // "On 24 February, 78 days ago": a number after the comma counts something; no writer gives a year so.
  const countAfter = /,\s*\d{1,3}$/.exec(text);
  if (countAfter) text = text.slice(0, countAfter.index);
  if (/^(?:right\s+)?now$/i.test(text)) return undefined; // "now" is no date a claim can be checked on
  const c = r.start;
  const certain = (k: chrono.Component) => c.isCertain(k);
  if (/^(?:in|within|for)\s/i.test(r.text) && !certain('month') && !certain('weekday')) return undefined; // durations: "in two weeks"
  if (/^\d+h$/i.test(text.replace(/^\d{4}/, ''))) return undefined;
  const before = sentence.slice(Math.max(0, r.index - 24), r.index).match(lastWord);
  const written = lead ? lead[0].trim().toLowerCase() : (before?.[1]?.toLowerCase() ?? '');
  // "It was not until 13 May that they spoke": on that day, not up to it.
  const preposition = written === 'until' && /\bnot\s+until\s*$/i.test(sentence.slice(Math.max(0, index - 16), index)) ? 'on' : written;
  // Built field by field, not spread: a spread of differently shaped parts was a tenth of reading dates.
  const mention = (kind: DateKind): DateMention => ({ start: offset + index, end: offset + index + text.length, text, kind, preposition });
  const stated = weekdayPattern.exec(text);
  const withWeekday = (m: DateMention): DateMention => {
    if (stated) {
      m.weekday = weekdayIndex[stated[1]!.toLowerCase()]!;
      m.weekdayStart = offset + index + stated.index;
      m.weekdayEnd = m.weekdayStart + stated[0].length;
    }
    return m;
  };
  const month = (year: number | undefined) => {
    const m = mention('month');
    if (year !== undefined) m.year = year;
    m.month = c.get('month')!;
    return m;
  };

  if (/\b(?:after|before|later|earlier|from now)\b/i.test(text)) {
    // "Wednesday, a day after the drone was downed": the weekday alone is the date.
    if (!stated) return undefined;
    const m = withWeekday(mention('weekday'));
    m.text = stated[0];
    m.start = m.weekdayStart!;
    m.end = m.weekdayEnd!;
    return m;
  }
  // "Last Friday, February 11": the month and day as written, the weekday beside them (not a day counted from now).
  if (relativeWords.test(text) && !(certain('month') && certain('day') && monthWritten.test(text))) {
    // "Three weeks ago": about a day, give or take part of its unit; no claim rests on the day itself.
    const about = unitsAgo.exec(text);
    if (about) {
      const m = mention('relative');
      m.offset = dayNumber(c.get('year')!, c.get('month')!, c.get('day')!) - parseRefDay;
      const unit = about[1]!.toLowerCase();
      // "Nearly ten months ago", "more than a year ago": a whole unit more either way.
      m.spread = spreadOf[unit]! + (hedgedBefore.test(sentence.slice(0, index)) ? Math.ceil(unitDays[unit as SpanUnit]) : 0);
      return m;
    }
    if (vague.test(text)) return undefined;
    if (certain('day') && certain('month')) {
      const m = mention('relative');
      m.offset = dayNumber(c.get('year')!, c.get('month')!, c.get('day')!) - parseRefDay;
      return m;
    }
    if (certain('weekday') && stated) {
      const m = withWeekday(mention('weekday'));
      m.future = /\b(?:next|coming)\b/i.test(text);
      m.strictlyPast = /\blast\b/i.test(text);
      return m;
    }
    return undefined;
  }
  const year = certain('year') && !countAfter ? c.get('year')! : undefined;
  // "12.07.2024": day first, as every style that writes dates with stops does (chrono-node reads the month first).
  const dotted = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})$/.exec(text);
  if (dotted && Number(dotted[2]) <= 12 && Number(dotted[1]) >= 1 && Number(dotted[1]) <= daysInMonth(Number(dotted[3]), Number(dotted[2]))) {
    const m = withWeekday(mention('absolute'));
    m.year = Number(dotted[3]);
    m.month = Number(dotted[2]);
    m.day = Number(dotted[1]);
    return m;
  }
  if (certain('month') && certain('day')) {
    if (vague.test(text)) return month(year);
    const m = withWeekday(mention(year === undefined ? 'yearless' : 'absolute'));
    if (year !== undefined) m.year = year;
    m.month = c.get('month')!;
    m.day = c.get('day')!;
    return m;
  }
  if (certain('month') && !vague.test(text)) return month(year);
  if (certain('weekday') && stated && !certain('hour')) return withWeekday(mention('weekday'));
  return undefined;
}

/** "Three weeks ago, on June 25": a relative date the writer restates as a date is that date alone. */
function withoutRestated(sentence: string, mentions: DateMention[], offset: number): DateMention[] {
  return mentions.filter((m, i) => {
    const next = mentions[i + 1];
    return !(m.kind === 'relative' && next && (next.kind === 'absolute' || next.kind === 'yearless') && /^\s*[,(]\s*(?:on\s+)?$/.test(sentence.slice(m.end - offset, next.start - offset)));
  });
}

/** "The Oct. 21 call, held on Thursday": the weekday a dated call was held on is that date's. */
const heldOn = /^\s+(?:call|conversation|talks),?\s+(?:which\s+was\s+)?(?:held|made|placed)\s+on\s+(?:a\s+)?$/i;

/** "Friday (July 12)" and "July 12 (Friday)": one date with a stated weekday. */
function mergeWeekdays(sentence: string, mentions: DateMention[], offset: number): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    if (b) {
      const between = sentence.slice(a.end - offset, b.start - offset);
      if ((a.kind === 'absolute' || a.kind === 'yearless') && a.weekday === undefined && b.kind === 'weekday' && heldOn.test(between)) {
        out.push({ ...a, weekday: b.weekday, weekdayStart: b.weekdayStart, weekdayEnd: b.weekdayEnd });
        i++;
        continue;
      }
      const joined = /^\s*[(,|]?\s*(?:(?:which was )?an?\s+)?$/.test(between);
      const dated = (m: DateMention) => m.kind === 'absolute' || m.kind === 'yearless';
      if (joined && a.kind === 'weekday' && dated(b) && b.weekday === undefined) {
        const close = sentence.slice(b.end - offset).match(/^\s*\)/);
        out.push({ ...b, start: a.start, end: close ? b.end + close[0].length : b.end, text: sentence.slice(a.start - offset, close ? b.end - offset + close[0].length : b.end - offset), weekday: a.weekday, weekdayStart: a.weekdayStart, weekdayEnd: a.weekdayEnd, preposition: a.preposition });
        i++;
        continue;
      }
      if (joined && dated(a) && b.kind === 'weekday' && a.weekday === undefined) {
        out.push({ ...a, weekday: b.weekday, weekdayStart: b.weekdayStart, weekdayEnd: b.weekdayEnd });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
