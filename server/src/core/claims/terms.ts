// Term claims: when someone took up or left an office. Each date is read with the words that
// lead up to it in its clause: a verb of taking or leaving office ("took office on", "was
// appointed", "replaced Sergei Shoigu in May", "stepped down in"), or an office held since,
// from or until it ("defence minister since 2014", "ran the ministry until June").
import type { Fix } from '../api';
import { countryOf } from '../read/cues';
import { roleNouns } from '../read/frames';
import type { Mention } from '../read/mentions';
import type { ResolvedDate } from '../read/resolveDates';
import { attributive, type SentenceView } from '../read/sentences';
import type { TitleMatch } from '../read/paragraph';
import { type EventInfo, phraseWords, type TermInfo } from '../record/index';
import { type DaySpan, dayNumber, daysInMonth, showSpan, ymd } from '../text/dates';
import { type Context, nameOf, type RawFinding, reformatDate } from './context';
import { eventMentions, judgeLeavingEvent } from './events';
import { readTitleClaims } from './titles';

type Side = 'start' | 'end';

/**
 * How a stated day must meet the recorded boundary: taking office, on the day itself; a
 * swearing-in or a confirmation may come a few days before the term; an appointment may be dated
 * to its announcement; leaving, a day either side (a record keeps the last day or the next).
 */
type Step = 'office' | 'ceremony' | 'confirmation' | 'appointment' | 'leaving';

interface Cue {
  /** Token range of the cue's words. */
  first: number;
  last: number;
  side: Side;
  step: Step;
  /** A transitive verb: "replaced Shoigu" ends the object's term and starts the subject's; in "Putin dismissed Brown" the term is the object's; "was succeeded by Hegseth" ends the subject's and starts the agent's. */
  transitive?: 'replaces' | 'object' | 'passive';
  /** "was promoted to": the office may be a rank. */
  rank?: boolean;
  /** "became", "was named": the office is what follows ("became chairman"), not anything the person held. */
  role?: boolean;
  /** No verb: an office held since, from or until the date ("defence minister since 2014"). */
  period?: boolean;
}

/** What a sentence says of a term, read from one date. */
interface Claim {
  date: ResolvedDate;
  person: string;
  side: Side;
  step: Step;
  /** The offices named with the claim; none named: the person's terms that began or ended near the date. */
  offices?: Set<string>;
  /** With none named, the person's own title in the sentence: of the terms near the date, those come first. */
  own?: Set<string>;
  /** The offices are named by loose words ("minister"), which other posts share: only terms near the date are in question. */
  loose?: boolean;
  acting: boolean;
  /** "Belousov replaced Shoigu": Belousov's start agrees as well as Shoigu's end. */
  successor?: string;
  /** The verb of leaving as written ("fired"), which may be a recorded event's word. */
  verb?: string;
}

/** Words without which a sentence holds no term claim. */
const termWords = /\b(?:took|taking|assumed|became|began|started|ended|expired|sworn|confirmed|appointed|nominated|named|promoted|moved|installed|stepped|left|resigned|quit|retired|dismissed|fired|removed|ousted|sacked|relieved|replaced|replacing|succeeded|succeeding|since|until|till|from)\b/i;
/** After "retired" the verb, not the adjective of "a retired Army general". */
const afterRetiredVerb = new Set(['in', 'on', 'from', 'as', 'after', 'before', 'at', 'and', 'with', 'last', 'this', 'earlier', 'later', ',', '.', ';']);
/** What "left" must be followed by to mean leaving an office, not a place or a meeting: "left office", "left the ministry". */
const leftWhat = new Set(['office', 'post', 'on', 'in']);
const leftPosts = new Set(['post', 'job', 'role', 'office', 'ministry', 'chairmanship', 'podium', 'pentagon', 'department', 'government', 'cabinet', 'administration', 'army', 'military', 'service']);
/** "took the job", "took the helm". */
const takenPosts = new Set(['job', 'post', 'helm', 'reins', 'role', 'office']);
const passiveAuxiliaries = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'newly', 'get', 'got']);
/** Words of holding an office, read before "since" or "until": "has headed the General Staff since 2013". */
const holdingWords = new Set(['headed', 'heading', 'led', 'leading', 'held', 'holding', 'ran', 'run', 'running', 'served', 'serving', 'job', 'post', 'role', 'helm', 'charge']);
/** Prepositions that make a date the start or the end of a period held. */
const periodPrepositions = new Map<string, Side>([['since', 'start'], ['from', 'start'], ['until', 'end'], ['till', 'end']]);
/** Words that leave a term claim unasserted: "did not resign", "is expected to step down", "is set to take over". */
const unassertedWords = new Set(['not', 'never', 'no', 'will', 'would', 'could', 'might', 'may', 'should', 'expected', 'expects', 'plan', 'plans', 'planned', 'set', 'due', 'likely', 'poised', 'tipped', 'rumored', 'rumoured', 'reportedly', 'if', 'whether']);
const pronouns = new Set(['he', 'she', 'his', 'her']);
const tenureWords = new Set(['term', 'tenure', 'mandate', 'chairmanship']);
const actingWords = new Set(['acting', 'interim', 'acted', 'caretaker']);

