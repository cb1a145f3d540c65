// The record compiled for checking: lookups by person, office and day, and the
// phrase tries that find names and titles in one pass over a sentence.
import { type DaySpan, parsePartialDate } from '../text/dates';
import { lastAtOrBefore } from '../text/ordered';
import { PhraseTrie, phraseJoiners } from '../text/trie';
import { tokenize, type Tokens } from '../text/tokens';
import type { Confidence, DatedForm, Office, Person, RecordedEvent, RecordFile, Source, SourceKind, Term } from './types';

export type Status = 'held' | 'notHeld' | 'unknown';

export interface TermInfo {
  term: Term;
  start?: DaySpan;
  end?: DaySpan;
  announced?: DaySpan;
  attested: number[];
}

export interface EventInfo {
  event: RecordedEvent;
  day: number;
  lastDay: number;
  /** The day it was made public, where later than it happened (`madePublic`); its first day, for a month. */
  publicDay?: number;
  /** The last day it may have been made public on (the same day unless `madePublic` is a month). */
  lastPublicDay?: number;
  participants: string[];
}

/**
 * How a title phrase names an office: as one of its forms, as a loose label of its role
 * ("Pentagon chief"), or as a form that names it only in a period ("Secretary of War").
 */
export interface TitleSense {
  office: string;
  kind: 'form' | 'label' | 'dated';
  /** For a dated form: the first and last day it names the office. */
  from?: number;
  to?: number;
  dated?: DatedForm;
}

export interface EventCue {
  event: EventInfo;
  /** An action word ("dismissed"): it names the event only with one of its participants named in the clause. */
  action: boolean;
  /** A mention in common words ("war", "invaded"), not a name ("MQ-9"): it may name another event of its kind. */
  common: boolean;
}

export interface NameEntry {
  person: string;
  kind: 'name' | 'misspelling' | 'homonym';
}

export interface RecordIndex {
  people: Map<string, Person>;
  offices: Map<string, Office>;
  sources: Map<string, Source>;
  termsByPerson: Map<string, TermInfo[]>;
  termsByOffice: Map<string, TermInfo[]>;
  /** Sorted by day. */
  events: EventInfo[];
  calls: EventInfo[];
  /** Calls by each day they took place on. */
  callsByDay: Map<number, EventInfo[]>;
  /** Calls by each participant, in date order. */
  callsByPerson: Map<string, EventInfo[]>;
  /** Calls made public after the day they took place. */
  callsMadePublic: EventInfo[];
  /** Each covered pair of offices' calls ("a|b"), in date order: those whose people held the two offices that day. */
  series: Map<string, EventInfo[]>;
  /** Events other than calls by each participant, in date order. */
  otherEventsByPerson: Map<string, EventInfo[]>;
  /** The words drafts name events other than calls by (`mentions`, and `actions` that need a participant named). */
  eventCues: PhraseTrie<EventCue>;
  /** The office pairs whose calls the record lists completely, as day numbers. */
  coverage: { offices: [string, string]; from: number; to: number; pairNames: string[] }[];
  /** Every office in those pairs. */
  coveredOffices: Set<string>;
  /** Ongoing terms are known to hold until this day. */
  asOf: number;
  /** From this day on, an office a person is not recorded holding is one they did not hold. */
  knownFrom: number;
  names: PhraseTrie<NameEntry>;
  titles: PhraseTrie<string>;
  /** By `phraseKey` of a title phrase: the offices it names, and how. */
  titleSenses: Map<string, TitleSense[]>;
  surnames: Map<string, string[]>;
  givenNames: Map<string, string[]>;
  /** Every normalized word of every recorded name: never a misspelling of another. */
  nameWords: Set<string>;
}

export function phraseWords(phrase: string): string[] {
  const tokens = tokenize(phrase);
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens.norm(i);
    if (tokens.word(i) || phraseJoiners.has(norm)) words.push(norm);
  }
  return words;
}

const spanOf = (value: string | undefined): DaySpan | undefined => (value ? parsePartialDate(value) : undefined);

/** Adds a value to the list of a key, starting the list if there is none. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Shared by the many terms and events without attested days or participants. */
const NO_DAYS: number[] = [];
const NO_ONE: string[] = [];
const NO_TERMS: readonly TermInfo[] = [];
const NO_EVENTS: readonly EventInfo[] = [];

