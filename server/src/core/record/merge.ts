// Merging record files, in order, over the embedded record: a file may add anything and
// repeat what is already there; one that contradicts what came before is left out whole.
import type { RecordProblem } from '../api';
import { defaultRecord } from './embedded';
import { formatPath, Locator, type Path, show } from './locate';
import { push } from './index';
import { firstDay, lastDay, referenceProblems } from './parse';
import type { Initiator, PartialDate, RecordedEvent, RecordFile, Term } from './types';

/** How problems name the default record when a newsroom file contradicts it. */
const EMBEDDED = 'the embedded record';

type MergedRecord = RecordFile & Required<Pick<RecordFile, 'sources' | 'people' | 'offices' | 'terms' | 'events' | 'callCoverage'>>;

/**
 * Which file each merged item (or field added later) came from, to name it when a later
 * file contradicts it: "people/lloyd-austin", "people/lloyd-austin/aliases",
 * "terms/41" (terms by index in the merged record), "events/call-…" → file.
 * Items of the embedded record are not listed.
 */
type Origins = Map<string, string>;

/** A record file to merge: its path (for problems), its text (for positions) and its parsed data. */
export interface RecordLayer {
  file: string;
  text: string;
  data: RecordFile;
}

/**
 * Merges record files, in order, over the embedded record. A layer may add anything and
 * repeat what is already there (lists are united); a layer that contradicts what came
 * before, or refers to unknown ids, is reported and left out as a whole.
 */
export function mergeRecords(layers: RecordLayer[]): { record: RecordFile; problems: RecordProblem[] } {
  const merger = new RecordMerger();
  const problems = layers.flatMap((layer) => merger.add(layer));
  return { record: merger.record, problems };
}

/** The embedded record with layers merged over it one at a time, as they are read. */
export class RecordMerger {
  private merged: MergedRecord = withAllSections(structuredClone(defaultRecord));
  private origins: Origins = new Map();

  /** What is merged so far. */
  get record(): RecordFile {
    return this.merged;
  }

  /** Merges one more layer; if it has problems it is left out, and they are returned. */
  add(layer: RecordLayer): RecordProblem[] {
    // Merge into copies, so that a rejected layer leaves no trace.
    const draft = structuredClone(this.merged);
    const draftOrigins: Origins = new Map(this.origins);
    const problems = new LayerMerge(draft, draftOrigins, layer).run();
    if (problems.length === 0) {
      this.merged = draft;
      this.origins = draftOrigins;
    }
    return problems;
  }
}

function withAllSections(record: RecordFile): MergedRecord {
  return { ...record, sources: record.sources ?? {}, people: record.people ?? {}, offices: record.offices ?? {}, terms: record.terms ?? [], events: record.events ?? [], callCoverage: record.callCoverage ?? [] };
}

/** Fields whose lists a later layer extends rather than contradicts. */
const LIST_FIELDS = {
  sources: [] as string[],
  people: ['given', 'surname', 'aliases', 'misspellings', 'homonyms'],
  offices: ['forms', 'labels', 'counterparts'],
};

class LayerMerge {
  private readonly at: Locator;
  private readonly problems: RecordProblem[] = [];
  // The merged record's events by id, its calls by date and its terms' positions by office, so
  // that each item of a layer is matched without reading them all: a large record has a hundred thousand.
  private readonly eventsById = new Map<string, RecordedEvent>();
  private readonly callsByDate = new Map<string, RecordedEvent[]>();
  private readonly termsByOffice = new Map<string, number[]>();

  constructor(
    private readonly record: MergedRecord,
    private readonly origins: Origins,
    private readonly layer: RecordLayer,
  ) {
    // Positions are looked up only for a contradiction: a clean layer's text is not parsed again.
    this.at = new Locator(layer.file, layer.text);
    for (const event of record.events) this.listEvent(event);
    record.terms.forEach((term, j) => push(this.termsByOffice, term.office, j));
  }

  private listEvent(event: RecordedEvent): void {
    if (!this.eventsById.has(event.id)) this.eventsById.set(event.id, event);
    if (event.type === 'call') push(this.callsByDate, event.date, event);
  }

