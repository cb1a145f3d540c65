// Call claims: who spoke with whom on which day ("Austin spoke with his
// Russian counterpart Sergei Shoigu on Friday").
import type { Fix } from '../api';
import { hasCallCue, isHedged, reportingVerbs } from '../read/cues';
import type { Mention } from '../read/document';
import type { SentenceView } from '../read/sentences';
import { type EventInfo, officeStatus, termsOn } from '../record/index';
import { showDay } from '../text/dates';
import { callDay, callsBetween, type Context, contextCall, describeCall, nameOf, reformatDate, renameLike } from './context';

const pairPhrase = /\b(?:the two (?:ministers|men|defen[cs]e (?:chiefs|ministers|secretaries)|generals|officials|counterparts)|both men)\b/i;

/** The people a sentence says took part in a call: named, not merely quoted or possessive. */
export function participantsOf(ctx: Context, s: SentenceView, day?: number): Mention[] {
  const out: Mention[] = [];
  for (const m of s.mentions) {
    if (isSpeaker(s, m)) continue;
    const inCalls = ctx.index.callsByPerson.has(m.person) || (day !== undefined && officeStatus(ctx.index, m.person, ctx.index.coveredOffices, day) === 'held');
    if (!inCalls || out.some((o) => o.person === m.person)) continue;
    out.push(m);
  }
  return out;
}

function isSpeaker(s: SentenceView, m: Mention): boolean {
  const tokens = s.tokens;
  let k = m.last;
  while (k < s.last && !tokens.word(k)) k++;
  // The next word in the sentence, if any.
  const next = k < s.last ? tokens.norm(k) : undefined;
  if (tokens.possessive(m.last - 1)) return next !== undefined && !/^(?:call|calls|conversation|talks|phone|telephone|counterpart)$/.test(next);
  const after = m.last;
  if (tokens.word(after) && reportingVerbs.has(tokens.norm(after))) return true;
  if (tokens.norm(after) === ',' && next !== undefined && reportingVerbs.has(next) && k === m.last + 1) return true;
  const before = m.first - 1;
  if (tokens.word(before) && reportingVerbs.has(tokens.norm(before))) return true;
  return tokens.norm(before) === 'to' && tokens.norm(before - 1) === 'according';
}