/** The events with a valid date, as EventInfo: every one has the same fields, so that reading them stays fast. */
function eventInfos(recorded: readonly RecordedEvent[]): EventInfo[] {
  const infos = new Array<EventInfo>(recorded.length);
  let count = 0;
  for (const event of recorded) {
    const span = parsePartialDate(event.date);
    if (!span) continue;
    const lastDay = event.endDate ? (parsePartialDate(event.endDate)?.last ?? span.last) : span.last;
    const made = spanOf(event.madePublic);
    infos[count++] = { event, day: span.first, lastDay, participants: event.participants ?? NO_ONE, publicDay: made?.first, lastPublicDay: made?.last };
  }
  infos.length = count;
  return infos;
}

/**
 * The positions of the events in day order, stably. Counted out by day (one pass to count each
 * day's events, one to place them) where the record spans few days for its events, as a large
 * one does; otherwise sorted as numbers (day and position packed into one, exactly: days and
 * positions are far below 2^26), which a typed array sorts without calling back.
 */
function dayOrder(infos: readonly EventInfo[]): Uint32Array {
  const order = new Uint32Array(infos.length);
  let first = Infinity;
  let last = -Infinity;
  for (const info of infos) {
    first = Math.min(first, info.day);
    last = Math.max(last, info.day);
  }
  if (infos.length > 0 && last - first <= 4 * infos.length) {
    // Where each day's events begin in the order: the count of the events of the days before it.
    const starts = new Uint32Array(last - first + 2);
    for (const info of infos) starts[info.day - first + 1]!++;
    for (let d = 1; d < starts.length; d++) starts[d]! += starts[d - 1]!;
    for (let i = 0; i < infos.length; i++) order[starts[infos[i]!.day - first]!++] = i;
    return order;
  }
  const keys = new Float64Array(infos.length);
  const POSITIONS = 2 ** 26;
  for (let i = 0; i < infos.length; i++) keys[i] = infos[i]!.day * POSITIONS + i;
  keys.sort();
  for (let i = 0; i < keys.length; i++) order[i] = keys[i]! - Math.floor(keys[i]! / POSITIONS) * POSITIONS;
  return order;
}

/**
 * The calls of each participant, in date order. The participants are read in the record's
 * order, as they lie in memory (several times faster than reading them by date), and numbered;
 * each list is then made at its length and filled in date order from the numbers alone.
 */
function callsByParticipant(infos: readonly EventInfo[], order: Uint32Array): Map<string, EventInfo[]> {
  const numbers = new Map<string, number>();
  const ids: string[] = [];
  const counts: number[] = [];
  const who: number[] = [];
  /** Where each event's participants' numbers start in `who`, and (at `i + 1`) end. */
  const from = new Uint32Array(infos.length + 1);
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    if (info.event.type === 'call') {
      for (const p of info.participants) {
        let n = numbers.get(p);
        if (n === undefined) {
          n = ids.length;
          numbers.set(p, n);
          ids.push(p);
          counts.push(0);
        }
        who.push(n);
        counts[n]!++;
      }
    }
    from[i + 1] = who.length;
  }
  const lists = counts.map((count) => new Array<EventInfo>(count));
  const filled = new Uint32Array(ids.length);
  for (const i of order) {
    for (let k = from[i]!; k < from[i + 1]!; k++) {
      const n = who[k]!;
      lists[n]![filled[n]!++] = infos[i]!;
    }
  }
  return new Map(ids.map((id, n) => [id, lists[n]!]));
}

