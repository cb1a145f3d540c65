// Initiator claims: who a sentence says asked for a call. Read in any form: "initiated by
// Austin", "at Moscow's request", "on the initiative of the American side", "the Pentagon
// requested the call", "Belousov, who requested the call", "the call, which Austin requested",
// "a US-initiated call", "Russia reached out", "Shoigu called Austin". Each claim is judged
// against the call its own clause dates, else the call the sentence is about.
import { countryOf, pointPrepositions, writings } from '../read/cues';
import { type Mention, titleNeighbours } from '../read/mentions';
import { asideOpening } from '../read/frames';
import type { ResolvedDate } from '../read/resolveDates';
import { countedFromCall, type SentenceView } from '../read/sentences';
import type { Fix } from '../api';
import { type EventInfo, holdersOn } from '../record/index';
import { dayNumber, daysInMonth, ymd } from '../text/dates';
import type { Tokens } from '../text/tokens';
import { callsIn, contextCall, isCovered, participantsOf } from './anchor';
import { type Context, describeCall, nameOf, type RawFinding, renameLike, tokenAt } from './context';
import { nthCallOf, ordinalWords } from './sequence';

/** Who a claim says asked: a person, or only a side. */
type Agent = { person: string; mention?: Mention } | { country: string };

interface Claim {
  /** Offsets of the words to flag. */
  start: number;
  end: number;
  /** The token that says who asked ("requested", "request", "called"): its clause names the call. */
  at: number;
  agent: Agent;
  /** A phrase ("at Moscow's request") that may modify something other than a call. */
  adverbial?: boolean;
  /** A fix that makes the claim name the recorded initiator, where one can be written. */
  fix?: (initiator: string) => Fix | undefined;
}

/** Participles whose agent follows "by": "requested by Moscow". */
const byParticiples = new Set(['initiated', 'requested', 'arranged', 'placed']);
/** Nouns of "at the request of", "at Moscow's request", "on the initiative of". */
const requestNouns = new Set(['request', 'requests', 'initiative', 'behest', 'invitation', 'urging', 'instigation']);
/** Verbs whose subject asked for the call: "Moscow requested the call", "Russia reached out". */
const askVerbs = new Set(['initiated', 'initiates', 'initiate', 'requested', 'requests', 'request', 'asked', 'asks', 'ask', 'placed', 'places', 'arranged', 'reached', 'reaches']);
/** Verbs whose subject placed the call to its object: "Shoigu called Austin". */
const callerVerbs = new Set(['called', 'calls', 'phoned', 'phones', 'rang', 'rings', 'telephoned', 'telephones', 'dialled', 'dialed', 'dials']);
/** What names the call a verb acts on. */
const callNouns = new Set(['call', 'conversation', 'contact', 'one', 'phone', 'telephone']);
/** Words that may stand between a call noun and "was requested by". */
const passiveFillers = new Set(['was', 'is', 'had', 'has', 'been', 'were', 'which', 'that', 'itself', 'reportedly', 'originally', 'first', 'also', 'actually', 'apparently', 'initially', 'in', 'fact', 'this', 'time', ',']);
/** Words that may stand between who asked and the verb: "Austin had personally requested". */
const auxiliaries = new Set(['had', 'has', 'have', 'was', 'is', 'reportedly', 'personally', 'first', 'originally', 'also', 'himself', 'itself', 'then', 'actually', 'apparently', 'initially', 'again', 'later', 'finally', 'back']);
/** Words before the verb that make it no assertion: "did not request", "would ask for", "plans to call". */
const unasserting = new Set(['not', 'never', 'no', 'will', 'would', 'may', 'might', 'could', 'should', 'to', 'if', 'whether', 'did', 'does']);
/** Nouns after a side's name that still name the side: "the Russian side", "U.S. officials". */
const sideNouns = new Set(['side', 'officials', 'government', 'ministry', 'mod', 'military', 'delegation', 'leadership', 'administration', 'defence', 'defense', 'embassy']);
/** A request that went unanswered or was turned down was no call. */
const refusal = /\b(?:refus|rebuff|declin|reject|turn(?:ed|s)?\s+down|unanswered|failed|unable|tried|attempt)/i;

const cue = /initiat|request|asked|asks|placed|arranged|behest|invitation|reach|call|phone|rang|ring|dial/i;

export function readInitiatorClaims(ctx: Context, s: SentenceView): RawFinding[] {
  if (!cue.test(s.text) && !s.text.startsWith('|')) return [];
  const out: RawFinding[] = [];
  for (const claim of readClaims(ctx, s)) {
    if (!asserted(s, claim.at) || articleSays(s, claim.at)) continue;
    const call = callOfClaim(ctx, s, claim.at);
    if (!call || (claim.adverbial && !aboutACall(s, claim.at, call))) continue;
    const finding = judge(ctx, call, claim);
    if (finding) out.push(finding);
  }
  return out;
}

