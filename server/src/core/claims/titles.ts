// Title and rank claims: "Defence Minister Sergei Shoigu", "Gen. Mark Milley,
// chairman of the Joint Chiefs", "then-Minister of Defence", "his Russian counterpart".
import type { Fix } from '../api';
import { countryOf } from '../read/cues';
import type { Mention } from '../read/document';
import type { SentenceView } from '../read/sentences';
import { holdersOn, officeStatus, shortName, type TermInfo, termStatus, termsOn } from '../record/index';
import { showSpan } from '../text/dates';
import type { Tokens } from '../text/tokens';
import { capitalize, type Context, nameOf, type Probe, probeLabel, referenceProbe, sentenceProbes } from './context';

type Modifier = 'then' | 'former' | 'now' | 'plain';

export interface TitleClaim {
  mention: Mention;
  /** Token range of the title words, and of the whole phrase with its modifier and country. */
  titleFirst: number;
  titleLast: number;
  start: number;
  end: number;
  offices: string[] | 'counterpart';
  country?: string;
  modifier: Modifier;
}

// A Map, not an object literal: a word such as "constructor" must not read as a modifier.
const modifiers = new Map<string, Modifier | 'skip'>(Object.entries({
  then: 'then', former: 'former', ex: 'former', now: 'now', current: 'now', new: 'plain', newly: 'plain',
  acting: 'skip', outgoing: 'skip', incoming: 'skip', late: 'skip', retired: 'skip', interim: 'skip',
  designate: 'skip', future: 'skip', previous: 'skip', nominee: 'skip', deputy: 'skip', vice: 'skip',
  assistant: 'skip', first: 'skip', under: 'skip', associate: 'skip', principal: 'skip', shadow: 'skip', junior: 'skip',
} as const));

/** Capitalised words that may stand right before a title without changing it. */
const openers = new Set(['the', 'his', 'her', 'their', 'its', 'a', 'an', 'and', 'but', 'when', 'after', 'before', 'as', 'with', 'while', 'then', 'both', 'by', 'to', 'in', 'on', 'meanwhile']);

/** Words after an appositive title that show it is not one ("the defence secretary's nominee"). */
const nounsAfterTitle = new Set(['nominee', 'pick', 'candidate', 'designate', 'office', 'spokesman', 'spokesperson', 'aide', 'official', 'officials', 'ministry', 'department']);

export function readTitleClaims(s: SentenceView): TitleClaim[] {
  const claims: TitleClaim[] = [];
  for (const m of s.mentions) {
    claims.push(...beforeName(s, m), ...afterName(s, m));
  }
  return claims;
}

function beforeName(s: SentenceView, m: Mention): TitleClaim[] {
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
    if (k < s.first) break;
    const title = s.titles.find((t) => t.last === k + 1);
    let claim: TitleClaim;
    if (title) {
      claim = { mention: m, titleFirst: title.first, titleLast: title.last, start: 0, end: m.end, offices: title.offices, modifier: 'plain' };
      j = title.first;
    } else if (tokens.norm(k) === 'counterpart') {
      claim = { mention: m, titleFirst: k, titleLast: k + 1, start: 0, end: m.end, offices: 'counterpart', modifier: 'plain' };
      j = k;
    } else break;
    const lead = readLead(tokens, s, j);
    if (lead.modifier === 'skip') return [];
    j = lead.first;
    claim.modifier = lead.modifier;
    if (lead.country) claim.country = lead.country;
    claim.start = s.base + tokens.start(j);
    chain.push(claim);
  }
  const before = j - 1;
  // "NATO Secretary General", "Deputy Defence Minister": a word that changes the title.
  if (before >= s.first && tokens.word(before) && (modifiers.get(tokens.norm(before)) === 'skip' || (tokens.capital(before) && !openers.has(tokens.norm(before)) && before > s.first))) {
    return [];
  }
  return chain;
}

