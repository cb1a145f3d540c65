// Which recorded call each sentence is about: the explicit pass that runs before any claim
// reader judges a sentence. A sentence that dates a call of its own is about that call (or
// about a call the record lacks); one with no date of its own is about the call its paragraph
// is about, else the call the draft reports — the one on or just before the reference date.
import type { Mention } from '../read/document';
import type { ResolvedDate, SentenceView } from '../read/sentences';
import { type EventInfo, officeStatus, termsOn } from '../record/index';
import { frameAt } from '../read/frames';
import { reportingVerbs } from '../read/cues';
import { callDay, type Context } from './context';

/** What a sentence says of a call, as the record reads it. */
export type Anchor =
  /** A recorded call, with the people the sentence names in it. */
  | { kind: 'recorded'; call: EventInfo }
  /** A recorded call that day, but a person named took no part in it. */
  | { kind: 'absent'; call: EventInfo; absent: Mention; date: ResolvedDate }
  /** No call of these people that day: the nearest recorded, and the one the writer most likely meant. */
  | { kind: 'unrecorded'; date: ResolvedDate; people: string[]; nearest: EventInfo[]; meant?: EventInfo }
  /** No call of its own: the one its paragraph or the draft is about. */
  | { kind: 'context'; call: EventInfo };

const pairPhrase = /\b(?:the two (?:ministers|men|defen[cs]e (?:chiefs|ministers|secretaries)|generals|officials|counterparts)|both men)\b/i;

/**
 * Anchors each sentence of paragraph `k`: a sentence that dates a call is about that call;
 * one that does not is about the last call its paragraph dated before it, else the draft's.
 */
export function anchorParagraph(ctx: Context, k: number): void {
  // The paragraph's call so far: undefined until a sentence dates one; null after one names a call the record lacks.
  let current: EventInfo | null | undefined;
  for (const s of ctx.sentences.inParagraph(k)) {
    const inherited = current === undefined ? ctx.mainCall : current ?? undefined;
    const anchor = anchorSentence(ctx, s, inherited);
    if (!anchor) continue;
    ctx.anchors.set(s.index, anchor);
    if (anchor.kind !== 'context') current = callOf(anchor) ?? null;
  }
}

function anchorSentence(ctx: Context, s: SentenceView, inherited: EventInfo | undefined): Anchor | undefined {
  const own = ownCall(ctx, s, inherited);
  if (own !== undefined) return own ?? undefined;
  // A sentence dated to another event ("the drone was downed on Tuesday"), or to a call it does
  // not assert ("will speak on Monday", "did not speak on Friday"), is not about the call in context.
  const elsewhere = (d: ResolvedDate) => d.event !== undefined && d.event !== 'statement' && d.event !== 'report' && (d.event !== 'call' || d.unasserted);
  if (s.dates.some((d) => d.day !== undefined && !d.dateline && elsewhere(d))) return undefined;
  return inherited ? { kind: 'context', call: inherited } : undefined;
}

const callOf = (anchor: Anchor): EventInfo | undefined => (anchor.kind === 'unrecorded' ? anchor.meant : anchor.call);

/** The recorded call a sentence is about, as the anchoring pass found it. */
export function contextCall(ctx: Context, s: SentenceView): EventInfo | undefined {
  const anchor = ctx.anchors.get(s.index);
  return anchor && callOf(anchor);
}