/** A claim's finding when the record names who asked for its call and the claim names someone else. */
function judge(ctx: Context, call: EventInfo, claim: Claim): RawFinding | undefined {
  const initiator = call.event.initiator;
  if (!initiator || call.event.confidence === 'low' || initiator.confidence === 'low') return undefined;
  const sideOf = (person: string) => ctx.index.people.get(person)?.country;
  const recordedSide = initiator.country ?? (initiator.person ? sideOf(initiator.person) : undefined);
  const claimedSide = 'country' in claim.agent ? claim.agent.country : sideOf(claim.agent.person);
  // A side that took no part in the call ("at Kyiv's request") is no claim about who of the two asked.
  if (!claimedSide || !call.participants.some((p) => sideOf(p) === claimedSide)) return undefined;
  const agrees = 'person' in claim.agent && call.participants.includes(claim.agent.person) && initiator.person
    ? claim.agent.person === initiator.person
    : claimedSide === recordedSide;
  if (agrees) return undefined;
  const who = initiator.person ? `${nameOf(ctx, initiator.person)} (${recordedSide})` : `the ${recordedSide} side`;
  const fix = initiator.person && claim.fix?.(initiator.person);
  return {
    code: 'initiator-conflict',
    start: claim.start,
    end: claim.end,
    message: `The record has ${describeCall(ctx, call)} initiated by ${who}.`,
    sourceIds: call.event.sources,
    fixes: fix ? [fix] : [],
  };
}

// ---- Which call a claim is about ----

/**
 * The call a claim names: the one its own part of the sentence dates ("the July 12 call, which
 * Austin requested"; "since March 2023, when Austin called Shoigu"), else the one the sentence
 * is about. When only another part dates a call ("Shoigu asked for that call; Austin placed the
 * one on Friday"), it is unknown.
 */
function callOfClaim(ctx: Context, s: SentenceView, at: number): EventInfo | undefined {
  const parts = partsOf(s, at);
  const inClaim = (d: ResolvedDate) => {
    const i = tokenAt(s, d.start);
    return parts.some((c) => c.first <= i && i < c.last);
  };
  // "First spoke on June 25 and last on July 12, in a call Moscow requested": the date nearest before the claim, else the first after it.
  // "Sunday's call, like Friday's, was made at Austin's request": a call compared with is not the claim's.
  const compared = (d: ResolvedDate) => /\b(?:like|unlike|as\s+with|as\s+did)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, d.start - s.start - 12), d.start - s.start));
  const dated = s.dates.filter((d) => inClaim(d) && namesCallTime(d) && !compared(d));
  const atOffset = s.base + s.tokens.start(at);
  // "- May 19, 2022: their first conversation, which Moscow said it had requested": a date may lead the antecedent's clause.
  // "Spoke on 25 June and, at Belousov's initiative, on 12 July": an aside before a date is of that date's call.
  const atEnd = s.base + s.tokens.end(at);
  const next = dated.find((d) => d.start > atEnd && /^\s*,\s*(?:on|in)?\s*$/i.test(s.text.slice(atEnd - s.start, d.start - s.start)));
  const own = next ?? dated.filter((d) => d.end <= atOffset).at(-1) ?? dated[0] ?? leadDate(s, parts[0]) ?? leadDate(s, parts[1]) ?? itemDate(s);
  if (own) return callOn(ctx, s, own.day ?? own.firstDay!, own.day ?? own.lastDay!, parts);
  // "Not in contact since the spring, when a conversation was held at the Pentagon's request": of an earlier call, undated;
  // "a change from last month, when it was Washington that reached out": the call of the time the "when" follows.
  if (parts[0] && s.tokens.norm(parts[0].first) === 'when') {
    const before = s.text.slice(0, s.base + s.tokens.start(parts[0].first) - s.start);
    if (/\bsince\b[^,;]*,\s*$/i.test(before)) return undefined;
    const then = s.dates.find((d) => !d.dateline && (d.firstDay ?? d.day) !== undefined && /^\s*,\s*$/.test(before.slice(d.end - s.start)));
    if (then) return callOn(ctx, s, then.firstDay ?? then.day!, then.lastDay ?? then.day!, parts);
    const lastMonth = ctx.ref && ctx.ref.source !== 'inferred' && /\blast\s+month\s*,\s*$/i.test(before) ? ymd(ctx.ref.day) : undefined;
    if (lastMonth) {
      const [year, month] = lastMonth.month === 1 ? [lastMonth.year - 1, 12] : [lastMonth.year, lastMonth.month - 1];
      return callOn(ctx, s, dayNumber(year, month, 1), dayNumber(year, month, daysInMonth(year, month)), parts);
    }
  }
  // "Austin requested the June 25 call" with no year to read it in: a call of its own, but not known which.
  if (s.dates.some((d) => inClaim(d) && !spanOf(d) && d.kind !== 'anaphoric' && !d.dateline)) return undefined;
  // "The two ministers spoke again on 13 May 2022, and this time it was Shoigu who rang": "this time" is the call told before it.
  const told = /\b(?:this|that)\s+time\b[^.;]{0,40}$/i.test(s.text.slice(0, atOffset - s.start)) ? s.dates.filter((d) => d.end <= atOffset && namesCallTime(d)).at(-1) : undefined;
  if (told) return callOn(ctx, s, told.day ?? told.firstDay!, told.day ?? told.lastDay!, parts);
  const context = contextCall(ctx, s);
  // "Belousov asked for it, because Austin had initiated their first call in late June": a call another clause dates is not the claim's.
  const elsewhere = s.dates.some((d) => !inClaim(d) && spanOf(d) && !d.dateline && d.event !== 'statement' && d.event !== 'report' &&
    (!covers(d, context) || (namesCallTime(d) && d.event === 'call')));
  if (elsewhere) return undefined;
  // "Took the initiative, less than three weeks after a first conversation requested by the Pentagon": an earlier call, undated.
  const callWord = s.read.frames.filter((f) => f.kind === 'call' && f.word < at && parts.some((c) => c.first <= f.word && f.word < c.last)).at(-1);
  if (callWord && countedFromCall(s, callWord.word) && /\b(?:a|an|their|the)\s+(?:first|earlier|previous|prior|initial)\s+$/i.test(s.text.slice(0, s.base + s.tokens.start(callWord.word) - s.start))) return undefined;
  // "Belousov's second call with Austin, which the Pentagon requested": the call the two named and the ordinal pick out.
  return ordinalCall(ctx, s, parts, context ? 2 : 1) ?? context;
}

