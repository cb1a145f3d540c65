// Title and rank claims: "Defence Minister Sergei Shoigu", "Gen. Mark Milley,
// chairman of the Joint Chiefs", "then-Minister of Defence", "his Russian counterpart".
// A title names offices in the record's senses: as a form of the office, as a loose label of
// its role (never a conflict for its holder), or as a form valid only in a period.
import type { Fix } from '../api';
import { isTitleCase } from '../read/chunks';
import { countryOf, pointPrepositions, replacingVerbs, reportingVerbs } from '../read/cues';
import type { Mention } from '../read/mentions';
import { type Clause, frameAt } from '../read/frames';
import type { ResolvedDate } from '../read/resolveDates';
import { type SentenceView, timeOf } from '../read/sentences';
import {
  heldTermsOf, officeStatus, phraseKey, type RecordIndex, senseValidOn, shortName, type TermInfo, type TitleSense, termStatus, termsOn,
} from '../record/index';
import { ordinalDigits, ordinalOf, ordinalWordOf } from '../read/spans';
import { dayNumber, showSpan } from '../text/dates';
import type { Tokens } from '../text/tokens';
import { capitalize, type Context, nameOf, type RawFinding, type Probe, probeLabel, probeOf, referenceProbe, sentenceProbes, STORY_REACH, storyTime } from './context';

/** `acting`: judged as plain, a term held acting or in full bearing it out. */
type Modifier = 'then' | 'former' | 'now' | 'plain' | 'acting' | 'retired';

export interface TitleClaim {
  mention: Mention;
  /** Token range of the title words, and of the whole phrase with its modifier and country. */
  titleFirst: number;
  titleLast: number;
  /** Token where the phrase begins. */
  first: number;
  start: number;
  end: number;
  offices: string[] | 'counterpart';
  country?: string;
  modifier: Modifier;
}

// A Map, not an object literal: a word such as "constructor" must not read as a modifier.
// "Retired" puts an office in the past but keeps a rank: "retired Navy Adm. Lloyd Austin" still says he was an admiral.
const modifiers = new Map<string, Modifier | 'skip'>(Object.entries({
  then: 'then', former: 'former', ex: 'former', now: 'now', current: 'now', new: 'plain', newly: 'plain',
  acting: 'acting', interim: 'acting', outgoing: 'skip', incoming: 'skip', late: 'skip', retired: 'retired',
  designate: 'skip', future: 'skip', previous: 'skip', nominee: 'skip', deputy: 'skip', vice: 'skip',
  assistant: 'skip', first: 'skip', under: 'skip', associate: 'skip', principal: 'skip', shadow: 'skip', junior: 'skip',
  longtime: 'plain', veteran: 'plain',
} as const));


/** Capitalised words that may stand right before a title without changing it. */
const openers = new Set(['the', 'his', 'her', 'their', 'its', 'a', 'an', 'and', 'but', 'when', 'after', 'before', 'as', 'with', 'while', 'then', 'both', 'by', 'to', 'in', 'on', 'meanwhile']);

/** Whether a copula stands before a title (past its country and article words): "remains Russia's defence minister". */
function predicateBefore(s: SentenceView, first: number): boolean {
  let k = first - 1;
  while (k > s.first && (s.tokens.norm(k) === 'the' || s.tokens.norm(k) === 'a' || s.tokens.possessive(k) || countryOf(s.tokens.norm(k), s.tokens.text(k)))) k--;
  return /^(?:is|was|remains|remained|became|becomes|are|were|stays|stayed)$/.test(s.tokens.norm(k));
}

/** Words after an appositive title that show it is not one ("the defence secretary's nominee"). */
const nounsAfterTitle = new Set(['nominee', 'pick', 'candidate', 'designate', 'office', 'spokesman', 'spokesperson', 'aide', 'official', 'officials', 'ministry', 'department']);

export function readTitleClaims(s: SentenceView, index: RecordIndex): TitleClaim[] {
  const claims: TitleClaim[] = [];
  for (const m of s.mentions) {
    const own = [...beforeName(s, m, index), ...afterName(s, m, index)];
    // "Brig. Gen. Pat Ryder, then the Pentagon press secretary": one "then" times all the person's titles in the phrase.
    if (own.some((c) => c.modifier === 'then')) for (const c of own) if (c.modifier === 'plain') c.modifier = 'then';
    claims.push(...own);
  }
  return claims;
}

/** "Kirby, the Pentagon press secretary at the time": a title of the time the sentence tells. */
const atTheTime = /^\s+(?:at\s+(?:the|that)\s+time|back\s+then|then)\b/i;

function beforeName(s: SentenceView, m: Mention, index: RecordIndex): TitleClaim[] {
  const tokens = s.tokens;
  const chain: TitleClaim[] = [];
  let j = m.first;
  let comma = false;
  for (;;) {
    let k = j - 1;
    while (k > s.first && tokens.norm(k) === '.') k--; // "Maj. Gen. Pat Ryder"
    if (k > s.first && tokens.norm(k) === ',' && !comma) {
      comma = true;
      k--;
    }
    // A headline and the byline under it run together with no full stop: a line break ends the chain of
    // titles there (prose wrapped by hand may still break between a title and its name).
    if (k < s.first || (j !== m.first && brokenBetween(s, k, j)) || lineBreakBetween(s, k, j)) break;
    const title = s.titles.find((t) => t.last === k + 1);
    // "…with a Russian defence minister, Ryder noted": the name after the comma is a speaker, not an apposition.
    if (comma && isSpeakerAt(tokens, m.last, s.last)) break;
    // "Shoigu remains Russia's defence minister, Gerasimov its top general": a title a verb gives the one before it.
    if (comma && title && predicateBefore(s, title.first)) break;
    let claim: TitleClaim;
    if (title) {
      claim = { mention: m, titleFirst: title.first, titleLast: title.last, first: 0, start: 0, end: m.end, offices: title.offices, modifier: 'plain' };
      j = title.first;
    } else if (tokens.norm(k) === 'counterpart') {
      claim = { mention: m, titleFirst: k, titleLast: k + 1, first: 0, start: 0, end: m.end, offices: 'counterpart', modifier: 'plain' };
      j = k;
    } else break;
    const lead = readLead(tokens, s, j);
    const modifier = keptBy(index, lead.modifier, claim.offices);
    if (modifier === 'skip') return [];
    j = lead.first;
    claim.modifier = modifier;
    if (lead.country) claim.country = lead.country;
    claim.first = j;
    claim.start = s.base + tokens.start(j);
    chain.push(claim);
  }
  const before = j - 1;
  // "Trump's nominee for defence secretary, Pete Hegseth": a post he was put up for, not one he held.
  if (tokens.norm(before) === 'for' && putUpFor.has(tokens.norm(before - 1))) return [];
  // "Brig. Gen. Pat Ryder (later Major General)": a rank of his past, the sentence says, not of its day.
  const after = tokens.norm(m.last) === '(' || tokens.norm(m.last) === ',' ? m.last + 1 : m.last;
  if (after < s.last && tokens.norm(after) === 'later') return [];
  // "Adviser to the Prime Minister of India Ajit Doval": the title is the office served, not the name's.
  if (isComplement(tokens, s, j)) return [];
  // "NATO Secretary General", "Deputy Defence Minister": a word that changes the title; in a
  // headline in Title Case ("Austin Warns Russian Defense Minister Shoigu") a capital is no sign of one.
  const compound = (k: number) => tokens.capital(k) && !openers.has(tokens.norm(k)) && k > s.first && !isTitleCase(tokens, s.first, s.last);
  // "Belousov replaced longtime Defense Minister Sergei Shoigu": the title of the one replaced is of the day he went.
  if (before >= s.first && tokens.word(before) && (modifiers.get(tokens.norm(before)) === 'skip' || replacingVerbs.has(tokens.norm(before)) || compound(before))) {
    return [];
  }
  return chain;
}