/** The cue that begins at token `i`, if any. */
function cueAt(s: SentenceView, i: number): Cue | undefined {
  const t = s.tokens;
  if (!t.word(i)) return undefined;
  const norm = t.norm(i);
  const next = t.norm(i + 1);
  const previous = t.norm(i - 1);
  const start = (last: number, step: Step = 'office'): Cue => ({ first: i, last, side: 'start', step });
  const end = (last: number): Cue => ({ first: i, last, side: 'end', step: 'leaving' });
  // An object named right after the verb makes it active: "Putin dismissed Brown", "dismissed Gen. CQ Brown", "the Senate confirmed him".
  const active = objectAt(s, i + 1) !== undefined || next === 'him' || next === 'her';
  switch (norm) {
    case 'took':
    case 'taking':
      if (next === 'over' && t.norm(i + 2) === 'from') return { first: i, last: i + 3, side: 'end', step: 'leaving', transitive: 'replaces' };
      if (next === 'office' || next === 'over' || next === 'up') return start(i + 2);
      return next === 'the' && takenPosts.has(t.norm(i + 2)) ? start(i + 3) : undefined;
    case 'assumed':
      return next === 'office' || next === 'the' ? start(i + 2) : undefined;
    case 'became':
    case 'installed':
      return { ...start(i + 1), role: true };
    case 'moved':
      // "moved to the White House": a place, not the title of the office; the terms near the date are in question.
      return next === 'to' ? start(i + 2) : undefined;
    case 'sworn':
      return start(next === 'in' ? i + 2 : i + 1, 'ceremony');
    case 'confirmed':
      if (active) return { ...start(i + 1, 'confirmation'), transitive: 'object' };
      return passiveAuxiliaries.has(previous) || previous === 'senate' ? start(i + 1, 'confirmation') : undefined;
    case 'appointed':
    case 'nominated':
      return { ...start(i + 1, 'appointment'), role: true, ...(active ? { transitive: 'object' as const } : {}) };
    case 'named':
      if (active) return { ...start(i + 1, 'appointment'), role: true, transitive: 'object' };
      return passiveAuxiliaries.has(previous) || next === 'as' || next === 'to' ? { ...start(i + 1, 'appointment'), role: true } : undefined;
    case 'promoted':
      // "Promoted from brigadier general in December": the day the rank named was left.
      return next === 'from' ? { ...end(i + 2), rank: true, role: true } : { ...start(i + 1), rank: true, role: true };
    case 'stepped':
      return next === 'down' || next === 'aside' ? end(i + 2) : undefined;
    case 'left':
      if (next === 'the' || next === 'his' || next === 'her') return leftPosts.has(t.norm(i + 2)) || s.titles.some((x) => x.first === i + 2) ? end(i + 1) : undefined;
      return leftWhat.has(next) ? end(i + 1) : undefined;
    case 'resigned':
    case 'quit':
      return end(i + 1);
    case 'began':
    case 'started':
    case 'ended':
    case 'expired':
      // "whose term ended on Sept. 30", "his tenure began in May".
      if (!tenureWords.has(previous)) return undefined;
      return norm === 'began' || norm === 'started' ? start(i + 1) : end(i + 1);
    case 'retired':
      return !t.word(i + 1) || afterRetiredVerb.has(next) ? end(i + 1) : undefined;
    case 'dismissed':
    case 'fired':
    case 'removed':
    case 'ousted':
    case 'sacked':
    case 'relieved':
      return { ...end(i + 1), ...(active ? { transitive: 'object' as const } : {}) };
    case 'replaced':
    case 'succeeded':
      // "Shoigu was replaced by Belousov": Shoigu's term ends, and Belousov's begins.
      if (passiveAuxiliaries.has(previous)) return { ...end(i + 1), transitive: 'passive' };
      return { first: i, last: i + 1, side: 'end', step: 'leaving', transitive: 'replaces' };
    case 'replacing':
    case 'succeeding':
      return { first: i, last: i + 1, side: 'end', step: 'leaving', transitive: 'replaces' };
    default:
      return undefined;
  }
}

