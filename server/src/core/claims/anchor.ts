// Which recorded call each sentence is about: the explicit pass that runs before any claim
// reader judges a sentence. A sentence that dates a call of its own is about that call (or
// about a call the record lacks); one with no date of its own is about the call its paragraph
// is about, else the call the draft reports — the one on or just before the reference date.
import type { Mention } from '../read/mentions';
import type { ResolvedDate } from '../read/resolveDates';
import { inSinceClause, type SentenceView } from '../read/sentences';
import { type EventInfo, holdersOn, seriesOf, termsOn } from '../record/index';
import { clauseSubject, frameAt, framesAround, relatives } from '../read/frames';
import { LEDE_PARAGRAPHS } from '../read/referenceDate';
import { lastAtOrBefore } from '../text/ordered';
import { pointPrepositions, replacingVerbs, reportingVerbs, theCallWords } from '../read/cues';
import { type Anchor, callDay, carriesCall, type Context, countedFrom } from './context';

const pairPhrase = /\b(?:the two (?:ministers|men|defen[cs]e (?:chiefs|ministers|secretaries)|generals|officials|counterparts)|the two of them|both men|their (?:\w+ )?(?:call|calls|conversation|talks))\b|^\W*they\b/i;

/**
 * Anchors each sentence of paragraph `k`: a sentence that dates a call is about that call;
 * one that does not is about the last call its paragraph dated before it, else (in a paragraph
 * that opens on "That call" or "It") the last call the paragraph before dated, else the draft's.
 */
export function anchorParagraph(ctx: Context, k: number): void {
  if (ctx.anchored.has(k)) return;
  ctx.anchored.add(k);
  const carried = carriesCall(ctx, k) ? lastDatedCall(ctx, k - 1) : undefined;
  anchorSentences(ctx, k, carried, ctx.anchors);
}

/** Anchors paragraph `k`'s sentences into `anchors`, the paragraph opening on the call `carried`, if given; returns the last call it dated. */
function anchorSentences(ctx: Context, k: number, carried: EventInfo | undefined, anchors: Map<number, Anchor>): EventInfo | undefined {
  const sentences = ctx.sentences.inParagraph(k);
  const reported = carried ?? reportedOn(ctx, k);
  // A headline over the first call its paragraph dates is about that call, not the draft's.
  const ahead = isHeadline(sentences[0]) ? firstDatedCall(ctx, sentences, reported) : undefined;
  // The paragraph's call so far: undefined until a sentence dates one; null after one names a call the record lacks.
  let current: EventInfo | null | undefined;
  for (const s of sentences) {
    const inherited = current === undefined ? (ahead && isHeadline(s) ? ahead : reported) : current ?? undefined;
    const anchor = anchorSentence(ctx, s, inherited, current === undefined && !carried);
    if (!anchor) {
      // A call dated to another day but not found in the record: what follows is about it, not the earlier call.
      const date = callDay(s);
      if (date?.event === 'call' && date.day !== inherited?.day) current = null;
      continue;
    }
    anchors.set(s.index, anchor);
    if (anchor.kind !== 'context') current = callOf(anchor) ?? null;
  }
  return current ?? undefined;
}

/**
 * The last call paragraph `j` dates itself, read as it would be on its own; or, if it dates none
 * and opens on the call of the paragraph before it ("That earlier call, on a Tuesday, …"), that
 * call — one paragraph back, as far as the fence around a paragraph's findings reaches (see `fenceKeys`).
 */
function lastDatedCall(ctx: Context, j: number, carry = true): EventInfo | undefined {
  const carried = carry && carriesCall(ctx, j) ? lastDatedCall(ctx, j - 1, false) : undefined;
  return anchorSentences(ctx, j, carried, new Map()) ?? carried;
}