/** The recorded call a dated call claim names; null where it names a call the record lacks or cannot tell. */
function ownCall(ctx: Context, s: SentenceView, inherited: EventInfo | undefined): Anchor | null | undefined {
  const date = callDay(s);
  if (!date || date.day === undefined) return undefined;
  const day = date.day;
  if (day < ctx.index.knownFrom || day > ctx.index.asOf) return null;
  const onDay = ctx.index.callsByDay.get(day) ?? [];
  const people: Mention[] = participantsOf(ctx, s, day);
  const together = pairPhrase.exec(s.text);
  if (together && people.length < 2) {
    // "The two ministers last spoke on May 12": the two named in the sentence before, else the people of the call in context.
    const previous = ctx.sentences.at(s.index - 1);
    const named = previous?.paragraph === s.paragraph ? [...new Set(participantsOf(ctx, previous, day).map((m) => m.person))] : [];
    const pair = named.length === 2 ? named : inherited?.participants ?? [];
    const start = s.start + together.index;
    for (const person of pair) {
      if (!people.some((p) => p.person === person)) people.push({ person, start, end: start + together[0].length, kind: 'name', first: s.first, last: s.first });
    }
  }
  const inCalls = new Set(onDay.flatMap((c) => c.participants));
  if (people.length < 2) {
    // "The call on Friday": the one recorded call that day in a series the record covers.
    const series = onDay.filter((c) => isCovered(ctx, c.participants, c.day));
    const fitting = series.filter((c) => people.every((p) => c.participants.includes(p.person)));
    return fitting.length === 1 ? { kind: 'recorded', call: fitting[0]! } : null;
  }
  const missing = people.filter((p) => !inCalls.has(p.person));
  if (!missing.length) {
    const best = onDay
      .map((c) => ({ c, n: people.filter((p) => c.participants.includes(p.person)).length }))
      .sort((a, b) => b.n - a.n)[0]!.c;
    return { kind: 'recorded', call: best };
  }
  const present = people.filter((p) => inCalls.has(p.person));
  if (present.length) {
    if (people.length !== 2) return null;
    const call = onDay.find((c) => c.participants.includes(present[0]!.person) && c.event.confidence !== 'low');
    return call ? { kind: 'absent', call, absent: missing[0]!, date } : null;
  }
  const covered = coveredPair(ctx, people, day);
  if (!covered) return null;
  const between = callsBetween(ctx, covered.people);
  const nearest = nearestCalls(between.length ? between : seriesCalls(ctx, covered.offices), day);
  const close = nearest.filter((c) => Math.abs(c.day - day) <= 7 && c.participants.every((p) => covered.people.includes(p)));
  const anchor: Anchor = { kind: 'unrecorded', date, people: covered.people, nearest };
  if (close.length === 1) anchor.meant = close[0]!;
  return anchor;
}

/** The people a sentence says took part in a call: named, not the speaker, not negated ("was not on the call"). */
export function participantsOf(ctx: Context, s: SentenceView, day?: number): Mention[] {
  const out: Mention[] = [];
  for (const m of s.mentions) {
    if (isSpeaker(s, m) || frameAt(s.read, m.first)?.negated) continue;
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

/** Calls in which all the given people took part, in date order. */
export function callsBetween(ctx: Context, people: string[]): EventInfo[] {
  const [first, ...rest] = people;
  if (first === undefined) return [];
  return (ctx.index.callsByPerson.get(first) ?? []).filter((c) => rest.every((p) => c.participants.includes(p)));
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

/**
 * The call the draft reports: recorded up to three days before the reference date, its
 * people named together in a sentence; of several, the one the draft names first.
 */
export function mainCall(ctx: Context): EventInfo | undefined {
  const ref = ctx.ref?.day;
  if (ref === undefined) return undefined;
  const firstNamed = (c: EventInfo) => {
    for (const p of ctx.doc.paragraphs) {
      const j = p.mentions.findIndex((mentions) => c.participants.every((person) => mentions.some((m) => m.person === person)));
      if (j >= 0) return p.first + j;
    }
    return -1;
  };
  const window = [ref - 3, ref - 2, ref - 1, ref].flatMap((day) => ctx.index.callsByDay.get(day) ?? []);
  const recent = [...new Set(window)]
    .filter((c) => firstNamed(c) >= 0)
    .sort((a, b) => firstNamed(a) - firstNamed(b));
  const covered = recent.filter((c) => isCovered(ctx, c.participants, c.day));
  return (covered.length ? covered : recent)[0];
}