const mentionAt = (s: SentenceView, i: number): Mention | undefined => s.mentions.find((m) => m.first <= i && i < m.last);
const isPersonAt = (s: SentenceView, i: number): boolean => s.mentions.some((m) => m.first === i);

/** The person named from token `i`, past a title before the name ("Gen. CQ Brown"). */
function objectAt(s: SentenceView, i: number): Mention | undefined {
  const title = s.titles.find((t) => t.first === i);
  let k = title ? title.last : i;
  while (title && k < s.last && s.tokens.norm(k) === '.') k++;
  return s.mentions.find((m) => m.first === k);
}

export function readTermClaims(ctx: Context, s: SentenceView): RawFinding[] {
  const out: RawFinding[] = [];
  if (!termWords.test(s.text) || !s.dates.length) return out;
  for (const date of s.dates) {
    if (date.dateline || (date.day === undefined && date.firstDay === undefined) || datesOtherEvent(s, date)) continue;
    const claim = claimOf(ctx, s, date);
    // (A leaving told by a recorded dismissal's own verb is that event's day: an event-date claim.)
    const event = claim?.side === 'end' && claim.verb ? judgeLeavingEvent(ctx, date, claim.person, claim.verb) : undefined;
    if (event) {
      out.push(...event);
      continue;
    }
    const finding = claim && judge(ctx, claim);
    if (finding) out.push(finding);
  }
  return out;
}

/** "So the July call was their second": a date before another event's noun is that event's. */
function datesOtherEvent(s: SentenceView, date: ResolvedDate): boolean {
  if (!attributive(s, date)) return false;
  let next = s.first;
  while (next < s.last && s.base + s.tokens.start(next) < date.end) next++;
  return s.read.frames.some((f) => f.word === next && f.kind !== 'appointment');
}

interface Scope {
  first: number;
  /** A relative clause's antecedent token. */
  antecedent?: number;
}

/** The stretch of the sentence a date's claim may be read in: its clause, with a clause of "as chairman" joined to the one before. */
function scopeOf(s: SentenceView, at: number): Scope | undefined {
  const clauses = s.read.clauses;
  let c = clauses.findIndex((x) => x.first <= at && at < x.last);
  if (c < 0) return undefined;
  const clause = clauses[c]!;
  return { first: clause.first, ...(clause.antecedent !== undefined ? { antecedent: clause.antecedent } : {}) };
}

/** Where a date stands in its sentence: its first token, and the word before its preposition. */
interface Place {
  at: number;
  /** "Chairman" of "Chairman Since 2018", "secretary" of "press secretary on". */
  before: number;
  scope: Scope;
}

/** What leads up to a date: the cue, and for a period a title or a word of holding office before it. */
interface Reading {
  cue: Cue;
  title?: TitleMatch;
  holding: boolean;
  /** Read on from a date that heads the sentence: where the cue's words end (the office is named before it). */
  until?: number;
}

