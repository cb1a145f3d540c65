// A sentence read into clauses, and each clause into a frame: what happened (a call, a
// statement, a report, a meeting, an incident, an appointment, a sought or refused call),
// with its qualifiers. Each date is attached to the event word it modifies, so that "after
// the summit on July 11" or "the ministry said on Monday" never dates a call.
import type { Tokens } from '../text/tokens';
import { lastAtOrBefore } from '../text/ordered';
import { chunk } from './chunks';

export type EventKind = 'call' | 'sought' | 'statement' | 'report' | 'meeting' | 'incident' | 'appointment' | 'war';

export interface Clause {
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Inside quotation marks: its relative dates belong to the speaker. */
  quoted: boolean;
  /** A relative clause's antecedent ("Belousov, who requested the call"): the token before "who". */
  antecedent?: number;
}

export interface Frame {
  kind: EventKind;
  clause: number;
  /** The word that names the event ("spoke", "call", "summit"), and its normal form. */
  word: number;
  norm: string;
  /** "did not speak", "was not on the call", "never spoke". */
  negated: boolean;
  /** "will speak", "plans to call", "are expected to talk", "tried to reach". */
  hedged: boolean;
}

export interface SentenceFrames {
  clauses: Clause[];
  frames: Frame[];
  /** A yes-or-no question ("## Was it the first time since the invasion?"): it asserts none of its events, counts or firsts. */
  question: boolean;
}

/** Event words by their normal form. "Told" and "spoke" are decided in context (see `kindAt`). */
export const eventWords: ReadonlyMap<string, EventKind> = new Map<string, EventKind>(Object.entries({
  call: 'call', calls: 'call', called: 'call', phone: 'call', phoned: 'call', telephone: 'call', telephoned: 'call',
  telephonic: 'call', conversation: 'call', conversations: 'call', spoke: 'call', speak: 'call', speaks: 'call',
  spoken: 'call', talk: 'call', talks: 'call', talked: 'call', dialled: 'call', dialed: 'call', rang: 'call', rings: 'call',
  phones: 'call', dials: 'call', speaking: 'call', chatted: 'call', conferred: 'call', reached: 'call', went: 'incident',
  discussed: 'call', videoconference: 'call', hotline: 'call', contact: 'call', contacts: 'call',
  sought: 'sought', seek: 'sought', seeking: 'sought', seeks: 'sought', refused: 'sought', rebuffed: 'sought',
  declined: 'sought', unable: 'sought', failed: 'sought', fails: 'sought', tried: 'sought', tries: 'sought', attempt: 'sought', attempted: 'sought', attempts: 'sought', refuses: 'sought', declines: 'sought',
  said: 'statement', says: 'statement', say: 'statement', saying: 'statement', told: 'statement', tells: 'statement',
  stated: 'statement', statement: 'statement', asked: 'statement', announced: 'statement', announcement: 'statement', added: 'statement',
  noted: 'statement', tweeted: 'statement', posted: 'statement', briefed: 'statement', briefing: 'statement',
  confirmed: 'statement', confirm: 'statement', confirms: 'statement', announces: 'statement', discloses: 'statement', reveals: 'statement', declared: 'statement', remarked: 'statement', remarks: 'statement', commented: 'statement',
  claimed: 'statement', insisted: 'statement', informed: 'statement', assured: 'statement', readout: 'statement', disclosed: 'statement', revealed: 'statement',
  report: 'report', reported: 'report', reports: 'report', story: 'report', article: 'report', interview: 'report',
  published: 'report', wrote: 'report', editorial: 'report', timeline: 'report', piece: 'report', column: 'report',
  tweet: 'report', video: 'report', letter: 'report', headline: 'report', correction: 'report', update: 'report',
  transcript: 'report', newsletter: 'report', appeared: 'report', emerged: 'report', surfaced: 'report', leaked: 'report', graphic: 'report', podcast: 'report', broadcast: 'report', account: 'report',
  met: 'meeting', meet: 'meeting', meeting: 'meeting', meetings: 'meeting', summit: 'meeting', visit: 'meeting',
  visited: 'meeting', visiting: 'meeting', trip: 'meeting', conference: 'meeting', forum: 'meeting', ceremony: 'meeting',
  downed: 'incident', downing: 'incident', clipped: 'incident', crash: 'incident', crashed: 'incident', collision: 'incident',
  collided: 'incident', intercepted: 'incident', interception: 'incident', came: 'incident', fell: 'incident', forced: 'incident', incident: 'incident', strike: 'incident', struck: 'incident',
  attack: 'incident', attacked: 'incident', shot: 'incident', brought: 'incident', brings: 'incident', downs: 'incident',
  occurred: 'incident', happened: 'incident', loss: 'incident', warrant: 'incident', raised: 'call', warrants: 'incident', deployment: 'incident', destruction: 'incident', destroyed: 'incident', knocked: 'incident', issued: 'statement',
  appointed: 'appointment', appointment: 'appointment', named: 'appointment', nominated: 'appointment',
  nomination: 'appointment', sworn: 'appointment', replaced: 'appointment', dismissed: 'appointment',
  fired: 'appointment', ousted: 'appointment', removed: 'appointment', sacked: 'appointment', relieved: 'appointment', dismissal: 'appointment', retired: 'appointment', resigned: 'appointment', succeeded: 'appointment',
  promoted: 'appointment', reshuffle: 'appointment', took: 'appointment',
  invasion: 'war', invaded: 'war', invade: 'war', invades: 'war', war: 'war', began: 'war', launched: 'war', launches: 'war', offensive: 'war',
}));