/**
 * Whether a headline's line ends between tokens `a` and `b` (a < b): a line break after a line in
 * Title Case. Prose wrapped by hand ("…with Russian Defence Minister\nSergei Shoigu") goes on.
 */
function lineBreakBetween(s: SentenceView, a: number, b: number): boolean {
  if (!brokenBetween(s, a, b)) return false;
  let lineStart = a;
  while (lineStart > s.first && !brokenBetween(s, lineStart - 1, lineStart)) lineStart--;
  return isTitleCase(s.tokens, lineStart, a + 1);
}

/** Whether a line break stands between tokens `a` and `b` (a < b). */
const brokenBetween = (s: SentenceView, a: number, b: number): boolean =>
  /[\r\n]/.test(s.text.slice(s.base + s.tokens.end(a) - s.start, s.base + s.tokens.start(b) - s.start));

/** Words that make a title the complement of another: "aide to the President", "chief of staff of the Minister". */
const complementMarks = new Set(['to', 'of', 'for']);
/** Posts named by whom they serve: "adviser to the prime minister"; "answers to the minister" is no post. */
const servingNouns = new Set(['aide', 'aides', 'adviser', 'advisor', 'advisers', 'advisors', 'assistant', 'counsellor', 'counselor', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'staff', 'deputy', 'representative']);

/** Whether the title at token `j` is the office another post serves ("National Security Adviser to the Prime Minister"). */
function isComplement(tokens: Tokens, s: SentenceView, j: number): boolean {
  let k = j - 1;
  if (k >= s.first && (tokens.norm(k) === 'the' || tokens.norm(k) === 'a')) k--;
  if (k <= s.first || !complementMarks.has(tokens.norm(k))) return false;
  return servingNouns.has(tokens.norm(k - 1)) || s.titles.some((t) => t.last === k);
}

/** Whether the words from token `k` make the one before them a speaker: "Ryder said", ", Ryder noted". */
function isSpeakerAt(tokens: Tokens, k: number, end: number): boolean {
  if (k >= end || !tokens.word(k) || !reportingVerbs.has(tokens.norm(k))) return false;
  // "Sunak Briefed on the Call": the one briefed, not the one speaking.
  return !(tokens.norm(k) === 'briefed' && passiveAfter.has(tokens.norm(k + 1)));
}

const passiveAfter = new Set(['on', 'about', 'by']);

/** What "retired" leaves of a title: a rank, held at some time; an office, nothing. */
function keptBy(index: RecordIndex, modifier: Modifier | 'skip', offices: string[] | 'counterpart'): Modifier | 'skip' {
  if (modifier !== 'retired') return modifier;
  return offices !== 'counterpart' && offices.every((o) => index.offices.get(o)?.kind === 'rank') ? 'retired' : 'skip';
}

/** Modifier and country words before a title: "then-", "Russia's new", "former U.S.". */
function readLead(tokens: Tokens, s: SentenceView, j: number): { first: number; modifier: Modifier | 'skip'; country?: string } {
  let modifier: Modifier | 'skip' = 'plain';
  let country: string | undefined;
  for (;;) {
    const t = j - 1;
    if (t < s.first || lineBreakBetween(s, t, j)) break;
    const norm = tokens.norm(t);
    const hyphened = norm === '-' ? modifiers.get(tokens.norm(t - 1)) : undefined;
    if (hyphened) {
      modifier = hyphened;
      j -= 2;
      continue;
    }
    if (!tokens.word(t)) break;
    const c = countryOf(norm, tokens.text(t));
    if (c && !country) {
      country = c;
      j--;
      continue;
    }
    if (norm === 'states' && tokens.norm(t - 1) === 'united') {
      country = 'US';
      j -= 2;
      continue;
    }
    const mod = modifiers.get(norm);
    if (mod && modifier === 'plain') {
      modifier = mod;
      j--;
      continue;
    }
    break;
  }
  return { first: j, modifier, ...(country ? { country } : {}) };
}

/** Where the words of an apposition begin, past its comma and article: ", the chairman". */
function appositionStart(tokens: Tokens, comma: number): number {
  return ['the', 'a', 'an'].includes(tokens.norm(comma + 1)) ? comma + 2 : comma + 1;
}

/** The token after a name where an apposition's comma would be, past a suffix's period ("Charles Q. Brown Jr., the chairman"). */
function commaAfter(tokens: Tokens, m: Mention): number {
  return tokens.norm(m.last) === '.' && tokens.norm(m.last + 1) === ',' ? m.last + 1 : m.last;
}

/** "Nominee for", "candidate for": a title the name is put up for. */
const putUpFor = new Set(['nominee', 'candidate', 'pick', 'choice', 'nomination', 'frontrunner', 'front-runner', 'contender']);

/** Words that open an apposition about the one just named. */
const appositionOpeners = new Set(['now', 'who', 'whose', 'currently', 'then', 'later', 'since', 'the', 'a', 'an', 'his', 'her', 'once', 'formerly']);