function claimOf(ctx: Context, s: SentenceView, date: ResolvedDate): Claim | undefined {
  const t = s.tokens;
  let at = s.first;
  while (at < s.last && s.base + t.start(at) < date.start) at++;
  const scope = scopeOf(s, at);
  if (!scope) return undefined;
  const place: Place = { at, before: t.norm(at - 1) === date.preposition ? at - 2 : at - 1, scope };
  const reading = readBack(ctx, s, date, place) ?? readOn(s, date);
  if (!reading) return undefined;
  const { cue, holding } = reading;
  if (isUnasserted(s, scope.first, cue.first) || isReported(s, cue.first)) return undefined;
  const subject = subjectOf(ctx, s, scope, cue);
  // "Trump dismissed Brown in January": the day of a recorded dismissal is that event's, for the event reader.
  if (!subject || (cue.side === 'end' && eventMentions(ctx, s).some((m) => m.first === cue.first && m.event.participants.includes(subject.person)))) return undefined;
  const until = reading.until ?? at;
  const title = reading.title ?? s.titles.find((x) => x.first >= cue.last && x.last <= until && (cue.rank || !isRank(ctx, x.offices)));
  // Else the office its words name: "Chairman Since 2018", "became press secretary on", but not "became economy minister in".
  const words = title || (cue.period && holding) ? [] : cue.period ? roleWords(s, apposed(s, place.before), place.before) : cue.role ? roleWords(s, cue.last, reading.until !== undefined ? until - 1 : place.before) : [];
  const offices = title ? new Set(title.offices) : words.length ? officesCalled(ctx, subject.person, words) : undefined;
  if (words.length && !offices) return undefined;
  let acting = false;
  for (let i = Math.max(scope.first, cue.first - 1); i < at; i++) acting ||= actingWords.has(t.norm(i));
  const claim: Claim = { date, person: subject.person, side: subject.side ?? cue.side, step: cue.step, acting, verb: t.norm(cue.first) };
  if (subject.successor) claim.successor = subject.successor;
  if (offices) {
    claim.offices = offices;
    if (!title) claim.loose = true;
  } else {
    const own = ownOffices(ctx, s, subject.mention);
    if (own) claim.own = own;
  }
  return claim;
}

/**
 * Reads back from a date to the cue nearest before it in its scope. Another event's word
 * ("called Austin on") or another date ends the search: the date is theirs. With no verb, a
 * date of a period may close a title or a word of holding office ("defence minister since 2014",
 * "ran the ministry until June"); a comma before its preposition ("spoke to Belousov, Russia's
 * defence minister, since July 12") gives the period to the verb, not to the title.
 */
function readBack(ctx: Context, s: SentenceView, date: ResolvedDate, { at, before, scope }: Place): Reading | undefined {
  const t = s.tokens;
  const otherEvent = otherEvents(s);
  const period = periodPrepositions.get(date.preposition);
  // "defence minister from 2012 until May 2024": the start of the same period stands between the end and its title.
  const otherDate = (i: number) => s.dates.some((d) => d !== date && d.start <= s.base + t.start(i) && s.base + t.start(i) < d.end && !(period === 'end' && d.preposition === 'from'));
  const apposition = t.norm(before) === ',';
  let title: TitleMatch | undefined;
  let holding = false;
  for (let i = at - 1; i >= scope.first; i--) {
    const cue = cueAt(s, i);
    // "His first call since taking office came on Aug. 11": a point counted from, dated only by a date right after it.
    if (cue && cue.last <= at && /^(?:since|after|before|upon)$/.test(t.norm(cue.first - 1)) && s.base + t.end(cue.last - 1) < date.start - (date.preposition.length + 2)) return undefined;
    if (cue && cue.last <= at) return { cue, holding: false };
    if (otherEvent.has(i) || otherDate(i)) return undefined;
    if (!period || apposition) continue;
    // "Belousov, a former first deputy prime minister, has run the ministry since May 2024": the apposition is of another post.
    if (mentionAt(s, i) || (holding && t.norm(i) === ',')) break;
    title ??= s.titles.find((x) => x.last === i + 1 && (!isRank(ctx, x.offices) || x.last === at - 1));
    // "Has been chairman since October 2018": "been" holds an office only with a role named after it, not "been in Beijing".
    holding ||= holdingWords.has(t.norm(i)) || (t.norm(i) === 'been' && (title !== undefined || roleNouns.has(t.norm(i + 1))));
  }
  if (!period || apposition) return undefined;
  const first = title?.first ?? at - 1;
  return { cue: { first, last: first, side: period, step: 'office', period: true }, ...(title ? { title } : {}), holding };
}