/** Modifier and country words before a title: "then-", "Russia's new", "former U.S.". */
function readLead(tokens: Tokens, s: SentenceView, j: number): { first: number; modifier: Modifier | 'skip'; country?: string } {
  let modifier: Modifier | 'skip' = 'plain';
  let country: string | undefined;
  for (;;) {
    const t = j - 1;
    if (t < s.first) break;
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

function afterName(s: SentenceView, m: Mention): TitleClaim[] {
  const tokens = s.tokens;
  if (tokens.possessive(m.last - 1)) return [];
  let k = m.last;
  if (tokens.norm(k) !== ',') return [];
  k++;
  if (['the', 'a', 'an'].includes(tokens.norm(k))) k++;
  let modifier: Modifier | 'skip' = 'plain';
  let country: string | undefined;
  for (; k < s.last; k++) {
    const norm = tokens.norm(k);
    const mod = modifiers.get(norm);
    const c = countryOf(norm, tokens.text(k));
    if (mod && modifier === 'plain') modifier = mod;
    else if (c && !country) country = c;
    else if (norm !== '-') break;
  }
  if (modifier === 'skip') return [];
  const title = s.titles.find((t) => t.first === k);
  if (!title) return [];
  const next = title.last;
  if (tokens.possessive(title.last - 1)) return [];
  if (next < s.last && tokens.word(next) && (tokens.capital(next) || nounsAfterTitle.has(tokens.norm(next)))) return [];
  if (s.mentions.some((o) => o.first === title.last)) return [];
  return [{
    mention: m, titleFirst: title.first, titleLast: title.last, start: m.start, end: s.base + tokens.end(title.last - 1),
    offices: title.offices, modifier, ...(country ? { country } : {}),
  }];
}

/** The offices a claim names at a day: its own, or for "his Russian counterpart", the counterparts of the other person's. */
function officesAt(ctx: Context, s: SentenceView, claim: TitleClaim, day: number): Set<string> | undefined {
  const { index } = ctx;
  const inCountry = (id: string) => !claim.country || index.offices.get(id)?.country === claim.country;
  if (claim.offices !== 'counterpart') {
    const set = new Set(claim.offices.filter(inCountry));
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

type Verdict = 'ok' | 'notHeld' | 'stillHeld' | 'neverBefore';

function verdictAt(ctx: Context, s: SentenceView, claim: TitleClaim, probe: Probe): Verdict {
  let verdict: Verdict | undefined;
  for (const day of probe.days) {
    const offices = officesAt(ctx, s, claim, day);
    if (!offices) return 'ok';
    const status = officeStatus(ctx.index, claim.mention.person, offices, day);
    let v: Verdict;
    if (claim.modifier === 'former') {
      if (status === 'held') v = 'stillHeld';
      else if (!heldBefore(ctx, claim.mention.person, offices, day)) v = 'neverBefore';
      else v = 'ok';
    } else v = status === 'notHeld' ? 'notHeld' : 'ok';
    if (v === 'ok') return 'ok';
    verdict = v;
  }
  return verdict ?? 'ok';
}

/** Whether the person may have held one of the offices at some time before the day. */
function heldBefore(ctx: Context, person: string, offices: Set<string>, day: number): boolean {
  const terms = (ctx.index.termsByPerson.get(person) ?? []).filter((t) => offices.has(t.term.office));
  if (!terms.length) return day < ctx.index.knownFrom || day > ctx.index.asOf;
  return terms.some((t) => !t.start || t.start.first < day || t.attested.some((a) => a < day));
}

export function checkTitleClaims(ctx: Context, s: SentenceView): void {
  for (const claim of readTitleClaims(s)) {
    const own = sentenceProbes(ctx, s);
    const ref = referenceProbe(ctx);
    let probes: Probe[];
    if (claim.modifier === 'now') probes = ref ? [ref] : [];
    else if (claim.modifier === 'then') probes = own;
    else probes = [...own, ...(ref ? [ref] : [])];
    if (!probes.length) continue;
    const verdicts = probes.map((p) => verdictAt(ctx, s, claim, p));
    if (verdicts.some((v) => v === 'ok')) continue;
    report(ctx, s, claim, probes[0]!, verdicts[0]!);
  }
}

function report(ctx: Context, s: SentenceView, claim: TitleClaim, probe: Probe, verdict: Verdict): void {
  const { index } = ctx;
  const day = probe.days[0]!;
  const person = claim.mention.person;
  const offices = officesAt(ctx, s, claim, day)!;
  const officeIds = [...offices];
  const titleText = officeIds.map((o) => index.offices.get(o)!.title).join(' or ');
  const name = nameOf(ctx, person);
  const kind = index.offices.get(officeIds[0]!)?.kind ?? 'office';
  // The most specific of what they held: "Brig. Gen." rather than "Gen." as well.
  const formOf = (t: TermInfo) => index.offices.get(t.term.office)!.forms[0] ?? '';
  const allHeld = termsOn(index, person, day, kind);
  const possible = (index.termsByPerson.get(person) ?? []).filter(
    (t) => (index.offices.get(t.term.office)?.kind ?? 'office') === kind && termStatus(index, t, day) === 'unknown',
  );
  const held = allHeld.filter((t) => !allHeld.some((o) => o !== t && formOf(o).length > formOf(t).length && formOf(o).endsWith(formOf(t))));
  const heldText = held.length || possible.length
    ? [...held, ...possible].map((t) => `${index.offices.get(t.term.office)!.title}${t.start ? ` (since ${showSpan(t.start)})` : ''}`).join('; ')
    : undefined;
  const past = (index.termsByPerson.get(person) ?? []).filter((t) => offices.has(t.term.office));
  const pastText = past.length
    ? past.map((t) => `${index.offices.get(t.term.office)!.title} ${t.start ? `from ${showSpan(t.start)} ` : ''}${t.end ? `to ${showSpan(t.end)}` : 'with no recorded end'}`).join('; ')
    : undefined;
  const holders = officeIds.length === 1 && !index.offices.get(officeIds[0]!)!.multipleHolders
    ? holdersOn(index, officeIds[0]!, day).filter((h) => h !== person)
    : [];
  const when = probeLabel(probe);

  let message: string;
  if (verdict === 'stillHeld') {
    message = `${name} still held the office of ${titleText} on ${when}, so not "former": the record has ${pastText}.`;
  } else if (verdict === 'neverBefore') {
    message = `${name} had not held the office of ${titleText} before ${when}${pastText ? `: the record has ${pastText}` : ''}.`;
  } else {
    message = `${name} was not ${titleText} on ${when}`;
    message += heldText ? `: the record has ${heldText}` : pastText ? `: the record has ${pastText}` : ': the record has no such term';
    if (holders.length) message += `; ${holders.map((h) => nameOf(ctx, h)).join(' and ')} held it then`;
    message += '.';
  }

  const text = ctx.doc.text;
  const tokens = s.tokens;
  const fixes: Fix[] = [];
  const atSentenceStart = claim.start === s.start;
  const titleStart = s.base + tokens.start(claim.titleFirst);
  const titleEnd = s.base + tokens.end(claim.titleLast - 1);
  if (claim.offices !== 'counterpart' && verdict === 'notHeld' && held.length === 1) {
    const office = index.offices.get(held[0]!.term.office)!;
    const form = (office.forms[0] ?? office.title).replace(/\.$/, text[titleEnd] === '.' ? '' : '.');
    fixes.push({ title: `Change the title to "${form}"`, newText: text.slice(claim.start, titleStart) + form + text.slice(titleEnd, claim.end) });
  }
  if (verdict === 'notHeld' && claim.modifier === 'plain' && past.some((t) => t.end && t.end.last < day)) {
    const phrase = text.slice(claim.start, claim.end);
    const former = `${atSentenceStart ? 'Former' : 'former'} ${phrase}`;
    fixes.push({ title: 'Add "former"', newText: former });
  }
  if (verdict === 'stillHeld') {
    const phrase = text.slice(claim.start, claim.end).replace(/\b(?:former|ex)\s*-?\s*/i, '');
    fixes.push({ title: 'Remove "former"', newText: atSentenceStart ? capitalize(phrase) : phrase });
  }
  if (holders.length === 1 && verdict === 'notHeld' && claim.mention.end === claim.end) {
    const holder = index.people.get(holders[0]!)!;
    const renamed = claim.mention.kind === 'surname' ? holder.surname[0]! : shortName(holder);
    fixes.push({ title: `Change the name to "${renamed}"`, newText: text.slice(claim.start, claim.mention.start) + renamed });
  }

  const sourceIds = [
    ...held.flatMap((t) => t.term.sources),
    ...past.flatMap((t) => t.term.sources),
    ...holders.flatMap((h) => (index.termsByPerson.get(h) ?? []).filter((t) => offices.has(t.term.office)).flatMap((t) => t.term.sources)),
  ];
  ctx.findings.push({ code: 'title-conflict', start: claim.start, end: claim.end, message, sourceIds, fixes });
}