const talkWords: ReadonlySet<string> = new Set(['talk', 'talks', 'talked', 'conversation', 'conversations']);

function heldInPerson(tokens: Tokens, i: number, end: number): boolean {
  for (let j = Math.max(0, i - 8); j < Math.min(end, i + 14); j++) {
    if ((tokens.norm(j) === 'face' && tokens.norm(j + 1) === 'to' && tokens.norm(j + 2) === 'face') || (tokens.norm(j) === 'in' && tokens.norm(j + 1) === 'person')) return true;
  }
  return false;
}

/** Words before "calls" or "called" that make it the noun ("their calls", "two calls", "the so-called"). */
const nounBefore = new Set(['the', 'a', 'their', 'his', 'her', 'its', 'two', 'three', 'several', 'phone', 'telephone', 'these', 'those', 'such', 'regular', 'rare', 'previous', 'recent', 'earlier', 'later', 'both', 'all', 'no', 'of', 'further', 'more', 'other', 'many', 'few']);
/** Words after "called" that begin its callee: "called his counterpart", "called back". */
const calleeOpeners = new Set(['his', 'her', 'their', 'back', 'again', 'russia', 'moscow', 'washington', 'the', 'russian', 'american', 'us', 'defense', 'defence']);

/** Words that open a relative or subordinate clause. */
export const relatives: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);
const subordinators = new Set(['after', 'before', 'when', 'while', 'because', 'although', 'though', 'whereas', 'until', 'as']);
const negations = new Set(['not', 'never', 'no', 'neither', 'nor', 'zero', '0']);
/** Words after a sought call that turn to one that took place: "tried for weeks, but finally spoke on May 13"; the end of an aside. */
const turns = new Set(['but', 'then', 'later', 'finally', 'eventually', 'instead', 'until', 'before', 'after', 'yet', '—', '–', ')']);
/** Verbs whose "that" clause is a claim the writer reports, not one they make ("claiming that", "alleged that"). */
const claimVerbs = new Set(['claiming', 'alleging', 'alleged', 'purporting', 'purported', 'rumoured', 'rumored']);
/** Nouns after "no" whose "that" clause is denied: "no record that", "no evidence that". */
const denialNouns = new Set(['record', 'evidence', 'sign', 'indication', 'proof', 'suggestion']);
const hedges = new Set(['whether', 'if', 'will', 'would', 'could', 'might', 'may', 'should', 'plan', 'plans', 'planned', 'planning', 'expected', 'expects', 'hope', 'hopes', 'hoped', 'want', 'wants', 'wanted', 'trying', 'tried', 'try', 'sought', 'seeking', 'intend', 'intends', 'scheduled', 'proposed', 'offered', 'ready', 'willing']);
/** Audiences of a statement: "told reporters", "spoke to journalists". */
const audiences = new Set(['reporters', 'journalists', 'the', 'press', 'media', 'lawmakers', 'congress', 'senators', 'a', 'an', 'students', 'parliament', 'audience', 'crowd', 'ria', 'tass', 'cnn', 'cbs', 'nbc', 'abc', 'fox', 'msnbc', 'bbc']);
const quoteMarks = new Set(['"', '“', '”']);