/** Verbs that give a name a title of the present: "Shoigu is Russia's defence minister", "remains chairman". */
const presentCopulas = new Set(['is', 'remains']);

/** An apposition (", the chairman of the Joint Chiefs") or a predicate of the present ("is the chairman"). */
function afterName(s: SentenceView, m: Mention, index: RecordIndex): TitleClaim[] {
  const tokens = s.tokens;
  if (tokens.possessive(m.last - 1)) return [];
  const predicate = presentCopulas.has(tokens.norm(m.last));
  // Inside a quote, "is" is the speaker's present, not the draft's.
  if (predicate && s.read.clauses.some((c) => c.quoted && c.first <= m.first && m.first < c.last)) return [];
  const comma = commaAfter(tokens, m);
  if (tokens.norm(comma) !== ',' && !predicate) return [];
  let k = appositionStart(tokens, comma);
  let modifier: Modifier | 'skip' = 'plain';
  let country: string | undefined;
  for (; k < s.last; k++) {
    // "Kirby, the Pentagon press secretary": a title that begins with a side's word is the title.
    if (s.titles.some((t) => t.first === k)) break;
    const norm = tokens.norm(k);
    const mod = modifiers.get(norm);
    const c = countryOf(norm, tokens.text(k));
    if (mod && modifier === 'plain') modifier = mod;
    else if (c && !country) country = c;
    // "Kirby, then the Pentagon press secretary".
    else if (norm !== '-' && !(norm === 'the' && modifier !== 'plain')) break;
  }
  const title = s.titles.find((t) => t.first === k);
  if (!title) return [];
  const kept = keptBy(index, modifier, title.offices);
  if (kept === 'skip') return [];
  modifier = predicate && kept === 'plain' ? 'now' : kept === 'plain' && atTheTime.test(s.tokens.source.slice(s.tokens.end(title.last - 1))) ? 'then' : kept;
  const next = title.last;
  // "President-elect", "chairman-designate": a compound, not the title.
  if (tokens.possessive(title.last - 1) || tokens.norm(next) === '-') return [];
  // "Hegseth, Gen. Dan Caine and Belousov": a title before another name is that name's.
  const word = tokens.norm(next) === '.' ? next + 1 : next;
  if (word < s.last && tokens.word(word) && (tokens.capital(word) || nounsAfterTitle.has(tokens.norm(word)))) return [];
  if (s.mentions.some((o) => o.first === title.last || o.first === word)) return [];
  return [{
    mention: m, titleFirst: title.first, titleLast: title.last, first: m.first, start: m.start, end: s.base + tokens.end(title.last - 1),
    offices: title.offices, modifier, ...(country ? { country } : {}),
  }];
}

/** How the claim's title words name each office it may mean: a form, a label, or a form of a period. */
function sensesOf(ctx: Context, s: SentenceView, claim: TitleClaim): TitleSense[] {
  if (claim.offices === 'counterpart') return [];
  const senses = ctx.index.titleSenses.get(phraseKey(s.tokens, claim.titleFirst, claim.titleLast));
  return senses ?? claim.offices.map((office) => ({ office, kind: 'form' }));
}

/**
 * "Then-Secretary of War Lloyd Austin": a title form of a period, with no time given, is judged on the last day the person
 * held the office; wrong there, it was wrong on every day of theirs.
 */
function lastDayOfDatedForm(ctx: Context, s: SentenceView, claim: TitleClaim): Probe[] {
  if (claim.offices === 'counterpart') return [];
  const offices = claim.offices.filter((o) => datedSense(ctx, s, claim, o));
  const terms = (ctx.index.termsByPerson.get(claim.mention.person) ?? []).filter((t) => offices.includes(t.term.office));
  const ends = terms.map((t) => t.end?.last);
  if (!ends.length || ends.some((d) => d === undefined)) return [];
  return [{ days: [Math.max(...(ends as number[]))] }];
}

/** The dated sense by which the claim names an office, where that is the only way it does. */
function datedSense(ctx: Context, s: SentenceView, claim: TitleClaim, office: string): TitleSense | undefined {
  const sense = sensesOf(ctx, s, claim).find((x) => x.office === office);
  return sense?.kind === 'dated' ? sense : undefined;
}

/**
 * The offices a claim names at a day: its own, or for "his Russian counterpart", the counterparts
 * of the other person's. A form that names an office only in a period names it on the day only
 * within the period, unless `anyPeriod`.
 */
function officesAt(ctx: Context, s: SentenceView, claim: TitleClaim, day: number, anyPeriod = false): Set<string> | undefined {
  const { index } = ctx;
  const inCountry = (id: string) => !claim.country || index.offices.get(id)?.country === claim.country;
  if (claim.offices !== 'counterpart') {
    const senses = sensesOf(ctx, s, claim);
    const set = new Set(claim.offices.filter((o) => inCountry(o) && (anyPeriod || senses.some((x) => x.office === o && senseValidOn(x, day)))));
    return set.size ? set : undefined;
  }
  const anchor = [...s.mentions].reverse().find((o) => o.start < claim.start && o.person !== claim.mention.person);
  if (!anchor) return undefined;
  const set = new Set<string>();
  for (const t of termsOn(index, anchor.person, day)) {
    for (const c of index.offices.get(t.term.office)?.counterparts ?? []) if (inCountry(c)) set.add(c);
  }
  return set.size ? set : undefined;
}

/** `outOfPeriod`: the title names the office, but not on that day ("Secretary of War" before 2025-09-05). */
type Verdict = 'ok' | 'notHeld' | 'stillHeld' | 'neverBefore' | 'outOfPeriod';