  run(): RecordProblem[] {
    const data = this.layer.data;
    const unknown = referenceProblems(data, this.record);
    // Contradictions cannot be judged against ids that do not exist.
    if (unknown.length > 0) return unknown.map(([path, message]) => this.at.problem(path, message));
    for (const kind of ['sources', 'people', 'offices'] as const) this.mergeEntries(kind);
    data.terms?.forEach((term, i) => this.mergeTerm(term, i));
    data.events?.forEach((event, i) => this.mergeEvent(event, i));
    for (const coverage of data.callCoverage ?? []) {
      if (!this.record.callCoverage.some((c) => sameValue(c, coverage))) this.record.callCoverage.push(structuredClone(coverage));
    }
    // Ongoing terms are known to hold only until the earliest compilation date.
    if (data.asOf && (!this.record.asOf || data.asOf < this.record.asOf)) this.record.asOf = data.asOf;
    return this.problems;
  }

  private mergeEntries(kind: 'sources' | 'people' | 'offices'): void {
    const target = this.record[kind] as Record<string, object>;
    for (const [id, entry] of Object.entries(this.layer.data[kind] ?? {})) {
      const key = `${kind}/${id}`;
      if (Object.hasOwn(target, id)) {
        this.mergeFields(target[id] as Record<string, unknown>, entry, LIST_FIELDS[kind], key, [kind, id]);
      } else {
        target[id] = structuredClone(entry);
        this.origins.set(key, this.layer.file);
      }
    }
  }

  /** Lists are united; a field the earlier record lacks is added; a different value is a contradiction. */
  private mergeFields(existing: Record<string, unknown>, incoming: object, listFields: readonly string[], key: string, path: Path): void {
    for (const [field, value] of Object.entries(incoming) as [string, unknown][]) {
      const current = existing[field];
      if (listFields.includes(field)) {
        existing[field] = union((current as string[] | undefined) ?? [], value as string[]);
      } else if (current === undefined) {
        existing[field] = structuredClone(value);
        this.origins.set(`${key}/${field}`, this.layer.file);
      } else if (!sameValue(current, value)) {
        this.contradiction([...path, field], this.originOf(key, field), `it has ${show(current)}`);
      }
    }
  }

  private mergeTerm(term: Term, i: number): void {
    const terms = this.record.terms;
    const sameOffice = this.termsByOffice.get(term.office) ?? [];
    const twin = sameOffice.find((j) => terms[j]!.person === term.person && sameBoundaries(terms[j]!, term));
    if (twin !== undefined) {
      const { person, office, ...rest } = term;
      this.mergeFields(terms[twin] as unknown as Record<string, unknown>, rest, ['sources', 'attested'], `terms/${twin}`, ['terms', i]);
      return;
    }
    for (const j of sameOffice) {
      const other = terms[j]!;
      if (other.person === term.person && hasDates(other) && hasDates(term) && mayOverlap(other, term)) {
        const startsAgree = !other.start || !term.start || compatibleDates(other.start, term.start);
        if (!startsAgree || !endsAgree(other, term)) {
          const field = !startsAgree ? 'start' : term.end ? 'end' : 'person';
          this.contradiction(['terms', i, field], this.originOf(`terms/${j}`), `there ${this.describeTerm(other)}`);
          return;
        }
      } else if (other.person !== term.person && this.isSingleHolder(term.office) && isFirm(other) && isFirm(term) && surelyOverlap(other, term)) {
        this.contradiction(['terms', i, 'person'], this.originOf(`terms/${j}`), `there ${this.describeTerm(other)}, and it has one holder at a time`);
        return;
      }
    }
    this.origins.set(`terms/${terms.length}`, this.layer.file);
    push(this.termsByOffice, term.office, terms.length);
    terms.push(structuredClone(term));
  }

  private mergeEvent(event: RecordedEvent, i: number): void {
    const events = this.record.events;
    const path: Path = ['events', i];
    const byId = this.eventsById.get(event.id);
    // The same call under another id is still the same call: it must not be counted twice.
    const existing = byId ?? (event.type === 'call' ? this.callsByDate.get(event.date)?.find((e) => sameSet(e.participants, event.participants)) : undefined);
    if (!existing) {
      const copy = structuredClone(event);
      events.push(copy);
      this.listEvent(copy);
      this.origins.set(`events/${event.id}`, this.layer.file);
      return;
    }
    const key = `events/${existing.id}`;
    if (!this.initiatorsAgree(existing.initiator, event.initiator)) {
      this.contradiction([...path, 'initiator'], this.originOf(key, 'initiator'), `there the ${existing.type} of ${existing.date} was initiated by ${this.describeInitiator(existing.initiator!)}`);
      return;
    }
    if (byId && !sameSet(existing.participants, event.participants)) {
      this.contradiction([...path, 'participants'], this.originOf(key), `there its participants are ${this.names(existing.participants ?? [])}`);
      return;
    }
    const { id, participants, initiator, ...rest } = event;
    if (byId) {
      this.mergeFields(existing as unknown as Record<string, unknown>, rest, ['sources', 'mentions', 'actions', 'places'], key, path);
    } else {
      existing.sources = union(existing.sources, event.sources);
    }
    if (!existing.initiator && initiator) {
      existing.initiator = structuredClone(initiator);
      this.origins.set(`${key}/initiator`, this.layer.file);
    }
  }