/**
 * Clauses and frames of the sentence in tokens [first, last). `people` tells which tokens
 * begin a recorded person's mention: "told Shoigu" is part of a call, "told reporters" a statement.
 */
export function readFrames(tokens: Tokens, first: number, last: number, isPerson: (i: number) => boolean, quotes: readonly [number, number][]): SentenceFrames {
  const clauses = splitClauses(tokens, first, last, quotes);
  const question = asksWhether(tokens, first, last);
  const frames: Frame[] = [];
  for (const [c, clause] of clauses.entries()) {
    // "Later versions of the post claimed that Hegseth spoke with Belousov": what is claimed is reported, not told.
    let claimed = false;
    for (let i = clause.first; i < clause.last; i++) {
      // ("There is no record that Hegseth has ever spoken to Belousov": denied.)
      claimed ||= (claimVerbs.has(tokens.norm(i)) || (denialNouns.has(tokens.norm(i)) && tokens.norm(i - 1) === 'no')) && tokens.norm(i + 1) === 'that';
      const kind = kindAt(tokens, i, clause.last, isPerson);
      if (!kind) continue;
      frames.push({ kind, clause: c, word: i, norm: tokens.norm(i), negated: qualified(tokens, clause.first, i, negations), hedged: question || (kind !== 'sought' && (claimed || qualified(tokens, clause.first, i, hedges) || soughtBefore(tokens, frames, c, i))) });
    }
  }
  return { clauses, frames, question };
}