export function checkCallClaims(ctx: Context, s: SentenceView): void {
  if (!hasCallCue(s.text)) return;
  const date = callDay(s);
  if (!date || date.day === undefined) return;
  const day = date.day;
  if (day < ctx.index.knownFrom || day > ctx.index.asOf) return;
  const onDay = ctx.index.callsByDay.get(day) ?? [];
  // Negation or hedging up to the date: "will not speak on Monday"; "and not again until May" after it is another clause.
  if (isHedged(s.text.slice(0, date.end - s.start))) return;
  const people: { person: string; start: number; end: number; kind?: string }[] = participantsOf(ctx, s, day);
  const together = pairPhrase.exec(s.text);
  if (together && people.length < 2) {
    // "The two ministers last spoke on May 12": the two named in the sentence before, else the people of the call in context.
    const previous = ctx.sentences.at(s.index - 1);
    const named = previous?.paragraph === s.paragraph ? [...new Set(participantsOf(ctx, previous, day).map((m) => m.person))] : [];
    const pair = named.length === 2 ? named : contextCall(ctx, s)?.participants ?? [];
    for (const person of pair) {
      if (!people.some((p) => p.person === person)) people.push({ person, start: s.start + together.index, end: s.start + together.index + together[0].length });
    }
  }
  const inCalls = new Set(onDay.flatMap((c) => c.participants));

  if (people.length < 2) {
    // "The call on Friday": the one recorded call that day in a series the record covers.
    const series = onDay.filter((c) => isCovered(ctx, c.participants, c.day));
    const fitting = series.filter((c) => people.every((p) => c.participants.includes(p.person)));
    if (fitting.length === 1) ctx.calls.set(s.index, fitting[0]!);
    return;
  }
  const missing = people.filter((p) => !inCalls.has(p.person));
  if (!missing.length) {
    const best = onDay
      .map((c) => ({ c, n: people.filter((p) => c.participants.includes(p.person)).length }))
      .sort((a, b) => b.n - a.n)[0]!.c;
    ctx.calls.set(s.index, best);
    return;
  }
  const present = people.filter((p) => inCalls.has(p.person));
  if (present.length && people.length === 2) {
    const call = onDay.find((c) => c.participants.includes(present[0]!.person) && c.event.confidence !== 'low');
    if (!call) return;
    ctx.calls.set(s.index, call);
    const absent = missing[0]!;
    const others = call.participants.filter((p) => !people.some((m) => m.person === p));
    const fixes: Fix[] = others.length === 1
      ? [{ title: `Change to ${nameOf(ctx, others[0]!)}`, newText: renameLike(ctx, absent, others[0]!) }]
      : [];
    ctx.findings.push({
      code: 'call-participant-conflict',
      start: absent.start,
      end: absent.end,
      message: `The record has ${describeCall(ctx, call)}; ${nameOf(ctx, absent.person)} took no part in it.`,
      sourceIds: call.event.sources,
      fixes,
    });
    return;
  }
  if (present.length) return;
  const covered = coveredPair(ctx, people, day);
  if (!covered) return;
  const pair = covered.people;
  const between = callsBetween(ctx, pair);
  const nearest = nearestCalls(between.length ? between : seriesCalls(ctx, covered.offices), day);
  const names = pair.map((p) => nameOf(ctx, p)).join(' and ');
  const nearestText = nearest.length
    ? `; the nearest recorded: ${nearest.map((c) => `${showDay(c.day)} (${c.participants.map((p) => nameOf(ctx, p)).join(' and ')})`).join(', ')}`
    : '';
  const fixes: Fix[] = [];
  const close = nearest.filter((c) => Math.abs(c.day - day) <= 7 && c.participants.every((p) => pair.includes(p)));
  // The call the writer most likely meant is the one the next sentences talk about.
  ctx.calls.set(s.index, close.length === 1 ? close[0]! : null);
  if (close.length === 1) {
    const newText = reformatDate(date, close[0]!.day);
    if (newText && newText !== date.text) fixes.push({ title: `Change the date to ${showDay(close[0]!.day)}`, newText });
  }
  ctx.findings.push({
    code: 'call-date-conflict',
    start: date.start,
    end: date.end,
    message: `No call between ${names} is recorded on ${showDay(day)}${nearestText}.`,
    sourceIds: nearest.flatMap((c) => c.event.sources),
    fixes,
  });
}

/** Whether the record lists every call between holders of these people's offices on that day. */
export function isCovered(ctx: Context, people: string[], day: number): boolean {
  return coveredPair(ctx, people.map((person) => ({ person })), day) !== undefined;
}

function coveredPair(ctx: Context, people: { person: string }[], day: number) {
  const officesOf = (person: string) => new Set(termsOn(ctx.index, person, day).map((t) => t.term.office));
  for (const c of ctx.index.coverage) {
    if (day < c.from || day > c.to) continue;
    const a = people.find((p) => officesOf(p.person).has(c.offices[0]));
    const b = people.find((p) => officesOf(p.person).has(c.offices[1]));
    if (a && b) return { people: [a.person, b.person], offices: c.offices };
  }
  return undefined;
}

/** Calls between holders of the same pair of offices, for when these two people never spoke. */
function seriesCalls(ctx: Context, offices: [string, string]): EventInfo[] {
  return ctx.index.calls.filter((c) => {
    const held = new Set(c.participants.flatMap((p) => termsOn(ctx.index, p, c.day).map((t) => t.term.office)));
    return held.has(offices[0]) && held.has(offices[1]);
  });
}

function nearestCalls(calls: EventInfo[], day: number): EventInfo[] {
  const before = calls.filter((c) => c.day < day).at(-1);
  const after = calls.find((c) => c.day > day);
  return [before, after].filter((c): c is EventInfo => !!c);
}