/** Words after "the first call" that count it within a period ("the first call since May"): not the people's k-th call. */
const periodWords = new Set(['since', 'after', 'in', 'within', 'over', 'of', 'this', 'before', 'for']);

/** "Belousov asked for the first call", "the second conversation was requested by Moscow": the call the ordinal names of the people named (at least `named` of them). */
function ordinalCall(ctx: Context, s: SentenceView, parts: Part[], named: number): EventInfo | undefined {
  const { tokens } = s;
  for (const part of parts) {
    for (let j = part.first; j < part.last - 1; j++) {
      const noun = tokens.norm(j + 1) === 'phone' || tokens.norm(j + 1) === 'telephone' ? j + 2 : j + 1;
      if (!ordinalWords.has(tokens.norm(j)) || !callNouns.has(tokens.norm(noun)) || periodWords.has(tokens.norm(noun + 1))) continue;
      // "A second call, initiated by Austin": another call, not one person's second ("Belousov asked for the first call").
      const people = participantsOf(ctx, s).map((m) => m.person);
      const counted = people.length >= 2 || (people.length === named && tokens.norm(j - 1) !== 'a');
      return counted ? nthCallOf(ctx, people, tokens.norm(j)) : undefined;
    }
  }
  return undefined;
}

/** A date that may be a call's time: not a reference point, a dateline, nor the day of a statement or other event. */
const namesCallTime = (d: ResolvedDate): boolean =>
  !!spanOf(d) && !pointPrepositions.has(d.preposition) && !d.dateline && !d.unasserted && (d.event === undefined || d.event === 'call');

const spanOf = (d: ResolvedDate): boolean => d.day !== undefined || (d.firstDay !== undefined && d.lastDay !== undefined);
const covers = (d: ResolvedDate, call: EventInfo | undefined) =>
  !!call && (d.day ?? d.firstDay!) <= call.day && call.day <= (d.day ?? d.lastDay!);

/**
 * A date that leads the claim's clause: "March 2023, when Austin called Shoigu" (a "when"
 * clause right after a date happens then), "Sunday, October 23, 2022: Austin and Shoigu, at
 * Austin's request" (a date and a colon head what follows).
 */
function leadDate(s: SentenceView, part: Part | undefined): ResolvedDate | undefined {
  if (!part) return undefined;
  const { tokens } = s;
  let before = part.first - 1;
  if (tokens.norm(part.first) === 'when') before = tokens.norm(before) === ',' ? before - 1 : before;
  else {
    while (before >= s.first && /^[*_]$/.test(tokens.norm(before))) before--;
    if (tokens.norm(before) !== ':') return undefined;
    before--;
    while (before >= s.first && /^[*_]$/.test(tokens.norm(before))) before--;
    // "Oct. 23 (Sunday):": past the weekday in parentheses.
    if (tokens.norm(before) === ')' && tokens.norm(before - 2) === '(') before -= 3;
  }
  return s.dates.find((d) => spanOf(d) && !d.dateline && tokenAt(s, d.end - 1) === before);
}

/** "**May 13, 2022.** The gap ended when Shoigu called Austin": a date that labels the item dates every clause of it. */
function itemDate(s: SentenceView): ResolvedDate | undefined {
  const first = s.dates[0];
  if (!first || !spanOf(first) || first.dateline || !/^[\s|*_•+–—-]*$/.test(s.text.slice(0, first.start - s.start))) return undefined;
  return /^[\s*_]*[.:]/.test(s.text.slice(first.end - s.start)) ? first : undefined;
}