function verdictAt(ctx: Context, s: SentenceView, claim: TitleClaim, probe: Probe): Verdict {
  // Someone the record holds no office of at all (a newsroom's own entry for a name): it cannot say what they held.
  if (!ctx.index.termsByPerson.get(claim.mention.person)?.length) return 'ok';
  let verdict: Verdict | undefined;
  for (const day of probe.days) {
    const offices = officesAt(ctx, s, claim, day);
    let v: Verdict;
    if (!offices) {
      // Named only by forms of another period: not a title of the office that day, even for its holder.
      const other = officesAt(ctx, s, claim, day, true);
      if (!other || claim.modifier === 'former') return 'ok';
      v = officeStatus(ctx.index, claim.mention.person, other, day) === 'notHeld' ? 'notHeld' : 'outOfPeriod';
    } else {
      const status = officeStatus(ctx.index, claim.mention.person, offices, day);
      if (claim.modifier === 'retired') {
        // A rank of the person's own side, held then or before: "Caine, a retired lieutenant general" of his years out of uniform.
        v = status === 'held' || heldBefore(ctx, s, claim, offices, day) || !ownSide(ctx, claim.mention.person, offices) ? 'ok' : 'notHeld';
      } else if (claim.modifier === 'former') {
        if (status === 'held') v = 'stillHeld';
        else if (!heldBefore(ctx, s, claim, offices, day)) v = 'neverBefore';
        else v = 'ok';
      } else v = status === 'notHeld' ? 'notHeld' : 'ok';
    }
    if (v === 'ok') return 'ok';
    verdict = v;
  }
  return verdict ?? 'ok';
}

/** Whether one of the offices is of a country the person held a rank of ("a retired general of the Army" is no Russian rank of Austin's). */
function ownSide(ctx: Context, person: string, offices: Set<string>): boolean {
  const sides = new Set((ctx.index.termsByPerson.get(person) ?? []).map((t) => ctx.index.offices.get(t.term.office)!).filter((o) => o.kind === 'rank').map((o) => o.country));
  return [...offices].some((o) => sides.has(ctx.index.offices.get(o)!.country));
}

/**
 * Whether the person may have held one of the offices at some time before the day, under this
 * title: a form valid only in a period counts only for a term that reaches into it.
 */
function heldBefore(ctx: Context, s: SentenceView, claim: TitleClaim, offices: Set<string>, day: number): boolean {
  const terms = (ctx.index.termsByPerson.get(claim.mention.person) ?? []).filter((t) => offices.has(t.term.office));
  if (!terms.length) return day < ctx.index.knownFrom || day > ctx.index.asOf;
  return terms.some((t) => {
    const from = datedSense(ctx, s, claim, t.term.office)?.from;
    const since = from === undefined ? -Infinity : from;
    if (since >= day || (t.end && t.end.last < since)) return false;
    return !t.start || t.start.first < day || t.attested.some((a) => a < day);
  });
}

/**
 * Of the offices a title may mean, the ones a message is about: those the person held at some
 * time ("Defense Secretary Shoigu" means Russia's ministry), else those of their country, else
 * those the title is a form of, else all.
 */
function namedOffices(ctx: Context, s: SentenceView, claim: TitleClaim, offices: Set<string>): string[] {
  const { index } = ctx;
  const person = claim.mention.person;
  const all = [...offices];
  const held = all.filter((o) => (index.termsByPerson.get(person) ?? []).some((t) => t.term.office === o));
  if (held.length) return held;
  const country = index.people.get(person)?.country;
  const own = claim.country ? [] : all.filter((o) => index.offices.get(o)?.country === country);
  if (own.length) return own;
  const senses = sensesOf(ctx, s, claim);
  const forms = all.filter((o) => senses.some((x) => x.office === o && x.kind !== 'label'));
  return forms.length ? forms : all;
}

/** "Secretary of Defense", "acting Secretary of Defense". */
const titleOf = (ctx: Context, t: TermInfo): string => `${t.term.acting ? 'acting ' : ''}${ctx.index.offices.get(t.term.office)!.title}`;

/** A term's standing where it is weaker than certain: "acting", "medium confidence". */
function standing(t: TermInfo): string {
  const notes = [t.term.acting ? 'acting' : '', t.term.confidence === 'high' ? '' : `${t.term.confidence} confidence`].filter(Boolean);
  return notes.length ? ` (${notes.join(', ')})` : '';
}

/**
 * The reporting verb that makes the claim's person the sentence's speaker, if any: "…, Pentagon
 * press secretary Pat Ryder said", "Ryder, the press secretary, told reporters", "said Gen. Ryder".
 */
/** Tokens an apposition between a speaker's name and verb may span: ", the Pentagon press secretary,". */
const APPOSITION_LENGTH = 8;

function speakerVerb(s: SentenceView, claim: TitleClaim): number | undefined {
  const { tokens } = s;
  let k = commaAfter(tokens, claim.mention);
  if (tokens.norm(k) === ',') {
    // Past a short apposition: ", the press secretary,".
    for (let j = k + 1; j < Math.min(s.last, k + APPOSITION_LENGTH); j++) {
      if (tokens.norm(j) !== ',') continue;
      k = j + 1;
      break;
    }
  }
  if (isSpeakerAt(tokens, k, s.last)) return k;
  return claim.first > s.first && isSpeakerAt(tokens, claim.first - 1, s.last) ? claim.first - 1 : undefined;
}

/**
 * When a speaker spoke: the dates of the statement ("said on Monday"), and where what they say
 * follows the verb, the dates before it ("After the Oct. 21 call, Ryder told reporters that…").
 */
function spokenProbes(s: SentenceView, claim: TitleClaim, verb: number): Probe[] {
  const { tokens } = s;
  const contentAfter = verb >= claim.first && tokens.word(verb + 1);
  const before = s.base + tokens.start(claim.first);
  const dates = s.dates.filter((d) => !d.dateline && !pointPrepositions.has(d.preposition) && (d.event === 'statement' || (contentAfter && d.end <= before)));
  return dates.map(probeOf).filter((p): p is Probe => !!p);
}

/**
 * The dates the claim's clause is about: the sentence's (else its paragraph's, see `sentenceProbes`),
 * less those of a relative clause the title is not in ("Shoigu, who spoke with Austin in March 2023").
 * `firm` where one of them surely times the title (see `timesTitle`); else the reference date may too.
 */