const auxiliaries = new Set(['was', 'were', 'is', 'are', 'did', 'do', 'does', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should']);

/** Whether tokens [first, last) are a yes-or-no question: its first word an auxiliary, its end a question mark. */
function asksWhether(tokens: Tokens, first: number, last: number): boolean {
  let end = last - 1;
  while (end > first && /^[*_"”’')]$/.test(tokens.norm(end))) end--;
  if (tokens.norm(end) !== '?') return false;
  let start = first;
  while (start < end && (!tokens.word(start) || /^\d+$/.test(tokens.norm(start)))) start++;
  // "Q: Did Russia ask for this call?", "REPORTER: Was it…?": past a speaker's label.
  for (let k = start; k < Math.min(end, start + 4); k++) {
    if (tokens.norm(k) !== ':') continue;
    start = k + 1;
    while (start < end && !tokens.word(start)) start++;
    break;
  }
  return auxiliaries.has(tokens.norm(start));
}

/** "Tried and failed to reach Gerasimov by phone on Nov. 15": a call the clause has sought before it names it, unless "but" turns it. */
function soughtBefore(tokens: Tokens, frames: readonly Frame[], clause: number, i: number): boolean {
  for (let f = frames.length - 1; f >= 0 && frames[f]!.clause === clause; f--) {
    if (frames[f]!.kind !== 'sought') continue;
    for (let k = frames[f]!.word + 1; k < i; k++) if (turns.has(tokens.norm(k))) return false;
    return true;
  }
  return false;
}

/** The kind of event token `i` names, if any, read with its neighbours. */
function kindAt(tokens: Tokens, i: number, end: number, isPerson: (i: number) => boolean): EventKind | undefined {
  if (!tokens.word(i)) return undefined;
  const norm = tokens.norm(i);
  const kind = eventWords.get(norm);
  if (!kind) return undefined;
  const next = tokens.norm(i + 1);
  const previous = tokens.norm(i - 1);
  // "Milley's talks with Gerasimov near Helsinki were held face to face": a meeting, not a call.
  if (talkWords.has(norm) && heldInPerson(tokens, i, end)) return 'meeting';
  switch (norm) {
    case 'called':
    case 'call':
    case 'calls':
      // "called for a ceasefire", "so-called", "calls on Moscow", "what he called a provocation".
      if (next === 'for' || (next === 'on' && !isDateWord(tokens.norm(i + 2))) || next === 'upon' || next === 'it' || next === 'them' || previous === 'so' || previous === 'what') return undefined;
      // As a verb, a call has a person at the other end: "Austin called Shoigu", not "Putin calls the missile Oreshnik".
      // "three further calls, Milley–Gerasimov on 11 February", "a pair of calls on 15 March": the noun.
      if (norm !== 'call' && !nounBefore.has(previous) && tokens.word(i + 1) && !(next === 'on' && isDateWord(tokens.norm(i + 2))) && !(i + 1 < end && (isPerson(i + 1) || calleeOpeners.has(next)))) return undefined;
      return 'call';
    case 'reached':
      // "Austin reached Shoigu", "reached out to Belousov": a call; "reached an agreement", "reached Kyiv": not.
      return (i + 1 < end && isPerson(i + 1)) || (next === 'out' && tokens.norm(i + 2) === 'to') ? 'call' : undefined;
    case 'issued':
      // "issued arrest warrants", "the warrants, which were issued on June 24": the warrants; "issued a statement": the noun says so.
      // ("Warrants for Shoigu and Gerasimov, which it had issued on Monday": back past the relative clause's antecedent.)
      for (let j = Math.max(0, i - 12); j < Math.min(end, i + 4); j++) if (tokens.norm(j).startsWith('warrant')) return 'incident';
      return undefined;
    case 'went':
    case 'came':
    case 'forced':
      // "The drone went down over the Black Sea", "the Reaper came down", "was forced down": an incident; "went ahead", "came after": not.
      return next === 'down' ? 'incident' : undefined;
    case 'fell':
      // "The drone fell into the Black Sea": an incident; "calls fell silent": not.
      return next === 'into' || next === 'down' ? 'incident' : undefined;
    case 'told':
    case 'tells':
    case 'briefed':
    case 'informed':
    case 'assured':
      // "Belousov told Austin" is said in the call; "told reporters" is a statement.
      return i + 1 < end && isPerson(i + 1) ? 'call' : 'statement';
    case 'spoke':
    case 'speak':
    case 'speaks':
    case 'spoken':
    case 'speaking':
    case 'talked':
    case 'talk':
      if ((next === 'to' || next === 'at' || next === 'before') && audiences.has(tokens.norm(i + 2)) && !isPerson(i + 2)) return 'statement';
      // "Speaking beside Austin", "spoke alongside Milley": at a podium, not on a call.
      if (next === 'beside' || next === 'alongside' || (next === 'next' && tokens.norm(i + 2) === 'to')) return 'statement';
      return 'call';
    case 'talks':
      // "peace talks", "talks in Istanbul": negotiations; "held talks by phone" is a call.
      return previous === 'peace' || previous === 'ceasefire' || next === 'in' || next === 'on' ? 'meeting' : 'call';
    case 'downed':
    case 'shot':
    case 'brought':
    case 'brings':
    case 'knocked':
      // "the downed drone": a participle that describes a thing, not the clause's event.
      if (previous === 'the' || previous === 'a' || previous === 'an') return undefined;
      return norm === 'downed' || next === 'down' ? 'incident' : undefined;
    case 'raised':
      // "raised the claim with Milley": said in a call with that person.
      for (let j = i + 1; j < Math.min(end, i + 8); j++) if (tokens.norm(j) === 'with' && isPerson(j + 1)) return 'call';
      return undefined;
    case 'asked':
      // "Asked on Tuesday whether…": a question put; "asked for the call": a request, not an event of its own.
      return next === 'for' ? undefined : 'statement';
    case 'took':
      return next === 'office' || next === 'over' ? 'appointment' : undefined;
    case 'named':
      return previous === 'newly' || next === 'as' || next === 'to' ? 'appointment' : undefined;
    case 'confirmed':
      // "the Senate confirmed Caine": an appointment; "the Pentagon confirmed the call": a statement.
      return previous === 'senate' || previous === 'was' ? 'appointment' : 'statement';
    default:
      return kind;
  }
}

/** Where the aside the mark at `dash` closes opens, by the same dash or comma at or after `from` ("Shoigu — who vanished — rang"). */
export function asideOpening(tokens: Tokens, dash: number, from: number): number | undefined {
  for (let k = dash - 1; k >= from; k--) if (tokens.norm(k) === tokens.norm(dash)) return k;
  return undefined;
}

/** Whether a qualifier of the set stands in the clause before the event word ("did not speak", "will talk"). */
function qualified(tokens: Tokens, from: number, to: number, words: Set<string>): boolean {
  // Back to the nearest comma, or the end of an aside between dashes: "Shoigu, who had not been seen for weeks, rang
  // Austin" and "Shoigu — who had not been seen — rang Austin" are no call unsaid ("**0** — calls" still counts none).
  let start = Math.max(from, to - 6);
  for (let i = to - 1; i > start; i--) {
    const norm = tokens.norm(i);
    const closesAside = (norm === '—' || norm === '–') && asideOpening(tokens, i, Math.max(0, to - 12)) !== undefined;
    if (norm === ',' || closesAside) {
      start = i + 1;
      break;
    }
  }
  for (let i = start; i < to; i++) {
    const norm = tokens.norm(i);
    if (norm === 'may' && tokens.capital(i)) continue; // the month, not the modal
    // ("Have yet to speak": not yet.)
    if (words.has(norm) || (words === negations && (norm.endsWith("n't") || (norm === 'yet' && tokens.norm(i + 1) === 'to')))) return true;
  }
  return false;
}

/**
 * Clauses: split at quotation marks, semicolons, relative pronouns after a comma or a name,
 * subordinators ("after the summit"), and "that" after a statement verb. A clause fronted by a
 * subordinator runs to its comma ("After the drone was downed, Austin called Shoigu").
 */
function splitClauses(tokens: Tokens, first: number, last: number, quotes: readonly [number, number][]): Clause[] {
  const clauses: Clause[] = [];
  // Tokens are asked in order, so one pointer walks the (sorted) quotes once.
  let q = lastAtOrBefore(quotes, ([, end]) => end <= (first < last ? tokens.start(first) : 0)) + 1;
  const inQuote = (i: number) => {
    const at = tokens.start(i);
    while (q < quotes.length && quotes[q]![1] <= at) q++;
    return q < quotes.length && quotes[q]![0] <= at;
  };
  let start = first;
  let quoted = first < last && inQuote(first);
  let antecedent: number | undefined;
  let fronted = false;
  const close = (end: number) => {
    if (end > start) clauses.push({ first: start, last: end, quoted, ...(antecedent !== undefined ? { antecedent } : {}) });
    start = end;
    antecedent = undefined;
  };
  for (let i = first; i < last; i++) {
    const norm = tokens.norm(i);
    if (quoteMarks.has(norm)) {
      close(i);
      start = i + 1;
      quoted = inQuote(i + 1);
      continue;
    }
    if (norm === ';' || (norm === ':' && !/\d/.test(tokens.norm(i + 1)))) {
      close(i + 1);
      quoted = inQuote(i + 1);
      continue;
    }
    if (fronted && norm === ',') {
      close(i + 1);
      fronted = false;
      continue;
    }
    // "…, and there is more detail this morning": a clause of its own, with its own subject.
    if (norm === ',' && coordinators.has(tokens.norm(i + 1)) && clauseOpeners.has(tokens.norm(i + 2))) {
      close(i + 1);
      continue;
    }
    if (!tokens.word(i)) continue;
    const previous = tokens.norm(i - 1);
    if (relatives.has(norm) && i > first) {
      close(i);
      antecedent = previous === ',' ? i - 2 : i - 1;
    } else if (subordinators.has(norm) && i > first && !isDateWord(tokens.norm(i + 1)) && !pointsBack(tokens, i) && !asRole(tokens, i)) {
      close(i);
    } else if (subordinators.has(norm) && i === first) {
      fronted = true;
    } else if (norm === 'that' && i > first && (statementVerbs.has(previous) || (audiences.has(previous) && statementVerbs.has(tokens.norm(i - 2))))) {
      // "said that …", "told reporters that …": what follows is what was said.
      close(i);
    }
  }
  close(last);
  return clauses;
}

/** "A week before that, on February 11", "after then": a time counted back to the clause before, no clause of its own. */
const pointsBack = (tokens: Tokens, i: number) => /^(?:that|this|then)$/.test(tokens.norm(i + 1)) && !tokens.word(i + 2);

/** Nouns of a role: "has been chairman since", "removed Brown as chairman on". */
export const roleNouns: ReadonlySet<string> = new Set(['chairman', 'chair', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'head', 'director', 'adviser', 'advisor', 'aide', 'commander']);

/** "As" before a role ("removed Brown as chairman on Feb. 21", "sworn in as defence minister") opens no clause. */
function asRole(tokens: Tokens, i: number): boolean {
  if (tokens.norm(i) !== 'as') return false;
  for (let k = i + 1; k < i + 5 && tokens.word(k); k++) if (roleNouns.has(tokens.norm(k))) return true;
  return false;
}

const coordinators = new Set(['and', 'but', 'yet']);
/** Words that open an independent clause after ", and": a pronoun subject or "there". */
const clauseOpeners = new Set(['there', 'it', 'he', 'she', 'they', 'we', 'i', 'you']);
const statementVerbs = new Set(['said', 'says', 'say', 'saying', 'adding', 'noting', 'told', 'stated', 'announced', 'added', 'noted', 'confirmed', 'claimed', 'insisted', 'reported', 'wrote', 'warned', 'stressed', 'emphasized', 'emphasised', 'explained', 'believes', 'believed', 'thinks', 'argued']);
const isDateWord = (norm: string) => /^\d/.test(norm) || /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(norm) || /day$/.test(norm);

/** The frame a token range belongs to: the clause that holds it, and in it the event word nearest before (else after). */
export function frameAt(read: SentenceFrames, first: number): Frame | undefined {
  const { before, after } = framesAround(read, first);
  return before ?? after;
}

/** In the clause holding token `first`, the event words nearest before and after it. */
export function framesAround(read: SentenceFrames, first: number): { before?: Frame; after?: Frame } {
  const c = read.clauses.findIndex((x) => x.first <= first && first < x.last);
  const around: { before?: Frame; after?: Frame } = {};
  if (c < 0) return around;
  for (const f of read.frames) {
    if (f.clause !== c) continue;
    if (f.word < first) around.before = f;
    else around.after ??= f;
  }
  return around;
}

/**
 * The subject of a clause, by the shallow parse: the noun phrase (with any "and"-joined ones)
 * before its first verb phrase. Read only where a claim needs it: "Milley spoke with Shoigu"
 * is Milley's call.
 */
export function clauseSubject(tokens: Tokens, clause: Clause): { first: number; last: number } | undefined {
  const chunks = chunk(tokens, clause.first, clause.last);
  const verb = chunks.findIndex((c) => c.kind === 'VP');
  let subject: { first: number; last: number } | undefined;
  for (let j = verb - 1; j >= 0; j--) {
    const c = chunks[j]!;
    if (c.kind === 'NP') subject = { first: c.first, last: subject?.last ?? c.last };
    else if (!(c.kind === 'O' && (tokens.norm(c.first) === 'and' || tokens.norm(c.first) === ','))) break;
  }
  return subject;
}