/** The one recorded call in [from, to] of the people the sentence names (else of a series the record covers). */
function callOn(ctx: Context, s: SentenceView, from: number, to: number, parts: Part[]): EventInfo | undefined {
  const context = contextCall(ctx, s);
  const named = participantsOf(ctx, s);
  const inSpan = callsIn(ctx, from, to);
  const fits = (people: string[]) => people.length
    ? inSpan.filter((c) => people.every((p) => c.participants.includes(p)))
    : inSpan.filter((c) => isCovered(ctx, c.participants, c.day));
  // "Shoigu asked for the Oct. 23 call, and Austin asked for the one on July 12": else the people of the claim's own part.
  let fitting = fits(named.map((m) => m.person));
  if (!fitting.length) fitting = fits(named.filter((m) => parts.some((c) => c.first <= m.first && m.first < c.last)).map((m) => m.person));
  // "In October" with two calls of the pair that month names neither.
  if (fitting.length === 1) return fitting[0];
  return from === to && context?.day === from ? context : undefined;
}

interface Part {
  first: number;
  last: number;
}

/**
 * The part of the sentence a claim at token `i` belongs to: its clause, cut at a coordinated
 * clause (", and Shoigu requested a follow-up call"), with the clause of its antecedent ("the
 * call, which Austin requested").
 */
function partsOf(s: SentenceView, i: number): Part[] {
  const { clauses } = s.read;
  const clause = clauses.find((c) => c.first <= i && i < c.last);
  if (!clause) return [];
  const coordinated = (k: number) => s.tokens.norm(k) === ',' && /^(?:and|but|while)$/.test(s.tokens.norm(k + 1));
  let first = i;
  while (first > clause.first && !coordinated(first - 1)) first--;
  let last = i + 1;
  while (last < clause.last && !coordinated(last)) last++;
  const part = { first: first === clause.first ? first : first + 1, last };
  const antecedent = clause.antecedent !== undefined ? clauses.find((c) => c.first <= clause.antecedent! && clause.antecedent! < c.last) : undefined;
  // "Austin requested the call, which took place on October 21": a relative clause on the claim's words is part of it.
  const relative = clauses.filter((c) => c.antecedent !== undefined && part.first <= c.antecedent && c.antecedent < part.last);
  return [part, ...(antecedent ? [antecedent] : []), ...relative];
}

/** Whether the claim's clause reports the call as it happened, not as sought, refused or hedged. */
function asserted(s: SentenceView, at: number): boolean {
  const clauses = partsOf(s, at);
  const within = (i: number) => clauses.some((c) => c.first <= i && i < c.last);
  if (s.read.frames.some((f) => within(f.word) && (f.kind === 'sought' || (f.kind === 'call' && (f.negated || f.hedged))))) return false;
  return !clauses.some((c) => refusal.test(s.text.slice(s.base + s.tokens.start(c.first) - s.start, s.base + s.tokens.end(c.last - 1) - s.start)));
}

/** Whether the claim is what an article said ("The same article said Austin had asked for it"): corrections quote the error. */
function articleSays(s: SentenceView, at: number): boolean {
  const said = s.read.frames.find((f) => f.kind === 'statement' && f.word < at);
  if (!said) return false;
  for (let i = s.first; i < said.word; i++) if (writings.has(s.tokens.norm(i))) return true;
  return false;
}

// ---- Reading the claims ----

function readClaims(ctx: Context, s: SentenceView): Claim[] {
  const out: Claim[] = [];
  const { tokens } = s;
  const cell = tableCell(ctx, s);
  if (cell !== undefined) {
    const claim = agentAfter(ctx, s, cell, cell);
    if (claim) out.push(claim);
  }
  for (let i = s.first; i < s.last; i++) {
    if (!tokens.word(i)) continue;
    const claim = claimAt(ctx, s, i);
    if (claim) out.push(claim);
  }
  return out;
}

function claimAt(ctx: Context, s: SentenceView, i: number): Claim | undefined {
  const { tokens } = s;
  const norm = tokens.norm(i);
  // "initiated by Moscow", "initiated then by Moscow".
  const by = tokens.norm(i + 1) === 'by' ? i + 1 : auxiliaries.has(tokens.norm(i + 1)) && tokens.norm(i + 2) === 'by' ? i + 2 : undefined;
  if (byParticiples.has(norm) && by !== undefined) return passiveClaim(ctx, s, i, by);
  if (byParticiples.has(norm) && tokens.norm(i - 1) === '-') return compoundClaim(ctx, s, i);
  // "Request" and "requests" are nouns ("at Moscow's request") or verbs ("Shoigu Requests Call").
  const asNoun = requestNouns.has(norm) ? requestClaim(ctx, s, i) : undefined;
  if (asNoun) return asNoun;
  if (askVerbs.has(norm)) return askClaim(ctx, s, i);
  if (callerVerbs.has(norm)) return callerClaim(s, i);
  return norm === 'from' && callNouns.has(tokens.norm(i - 1)) && !onTheCall(tokens, i - 1) ? agentAfter(ctx, s, i + 1, i) : undefined;
}