/**
 * A date that heads its sentence ("On May 14, 2024, Belousov was appointed…", "**Oct. 24** —
 * Sunak became prime minister") dates the first cue after it, before another event or date.
 */
function readOn(s: SentenceView, date: ResolvedDate): Reading | undefined {
  const t = s.tokens;
  if (!/^[\W_]*(?:(?:on|in|by)\s+)?$/i.test(s.text.slice(0, date.start - s.start)) || !/^[*_]*\s*(?:,|—|–|-|:)/.test(s.text.slice(date.end - s.start))) return undefined;
  const otherEvent = otherEvents(s);
  for (let i = s.first; i < s.last; i++) {
    const at = s.base + t.start(i);
    if (at < date.end) continue;
    if (otherEvent.has(i) || s.dates.some((d) => d !== date && d.start <= at && at < d.end)) return undefined;
    const cue = cueAt(s, i);
    if (!cue || cue.period) continue;
    // "June 25, 2024 — The economist who replaced Shoigu in May warned…": a cue with a date of its own is that date's.
    if (datedInClause(s, cue.last)) return undefined;
    let until = cue.last;
    while (until < s.last && t.word(until) && !s.mentions.some((m) => m.first === until)) until++;
    return { cue, holding: false, until };
  }
  return undefined;
}

/** Whether a date follows token `from` in its clause, before any comma. */
function datedInClause(s: SentenceView, from: number): boolean {
  const clause = s.read.clauses.find((c) => c.first <= from && from < c.last);
  let end = clause?.last ?? s.last;
  for (let k = from; k < end; k++) if (s.tokens.norm(k) === ',') end = k;
  const [start, stop] = [s.base + s.tokens.start(from), end < s.last ? s.base + s.tokens.start(end) : s.end];
  return s.dates.some((d) => d.start >= start && d.start < stop);
}

/** The event words of a sentence other than those of office: a date beyond one is that event's ("called Austin on"). */
const otherEvents = (s: SentenceView): Set<number> => new Set(s.read.frames.filter((f) => f.kind !== 'appointment').map((f) => f.word));

/** Words that say nothing of which office: "the post of", "acting", "Russia's". */
const roleFiller = new Set(['the', 'a', 'an', 'of', 'to', 'as', 'his', 'her', 'its', 'their', 'new', 'then', 'in', ...takenPosts, ...actingWords]);

/** The words of a role in tokens [from, to], less filler and country words ("economy minister", "press secretary"). */
function roleWords(s: SentenceView, from: number, to: number): string[] {
  const words: string[] = [];
  for (let i = from; i <= to; i++) {
    const norm = s.tokens.norm(i);
    if (s.tokens.word(i) && !roleFiller.has(norm) && !countryOf(norm, s.tokens.text(i))) words.push(norm);
  }
  return words;
}

/** Where an apposition before a token begins: after the name or the comma before it ("Milley, Chairman Since 2018"). */
function apposed(s: SentenceView, to: number): number {
  let i = to;
  while (i > s.first && s.tokens.word(i - 1) && !mentionAt(s, i - 1)) i--;
  return i;
}

/** The person's offices that a role's words all belong to: "press secretary" is the Pentagon Press Secretary's. */
function officesCalled(ctx: Context, person: string, words: string[]): Set<string> | undefined {
  const offices = (ctx.index.termsByPerson.get(person) ?? []).map((t) => t.term.office).filter((o) => {
    const office = ctx.index.offices.get(o);
    if (!office || office.kind === 'rank') return false;
    const named = new Set([office.title, ...office.forms, ...(office.labels ?? [])].flatMap(phraseWords));
    return words.every((w) => named.has(w));
  });
  return offices.length ? new Set(offices) : undefined;
}

/** A title that names only ranks. */
const isRank = (ctx: Context, offices: string[]): boolean => offices.every((o) => ctx.index.offices.get(o)?.kind === 'rank');

interface Subject {
  person: string;
  mention?: Mention;
  /** "Brown succeeded him on Oct. 1": with no one named as replaced, the claim is of the successor's start. */
  side?: Side;
  successor?: string;
}

/**
 * Whose term a cue is about: the object of a transitive verb ("Putin dismissed Brown",
 * "replaced Shoigu"); else the person named last before it in its clause, nothing but an
 * apposition between; else the antecedent of a relative clause ("Belousov, who replaced…"),
 * or the one person a "he" or "she" can stand for.
 */