function timeOfClause(ctx: Context, s: SentenceView, claim: TitleClaim): { probes: Probe[]; firm: boolean } {
  const { tokens } = s;
  const own = s.dates.filter((d) => !d.dateline && !pointPrepositions.has(d.preposition));
  // Dates borrowed from the paragraph's earlier sentences are the time this one is about.
  if (!own.length) return { probes: sentenceProbes(ctx, s), firm: true };
  const at = (c: Clause) => s.base + tokens.start(c.first) <= claim.mention.start && claim.mention.start < s.base + tokens.end(c.last - 1);
  const aside = s.read.clauses.filter((c) => c.antecedent !== undefined && !at(c));
  const inAside = (d: ResolvedDate) => aside.some((c) => s.base + tokens.start(c.first) <= d.start && d.end <= s.base + tokens.end(c.last - 1));
  // "…since March 2023, when Austin and then-Defence Minister Shoigu spoke": a "when" clause after a date is of that date.
  const whenOf = whenClauseDate(s, claim);
  if (whenOf) return { probes: [probeOf(whenOf)].filter((p): p is Probe => !!p), firm: true };
  const kept = own.filter((d) => !inAside(d) && !inApposition(s, claim, d) && !pastSemicolon(s, claim, d));
  // "Did not speak with his Russian counterpart, Sergei Shoigu, until 11 August 2021": with no time of its own, a point it names.
  const points = kept.length ? [] : s.dates.filter((d) => !d.dateline && pointPrepositions.has(d.preposition) && !inApposition(s, claim, d));
  return { probes: [...kept, ...points].map(probeOf).filter((p): p is Probe => !!p), firm: kept.some((d) => timesTitle(ctx, claim, d)) };
}

/** The date a "when" clause holding the claim follows (", when …"), if any. */
function whenClauseDate(s: SentenceView, claim: TitleClaim): ResolvedDate | undefined {
  const clause = s.read.clauses.find((c) => c.first <= claim.first && claim.first < c.last);
  if (!clause || s.tokens.norm(clause.first) !== 'when') return undefined;
  const at = s.base + s.tokens.start(clause.first) - s.start;
  return s.dates.find((d) => !d.dateline && /^\s*,\s*$/.test(s.text.slice(d.end - s.start, at)));
}

/**
 * "Milley, then chairman, kept his channel; his successor, Gen. Brown, took a call in November 2024": past a
 * semicolon, the time of another person's clause (not "…; Milley spoke with Shoigu on May 19, 2022").
 */
function pastSemicolon(s: SentenceView, claim: TitleClaim, d: ResolvedDate): boolean {
  const semicolon = s.text.indexOf(';', claim.end - s.start);
  if (semicolon < 0 || d.start - s.start <= semicolon) return false;
  const named = s.mentions.filter((m) => m.start - s.start > semicolon && m.start < d.start);
  return named.length > 0 && !named.some((m) => m.person === claim.mention.person);
}

/** "Gen. Dan Caine, confirmed as chairman in April 2025, …, and Secretary of War Pete Hegseth": a date set off after another person's name is theirs. */
function inApposition(s: SentenceView, claim: TitleClaim, d: ResolvedDate): boolean {
  const { tokens } = s;
  return s.mentions.some((o) => {
    if (o.person === claim.mention.person || tokens.norm(o.last) !== ',' || s.base + tokens.end(o.last) > d.start) return false;
    // ("Biden's last meeting with Putin, in Geneva in June 2021": a phrase of place or time is the clause's, not an apposition.)
    if (/^(?:in|on|at|during|near|after|before|from)$/.test(tokens.norm(o.last + 1))) return false;
    let k = o.last + 1;
    while (k < s.last && tokens.norm(k) !== ',') k++;
    // (To the next comma, or the sentence's end: "…, Ryder (from August 2022) and Kingsley Wilson, named in 2025.")
    const end = k < s.last ? s.base + tokens.start(k) : s.end;
    return d.end <= end && !(claim.start >= s.base + tokens.end(o.last) && claim.start < end);
  });
}

/**
 * Whether a date surely times the title: one fronted before the name ("In February, Press Secretary
 * Wilson…"), one of no other event, of a statement or of a call the person took part in — not a
 * date of what the person's clause is about ("Hegseth recalled the invasion of February 2022").
 */
function timesTitle(ctx: Context, claim: TitleClaim, d: ResolvedDate): boolean {
  if (d.end <= claim.start || d.event === undefined || d.event === 'statement') return true;
  if (d.event !== 'call') return false;
  const first = d.day ?? d.firstDay;
  const last = d.day ?? d.lastDay;
  return first !== undefined && last !== undefined && (ctx.index.callsByPerson.get(claim.mention.person) ?? []).some((c) => c.day >= first && c.day <= last);
}

/** The year paragraph of `s` is about, as its first and last day. */
function sectionYear(ctx: Context, s: SentenceView): { first: number; last: number; year: number } | undefined {
  const year = ctx.sentences.yearOf(s.paragraph);
  return year === undefined ? undefined : { first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31), year };
}

/**
 * The year of the section, as a probe of its first, middle and last day, where the draft's own
 * date lies outside it: a background section about another year. Within it, the draft's date is nearer.
 */
function sectionProbe(ctx: Context, s: SentenceView): Probe | undefined {
  const section = sectionYear(ctx, s);
  if (!section || (ctx.ref && ctx.ref.day >= section.first && ctx.ref.day <= section.last)) return undefined;
  return { days: [section.first, Math.floor((section.first + section.last) / 2), section.last], written: String(section.year) };
}

/** Words that tie a clause to the present ("has not spoken", "Nor have they talked"): not about past calls. */
const presentWords = new Set(['has', 'have', 'nor', 'not', 'never', 'no', 'yet']);

function speaksOfNow(s: SentenceView, clause: number): boolean {
  const c = s.read.clauses[clause]!;
  for (let i = c.first; i < c.last; i++) if (presentWords.has(s.tokens.norm(i))) return true;
  return false;
}

/**
 * For an undated clause about a call of the titled person with someone else the sentence names
 * ("It was Belousov's second call with Austin"): the days of their recorded calls, in the year
 * of the section where it names one.
 */
function callProbe(ctx: Context, s: SentenceView, claim: TitleClaim): Probe | undefined {
  const frame = frameAt(s.read, claim.mention.first);
  if (frame?.kind !== 'call' || frame.negated || frame.hedged || speaksOfNow(s, frame.clause)) return undefined;
  const person = claim.mention.person;
  const others = new Set(s.mentions.map((m) => m.person).filter((p) => p !== person));
  const section = sectionYear(ctx, s);
  const days = (ctx.index.callsByPerson.get(person) ?? [])
    .filter((c) => c.participants.some((p) => others.has(p)) && (!section || (c.day >= section.first && c.day <= section.last)))
    .map((c) => c.day);
  return days.length ? { days } : undefined;
}

/**
 * The times a title is judged at, any of which may bear it out. A plain title speaks of the time
 * its clause is about: its sentence's or paragraph's dates (with the reference date where none
 * surely times it), else the days of the call it names, else its section's year, else the
 * reference date; a speaker's, of the time of speaking. "Former" may look back from the
 * sentence's time or the reference date; "now" is the reference date; "then-" never is.
 */