/** "Listened in on the call from the Pentagon", "joined the call from Moscow": where one was on it, not who placed it. */
const onTheCall = (tokens: Tokens, call: number) => /^(?:the|that|this)$/.test(tokens.norm(call - 1)) && /^(?:on|joined|into)$/.test(tokens.norm(call - 2));

/** A table's column of who asked: "| Date | Participants | Requested by |". */
const requestColumn = /\b(?:request|initiat|asked\s+for|caller|placed\s+by)/i;

/**
 * The first token of a table row's cell under a column of who asked for the call, if the row is
 * one: "| 2024-07-12 | Austin – Belousov | Austin |" under "| Date | Participants | Requested by |".
 */
function tableCell(ctx: Context, s: SentenceView): number | undefined {
  if (!s.text.startsWith('|') || !cue.test(ctx.doc.paragraphs[s.paragraph]!.text.slice(0, 400))) return undefined;
  const header = ctx.sentences.inParagraph(s.paragraph).find((h) => h.text.startsWith('|'));
  if (!header || header === s) return undefined;
  const column = header.text.split('|').findIndex((c) => requestColumn.test(c));
  if (column < 1) return undefined;
  let bars = 0;
  for (let i = s.first; i < s.last; i++) if (s.tokens.norm(i) === '|' && ++bars === column) return i + 1 < s.last ? i + 1 : undefined;
  return undefined;
}

/** "The call was requested by Moscow": the participle's subject is the call. */
function passiveClaim(ctx: Context, s: SentenceView, i: number, by: number): Claim | undefined {
  let j = i - 1;
  while (j >= s.first && passiveFillers.has(s.tokens.norm(j))) j = aside(s, j) ?? setOffDate(s, j) ?? relativeAside(s, j) ?? j - 1;
  j = callBeforeDate(s, j) ?? j;
  if (!callNouns.has(s.tokens.norm(j)) && s.tokens.norm(j) !== 'it' && !callBetween(s, j)) return undefined;
  return agentAfter(ctx, s, by + 1, i);
}

/**
 * "The last telephone call between the two ministries, …, was requested by", "the call between Gen. CQ Brown and
 * Gen. Valery Gerasimov on Nov. 27 was requested by": the call noun before a phrase of who took part (and when), ending at `j`,
 * its "between" or "with" within `reach` tokens.
 */
function callBetween(s: SentenceView, j: number, reach = 14): boolean {
  for (let k = j; k > Math.max(s.first, j - reach); k--) {
    if (!s.tokens.word(k) && s.tokens.norm(k) !== '.') return false;
    if (/^(?:between|with)$/.test(s.tokens.norm(k))) return callNouns.has(s.tokens.norm(k - 1)) && s.tokens.norm(k - 1) !== 'one';
  }
  return false;
}

/** "a US-initiated call", "the Moscow-requested conversation": the side before the hyphen asked. */
function compoundClaim(ctx: Context, s: SentenceView, i: number): Claim | undefined {
  const { tokens } = s;
  let next = i + 1;
  if (tokens.norm(next) === 'phone' || tokens.norm(next) === 'telephone') next++;
  if (!callNouns.has(tokens.norm(next))) return undefined;
  let j = i - 2;
  if (tokens.norm(j) === '.') j--;
  const found = agentEndingAt(ctx, s, j);
  return found && { ...found, at: i };
}

/** "at the request of the Russian side", "at Moscow's (own) request", "on the initiative of Washington". */
function requestClaim(ctx: Context, s: SentenceView, i: number): Claim | undefined {
  const { tokens } = s;
  const adverbial = (claim: Claim | undefined) => claim && { ...claim, adverbial: true };
  if (tokens.norm(i - 1) === 'the' && /^(?:at|on|upon)$/.test(tokens.norm(i - 2)) && tokens.norm(i + 1) === 'of') return adverbial(agentAfter(ctx, s, i + 2, i));
  // "at Moscow's request": the possessive two or three words back, behind "at" or "on".
  const owner = tokens.norm(i - 1) === 'own' ? i - 2 : i - 1;
  if (!tokens.possessive(owner)) return undefined;
  for (let k = owner; k >= Math.max(s.first, owner - 4); k--) {
    if (/^(?:at|on|upon)$/.test(tokens.norm(k))) return adverbial(agentAfter(ctx, s, k + 1, i));
  }
  return undefined;
}

/**
 * A request phrase is about a call when its clause (or its antecedent's) reports one, or, in a
 * clause with no verb ("Austin and Shoigu, at Austin's request"), names both people of the call.
 */
function aboutACall(s: SentenceView, i: number, call: EventInfo): boolean {
  const clauses = partsOf(s, i);
  const within = (k: number) => clauses.some((c) => c.first <= k && k < c.last);
  const frames = s.read.frames.filter((f) => within(f.word));
  if (frames.length) return frames.some((f) => f.kind === 'call');
  // "According to the Pentagon, it was held at Moscow's request": the call in context, held.
  if (clauses.some((c) => heldIt.test(s.text.slice(s.base + s.tokens.start(c.first) - s.start, s.base + s.tokens.end(c.last - 1) - s.start)))) return true;
  return call.participants.every((p) => s.mentions.some((m) => m.person === p && within(m.first)));
}