export function indexRecord(record: RecordFile): RecordIndex {
  const people = new Map(Object.entries(record.people ?? {}));
  const offices = new Map(Object.entries(record.offices ?? {}));
  const sources = new Map(Object.entries(record.sources ?? {}));
  const termsByPerson = new Map<string, TermInfo[]>();
  const termsByOffice = new Map<string, TermInfo[]>();
  for (const term of record.terms ?? []) {
    const info: TermInfo = {
      term,
      start: spanOf(term.start),
      end: spanOf(term.end),
      announced: spanOf(term.announced),
      attested: term.attested ? term.attested.map((d) => parsePartialDate(d)?.first).filter((d): d is number => d !== undefined) : NO_DAYS,
    };
    push(termsByPerson, term.person, info);
    push(termsByOffice, term.office, info);
  }

  // Names before events: the garbage of reading them is collected before the events' index exists, with less to move.
  const names = new PhraseTrie<NameEntry>();
  const surnames = new Map<string, string[]>();
  const givenNames = new Map<string, string[]>();
  const nameWords = new Set<string>();
  // Many people share a given name: its words are read once (shared, never changed).
  const readNames = new Map<string, string[]>();
  const wordsOf = (name: string): string[] => {
    let words = readNames.get(name);
    if (!words) readNames.set(name, (words = phraseWords(name)));
    return words;
  };
  for (const [id, person] of people) {
    const add = (words: string[], kind: NameEntry['kind']) => {
      if (kind === 'name') words.forEach((w) => nameWords.add(w));
      names.add(words, { person: id, kind });
    };
    // Each given name and surname is read once: a full name's words are its parts' (tokens never run across a space).
    const givens = person.given.map(wordsOf);
    const surnameWords = person.surname.map(wordsOf);
    for (const given of givens) for (const surname of surnameWords) add([...given, ...surname], 'name');
    for (const alias of person.aliases ?? []) add(phraseWords(alias), 'name');
    for (const misspelling of person.misspellings ?? []) add(phraseWords(misspelling), 'misspelling');
    for (const homonym of person.homonyms ?? []) add(phraseWords(homonym), 'homonym');
    for (const surname of surnameWords) {
      const key = surname.join(' ');
      if (!surnames.get(key)?.includes(id)) push(surnames, key, id);
    }
    for (const given of givens) push(givenNames, given.join(' '), id);
  }

  const infos = eventInfos(record.events ?? []);
  const order = dayOrder(infos);
  const events = Array.from(order, (i) => infos[i]!);
  const asOf = spanOf(record.asOf)?.last ?? events.reduce((latest, e) => Math.max(latest, e.lastDay), 0);
  const coverageStarts = (record.callCoverage ?? []).map((c) => spanOf(c.from)?.first).filter((d): d is number => d !== undefined);
  const knownFrom = coverageStarts.length ? Math.min(...coverageStarts) : asOf + 1;

  // One pass over the events, in date order, so that every list below is in date order too.
  const calls: EventInfo[] = [];
  const callsMadePublic: EventInfo[] = [];
  const callsByDay = new Map<number, EventInfo[]>();
  const callsByPerson = callsByParticipant(infos, order);
  const otherEventsByPerson = new Map<string, EventInfo[]>();
  const eventCues = new PhraseTrie<EventCue>();
  // Calls come by day: a one-day call most often joins the list of the call before it.
  let dayCalls: EventInfo[] = [];
  let listedDay = NaN;
  for (const e of events) {
    if (e.event.type !== 'call') {
      for (const p of e.participants) push(otherEventsByPerson, p, e);
      for (const phrase of e.event.mentions ?? []) eventCues.add(phraseWords(phrase), { event: e, action: false, common: !/\p{Lu}|\d/u.test(phrase) });
      for (const phrase of e.event.actions ?? []) eventCues.add(phraseWords(phrase), { event: e, action: true, common: false });
      continue;
    }
    calls.push(e);
    if (e.publicDay !== undefined) callsMadePublic.push(e);
    if (e.lastDay !== e.day) {
      for (let day = e.day; day <= e.lastDay; day++) push(callsByDay, day, e);
      continue;
    }
    if (e.day !== listedDay) {
      listedDay = e.day;
      dayCalls = callsByDay.get(e.day) ?? [];
      callsByDay.set(e.day, dayCalls);
    }
    dayCalls.push(e);
  }
  const coverage = (record.callCoverage ?? []).map((c) => ({
    offices: c.offices,
    from: spanOf(c.from)?.first ?? -Infinity,
    to: spanOf(c.to)?.last ?? asOf,
    pairNames: c.pairNames ?? [],
  }));

  const titles = new PhraseTrie<string>();
  const titleSenses = new Map<string, TitleSense[]>();
  const addSense = (phrase: string, sense: TitleSense) => {
    const words = phraseWords(phrase);
    const key = words.join(' ');
    const senses = titleSenses.get(key);
    // One sense per office and phrase: a form outranks a label, and either outranks a dated form.
    const rank = { form: 0, label: 1, dated: 2 };
    const same = senses?.find((x) => x.office === sense.office);
    if (same) {
      if (rank[sense.kind] < rank[same.kind]) Object.assign(same, { kind: sense.kind, from: undefined, to: undefined, dated: undefined });
      return;
    }
    titles.add(words, sense.office);
    if (senses) senses.push(sense);
    else titleSenses.set(key, [sense]);
  };
  for (const [id, office] of offices) {
    for (const form of [office.title, ...office.forms]) addSense(form, { office: id, kind: 'form' });
    for (const label of office.labels ?? []) addSense(label, { office: id, kind: 'label' });
    for (const dated of office.datedForms ?? []) {
      const from = spanOf(dated.from)?.first;
      const to = spanOf(dated.to)?.last;
      for (const form of dated.forms) {
        addSense(form, { office: id, kind: 'dated', dated, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) });
      }
    }
  }

  const index: RecordIndex = {
    people, offices, sources, termsByPerson, termsByOffice, events,
    calls, callsByDay, callsByPerson, callsMadePublic, series: new Map(), otherEventsByPerson, eventCues, coverage, coveredOffices: new Set(coverage.flatMap((c) => c.offices)),
    asOf, knownFrom, names, titles, titleSenses, surnames, givenNames, nameWords,
  };
  for (const c of coverage) index.series.set(c.offices.join('|'), seriesOf(index, c.offices));
  return index;
}