  private contradiction(path: Path, origin: string, what: string): void {
    this.problems.push(this.at.problem(path, `${formatPath(path)}: contradicts ${origin}: ${what}`));
  }

  private originOf(key: string, field?: string): string {
    return (field && this.origins.get(`${key}/${field}`)) || this.origins.get(key) || EMBEDDED;
  }

  private isSingleHolder(officeId: string): boolean {
    const office = this.record.offices[officeId];
    return !!office && office.kind !== 'rank' && !office.multipleHolders;
  }

  /** A person and a side agree when the person speaks for that side. */
  private initiatorsAgree(a: Initiator | undefined, b: Initiator | undefined): boolean {
    if (!a || !b) return true;
    if (a.person && b.person) return a.person === b.person;
    const side = (i: Initiator): string | undefined => i.country ?? (i.person ? this.record.people[i.person]?.country : undefined);
    return side(a) === side(b);
  }

  private describeInitiator(initiator: Initiator): string {
    return initiator.person ? this.names([initiator.person]) : `the ${initiator.country} side`;
  }

  private names(ids: string[]): string {
    return ids.map((id) => this.record.people[id]?.name ?? id).join(' and ');
  }

  private describeTerm(term: Term): string {
    const who = this.names([term.person]);
    const office = this.record.offices[term.office]?.title ?? term.office;
    if (term.start && term.end) return `${who} held ${office} from ${term.start} to ${term.end}`;
    if (term.start) return term.endUnknown ? `${who} held ${office} from ${term.start}` : `${who} holds ${office} from ${term.start} (still on ${this.record.asOf ?? 'the record date'})`;
    if (term.end) return `${who} held ${office} until ${term.end}`;
    return `${who} held ${office}`;
  }
}

/** "2022-05" and "2022-05-06" agree: one is a more precise form of the other. */
function compatibleDates(a: PartialDate, b: PartialDate): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function sameBoundaries(a: Term, b: Term): boolean {
  return a.start === b.start && a.end === b.end && !!a.endUnknown === !!b.endUnknown && !!a.approximate === !!b.approximate;
}

/** Approximate terms and bare attestations have no boundaries to contradict. */
function hasDates(term: Term): boolean {
  return !term.approximate && (term.start !== undefined || term.end !== undefined);
}

/** A missing end means "still held", which an end date contradicts; an unknown end contradicts nothing. */
function endsAgree(a: Term, b: Term): boolean {
  if (a.endUnknown || b.endUnknown) return true;
  if (a.end && b.end) return compatibleDates(a.end, b.end);
  return !a.end && !b.end;
}

/** Terms whose boundaries are all established: only these can prove two holders at once. */
function isFirm(term: Term): boolean {
  return term.start !== undefined && !term.approximate && !term.endUnknown;
}

function mayOverlap(a: Term, b: Term): boolean {
  const from = (t: Term): number => (t.start ? firstDay(t.start) : -Infinity);
  const to = (t: Term): number => (t.end ? lastDay(t.end) : Infinity);
  return from(a) <= to(b) && from(b) <= to(a);
}

/** Overlap for certain; a handover day shared by the outgoing and the incoming holder is not one. */
function surelyOverlap(a: Term, b: Term): boolean {
  const start = (t: Term): number => lastDay(t.start!);
  const end = (t: Term): number => (t.end ? firstDay(t.end) : Infinity);
  return start(a) < end(b) && start(b) < end(a);
}

function union(a: string[], b: string[]): string[] {
  return [...a, ...b.filter((item) => !a.includes(item))];
}

function sameSet(a: string[] | undefined, b: string[] | undefined): boolean {
  const left = new Set(a ?? []);
  const right = new Set(b ?? []);
  return left.size === right.size && [...left].every((item) => right.has(item));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