function subjectOf(ctx: Context, s: SentenceView, scope: Scope, cue: Cue): Subject | undefined {
  const object = objectAt(s, cue.last);
  if (cue.transitive === 'object') return object && { person: object.person, mention: object };
  const agent = namedBefore(ctx, s, scope, cue.first);
  if (cue.transitive === 'passive') {
    const successor = agentAfterBy(s, cue.last);
    return agent && successor ? { ...agent, successor: successor.person } : agent;
  }
  if (cue.transitive !== 'replaces') return agent;
  if (!object) return agent && { ...agent, side: 'start' };
  return { person: object.person, mention: object, ...(agent ? { successor: agent.person } : {}) };
}

/** The person after "by" within a few words of token `from`: "replaced by Belousov", "succeeded five days later by Hegseth". */
function agentAfterBy(s: SentenceView, from: number): Mention | undefined {
  for (let k = from; k < Math.min(s.last, from + 6); k++) if (s.tokens.norm(k) === 'by') return objectAt(s, k + 1);
  return undefined;
}

function namedBefore(ctx: Context, s: SentenceView, scope: Scope, at: number): Subject | undefined {
  const t = s.tokens;
  // "has spoken to Shoigu twice since taking office", "moved in June, taking over from Patrushev": a participle's subject is its clause's.
  if (t.norm(at).endsWith('ing')) {
    const first = s.mentions.find((m) => m.first >= scope.first && m.first < at);
    if (first) return { person: first.person, mention: first };
  }
  for (let i = at - 1; i >= scope.first; i--) {
    const m = mentionAt(s, i);
    if (m) return { person: m.person, mention: m };
    if (pronouns.has(t.norm(i))) {
      // "his term ended" is his; "his successor took office" is someone else's.
      const possessive = t.norm(i) === 'his' || t.norm(i) === 'her';
      return possessive && !tenureWords.has(t.norm(i + 1)) ? undefined : pronounPerson(ctx, s, i);
    }
    if (s.read.frames.some((f) => f.word === i && f.kind !== 'appointment')) return undefined;
  }
  if (scope.antecedent === undefined) return undefined;
  // The antecedent is the person named, or the head of an apposition after the name ("Austin, a retired general who…"),
  // not another noun ("praised his predecessor, who…").
  const antecedent = s.mentions.filter((m) => m.first <= scope.antecedent!).at(-1);
  if (!antecedent) return undefined;
  let k = antecedent.last;
  while (k <= scope.antecedent && !t.word(k) && t.norm(k) !== ',') k++; // "**Dan Caine**, who"
  return k > scope.antecedent || t.norm(k) === ',' ? { person: antecedent.person, mention: antecedent } : undefined;
}

/** "He" or "she": the one person named before it in the sentence, else in the sentence before. */
function pronounPerson(ctx: Context, s: SentenceView, at: number): { person: string } | undefined {
  const before = new Set(s.mentions.filter((m) => m.last <= at).map((m) => m.person));
  if (before.size) return before.size === 1 ? { person: [...before][0]! } : undefined;
  const previous = ctx.sentences.at(s.index - 1);
  if (!previous || previous.paragraph !== s.paragraph) return undefined;
  const named = new Set(previous.mentions.map((m) => m.person));
  return named.size === 1 ? { person: [...named][0]! } : undefined;
}