/** The calls between holders of a pair of offices, in date order (on one day, in the record's order). */
export function seriesOf(index: RecordIndex, offices: readonly [string, string]): EventInfo[] {
  const [first, second] = offices.map((office) => {
    const terms = new Map<string, TermInfo[]>();
    for (const t of index.termsByOffice.get(office) ?? NO_TERMS) push(terms, t.term.person, t);
    return terms;
  }) as [Map<string, TermInfo[]>, Map<string, TermInfo[]>];
  const holdsSecond = (call: EventInfo): boolean =>
    call.participants.some((p) => second.get(p)?.some((t) => termStatus(index, t, call.day) === 'held') ?? false);
  // A call is in the series when one participant held the first office that day and one the second:
  // it is among the calls of a holder of the first within one of their terms, found by day, not read through.
  const series = new Set<EventInfo>();
  for (const [person, terms] of first) {
    const calls = index.callsByPerson.get(person) ?? NO_EVENTS;
    for (const t of terms) {
      const { from, to } = mayBeHeld(index, t);
      for (let i = lastAtOrBefore(calls, (c) => c.day < from) + 1; i < calls.length && calls[i]!.day <= to; i++) {
        const call = calls[i]!;
        if (termStatus(index, t, call.day) === 'held' && holdsSecond(call)) series.add(call);
      }
    }
  }
  return series.size === 0 ? [] : index.calls.filter((c) => series.has(c));
}

/** Days outside which `termStatus` never says a term was held: its attested days, and from its start to its end (or the record's date). */
function mayBeHeld(index: RecordIndex, info: TermInfo): { from: number; to: number } {
  let from = info.start ? info.start.first : Infinity;
  let to = info.start ? (info.end ? info.end.last : index.asOf) : -Infinity;
  for (const day of info.attested) {
    from = Math.min(from, day);
    to = Math.max(to, day);
  }
  return { from, to };
}

/**
 * The key of `titleSenses` for the words of a title as a draft wrote them: the normal forms
 * of its words, commas and hyphens, as the title trie walks them (full stops skipped).
 */
export function phraseKey(tokens: Tokens, first: number, last: number): string {
  const words: string[] = [];
  for (let i = first; i < last; i++) {
    const norm = tokens.norm(i);
    if (tokens.word(i) || norm === ',' || norm === '-') words.push(norm);
  }
  return words.join(' ');
}

/** Whether a title sense names its office on a day: forms and labels always do, dated forms only in their period. */
export const senseValidOn = (sense: TitleSense, day: number): boolean =>
  sense.kind !== 'dated' || ((sense.from === undefined || day >= sense.from) && (sense.to === undefined || day <= sense.to));

/** Whether one term was held on a day; boundary days count as unknown. */
/** The days of doubt around a term's recorded start and end: a month for an approximate term. */
export const boundaryMargin = (term: Term): number => (term.approximate ? 31 : 1);