function titleProbes(ctx: Context, s: SentenceView, claim: TitleClaim): Probe[] {
  const { probes: own, firm } = timeOfClause(ctx, s, claim);
  const ref = referenceProbe(ctx, s);
  const refs = ref ? [ref] : [];
  const section = sectionProbe(ctx, s);
  switch (claim.modifier) {
    case 'now':
      return refs;
    case 'then': {
      // "then-" speaks of a past time: the sentence's, its call's or its section's, never the draft's.
      if (own.length) return own;
      // "Kirby, then the Pentagon press secretary, explained the calls on Oct. 21, 2022": the sentence's own date.
      const dated = timeOf(s.dates, true).filter((d) => !pastSemicolon(s, claim, d)).map(probeOf).filter((p): p is Probe => !!p);
      if (dated.length) return dated;
      const call = callProbe(ctx, s, claim);
      return call ? [call] : section ? [section] : lastDayOfDatedForm(ctx, s, claim);
    }
    case 'former':
    case 'retired':
      return [...own, ...refs];
    default: {
      // A speaker holds the title when speaking, not at the time of what they tell.
      const verb = speakerVerb(s, claim);
      if (verb !== undefined) {
        const spoken = spokenProbes(s, claim, verb);
        return spoken.length ? spoken : [...own, ...(section ? [section] : []), ...refs];
      }
      if (own.length) return firm ? own : [...own, ...refs];
      const call = callProbe(ctx, s, claim);
      if (call) return [call];
      return section ? [section] : [...refs, ...storyProbes(ctx, s)];
    }
  }
}

/**
 * "That Sunday Shoigu called Paris. ¶ Gen. Mark Milley, the chairman, heard it from Gerasimov on
 * the Monday": a sentence whose time is told from the story's (and left unread) goes on the story
 * of the paragraphs before, whose time its plain title may be of as well as the draft's.
 */
function storyProbes(ctx: Context, s: SentenceView): Probe[] {
  if (!s.dates.some((d) => d.kind === 'anaphoric') && !storyTime.test(s.text)) return [];
  const section = ctx.sentences.sectionOf(s.paragraph);
  // Back over the section's few paragraphs before, to the last that dates its story.
  // (As far as the fence around the paragraph's findings reaches for it: see `fenceKeys`.)
  for (let k = s.paragraph - 1; k >= Math.max(0, s.paragraph - STORY_REACH) && ctx.sentences.sectionOf(k) === section; k--) {
    const before = ctx.sentences.inParagraph(k).at(-1);
    const probes = before ? sentenceProbes(ctx, before) : [];
    if (probes.length) return probes;
  }
  return [];
}

/** The services a rank may name, by their words as normalised: "Marine General", "Navy Gen.". */
const services = new Map<string, string>([
  ['army', 'Army'], ['navy', 'Navy'], ['air force', 'Air Force'], ['marine corps', 'Marine Corps'], ['marine', 'Marine Corps'],
  ['marines', 'Marine Corps'], ['space force', 'Space Force'], ['coast guard', 'Coast Guard'],
]);

/** The service words that end right before token `i` ("Air Force", "Marine"), if any. */
function serviceBefore(tokens: Tokens, s: SentenceView, i: number): { service: string; first: number } | undefined {
  for (const n of [2, 1]) {
    const first = i - n;
    if (first < s.first || !tokens.capital(first)) continue;
    const service = services.get(phraseKey(tokens, first, i));
    if (service) return { service, first };
  }
  return undefined;
}

/** The service a rank office belongs to, where all its forms name one ("Army Gen.", "Army General"). */
function serviceOf(forms: string[]): { service: string; words: string } | undefined {
  const named = forms.map((f) => [...services.keys()].find((w) => f.toLowerCase().startsWith(`${w} `)));
  const words = named[0];
  return words && named.every((w) => w === words) ? { service: services.get(words)!, words: forms[0]!.slice(0, words.length) } : undefined;
}

/**
 * "Lloyd J. Austin III, the 27th secretary of defense", "the 28th Secretary of Defense Pete
 * Hegseth": an office that counts its holders, given the person with another count.
 */
function ordinalConflicts(ctx: Context, s: SentenceView): RawFinding[] {
  const out: RawFinding[] = [];
  const { tokens } = s;
  for (const title of s.titles) {
    const at = title.first - 1;
    // "Twenty-seventh" is read as one ordinal, "27th" as another.
    const first = at - 2 >= s.first && tokens.norm(at - 1) === '-' ? at - 2 : at;
    const written = at >= s.first ? ordinalOf(tokens.source.slice(tokens.start(first), tokens.end(at))) : undefined;
    if (written === undefined) continue;
    const person = holderNamed(s, first, title.last);
    const terms = person ? (ctx.index.termsByPerson.get(person.person) ?? []).filter((t) => t.term.ordinal !== undefined && title.offices.includes(t.term.office)) : [];
    if (!terms.length || terms.some((t) => t.term.ordinal === written)) continue;
    const term = terms[0]!;
    const right = term.term.ordinal!;
    const newText = /^\d/.test(tokens.text(first)) ? ordinalDigits(right) : ordinalWordOf(right);
    const start = s.base + tokens.start(first);
    const end = s.base + tokens.end(at);
    const fix = newText && { title: `Change to "${newText}"`, newText: /^\p{Lu}/u.test(tokens.text(first)) ? capitalize(newText) : newText };
    out.push({
      code: 'title-conflict', start, end, sourceIds: term.term.sources, fixes: fix ? [fix] : [],
      message: `The record has ${nameOf(ctx, person!.person)} as the ${ordinalDigits(right)} ${titleOf(ctx, term)}; the draft has "${ctx.doc.text.slice(start, s.base + tokens.end(title.last - 1))}".`,
    });
  }
  return out;
}

/** Who an ordinal title is of: the name right after it, or the one it stands in apposition to ("Austin, the 28th secretary") or is said of ("Austin became the 28th"). */
function holderNamed(s: SentenceView, first: number, last: number): Mention | undefined {
  const { tokens } = s;
  let after = last;
  while (after < s.last && tokens.norm(after) === '.') after++;
  const named = s.mentions.find((m) => m.first === after);
  if (named) return named;
  let k = first - 1;
  if (tokens.norm(k) === 'the') k--;
  if (tokens.norm(k) === ',' || /^(?:is|was|became|becomes|as)$/.test(tokens.norm(k))) k--;
  return s.mentions.find((m) => m.last - 1 === k);
}

