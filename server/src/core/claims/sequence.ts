// Sequence claims: "their first since May 13", "the first conversation between
// A and B", "last spoke on March 15", "the second call in two weeks".
import type { Fix } from '../api';
import type { ResolvedDate, SentenceView } from '../read/sentences';
import type { EventInfo } from '../record/index';
import { showDay } from '../text/dates';
import { callsBetween, contextCall, participantsOf } from './anchor';
import { type Context, nameOf, type RawFinding, reformatDate } from './context';

const firstSince = /\bfirst\b[^.;]{0,60}?\bsince\s+/gi;
const firstEver = /\b(?:first|1st)\s+(?:ever\s+)?(?:phone\s+|telephone\s+)?(?:call|conversation|talks|contact|time)\b/gi;
const lastCall = /\b(?:last\s+(?:spoke|spoken|talked|phone\s+call|call|conversation|time|contact)|(?:spoke|talked)\s+last)\b/gi;
const nthIn =
  /\b(second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:(?:phone|telephone)\s+)?(?:(?:call|conversation|talks|time|contact)s?\s+)?(?:between\s+(?:the\s+two|them)\s+)?(?:in|within)\s+(?:(?:less|fewer)\s+than\s+|under\s+|just\s+|about\s+|the\s+(?:past|last)\s+)?(?:(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(days?|weeks?|months?)\b/gi;

const ordinals: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5 };
const numbers: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const unitDays: Record<string, number> = { day: 1, week: 7, month: 31 };

const names = (ctx: Context, people: string[]) => people.map((p) => nameOf(ctx, p)).join(' and ');
const dateAt = (s: SentenceView, at: number): ResolvedDate | undefined => s.dates.find((d) => d.start === at);

const sequenceWords = /\b(?:first|1st|last|second|third|fourth|fifth|2nd|3rd|4th|5th)\b/i;

export function readSequenceClaims(ctx: Context, s: SentenceView): RawFinding[] {
  const out: RawFinding[] = [];
  if (!sequenceWords.test(s.text)) return out;
  const call = contextCall(ctx, s);
  for (const m of s.text.matchAll(firstSince)) {
    const since = dateAt(s, s.start + m.index! + m[0].length);
    if (!call || !since) continue;
    const sinceLast = since.day ?? since.lastDay;
    if (sinceLast === undefined || sinceLast >= call.day) continue;
    const series = callsBetween(ctx, call.participants);
    // "The calls on Friday and Sunday were the first since May 13": calls the sentence names are not in between.
    const named = new Set(s.dates.map((d) => d.day));
    const between = series.filter((c) => c.day > sinceLast && c.day < call.day && !named.has(c.day));
    if (!between.length) continue;
    const previous = series.filter((c) => c.day < call.day).at(-1)!;
    const newText = reformatDate(since, previous.day);
    out.push(report(s.start + m.index!, since.end, call, `${names(ctx, call.participants)} also spoke on ${between.map((c) => showDay(c.day)).join(', ')}: the call before ${showDay(call.day)} was on ${showDay(previous.day)}.`,
      between, newText ? [{ title: `Change to "${newText}"`, newText: s.text.slice(m.index!, since.start - s.start) + newText }] : []));
  }

  for (const m of s.text.matchAll(firstEver)) {
    if (/\bsince\b/i.test(s.text.slice(m.index!))) continue;
    const people = participantsOf(ctx, s).map((p) => p.person);
    const target = call && people.length >= 2 && people.every((p) => call.participants.includes(p)) ? call : undefined;
    if (!target) continue;
    const earlier = callsBetween(ctx, people).filter((c) => c.day < target.day);
    if (!earlier.length) continue;
    out.push(report(s.start + m.index!, s.start + m.index! + m[0].length, target,
      `${names(ctx, people)} had spoken before ${showDay(target.day)}: on ${earlier.map((c) => showDay(c.day)).join(', ')}.`, earlier, []));
  }

  for (const m of s.text.matchAll(lastCall)) {
    const date = s.dates.find((d) => d.start > s.start + m.index! && d.day !== undefined && d.kind !== 'month' && d.kind !== 'year');
    const people = participantsOf(ctx, s, date?.day).map((p) => p.person);
    if (!date || people.length < 2) continue;
    const main = ctx.mainCall;
    const bound = main && main.day > date.day! && people.every((p) => main.participants.includes(p)) ? main.day - 1 : ctx.ref?.day;
    if (bound === undefined) continue;
    const series = callsBetween(ctx, people);
    const later = series.filter((c) => c.day > date.day! && c.day <= bound);
    if (!later.length || !series.some((c) => c.day === date.day)) continue;
    const latest = later.at(-1)!;
    const newText = reformatDate(date, latest.day);
    out.push(report(date.start, date.end, latest, `${names(ctx, people)} spoke again after ${showDay(date.day!)}: on ${later.map((c) => showDay(c.day)).join(', ')}.`,
      later, newText ? [{ title: `Change to "${newText}"`, newText }] : []));
  }

  for (const m of s.text.matchAll(nthIn)) {
    if (!call) continue;
    const k = ordinals[m[1]!.toLowerCase()]!;
    const n = m[2] ? (numbers[m[2].toLowerCase()] ?? Number(m[2])) : 1;
    const unit = unitDays[m[3]!.toLowerCase().replace(/s$/, '')]!;
    const series = callsBetween(ctx, call.participants).filter((c) => c.day <= call.day);
    const inWindow = series.filter((c) => c.day >= call.day - n * unit);
    if (inWindow.length === k) continue;
    const previous = series.at(-2);
    const gap = previous ? `; the one before was on ${showDay(previous.day)}, ${call.day - previous.day} days earlier` : '';
    out.push(report(s.start + m.index!, s.start + m.index! + m[0].length, call,
      `The record has ${inWindow.length} call${inWindow.length === 1 ? '' : 's'} between ${names(ctx, call.participants)} in the ${n === 1 ? m[3]!.toLowerCase().replace(/s$/, '') : `${m[2]} ${m[3]}`} up to ${showDay(call.day)}${gap}.`,
      previous ? [previous] : [], []));
  }
  return out;
}

function report(start: number, end: number, call: EventInfo, message: string, evidence: EventInfo[], fixes: Fix[]): RawFinding {
  return {
    code: 'sequence-conflict',
    start,
    end,
    message,
    sourceIds: [...call.event.sources, ...evidence.flatMap((c) => c.event.sources)],
    fixes,
  };
}