export function termStatus(index: RecordIndex, info: TermInfo, day: number): Status {
  if (info.attested.includes(day)) return 'held';
  const { term, start, end } = info;
  const margin = boundaryMargin(term);
  if (!start && !end) return 'unknown';
  // A weak inference never makes a finding on its own: outside a low-confidence boundary, nothing is known.
  const outside: Status = term.confidence === 'low' ? 'unknown' : 'notHeld';
  if (start) {
    if (day < start.first - margin) return weak(term.startConfidence) ? 'unknown' : outside;
    if (day <= start.last + margin) return 'unknown';
  }
  if (end) {
    if (day > end.last + margin) return weak(term.endConfidence) ? 'unknown' : outside;
    if (day >= end.first - margin) return 'unknown';
    return start ? 'held' : 'unknown';
  }
  if (term.endUnknown || !start) return 'unknown';
  return day <= index.asOf ? 'held' : 'unknown';
}

const weak = (confidence: Confidence | undefined): boolean => confidence === 'low';

/** Whether a person held any of the offices on a day. */
export function officeStatus(index: RecordIndex, person: string, offices: ReadonlySet<string>, day: number): Status {
  let status: Status = 'notHeld';
  for (const info of index.termsByPerson.get(person) ?? []) {
    if (!offices.has(info.term.office)) continue;
    const s = termStatus(index, info, day);
    if (s === 'held') return 'held';
    if (s === 'unknown') status = 'unknown';
  }
  if (status === 'notHeld' && (day < index.knownFrom || day > index.asOf)) {
    // Outside the period the record covers, absence of a term proves nothing.
    const anyTerm = (index.termsByPerson.get(person) ?? []).some((t) => offices.has(t.term.office));
    if (!anyTerm) return 'unknown';
  }
  return status;
}

/** The terms a person held (or may have held) on a day. */
export function termsOn(index: RecordIndex, person: string, day: number, kind?: 'office' | 'rank'): TermInfo[] {
  return (index.termsByPerson.get(person) ?? []).filter(
    (t) => termStatus(index, t, day) === 'held' && (!kind || (index.offices.get(t.term.office)?.kind ?? 'office') === kind),
  );
}

/** The terms of an office the record is sure were held on a day. */
export function heldTermsOf(index: RecordIndex, office: string, day: number): TermInfo[] {
  return (index.termsByOffice.get(office) ?? []).filter((t) => termStatus(index, t, day) === 'held');
}

/** Who held an office on a day, where the record is sure. */
export function holdersOn(index: RecordIndex, office: string, day: number): string[] {
  return heldTermsOf(index, office, day).map((t) => t.term.person);
}

/**
 * How strong a source is, smallest first: a government's own word and the wires, then the
 * press (and a newsroom's sources of no stated kind), then reference works, then the articles
 * that only show a claim was printed.
 */
const strength: Record<SourceKind, number> = { official: 0, agency: 0, press: 1, reference: 2, printed: 3 };
const sourceRank = (source: Source): number => (source.kind ? strength[source.kind] : 1);

/** The sources of these ids, each once, strongest first; of equal strength, in the order cited. */
export function sourcesOf(index: RecordIndex, ids: Iterable<string>): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const source = index.sources.get(id);
    if (source) out.push(source);
  }
  // Array.prototype.sort is stable: the record's own order stands within a rank.
  return out.sort((a, b) => sourceRank(a) - sourceRank(b));
}

/** "Lloyd Austin": house given name and surname. */
export const shortName = (person: Person): string => `${person.given[0] ?? ''} ${person.surname[0] ?? ''}`.trim();

/** 513 for 13 May: a month and day as one number, cheaper to compare than a string. */
export const monthDayKey = (month: number, day: number): number => month * 100 + day;

/** The `monthDayKey` of an event's day; undefined when its date is a month or a year. */
export const eventMonthDay = (e: EventInfo): number | undefined => (e.event.date.length === 10 ? isoMonthDayKey(e.event.date) : undefined);

/** The digits of an ISO date ("2022-05-13") read where they stand, without parsing it. */
const digit = (iso: string, i: number) => iso.charCodeAt(i) - 48;
const isoMonthDayKey = (iso: string): number => monthDayKey(digit(iso, 5) * 10 + digit(iso, 6), digit(iso, 8) * 10 + digit(iso, 9));