/**
 * A rank given with a service the person did not serve in ("Marine General Mark Milley": an Army
 * general), where the record holds their service by a rank of that service alone.
 */
function serviceConflicts(ctx: Context, s: SentenceView): RawFinding[] {
  const { tokens } = s;
  const out: RawFinding[] = [];
  for (const m of s.mentions) {
    const rank = s.titles.find((t) => (t.last === m.first || (t.last === m.first - 1 && tokens.norm(t.last) === '.')) &&
      t.offices.every((o) => ctx.index.offices.get(o)?.kind === 'rank'));
    const written = rank && serviceBefore(tokens, s, rank.first);
    if (!written) continue;
    const served = (ctx.index.termsByPerson.get(m.person) ?? []).flatMap((t) => {
      const service = serviceOf(ctx.index.offices.get(t.term.office)?.forms ?? []);
      return service ? [{ term: t, ...service }] : [];
    });
    if (!served.length || served.some((x) => x.service === written.service)) continue;
    const start = s.base + tokens.start(written.first);
    const serviceEnd = s.base + tokens.end(rank.first - 1);
    const held = served.map((x) => ctx.index.offices.get(x.term.term.office)!.title).join('; ');
    const fixes: Fix[] = served.length === 1 && served[0]!.term.term.confidence === 'high'
      ? [{ title: `Change the service to "${served[0]!.words}"`, newText: served[0]!.words + ctx.doc.text.slice(serviceEnd, m.end) }]
      : [];
    out.push({
      code: 'title-conflict', start, end: m.end, fixes, sourceIds: served.flatMap((x) => x.term.term.sources),
      message: `${nameOf(ctx, m.person)} did not serve in the ${written.service}: the record has ${held}.`,
    });
  }
  return out;
}

export function checkTitleClaims(ctx: Context, s: SentenceView): RawFinding[] {
  const out: RawFinding[] = [...serviceConflicts(ctx, s), ...ordinalConflicts(ctx, s)];
  for (const claim of readTitleClaims(s, ctx.index)) {
    if (quotedAsWords(ctx.doc.text, claim) || denied.test(ctx.doc.text.slice(Math.max(0, claim.start - 14), claim.start)) || (claim.mention.first < claim.titleFirst && ownPeriod.test(ctx.doc.text.slice(claim.end, claim.end + 40)))) continue;
    const probes = titleProbes(ctx, s, claim);
    if (!probes.length) continue;
    const verdicts = probes.map((p) => verdictAt(ctx, s, claim, p));
    if (verdicts.some((v) => v === 'ok')) continue;
    out.push(report(ctx, s, claim, probes[0]!, verdicts[0]!));
  }
  return out;
}

/** "He is Maj. Gen. Pat Ryder, not Lt. Gen. Pat Ryder": a title named to be denied. */
const denied = /\b(?:not|nor|never|rather\s+than|instead\s+of)\s+(?:the\s+|a\s+|an\s+)?$/i;

/** A title in apposition given its own period ("Shoigu, defence minister from 2012 until May 2024, is now…", "Minister of Defence 2012–2024"): the term reader judges the period. */
const ownPeriod = /^\s*(?:(?:19|20)\d{2}\s*[–-]\s*(?:(?:19|20)?\d{2}|present|now)\b|(?:from|until|till|between)\s+(?:\w+\.?\s+){0,2}?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:in|during|at)\s+(?:the\s+)?(?:(?:early|first|last|final|opening|late|later)\s+)?(?:months?|weeks?|days?|years?|stages?|start|beginning|spring|summer|autumn|fall|winter)\b)/i;

/**
 * A title and name that are all a quotation holds ('referred to him as "Secretary of Defense
 * Blinken"', 'write "Secretary of War Pete Hegseth" from Sept. 5'), or that open one a verb of
 * wording quotes: words talked about, not a claim.
 */