/** A line with no closing punctuation: a headline or a subheading. */
const isHeadline = (s: SentenceView | undefined): boolean => !!s && !/[.!?]["”’)*_\s]*$/.test(s.text);

/**
 * The call paragraph `k` reports, unless it says otherwise: the draft's, or under a live blog's
 * day heading ("## Sunday, October 23") or an update's dateline, the one reported that day.
 */
function reportedOn(ctx: Context, k: number): EventInfo | undefined {
  const day = ctx.sentences.dayOf(k);
  if (day === undefined || day === ctx.ref?.day) return ctx.mainCall;
  if (!ctx.callsOfDay.has(day)) ctx.callsOfDay.set(day, mainCall(ctx, day));
  return ctx.callsOfDay.get(day);
}

/** The recorded call the first sentence of a paragraph to date a call names, if that is a recorded call. */
function firstDatedCall(ctx: Context, sentences: SentenceView[], reported: EventInfo | undefined): EventInfo | undefined {
  for (const s of sentences) {
    const date = callDay(s);
    if (!date) continue;
    const own = ownCall(ctx, s, reported);
    if (own !== null) return own ? callOf(own) : undefined;
    // "Shoigu, who also phoned his French and British counterparts, repeated the claim to Austin": no one call holds
    // every person named, but the headline is of the one recorded call of those it names that day.
    const named = judgeCallDate(ctx, date, participantsOf(ctx, s));
    return named?.kind === 'recorded' ? named.call : undefined;
  }
  return undefined;
}

function anchorSentence(ctx: Context, s: SentenceView, inherited: EventInfo | undefined, fromDraft: boolean): Anchor | undefined {
  // null: the sentence dates a call the record cannot place, so it is about no call in context.
  const dated = ownCall(ctx, s, inherited);
  const own = dated === undefined ? reportedCall(ctx, s, inherited) : dated;
  if (own !== undefined) return own ?? undefined;
  // "Milley and Gerasimov talked the same day": a day counted from one the draft does not give is still not the call in context's.
  if (s.dates.some((d) => d.kind === 'anaphoric' && d.day === undefined)) return undefined;
  const stranger = strangerCall(ctx, s, inherited);
  if (stranger) return stranger;
  // A sentence dated to another event ("the drone was downed on Tuesday"), or to a call it does
  // not assert ("will speak on Monday", "did not speak on Friday"), is not about the call in context.
  const elsewhere = (d: ResolvedDate) => d.event !== undefined && d.event !== 'statement' && d.event !== 'report' && (d.event !== 'call' || d.unasserted);
  if (s.dates.some((d) => d.day !== undefined && !d.dateline && elsewhere(d))) return undefined;
  if (!inherited) return undefined;
  // "Three weeks ago Austin called Belousov", "Milley last spoke with Gerasimov in March 2023": a call put at a time the call in context is not in.
  // A call in a "since" clause ("the first since Milley spoke with Gerasimov in October 2022") is a point counted from.
  const elsewhen = (d: ResolvedDate) => d.firstDay !== undefined && (inherited.day < d.firstDay || inherited.day > d.lastDay!) &&
    (d.spread !== undefined || (d.event === 'call' && !d.dateline && !pointPrepositions.has(d.preposition) && !inSinceClause(s, d)));
  if (s.dates.some(elsewhen)) return undefined;
  return fromDraft ? { kind: 'context', call: inherited, fromDraft } : { kind: 'context', call: inherited };
}

const callOf = (anchor: Anchor): EventInfo | undefined => (anchor.kind === 'unrecorded' ? anchor.meant : anchor.call);

/** The recorded call a sentence is about, as the anchoring pass found it. */
export function contextCall(ctx: Context, s: SentenceView): EventInfo | undefined {
  // The sentence before a paragraph's first is anchored here if its own paragraph's findings came from the cache.
  anchorParagraph(ctx, s.paragraph);
  const anchor = ctx.anchors.get(s.index);
  return anchor && callOf(anchor);
}

/** "Held separate calls with their respective counterparts", "both spoke to their Russian counterparts": no one call holds them all. */
const distributive = /\b(?:separate\s+(?:\w+\s+)?(?:calls|conversations|talks)|separately|respective(?:ly)?|each|counterparts)\b/i;

/** The recorded call a dated call claim names; null where it names a call the record lacks or cannot tell. */
function ownCall(ctx: Context, s: SentenceView, inherited: EventInfo | undefined): Anchor | null | undefined {
  const date = callDay(s) ?? callMonth(s);
  if (!date) return undefined;
  if (distributive.test(s.text)) return null;
  const people = callPeople(ctx, s, date, inherited);
  if (people.length === 1 && date.day !== undefined && presence.test(s.text)) {
    // "Belousov also took part in the November 27 call": present on the one call of that day in a covered series.
    const series = (ctx.index.callsByDay.get(date.day) ?? []).filter((c) => isCovered(ctx, c.participants, c.day));
    const call = series.length === 1 ? series[0]! : undefined;
    if (call && !call.participants.includes(people[0]!.person)) return { kind: 'absent', call, absent: people[0]!, date };
  }
  const judged = judgeCallDate(ctx, date, people);
  // "Shoigu initiated the Oct. 23 call, and Belousov the one on July 12": one named in another part, with a date of its own, is not off this call.
  if (judged?.kind === 'absent' && ownDateElsewhere(s, date, judged.absent)) return null;
  // Who is off the call depends on whose call it is: the clause's subject's (read only when it matters).
  if (judged?.kind !== 'absent' || people.length !== 2) return judged;
  const bySubjectFirst = bySubject(s, people);
  return bySubjectFirst[0] === people[0] ? judged : judgeCallDate(ctx, date, bySubjectFirst);
}

/** Days before a statement or a report within which the call it tells of took place. */
const REPORTED_WITHIN = 3;

/**
 * "On June 25, it was reported that Austin had his first call with Belousov": a call told of on
 * a day is the one call of those people in the days up to it. It anchors the sentences after it;
 * it claims no date of its own, so nothing is flagged on it.
 */
function reportedCall(ctx: Context, s: SentenceView, inherited: EventInfo | undefined): Anchor | undefined {
  const frame = s.read.frames.find((f) => f.kind === 'call' && !f.negated && !f.hedged);
  if (!frame) return undefined;
  const told = s.dates.find((d) => d.day !== undefined && !d.dateline && (d.event === 'statement' || d.event === 'report'));
  if (!told) return undefined;
  // The people are read in the clause of the call ("An article on March 17 gave the wrong side as having asked for the ministers' call").
  const people = callPeople(ctx, s, { ...told, start: s.base + s.tokens.start(frame.word) }, inherited).map((p) => p.person);
  if (people.length < 2) return undefined;
  const calls = callsBetween(ctx, people).filter((c) => c.day <= told.day! && c.day >= told.day! - REPORTED_WITHIN);
  return calls.length === 1 ? { kind: 'recorded', call: calls[0]! } : undefined;
}

/**
 * An undated call between two people who never spoke ("Austin Talks to Gerasimov"): the
 * first named is taken at their word, and the call is theirs in context — the one the paragraph
 * or draft is about if it is theirs, else their last recorded call up to the reference date —
 * unless the sentence puts the first named on the call in context ("X was on the call with Y").
 */
function strangerCall(ctx: Context, s: SentenceView, inherited: EventInfo | undefined): Anchor | undefined {
  if (ctx.ref === undefined || !s.read.frames.some((f) => f.kind === 'call' && !f.negated && !f.hedged) || distributive.test(s.text)) return undefined;
  if (s.dates.some((d) => d.day !== undefined || d.firstDay !== undefined)) return undefined;
  const people = participantsOf(ctx, s);
  // "Austin also participated in the conversation": one person put on the call in context.
  if (people.length === 1 && inherited && presence.test(s.text) && !inherited.participants.includes(people[0]!.person) && inherited.event.confidence !== 'low') {
    return { kind: 'absent', call: inherited, absent: people[0]! };
  }
  if (people.length !== 2 || !counterparts(ctx, people[0]!.person, people[1]!.person)) return undefined;
  // A pair who did speak, named of the call in context, though one of them held no such office then
  // ("Austin, Belousov Talk" of the March 2023 call): the one out of office is not on it.
  if (callsBetween(ctx, people.map((p) => p.person)).length) {
    if (!inherited || inherited.event.confidence === 'low' || otherTime.test(s.text)) return undefined;
    const [inCall, outOfCall] = inherited.participants.includes(people[0]!.person) ? [people[0]!, people[1]!] : [people[1]!, people[0]!];
    const heldThen = termsOn(ctx.index, outOfCall.person, inherited.day).some((t) => ctx.index.coveredOffices.has(t.term.office));
    return inherited.participants.includes(inCall.person) && !heldThen ? { kind: 'absent', call: inherited, absent: outOfCall } : undefined;
  }
  // "Belousov was on the call with Brown": the one said to be present on the call in context.
  if (presence.test(s.text) && inherited?.participants.includes(people[1]!.person) && !inherited.participants.includes(people[0]!.person)) {
    return { kind: 'absent', call: inherited, absent: people[0]! };
  }
  const [first, other] = bySubject(s, people) as [Mention, Mention];
  const theirs = inherited?.participants.includes(first.person) ? inherited : (ctx.index.callsByPerson.get(first.person) ?? []).filter((c) => c.day <= ctx.ref!.day).at(-1);
  if (!theirs || theirs.event.confidence === 'low' || !isCovered(ctx, theirs.participants, theirs.day)) return undefined;
  return { kind: 'absent', call: theirs, absent: other };
}

/** Words that put a call at another time than the one in context. */
const otherTime = /\b(?:later|since|again|twice|earlier|before|previous(?:ly)?|prior|first|second|third|fourth|fifth|last|ever|never|until|next|would|will|had)\b/i;

const presence = /\b(?:(?:was|were)\s+(?:also\s+)?on\s+the\s+(?:[\w.]+\s+){0,3}?(?:call|line)|(?:also\s+)?took\s+part\s+in|(?:also\s+)?joined\s+(?:the\s+)?(?:[\w.’']+\s+){0,3}?(?:call|conversation|talks)|participated\s+in|sat\s+in\s+on)\b/i;

/** The people with the subject of their clause first, else in the order named. */
function bySubject(s: SentenceView, people: Mention[]): Mention[] {
  const first = people[0];
  const clause = first && s.read.clauses.find((c) => c.first <= first.first && first.first < c.last);
  const subject = clause && clauseSubject(s.tokens, clause);
  const lead = subject && people.find((p) => subject.first <= p.first && p.last <= subject.last);
  return lead ? [lead, ...people.filter((p) => p !== lead)] : people;
}

/** Whether two people held, at some time, offices whose calls the record covers, on the two sides. */
function counterparts(ctx: Context, a: string, b: string): boolean {
  const sides = (p: string) => new Set(coveredTerms(ctx, p).map((t) => ctx.index.offices.get(t.term.office)?.country));
  const [ofA, ofB] = [sides(a), sides(b)];
  return [...ofA].some((side) => side !== undefined && [...ofB].some((other) => other !== undefined && other !== side));
}

const coveredTerms = (ctx: Context, person: string) => (ctx.index.termsByPerson.get(person) ?? []).filter((t) => ctx.index.coveredOffices.has(t.term.office));

/**
 * A month a sentence says a call took place in ("spoke again in August", "in April 2023");
 * "last spoke in January" is a claim of recency, for the sequence reader.
 */
function callMonth(s: SentenceView): ResolvedDate | undefined {
  return s.dates.find((d) => d.kind === 'month' && d.firstDay !== undefined && d.event === 'call' && !d.unasserted && !d.dateline && !pointPrepositions.has(d.preposition) &&
    !/\blast\b/i.test(s.text.slice(0, d.start - s.start)) && !countedFrom(s, d));
}

/** A call with another country's minister: "rang the defence ministers of France", "spoke with his French counterpart". */
const thirdCountryCall = /\b(?:rang|called|phoned|(?:spoke|spoken|talked)\s+(?:by\s+phone\s+)?(?:with|to))\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:defen[cs]e|foreign)\s+(?:ministers?|secretar(?:y|ies))\s+of\s+(?!Russia\b|the\s+United\s+States\b|the\s+US\b)\p{Lu}|(?!Russian\b|American\b|US\b|U\.S\.)\p{Lu}\p{L}+(?:,?\s+(?:and\s+)?\p{Lu}\p{L}+)*\s+(?:counterparts?|defen[cs]e\s+ministers?))/u;

/**
 * The people a call claim names: its participants; with fewer than two, those "the two
 * ministers" or "their call" stand for — the two named in the sentence before, else the call's in context.
 */
export function callPeople(ctx: Context, s: SentenceView, date: ResolvedDate, inherited: EventInfo | undefined): Mention[] {
  const day = date.day ?? date.firstDay!;
  const clause = clauseText(s, date);
  const all = participantsOf(ctx, s);
  // "The generals spoke on 20 November, while Austin held his first call with Shoigu on 11 August": each clause names its own.
  const own = all.filter((m) => m.start >= clause.start && m.start < clause.start + clause.text.length);
  // (Those named elsewhere are the date's, "on 12 July 2024, when Austin took a call from Shoigu", unless their clause has a date of its own.)
  const datedElsewhere = all.some((m) => !own.includes(m) && s.dates.some((d) => d !== date && d.day !== undefined && sameClause(s, d.start, m.start)));
  // ("The generals' conversation of Oct. 24, which came a day after Shoigu rang Austin": the pair the date's clause names;
  // but those of a "when" clause are the date's.)
  const apart = !all.some((m) => sameClause(s, m.start, date.start) || whenClause(s, m));
  // ("On Oct. 23 Shoigu also rang the defence ministers of France and Turkey, and Gerasimov…": a third country's call is its clause's alone.)
  const thirdCountry = own.length === 1 && thirdCountryCall.test(clause.text);
  // ("The ministers spoke twice — on October 21 and October 23 — and Milley spoke with Gerasimov on October 24": the pair named before the aside.)
  const before = { text: s.text.slice(0, date.start - s.start), start: s.start };
  const named = !own.length && datedElsewhere && !namedPairs(ctx, clause).length && namedPairs(ctx, before).length ? before : clause;
  const people: Mention[] = own.length >= 2 || thirdCountry || (!own.length && (datedElsewhere || apart) && namedPairs(ctx, named).length) ? own : all;
  const pairs = people.length < 2 ? namedPairs(ctx, named) : [];
  // "Feb. 11–12: the generals spoke on the Friday and the ministers on the Saturday": which date is whose is not said.
  if (pairs.length > 1 && s.dates.length > 1) return people;
  if (people.length < 2) {
    // "The two generals spoke on May 19": the holders of the pair of offices the record calls so.
    for (const pair of pairs) {
      const holders = pair.offices.map((o) => holdersOn(ctx.index, o, day));
      if (holders.some((h) => h.length !== 1)) continue;
      for (const [person] of holders) {
        if (!people.some((p) => p.person === person)) people.push(standIn(s, person!, pair.start, pair.end));
      }
      return people;
    }
  }
  // "He spoke to Shoigu again on October 20", "That call, on July 11, was requested by Belousov": a pronoun or the call
  // named again, beside one of its people, stands for the call in context (with no one named, "that call" may be any told of).
  // ("His predecessor's last call with Austin" is another person's.)
  const pronoun = people.length === 1 ? /^\W*(he|she|his|her)\b(?!\s+(?:predecessor|successor|deputy|aide|spokes(?:man|woman|person)|wife|husband|boss|son|daughter)\b)/i.exec(clause.text) : null;
  const again = people.length === 1 && !pronoun ? /\b(?:that|this|the)\s+(?:call|conversation)\b(?!\s+(?:with|between|of|from|to)\b)/i.exec(clause.text) : null;
  const referred = pronoun ?? again;
  if (referred && inherited && people.every((p) => inherited.participants.includes(p.person))) {
    const start = clause.start + referred.index + referred[0].length - (pronoun ? pronoun[1]!.length : referred[0].length);
    for (const person of inherited.participants) {
      if (!people.some((p) => p.person === person)) people.unshift(standIn(s, person, start, clause.start + referred.index + referred[0].length));
    }
  }
  // "The call took place on November 26", in a story of the call of Nov. 27: with no one named and no call that day, the call in
  // context misdated ("that call" may point back to any call told of).
  const theCall = !people.length && !pairs.length && inherited && date.day !== undefined && Math.abs(date.day - inherited.day) <= 7 && !ctx.index.callsByDay.has(date.day)
    ? theCallWords.exec(clause.text) : null;
  // Only the call the date is of: not "Blinken, speaking on Saturday, did not refer to the call".
  const callWord = theCall && date.eventWord !== undefined ? s.base + s.tokens.start(date.eventWord) : undefined;
  if (theCall && callWord !== undefined && callWord >= clause.start + theCall.index && callWord < clause.start + theCall.index + theCall[0].length) {
    const start = clause.start + theCall.index;
    for (const person of inherited!.participants) people.push(standIn(s, person, start, start + theCall[0].length));
    return people;
  }
  const together = pairPhrase.exec(clause.text);
  if (together && people.length < 2) {
    const previous = ctx.sentences.at(s.index - 1);
    // Named there even in a negation: "X has not spoken to Y since July. Their two calls…"; a paragraph that opens on "They" or "Their" speaks of the last one's.
    const adjoining = previous && (previous.paragraph === s.paragraph || (previous.paragraph === s.paragraph - 1 && /^\W*(?:they|their|the two)\b/i.test(clause.text)));
    const named = adjoining ? [...new Set(participantsOf(ctx, previous, true).map((m) => m.person))] : [];
    // "They" stands only for two just named; "their call", "the two men" may stand for the call in context.
    const pair = named.length === 2 ? named : /^\W*they\b/i.test(together[0]) ? [] : inherited?.participants ?? [];
    const start = clause.start + together.index;
    for (const person of pair) {
      if (!people.some((p) => p.person === person)) people.push(standIn(s, person, start, start + together[0].length));
    }
  }
  return people;
}

/** A person the words at [start, end) stand for ("the two generals", "their call", "he"), as a mention of them. */
const standIn = (s: SentenceView, person: string, start: number, end: number): Mention => ({ person, start, end, kind: 'name', first: s.first, last: s.first });

/** Whether a mention stands outside the part of the clause `date` is in, beside a day of its own. */
function ownDateElsewhere(s: SentenceView, date: ResolvedDate, m: Mention): boolean {
  const part = clauseText(s, date);
  if (m.start >= part.start && m.start < part.start + part.text.length) return false;
  const theirs = s.dates.find((d) => d !== date && d.day !== undefined && d.day !== date.day && !d.dateline && sameClause(s, d.start, m.start));
  return !!theirs && !(theirs.start >= part.start && theirs.start < part.start + part.text.length);
}

/** Whether a date stands in the clause. */
const datedIn = (s: SentenceView, c: { first: number; last: number }) => s.dates.some((d) => d.start >= s.base + s.tokens.start(c.first) && d.start < s.base + s.tokens.end(c.last - 1));

/** Whether a mention stands in a clause opened by "when". */
function whenClause(s: SentenceView, m: Mention): boolean {
  const clause = s.read.clauses.find((c) => c.first <= m.first && m.first < c.last);
  return !!clause && s.tokens.norm(clause.first) === 'when';
}

/** Whether two draft offsets lie in one clause of the sentence. */
export function sameClause(s: SentenceView, a: number, b: number): boolean {
  const at = (offset: number) => s.read.clauses.findIndex((c) => s.base + s.tokens.start(c.first) <= offset && offset <= s.base + s.tokens.end(c.last - 1));
  return at(a) === at(b);
}

/** The record's pairs of offices a sentence names by their plural ("the two generals", "the defence chiefs'"). */
export function namedPairs(ctx: Context, clause: { text: string; start: number }): { offices: [string, string]; start: number; end: number }[] {
  const out: { offices: [string, string]; start: number; end: number }[] = [];
  for (const c of ctx.index.coverage) {
    if (!c.pairNames.length) continue;
    // "The two capitals' defence ministers", "the two countries' top generals".
    const pattern = pairNamePatterns.get(c) ?? new RegExp(`\\b(?:(?:the|both|their)\\s+(?:two\\s+(?:(?:capitals|countries|nations|sides|militaries)['’]\\s+)?)?|${bothSides}\\s+)(?:top\\s+)?(?:${c.pairNames.map(escapeRegExp).join('|')})\\b(?!\\s+(?:of|from|in)\\b)`, 'i');
    pairNamePatterns.set(c, pattern);
    const m = pattern.exec(clause.text);
    if (m) out.push({ offices: c.offices, start: clause.start + m.index, end: clause.start + m.index + m[0].length });
  }
  return out;
}

/**
 * The text of the clause a date stands in, cut at a coordinated part ("Shoigu initiated the Oct. 23
 * call, and Belousov the one on July 12"): "the two generals" elsewhere in the sentence names another call.
 */
function clauseText(s: SentenceView, date: ResolvedDate): { text: string; start: number } {
  const { tokens } = s;
  const clause = s.read.clauses.find((c) => s.base + tokens.start(c.first) <= date.start && date.start < s.base + tokens.end(c.last - 1));
  // "The ministers' call, which had been held on March 16": a date of its antecedent's call reads from that call's clause.
  const callClause = clause?.antecedent !== undefined && date.eventWord !== undefined && date.eventWord < clause.first ? s.read.clauses.find((c) => c.first <= date.eventWord! && date.eventWord! < c.last) : undefined;
  const from = callClause ? s.base + tokens.start(callClause.first) : clause ? s.base + tokens.start(clause.first) : s.start;
  const whole = clause ? s.text.slice(from - s.start, s.base + tokens.end(clause.last - 1) - s.start) : s.text;
  let start = 0;
  let end = whole.length;
  for (const m of whole.matchAll(/(?:,|\s[—–])\s+(?:and|but|while)\s+/g)) {
    if (from + m.index! + m[0].length <= date.start) start = m.index! + m[0].length;
    else if (from + m.index! >= date.end) {
      end = m.index!;
      break;
    }
  }
  return { text: whole.slice(start, end), start: from + start };
}

const pairNamePatterns = new WeakMap<object, RegExp>();
/** "US and Russian generals", as a headline names both sides. */
const bothSides = String.raw`(?:top\s+)?(?:us|u\.s\.|american|russian)\s+and\s+(?:us|u\.s\.|american|russian)`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the record says of a call of these people on this day (or in this month). */
export function judgeCallDate(ctx: Context, date: ResolvedDate, people: Mention[]): Anchor | null {
  const first = date.day ?? date.firstDay!;
  const last = date.day ?? date.lastDay!;
  if (first < ctx.index.knownFrom || last > ctx.index.asOf) return null;
  const onDay = date.day !== undefined ? ctx.index.callsByDay.get(date.day) ?? [] : callsIn(ctx, first, last);
  if (people.length < 2) {
    // "The call on Friday": the one recorded call that day in a series the record covers.
    if (date.day === undefined) return null;
    const series = onDay.filter((c) => isCovered(ctx, c.participants, c.day));
    const fitting = series.filter((c) => people.every((p) => c.participants.includes(p.person)));
    return fitting.length === 1 ? { kind: 'recorded', call: fitting[0]! } : null;
  }
  const whole = onDay.find((c) => people.every((p) => c.participants.includes(p.person)));
  if (whole) return { kind: 'recorded', call: whole };
  const inCalls = new Set(onDay.flatMap((c) => c.participants));
  const present = people.filter((p) => inCalls.has(p.person));
  if (present.length) {
    if (people.length !== 2 || date.day === undefined) return null;
    // The subject is taken at their word: "Milley spoke with Shoigu" names Milley's call.
    const call = onDay.find((c) => c.participants.includes(present[0]!.person) && c.event.confidence !== 'low');
    const absent = people.find((p) => !call?.participants.includes(p.person));
    return call && absent ? { kind: 'absent', call, absent, date } : null;
  }
  // A month is vouched for only if the record covers all of it.
  const covered = coveredPair(ctx, people, first);
  if (!covered || !coveredPair(ctx, people, last)) return null;
  const between = callsBetween(ctx, covered.people);
  const nearest = nearestCalls(between.length ? between : holdersCalls(ctx, covered.offices, first), first, last);
  const close = nearest.filter((c) => date.day !== undefined && Math.abs(c.day - date.day) <= 7 && c.participants.every((p) => covered.people.includes(p)));
  const anchor: Anchor = { kind: 'unrecorded', date, people: covered.people, nearest };
  if (close.length === 1) anchor.meant = close[0]!;
  return anchor;
}

/** Further call dates coordinated with the first ("spoke last Friday and again Saturday"): each a claim of its own. */
export function coordinatedDates(s: SentenceView, first: ResolvedDate): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  let previous = first;
  for (const d of s.dates) {
    if (d.start <= previous.start) continue;
    const between = s.text.slice(previous.end - s.start, d.start - s.start);
    if (d.day === undefined || d.event !== 'call' || d.unasserted || !/^[\s,]*(?:and|or|then)?\s*(?:again|later)?\s*(?:on\s+)?$/i.test(between)) break;
    out.push(d);
    previous = d;
  }
  return out;
}

/** The people a sentence says took part in a call: named, not the speaker, not negated ("was not on the call"). */
export function participantsOf(ctx: Context, s: SentenceView, evenNegated = false): Mention[] {
  const out: Mention[] = [];
  for (const m of s.mentions) {
    if (isSpeaker(s, m) || (!evenNegated && frameAt(s.read, m.first)?.negated) || inOtherEvent(s, m) || notOnTheCall(s, m)) continue;
    // Someone who ever held an office whose calls the record covers ("spoke with Dan Caine" of a 2024 call).
    const inCalls = ctx.index.callsByPerson.has(m.person) || coveredTerms(ctx, m.person).length > 0;
    if (!inCalls || out.some((o) => o.person === m.person)) continue;
    out.push(m);
  }
  return out;
}

/**
 * "Austin told reporters alongside Milley", "at a summit with Belousov": named after words to an
 * audience, a report or a meeting, in its clause — not on a call. ("Said Gerasimov had briefed…"
 * names what was said.)
 */
function inOtherEvent(s: SentenceView, m: Mention): boolean {
  const before = framesAround(s.read, m.first).before;
  if (!before) return false;
  return before.kind === 'report' || before.kind === 'meeting' || (before.kind === 'statement' && toAudience.has(before.norm));
}

/**
 * Named but not on the call the sentence tells of: one replaced ("Belousov, who replaced Sergei Shoigu"), or one of an
 * earlier call the sentence counts from ("the first since Milley spoke with Gerasimov in 2023").
 */
function notOnTheCall(s: SentenceView, m: Mention): boolean {
  const tokens = s.tokens;
  // "Belousov, who replaced Sergei Shoigu": the one replaced is on no call of the sentence.
  // Back past a title before the name ("succeeded Gen. of the Army Sergei Shoigu").
  let v = m.first - 1;
  while (v > s.first && v > m.first - 7 && !replacingVerbs.has(tokens.norm(v)) && (tokens.norm(v) === '.' || tokens.capital(v) || tokens.norm(v) === 'of' || tokens.norm(v) === 'the')) v--;
  // (But "replaced Milley, who last spoke with Gerasimov" goes on about the one replaced.)
  // "Took over from Sergei Shoigu", "taking over from Patrushev": the same.
  const tookOver = tokens.norm(v) === 'from' && tokens.norm(v - 1) === 'over' && /^(?:took|taking|takes|take)$/.test(tokens.norm(v - 2));
  if ((replacingVerbs.has(tokens.norm(v)) || tookOver) && !(tokens.norm(m.last) === ',' && relatives.has(tokens.norm(m.last + 1)))) return true;
  // "Neither Gen. CQ Brown … nor Chief of the General Staff Valery Gerasimov took part": named to be left off.
  let w = m.first - 1;
  while (w > s.first && w > m.first - 16 && (tokens.norm(w) === '.' || tokens.capital(w) || tokens.norm(w) === 'of' || tokens.norm(w) === 'the')) w--;
  if (tokens.norm(w) === 'neither' || tokens.norm(w) === 'nor') return true;
  // "…the first since March 2023, when Shoigu and Austin spoke": the people of a "when" clause after a point in time.
  const clause = s.read.clauses.find((c) => c.first <= m.first && m.first < c.last);
  if (clause && tokens.norm(clause.first) === 'when' && tokens.norm(clause.first - 1) === ',') {
    const comma = s.base + tokens.start(clause.first - 1);
    if (s.dates.some((d) => pointPrepositions.has(d.preposition) && /^\s*$/.test(s.tokens.source.slice(d.end - s.base, comma - s.base)))) return true;
  }
  // "In remarks beside Milley", "flanked by Milley": at a podium, not on the line.
  if (/^(?:beside|alongside)$/.test(tokens.norm(m.first - 1)) || (tokens.norm(m.first - 1) === 'by' && tokens.norm(m.first - 2) === 'flanked') || (tokens.norm(m.first - 1) === 'to' && tokens.norm(m.first - 2) === 'next')) return true;
  // "…Austin's with Belousov on 25 June 2024, after Shoigu had moved to the Security Council": a clause of another happening.
  // (Not the antecedent of a clause that tells of a call: "…, while the uniformed channel — Milley and Gerasimov, who had spoken…".)
  const antecedentOf = s.read.clauses.some((c) => c.antecedent !== undefined && c.antecedent >= m.first && c.antecedent <= m.last);
  // ("He spoke to him again on Oct. 24, hours after Austin's call with Shoigu": a call counted from, where the clause before tells its own.)
  if (clause && clause.first > s.first && /^(?:after|before|until|because|although|though)$/.test(tokens.norm(clause.first)) && !antecedentOf &&
    (!s.read.frames.some((f) => f.kind === 'call' && f.word >= clause.first && f.word < clause.last) || (s.read.frames.some((f) => f.kind === 'call' && f.word < clause.first) && !datedIn(s, clause)))) return true;
  let k = m.first - 1;
  while (k > m.first - 4 && k > s.first && tokens.norm(k) !== 'since' && (tokens.word(k) || tokens.norm(k) === '.')) k--;
  if (tokens.norm(k) !== 'since') return false;
  for (let j = m.last; j < Math.min(s.last, m.last + 5) && tokens.norm(j) !== ','; j++) if (earlierCallVerbs.has(tokens.norm(j))) return true;
  return false;
}

const earlierCallVerbs = new Set(['spoke', 'talked', 'called', 'phoned', 'last', 'held']);

/** Statement words made so by the audience they name ("told reporters", "spoke to journalists"). */
const toAudience = new Set(['told', 'tells', 'briefed', 'informed', 'assured', 'spoke', 'speak', 'speaks', 'spoken', 'talked', 'talk']);

function isSpeaker(s: SentenceView, m: Mention): boolean {
  const tokens = s.tokens;
  let k = m.last;
  while (k < s.last && !tokens.word(k)) k++;
  // The next word in the sentence, if any.
  const next = k < s.last ? tokens.norm(k) : undefined;
  // "Belousov's call", "Austin and Belousov's July call": a party to it; "Austin's spokesman": not.
  if (tokens.possessive(m.last - 1)) return ![k, k + 1, k + 2].some((j) => j < s.last && callNouns.has(tokens.norm(j)));
  const after = m.last;
  if (tokens.word(after) && reportingVerbs.has(tokens.norm(after))) return true;
  if (tokens.norm(after) === ',' && next !== undefined && reportingVerbs.has(next) && k === m.last + 1) return true;
  // "…, said Austin.": the speaker after the verb, ending its clause ("said Gerasimov had briefed
  // Milley" makes Gerasimov the subject of what was said); "told Austin", "briefed Milley" name the listener.
  const before = m.first - 1;
  if (tokens.word(before) && invertedSpeech.has(tokens.norm(before)) && !(m.last < s.last && tokens.word(m.last))) return true;
  return tokens.norm(before) === 'to' && tokens.norm(before - 1) === 'according';
}

const callNouns = new Set(['call', 'calls', 'conversation', 'talks', 'phone', 'telephone', 'counterpart', 'line']);
const invertedSpeech = new Set(['said', 'says', 'added', 'noted', 'wrote', 'stated', 'explained', 'claimed', 'stressed', 'emphasized', 'emphasised', 'announced', 'confirmed', 'according']);

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

/** Calls between holders of the same pair of offices, in date order (a covered pair's read when the record was indexed). */
export function seriesCalls(ctx: Context, offices: [string, string]): EventInfo[] {
  const key = offices.join('|');
  let series = ctx.index.series.get(key);
  if (!series) ctx.index.series.set(key, (series = seriesOf(ctx.index, offices)));
  return series;
}

/** The series' calls of whoever held the first office on a day: enough to name the nearest, read from one person's calls. */
function holdersCalls(ctx: Context, offices: [string, string], day: number): EventInfo[] {
  const calls = holdersOn(ctx.index, offices[0], day).flatMap((p) => ctx.index.callsByPerson.get(p) ?? []);
  return calls.filter((c) => c.participants.some((p) => termsOn(ctx.index, p, c.day).some((t) => t.term.office === offices[1]))).sort((a, b) => a.day - b.day);
}

/** The recorded calls from one day to another (the record's calls are in date order: found by halving). */
export function callsIn(ctx: Context, first: number, last: number): EventInfo[] {
  const { calls } = ctx.index;
  const lo = lastAtOrBefore(calls, (c) => c.day < first) + 1;
  const out: EventInfo[] = [];
  for (let i = lo; i < calls.length && calls[i]!.day <= last; i++) out.push(calls[i]!);
  return out;
}

function nearestCalls(calls: EventInfo[], first: number, last: number): EventInfo[] {
  const before = calls.filter((c) => c.day < first).at(-1);
  const after = calls.find((c) => c.day > last);
  return [before, after].filter((c): c is EventInfo => !!c);
}

/**
 * The call the draft reports: recorded up to three days before the reference date, its
 * people named together in a sentence; of several, the one the draft names first.
 */
export function mainCall(ctx: Context, ref = ctx.ref?.day): EventInfo | undefined {
  const firstNamed = (c: EventInfo) => {
    for (const p of ctx.doc.paragraphs) {
      const j = p.mentions.findIndex((mentions) => c.participants.every((person) => mentions.some((m) => m.person === person)));
      if (j >= 0) return p.first + j;
    }
    return -1;
  };
  // With no reference date, the call the lede dates in full ("on Friday, May 13, 2022"): no guess at a year stands in it.
  if (ref === undefined) {
    const day = ledeCallDay(ctx);
    return day === undefined ? undefined : (ctx.index.callsByDay.get(day) ?? []).find((c) => firstNamed(c) >= 0);
  }
  // A call made public later is reported when it is made public ("disclosed on Wednesday"; known perhaps only to the month).
  const madePublicThen = (c: EventInfo) => c.publicDay !== undefined && c.publicDay <= ref && ref - 3 <= (c.lastPublicDay ?? c.publicDay);
  const window = [...new Set([ref - 3, ref - 2, ref - 1, ref].flatMap((day) => ctx.index.callsByDay.get(day) ?? []).concat(ctx.index.callsMadePublic.filter(madePublicThen)))];
  // Of calls named as early, the one the lede dates ("spoke … on Friday"), else the latest: on or just before the
  // reference date. The lede is read for its date only where two calls are named as early.
  let dated: number | undefined | null = null;
  const ledeDay = () => (dated === null ? (dated = ref === ctx.ref?.day ? ledeCallDay(ctx) : undefined) : dated);
  const recent = window
    .filter((c) => firstNamed(c) >= 0)
    .sort((a, b) => firstNamed(a) - firstNamed(b) || Number(b.day === ledeDay()) - Number(a.day === ledeDay()) || b.day - a.day);
  const covered = recent.filter((c) => isCovered(ctx, c.participants, c.day));
  return (covered.length ? covered : recent)[0];
}

/** The day the first call sentence of the draft's headline and lede dates, if any. */
function ledeCallDay(ctx: Context): number | undefined {
  for (let k = 0; k < Math.min(LEDE_PARAGRAPHS, ctx.doc.paragraphs.length); k++) {
    for (const s of ctx.sentences.inParagraph(k)) {
      const day = callDay(s)?.day;
      if (day !== undefined) return day;
    }
  }
  return undefined;
}