const heldIt = /\b(?:it|the\s+call|the\s+conversation)\s+(?:was|had\s+been|has\s+been)\s+(?:held|made|arranged|placed|organi[sz]ed|set\s+up)\b/i;

/** "Moscow requested the call", "Belousov, who asked for the call", "which the Pentagon requested", "Russia reached out". */
function askClaim(ctx: Context, s: SentenceView, i: number): Claim | undefined {
  const { tokens } = s;
  const norm = tokens.norm(i);
  let object = i + 1;
  if (norm.startsWith('ask')) {
    if (tokens.norm(i + 1) === 'for') object = i + 2;
    else if (!clauseEnds(tokens, i + 1, s.last)) return undefined;
  }
  if (norm.startsWith('reach')) {
    if (tokens.norm(i + 1) !== 'out') return undefined;
    object = -1;
  }
  if (object >= 0 && !namesACall(s, i, object)) return undefined;
  return agentBefore(ctx, s, i);
}

/** Whether the verb at `verb` acts on a call: its object is one ("the first call", "it"), or it sits in a clause about one ("the call, which Austin requested"). */
function namesACall(s: SentenceView, verb: number, object: number): boolean {
  const { tokens } = s;
  if (tokens.norm(object) === 'it') return true;
  // "Shoigu asked for the Oct. 23 call, and Austin asked for the one on July 12": "one" after a call named stands for a call.
  const callNamedBefore = () => {
    for (let j = s.first; j < verb; j++) if (callNouns.has(tokens.norm(j)) && tokens.norm(j) !== 'one') return true;
    return false;
  };
  for (let j = object; j < Math.min(object + 8, s.last); j++) {
    const norm = tokens.norm(j);
    if (callNouns.has(norm) && (norm !== 'one' || callNamedBefore())) return true;
    // A comma may stand inside a date ("the May 13, 2022, call"), nowhere else.
    const dateComma = norm === ',' && (/^\d/.test(tokens.norm(j - 1)) || /^\d/.test(tokens.norm(j + 1)));
    // "Asked for that first call": a determiner, not a relative pronoun.
    const determiner = j === object && /^(?:that|this)$/.test(norm);
    if ((!tokens.word(j) && norm !== '-' && !dateComma) || (!determiner && /^(?:and|or|to|with|for|from|that|which)$/.test(norm)) || askVerbs.has(norm)) break;
  }
  // No object of its own: the call is the antecedent ("the call, which Austin requested", "which Austin placed after
  // hearing…"), or stands right before who asked ("a call Russia requested").
  if (!clauseEnds(tokens, object, s.last) && !afterVerb.has(tokens.norm(object))) return false;
  const clause = s.read.clauses.find((c) => c.first <= verb && verb < c.last);
  // An antecedent that is a call, or ends one's phrase: "the call", "Sunday's call with Shoigu", "the call between Brown and Gerasimov".
  if (clause?.antecedent !== undefined && (callNouns.has(tokens.norm(clause.antecedent)) || callBetween(s, clause.antecedent, 9))) return true;
  for (let j = verb - 1; j >= Math.max(s.first, verb - 5); j--) if (callNouns.has(tokens.norm(j)) && tokens.norm(j) !== 'one') return true;
  return false;
}

/** Words that may follow a verb with no object: "which Austin placed after hearing", "that Moscow requested on Sunday". */
const afterVerb = new Set(['after', 'before', 'on', 'in', 'at', 'from', 'because', 'when', 'once', 'within', 'days', 'last', 'then', 'himself', 'personally']);

const clauseEnds = (tokens: Tokens, i: number, last: number): boolean => i >= last || /^(?:,|\.|;|:|!|\?|—|–|\))$/.test(tokens.norm(i));

/** "Shoigu called Austin", "Austin Rings Shoigu Back", "Brown called his Russian counterpart". */
function callerClaim(s: SentenceView, i: number): Claim | undefined {
  const { tokens } = s;
  // "called for a ceasefire" and "called on Moscow" are no call ("rings", "phones" are read here only).
  const frame = s.read.frames.find((f) => f.word === i);
  if (frame ? frame.kind !== 'call' : tokens.norm(i).startsWith('call')) return undefined;
  // "Shoigu — who had not been seen for weeks — rang Austin": past an aside between dashes.
  // ("It was Shoigu who called Austin": past the cleft's "who".)
  const cleft = tokens.norm(i - 1) === 'who' && /\bit\s+(?:was|is)\s+[^,;]{1,40}$/i.test(tokens.source.slice(tokens.start(s.first), tokens.start(i - 1)));
  const verbAt = cleft ? i - 1 : tokens.norm(i - 1) === '—' || tokens.norm(i - 1) === '–' ? asideOpening(tokens, i - 1, Math.max(s.first, i - 31) + 1) ?? i : i;
  const caller = s.mentions.find((m) => m.last <= verbAt && skipped(tokens, m.last, verbAt, auxiliaries));
  const callee = s.mentions.find((m) => m.first > i && m.first <= i + 6 && onlyTitlesBetween(s, i + 1, m.first));
  if (!caller || !callee || caller.person === callee.person) return undefined;
  const claim: Claim = { start: caller.start, end: callee.end, at: i, agent: { person: caller.person, mention: caller } };
  // The fix swaps the two names where nothing but the verb stands between them.
  if (callee.first === i + 1) {
    const between = s.text.slice(caller.end - s.start, callee.start - s.start);
    const text = (m: Mention) => s.text.slice(m.start - s.start, m.end - s.start);
    claim.fix = (initiator) => (initiator === callee.person ? { title: `Change to ${text(callee)}${between}${text(caller)}`, newText: `${text(callee)}${between}${text(caller)}` } : undefined);
  }
  return claim;
}