function quotedAsWords(text: string, claim: TitleClaim): boolean {
  const before = text.slice(Math.max(0, claim.start - 60), claim.start);
  // ('We should not write "Secretary of War Lloyd Austin spoke…"', 'still say "Gen. CQ Brown, chairman…"': a wording quoted, however long.)
  if (wordingVerb.test(before)) return true;
  return /["“‘']$/.test(before) && /^[,.;:!?]?["”’']/.test(text.slice(claim.end, claim.end + 2));
}

/** A verb of wording, a quotation mark, and at most a rank or title before the claim. */
const wordingVerb = /\b(?:write|writes|wrote|written|writing|say|says|saying|call|calls|called|calling|read|reads|use|uses|used|print|prints|printed|style|styled)\s*[:,]?\s*["“‘'](?:\p{Lu}[\p{L}.]*\s+){0,3}$/iu;

function report(ctx: Context, s: SentenceView, claim: TitleClaim, probe: Probe, verdict: Verdict): RawFinding {
  const { index } = ctx;
  const day = probe.days[0]!;
  const person = claim.mention.person;
  // A title of a period may not name the office on the day: then it is judged by the office itself.
  const inPeriod = officesAt(ctx, s, claim, day);
  const offices = inPeriod ?? officesAt(ctx, s, claim, day, true)!;
  const officeIds = namedOffices(ctx, s, claim, offices);
  const titleText = officeIds.map((o) => index.offices.get(o)!.title).join(' or ');
  const name = nameOf(ctx, person);
  const kind = index.offices.get(officeIds[0]!)?.kind ?? 'office';
  // The most specific of what they held: "Brig. Gen." rather than "Gen." as well.
  const formOf = (t: TermInfo) => index.offices.get(t.term.office)!.forms[0] ?? '';
  const allHeld = termsOn(index, person, day, kind);
  const possible = (index.termsByPerson.get(person) ?? []).filter(
    (t) => (index.offices.get(t.term.office)?.kind ?? 'office') === kind && termStatus(index, t, day) === 'unknown',
  );
  const mostSpecific = (terms: TermInfo[]) =>
    terms.filter((t) => !terms.some((o) => o !== t && index.offices.get(o.term.office)!.forms.some((f) => f.length > formOf(t).length && f.endsWith(formOf(t)))));
  const held = mostSpecific(allHeld);
  const heldText = held.length || possible.length
    ? mostSpecific([...held, ...possible]).map((t) => `${titleOf(ctx, t)}${t.start ? ` (since ${showSpan(t.start)})` : ''}`).join('; ')
    : undefined;
  const named = new Set(officeIds);
  const past = (index.termsByPerson.get(person) ?? []).filter((t) => named.has(t.term.office));
  const pastText = past.length
    ? past.map((t) => `${titleOf(ctx, t)} ${t.start ? `from ${showSpan(t.start)} ` : ''}${t.end ? `to ${showSpan(t.end)}` : 'with no recorded end'}`).join('; ')
    : undefined;
  const holderTerms = officeIds.length === 1 && kind !== 'rank' && !index.offices.get(officeIds[0]!)!.multipleHolders
    ? heldTermsOf(index, officeIds[0]!, day).filter((t) => t.term.person !== person)
    : [];
  const holders = [...new Set(holderTerms.map((t) => t.term.person))];
  const when = probeLabel(probe);
  const written = ctx.doc.text.slice(s.base + s.tokens.start(claim.titleFirst), s.base + s.tokens.end(claim.titleLast - 1));
  // The period of a form that names the office only in one ("Secretary of War" from 2025-09-05).
  const dated = officeIds.map((o) => datedSense(ctx, s, claim, o)).find((x) => x?.dated);
  const period = dated?.dated ? [dated.dated.from && `from ${dated.dated.from}`, dated.dated.to && `until ${dated.dated.to}`].filter(Boolean).join(' ') : '';
  const reachesPeriod = (t: TermInfo) => !dated || ((dated.from === undefined || !t.end || t.end.last >= dated.from) && (dated.to === undefined || !t.start || t.start.first <= dated.to));

  // Each message leads with what the record says, then what the draft has.
  let message: string;
  if (verdict === 'outOfPeriod') {
    const office = index.offices.get(officeIds[0]!)!;
    message = `On ${when} the title was ${office.title}: "${written}" names it only ${period}${dated?.dated?.note ? ` (${dated.dated.note.charAt(0).toLowerCase()}${dated.dated.note.slice(1)})` : ''}.`;
  } else if (verdict === 'stillHeld') {
    message = `The record has ${name} as ${pastText}: still in office on ${when}, so not "former" ${titleText}.`;
  } else if (verdict === 'neverBefore') {
    message = pastText
      ? `The record has ${name} as ${pastText}: not ${titleText} before ${when}${dated && !past.some(reachesPeriod) ? ` as "${written}", which names it only ${period}` : ''}.`
      : `The record has ${name} in no office of ${titleText} before ${when}.`;
  } else {
    const own = heldText ?? pastText;
    const heldBy = holders.map((h) => `${nameOf(ctx, h)}${standing(holderTerms.find((t) => t.term.person === h)!)}`).join(' and ');
    const theirs = own ? `as ${own}` : `in no ${kind === 'rank' ? 'military rank' : 'such office'}`;
    message = holders.length ? `The ${titleText} on ${when} was ${heldBy}; the record has ${name} ${theirs}` : `The record has ${name} ${theirs}`;
    message += `, not ${titleText} on ${when}`;
    message += inPeriod ? '.' : `, and "${written}" names it only ${period}.`;
  }

  const text = ctx.doc.text;
  const tokens = s.tokens;
  const fixes: Fix[] = [];
  const atSentenceStart = claim.start === s.start;
  const titleStart = s.base + tokens.start(claim.titleFirst);
  const titleEnd = s.base + tokens.end(claim.titleLast - 1);
  // Fixes never rest on a fact of less than high confidence.
  if (claim.offices !== 'counterpart' && (verdict === 'notHeld' || verdict === 'outOfPeriod') && held.length === 1 && held[0]!.term.confidence === 'high') {
    const office = index.offices.get(held[0]!.term.office)!;
    const form = (office.forms[0] ?? office.title).replace(/\.$/, text[titleEnd] === '.' ? '' : '.');
    fixes.push({ title: `Change the title to "${form}"`, newText: text.slice(claim.start, titleStart) + form + text.slice(titleEnd, claim.end) });
  }
  if (verdict === 'notHeld' && claim.modifier === 'plain' && past.some((t) => t.end && t.end.last < day && reachesPeriod(t))) {
    // Before the title: "former Defence Minister Shoigu", "Milley, the former chairman".
    const at = claim.mention.first > claim.titleFirst ? claim.start
      : tokens.possessive(claim.titleFirst - 1) ? titleStart // "is Russia's former defence minister"
      : s.base + tokens.start(appositionStart(tokens, commaAfter(tokens, claim.mention)));
    const word = at === s.start ? 'Former' : 'former';
    fixes.push({ title: 'Add "former"', newText: `${text.slice(claim.start, at)}${word} ${text.slice(at, claim.end)}` });
  }
  if (verdict === 'stillHeld') {
    const phrase = text.slice(claim.start, claim.end).replace(/\b(?:former|ex)\s*-?\s*/i, '');
    fixes.push({ title: 'Remove "former"', newText: atSentenceStart ? capitalize(phrase) : phrase });
  }
  // "Acting Secretary of Defense" names only a holder who was acting.
  const holderFits = holderTerms[0]?.term.confidence === 'high' && (claim.modifier !== 'acting' || holderTerms[0].term.acting);
  // Not where an apposition goes on about the one named ("Defence Minister Sergei Shoigu, now secretary of the Security Council").
  const comma = commaAfter(tokens, claim.mention);
  const apposed = tokens.norm(comma) === ',' && appositionOpeners.has(tokens.norm(comma + 1));
  if (holders.length === 1 && verdict === 'notHeld' && inPeriod && claim.mention.end === claim.end && holderFits && !apposed) {
    const holder = index.people.get(holders[0]!)!;
    const renamed = claim.mention.kind === 'surname' ? holder.surname[0]! : shortName(holder);
    fixes.push({ title: `Change the name to "${renamed}"`, newText: text.slice(claim.start, claim.mention.start) + renamed });
  }

  const sourceIds = [
    ...(dated?.dated && verdict !== 'notHeld' ? dated.dated.sources : []),
    ...held.flatMap((t) => t.term.sources),
    ...past.flatMap((t) => t.term.sources),
    ...holders.flatMap((h) => (index.termsByPerson.get(h) ?? []).filter((t) => offices.has(t.term.office)).flatMap((t) => t.term.sources)),
  ];
  return { code: 'title-conflict', start: claim.start, end: claim.end, message, sourceIds, fixes };
}