/** A negated or hedged claim: "did not resign in May", "is expected to step down in June". */
function isUnasserted(s: SentenceView, from: number, at: number): boolean {
  for (let i = Math.max(from, at - 6); i < at; i++) {
    const norm = s.tokens.norm(i);
    // "who in May became…": the month, not the verb.
    if (norm === 'may' && s.tokens.capital(i)) continue;
    if (unassertedWords.has(norm) || /n['’]t$/.test(s.tokens.text(i))) return true;
  }
  return false;
}

/**
 * What an article, a profile or a report said ("An article said Hegseth became…", "A profile said
 * Ryder…"): a claim the draft quotes, often to correct it. A person's words ("Peskov said") are still judged.
 */
function isReported(s: SentenceView, at: number): boolean {
  const spokenByPerson = (word: number) => s.mentions.some((m) => m.last <= word && m.last >= word - 2);
  // "said Milley became", "said that he…": the words said, not "has been reported since".
  const opensReport = (word: number) => isPersonAt(s, word + 1) || s.tokens.norm(word + 1) === 'that' || pronouns.has(s.tokens.norm(word + 1));
  return s.read.frames.some((f) => (f.kind === 'report' || f.kind === 'statement') && f.word < at && opensReport(f.word) && !spokenByPerson(f.word));
}

/** The subject's own title in the sentence ("Defense Secretary Lloyd Austin"), offices only. */
function ownOffices(ctx: Context, s: SentenceView, mention: Mention | undefined): Set<string> | undefined {
  if (!mention) return undefined;
  const own = readTitleClaims(s, ctx.index).find((c) => c.mention === mention && c.offices !== 'counterpart');
  if (!own || own.offices === 'counterpart') return undefined;
  const offices = own.offices.filter((o) => ctx.index.offices.get(o)?.kind !== 'rank');
  return offices.length ? new Set(offices) : undefined;
}

/** A finding where the record contradicts the claim. */
function judge(ctx: Context, claim: Claim): RawFinding | undefined {
  const terms = termsInQuestion(ctx, claim);
  if (!terms.length || terms.some((t) => fits(ctx, claim, t))) return undefined;
  if (claim.successor && successorFits(ctx, claim, terms)) return undefined;
  return report(ctx, claim, terms);
}

const boundaryOf = (t: TermInfo, side: Side): DaySpan | undefined => (side === 'start' ? t.start : t.end);

/**
 * The terms a claim is about: of the offices it names (by loose words, those near the date);
 * else the offices (not ranks) whose start or end falls within a year of the date, the person's own title first. An acting term
 * answers a claim of acting, a full term one that does not say so, where the person held both.
 */
function termsInQuestion(ctx: Context, claim: Claim): TermInfo[] {
  const { date } = claim;
  const first = date.day ?? date.firstDay!;
  const last = date.day ?? date.lastDay!;
  const near = (t: TermInfo) => {
    const boundary = boundaryOf(t, claim.side);
    return !!boundary && boundary.last >= first - 366 && boundary.first <= last + 366;
  };
  const all = (ctx.index.termsByPerson.get(claim.person) ?? []).filter((t) =>
    claim.offices ? claim.offices.has(t.term.office) && (!claim.loose || near(t)) : ctx.index.offices.get(t.term.office)?.kind !== 'rank' && near(t));
  const own = claim.own ? all.filter((t) => claim.own!.has(t.term.office)) : [];
  const named = own.length ? own : all;
  const asClaimed = named.filter((t) => !!t.term.acting === claim.acting);
  return asClaimed.length ? asClaimed : named;
}

/** Days a boundary may be missed by, before and after it. */
function marginsOf(step: Step, t: TermInfo): [number, number] {
  if (t.term.approximate) return [31, 31];
  // A ceremony is held on a weekday: Brown's on Friday 2023-09-29 for a term from Sunday 2023-10-01.
  if (step === 'ceremony') return [3, 0];
  // A vote in the Senate comes days or months before the term: "confirmed in July" of a chairman from October.
  if (step === 'confirmation') return [t.announced && t.start ? t.start.first - t.announced.first : 120, 0];
  return step === 'leaving' ? [1, 1] : [0, 0];
}

/** Whether the claim agrees with a term, or the record cannot tell. */
function fits(ctx: Context, claim: Claim, t: TermInfo): boolean {
  if (t.term.confidence === 'low') return true;
  const margins = marginsOf(claim.step, t);
  if (claim.side === 'start') {
    if (!t.start) return true;
    // A vote the record holds ("The Senate confirms Dan Caine") is judged by its day, or the term's first (as a ceremony).
    const vote = claim.step === 'confirmation' ? confirmationOf(ctx, claim.person, t.start.first) : undefined;
    if (vote) return agrees(claim.date, { first: vote.day, last: vote.day, precision: 'day' }, [0, 0]) || agrees(claim.date, t.start, marginsOf('ceremony', t));
    return agrees(claim.date, t.start, margins) || (claim.step === 'appointment' && !!t.announced && agrees(claim.date, t.announced, [0, 0]));
  }
  if (t.term.endUnknown || (!t.end && !t.start)) return true;
  // A term still held when the record was compiled may have ended since.
  if (!t.end) return (claim.date.day ?? claim.date.lastDay!) > ctx.index.asOf;
  return agrees(claim.date, t.end, margins);
}

/** The recorded confirmation of a person in the months before a term's first day. */
function confirmationOf(ctx: Context, person: string, start: number): EventInfo | undefined {
  return (ctx.index.otherEventsByPerson.get(person) ?? []).find((e) => e.event.actions?.includes('confirmed') && e.day <= start && e.day >= start - 180);
}

/** "Belousov replaced Shoigu in May": the successor's start in the same office agrees as well. */
function successorFits(ctx: Context, claim: Claim, ended: TermInfo[]): boolean {
  const offices = new Set(ended.map((t) => t.term.office));
  return (ctx.index.termsByPerson.get(claim.successor!) ?? []).some((u) => offices.has(u.term.office) && !!u.start && agrees(claim.date, u.start, marginsOf('office', u)));
}

/** Whether a stated date meets a recorded boundary, at the coarser of the two precisions. */
function agrees(date: ResolvedDate, boundary: DaySpan, [before, after]: [number, number]): boolean {
  return claimedSpans(date, boundary).some(([first, last]) => first <= boundary.last + after && last >= boundary.first - before);
}

/**
 * The days a date names. One written without its year ("in March", "on Jan. 22") is read in
 * the boundary's year: the writer knows which year a term began, and the reference date does not.
 */
function claimedSpans(date: ResolvedDate, boundary: DaySpan): [number, number][] {
  const yearless = date.kind === 'yearless' || (date.kind === 'month' && date.year === undefined);
  if (!yearless || date.month === undefined) return [[date.day ?? date.firstDay!, date.day ?? date.lastDay!]];
  const years = new Set([ymd(boundary.first).year, ymd(boundary.last).year]);
  return [...years].flatMap((year): [number, number][] => {
    if (date.day === undefined) return [[dayNumber(year, date.month!, 1), dayNumber(year, date.month!, daysInMonth(year, date.month!))]];
    const dayOfMonth = ymd(date.day).day;
    return dayOfMonth <= daysInMonth(year, date.month!) ? [[dayNumber(year, date.month!, dayOfMonth), dayNumber(year, date.month!, dayOfMonth)]] : [];
  });
}

function report(ctx: Context, claim: Claim, terms: TermInfo[]): RawFinding {
  const { date, side } = claim;
  const describe = (t: TermInfo) => {
    const title = `${ctx.index.offices.get(t.term.office)!.title}${t.term.acting ? ' (acting)' : ''}`;
    if (side === 'start') return `${title} from ${t.start ? showSpan(t.start) : 'an unrecorded date'}${t.announced ? ` (announced ${showSpan(t.announced)})` : ''}`;
    return t.end ? `${title} until ${showSpan(t.end)}` : `${title}, still held when the record was compiled`;
  };
  const fixes: Fix[] = [];
  const rewritten = new Set(terms.map((t) => boundaryOf(t, side)).map((b) => (b ? rewrite(date, b) : undefined)));
  const [only] = rewritten;
  if (rewritten.size === 1 && only !== undefined) fixes.push({ title: `Change to "${only}"`, newText: only });
  return {
    code: 'term-date-conflict',
    start: date.start,
    end: date.end,
    message: `The record has ${nameOf(ctx, claim.person)} as ${terms.map(describe).join('; ')}.`,
    sourceIds: terms.flatMap((t) => t.term.sources),
    fixes,
  };
}

/** The date rewritten for the boundary at the precision the writer used, in the writer's format; none for a period ("2021 to 2025"). */
function rewrite(date: ResolvedDate, boundary: DaySpan): string | undefined {
  if (/\b(?:to|until|through)\b|[–—]/.test(date.text)) return undefined;
  if (date.kind === 'year') return date.text.replace(/\b\d{4}\b/, String(ymd(boundary.first).year));
  if (date.kind === 'month') return boundary.precision === 'year' ? undefined : reformatDate(date, boundary.first);
  return boundary.precision === 'day' ? reformatDate(date, boundary.first) : undefined;
}