/** Whether every token in [from, to) is one of the words given (or punctuation none of them is). */
function skipped(tokens: Tokens, from: number, to: number, words: Set<string>): boolean {
  for (let k = from; k < to; k++) if (!words.has(tokens.norm(k))) return false;
  return true;
}

function onlyTitlesBetween(s: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const titled = s.titles.some((t) => t.first <= k && k < t.last) || titleNeighbours.has(s.tokens.norm(k));
    if (!titled && !countryWord(s.tokens, k) && s.tokens.norm(k) !== '.') return false;
  }
  return true;
}

// ---- Who asked ----

/** Who stands right before the verb at `verb`: a person, a side, or the antecedent of "who". */
function agentBefore(ctx: Context, s: SentenceView, verb: number): Claim | undefined {
  const { tokens } = s;
  let j = verb - 1;
  while (j >= s.first && auxiliaries.has(tokens.norm(j))) j--;
  if (j >= s.first && unasserting.has(tokens.norm(j))) return undefined;
  const end = s.base + tokens.end(verb);
  // "It was the Russian MoD that requested the conversation": the one the cleft puts first asked.
  if (tokens.norm(j) === 'that' && /\bit\s+(?:was|is)\s+[^,;]{1,40}$/i.test(tokens.source.slice(tokens.start(s.first), tokens.start(j)).trimEnd() + ' ')) {
    const agent = agentEndingAt(ctx, s, j - 1);
    return agent && { start: agent.start, end, at: verb, agent: agent.agent };
  }
  if (tokens.norm(j) === 'who') {
    // "Belousov, who requested the call": the antecedent asked; the clause is flagged, the name left alone.
    const clause = s.read.clauses.find((c) => c.first <= j && j < c.last);
    const agent = clause?.antecedent !== undefined ? agentEndingAt(ctx, s, contrasted(s, clause.antecedent)) : undefined;
    return agent && { start: s.base + tokens.start(j), end, at: verb, agent: agent.agent };
  }
  const found = agentEndingAt(ctx, s, j);
  // "The call nobody in Washington placed": no one there asked.
  if (found && /\b(?:nobody|no\s+one|none)\s+(?:in|at|from)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, found.start - s.start - 20), found.start - s.start))) return undefined;
  return found && { start: found.start, end: found.end, at: verb, agent: found.agent, ...(found.fix ? { fix: found.fix } : {}) };
}

/** "It was the Americans, not the Russians, who asked": the antecedent is the one before the contrast, or an aside. */
function contrasted(s: SentenceView, antecedent: number): number {
  const past = aside(s, antecedent + 1);
  if (past !== undefined) return past;
  for (let k = antecedent; k > Math.max(s.first, antecedent - 5); k--) {
    if (s.tokens.norm(k) === 'not' && s.tokens.norm(k - 1) === ',') return k - 2;
  }
  return antecedent;
}

/** The comma that opens an aside closed by the comma at token `comma`, within `reach` tokens before it. */
function openingComma(s: SentenceView, comma: number, reach: number): number | undefined {
  return s.tokens.norm(comma) === ',' ? asideOpening(s.tokens, comma, Math.max(s.first, comma - reach) + 1) : undefined;
}

/**
 * An aside of who said so that ends with the comma at token `comma` ("Sunday's call, the Pentagon
 * said, was requested by Austin"): the token before the aside, which the claim reads past.
 */
function aside(s: SentenceView, comma: number): number | undefined {
  const k = openingComma(s, comma, 7);
  return k !== undefined && saidIn(s, k + 1, comma) ? k - 1 : undefined;
}

/** "The call, which lasted roughly an hour, was initiated by Shoigu": the token before a relative clause set off by the comma at `comma`. */
function relativeAside(s: SentenceView, comma: number): number | undefined {
  const k = openingComma(s, comma, 16);
  return k !== undefined && /^(?:which|who)$/.test(s.tokens.norm(k + 1)) ? k - 1 : undefined;
}

/** "The call of Feb. 18, 2022, requested by", "the call on Feb. 18 was requested by": back past the date to its call noun. */
function callBeforeDate(s: SentenceView, j: number): number | undefined {
  const date = s.dates.find((d) => d.start <= s.base + s.tokens.start(j) && s.base + s.tokens.start(j) < d.end);
  if (!date) return undefined;
  let k = tokenAt(s, date.start) - 1;
  if (/^(?:on|of|from|dated)$/.test(s.tokens.norm(k))) k--;
  return callNouns.has(s.tokens.norm(k)) ? k : undefined;
}

/** "The second call, on Sunday, was requested by Washington": the token before a date set off by the comma at `comma`. */
function setOffDate(s: SentenceView, comma: number): number | undefined {
  if (s.tokens.norm(comma) !== ',') return undefined;
  const date = s.dates.find((d) => d.end <= s.base + s.tokens.start(comma) && /^[\s)]*$/.test(s.text.slice(d.end - s.start, s.tokens.start(comma) + s.base - s.start)));
  if (!date) return undefined;
  let k = tokenAt(s, date.start) - 1;
  if (pointPrepositions.has(s.tokens.norm(k)) || /^(?:on|in)$/.test(s.tokens.norm(k))) k--;
  return s.tokens.norm(k) === ',' ? k - 1 : undefined;
}

const saidWords = new Set(['said', 'says', 'told', 'reported', 'stated', 'added', 'confirmed', 'noted', 'according']);
const saidIn = (s: SentenceView, from: number, to: number) => {
  for (let k = from; k < to; k++) if (saidWords.has(s.tokens.norm(k))) return true;
  return false;
};

/** A person or side whose words end at token `j`: "Austin", "the Pentagon", "the Russian side", "U.S. officials". */
function agentEndingAt(ctx: Context, s: SentenceView, j: number): Omit<Claim, 'at'> | undefined {
  const { tokens } = s;
  const mention = s.mentions.find((m) => m.last - 1 === j);
  if (mention) return personClaim(ctx, mention);
  for (let k = j; k >= Math.max(s.first, j - 3); k--) {
    const country = countryWord(tokens, k);
    if (country) return { start: s.base + sideStart(tokens, k), end: s.base + tokens.end(j), agent: { country } };
    if (!sideNouns.has(tokens.norm(k)) && tokens.norm(k) !== '.') return undefined;
  }
  return undefined;
}

/** Who stands at token `k` and after: "by Defence Secretary Lloyd Austin", "of the Russian side", "by the US defence secretary". */
function agentAfter(ctx: Context, s: SentenceView, k: number, at: number): Claim | undefined {
  const { tokens } = s;
  if (tokens.norm(k) === 'the') k++;
  if (k >= s.last) return undefined;
  const mention = s.mentions.find((m) => m.first >= k && m.first <= k + 6 && onlyTitlesBetween(s, k, m.first));
  if (mention) return { ...personClaim(ctx, mention), at };
  const title = s.titles.find((t) => t.first >= k && t.first <= k + 1);
  const call = contextCall(ctx, s);
  if (title && call) {
    // "the US Defence Secretary": whoever held the office that day.
    const country = title.first > k ? countryWord(tokens, k) : undefined;
    const offices = title.offices.filter((o) => !country || ctx.index.offices.get(o)?.country === country);
    const holders = [...new Set(offices.flatMap((o) => holdersOn(ctx.index, o, call.day)))];
    return holders.length === 1 ? { start: s.base + tokens.start(k), end: s.base + tokens.end(title.last - 1), at, agent: { person: holders[0]! } } : undefined;
  }
  for (let i = k; i < Math.min(k + 3, s.last); i++) {
    const country = countryWord(tokens, i);
    // "the American side", "the Russian defence ministry": the side's noun is flagged with it.
    let end = i;
    while (end + 1 < s.last && sideNouns.has(tokens.norm(end + 1))) end++;
    if (country) return { start: s.base + tokens.start(k), end: s.base + tokens.end(end), at, agent: { country } };
    if (tokens.norm(i) !== '.' && !tokens.word(i)) break;
  }
  return undefined;
}

function personClaim(ctx: Context, m: Mention): Omit<Claim, 'at'> {
  // A possessive keeps its ending in the fix: "at Austin's request" → "at Belousov's request".
  const possessive = /['’]s$/.exec(ctx.doc.text.slice(m.start, m.end))?.[0] ?? '';
  return {
    start: m.start,
    end: m.end,
    agent: { person: m.person, mention: m },
    fix: (initiator) => {
      const name = renameLike(ctx, m, initiator) + possessive;
      return { title: `Change to ${name}`, newText: name };
    },
  };
}

/** The side a word names: "Moscow", "the Russians", "Pentagon", "U.S.", "the United States". */
function countryWord(tokens: Tokens, i: number): string | undefined {
  const norm = tokens.norm(i);
  if (unitedStates(tokens, i)) return 'US';
  return tokens.word(i) ? countryOf(norm, tokens.text(i)) : undefined;
}

const unitedStates = (tokens: Tokens, i: number) => tokens.norm(i) === 'states' && tokens.norm(i - 1) === 'united';
/** Where the side's name that ends at token `i` starts: "United States" is two words. */
const sideStart = (tokens: Tokens, i: number) => tokens.start(unitedStates(tokens, i) ? i - 1 : i);
