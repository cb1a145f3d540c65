// Loading the record: the embedded default, a newsroom's record files, and merging them.
// Pure: callers read files and pass their text, so the language server, the CLI and the
// tests share one loader. Problems carry LSP ranges into the file they are about.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import schema from '../../../record/record.schema.json';
import embedded from '../../../record/default.json';
import type { Range, RecordProblem } from '../api';
import { parsePartialDate } from '../text/dates';
import { LineIndex } from '../text/lines';
import type { Initiator, PartialDate, RecordedEvent, RecordFile, Term } from './types';

/**
 * The record that ships with Readout (server/record/default.json). Treat it as read-only.
 * TypeScript infers JSON loosely (no tuples or literal unions), hence the cast; the tests
 * prove the file passes the schema.
 */
export const defaultRecord: RecordFile = embedded as unknown as RecordFile;

/** How problems name the default record when a newsroom file contradicts it. */
const EMBEDDED = 'the embedded record';

type Path = (string | number)[];

// ---------------------------------------------------------------------------------------
// Parsing and validating one file

/**
 * Parses and validates one record file (JSON; comments and trailing commas allowed).
 * `data` is returned only when there are no problems; its objects have no prototype, so
 * an id such as "constructor" cannot collide with Object's members.
 * References to people, offices and sources may point into this file or into `base`
 * (the embedded record unless the caller passes the records loaded before this file).
 */
export function parseRecordFile(
  file: string,
  text: string,
  base: RecordFile = defaultRecord,
): { data?: RecordFile; problems: RecordProblem[] } {
  const source = blankByteOrderMark(text);
  const syntaxErrors: ParseError[] = [];
  const root = parseTree(source, syntaxErrors, { allowTrailingComma: true, allowEmptyContent: true });
  const at = new Locator(file, source, root);

  if (syntaxErrors.length > 0) {
    // Schema errors on a half-parsed tree would only add noise: report the syntax first.
    // A file cut short leaves one "expected a closing brace" per open object, all at its end: say it once.
    return { problems: uniqueProblems(syntaxErrors.map((e) => at.problemAtOffset(e.offset, e.length, `JSON syntax error: ${syntaxMessage(e)}`))) };
  }
  if (!root) return { problems: [at.problemAtOffset(0, 0, 'empty record file')] };
  if (root.type !== 'object') {
    return { problems: [at.problemAtNode(root, `a record file must be a JSON object ({ … }), not ${describeJsonType(root.type)}`)] };
  }

  const problems = duplicateKeyProblems(root, at);
  const data: unknown = getNodeValue(root);
  for (const error of validate(data)) {
    const found = describeSchemaError(error, data);
    const message = found.path.length > 0 ? `${formatPath(found.path)}: ${found.message}` : found.message;
    problems.push(found.key === undefined ? at.problem(found.path, message) : at.problemAtKey(found.path, found.key, message));
  }
  // Dates, order and references are only meaningful once the shape is right.
  if (problems.length === 0) {
    const record = data as RecordFile;
    for (const [path, message] of [...dateProblems(record), ...duplicateEventIds(record), ...initiatorProblems(record), ...referenceProblems(record, base)]) {
      problems.push(at.problem(path, message));
    }
  }
  return problems.length > 0 ? { problems: sortProblems(uniqueProblems(problems)) } : { data: data as RecordFile, problems };
}

/** A byte-order mark is not JSON; blank it out so that offsets stay the same. */
function blankByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? ' ' + text.slice(1) : text;
}

let validator: ValidateFunction | undefined;

/** Compiles the schema on first use only: starting the server must not pay for it. */
function validate(data: unknown): ErrorObject[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true });
    // VS Code's editing hints: annotations to ajv, declared so that strict mode accepts them.
    ajv.addVocabulary(['markdownDescription', 'defaultSnippets', 'enumDescriptions', 'markdownEnumDescriptions']);
    validator = ajv.compile(schema);
  }
  if (validator(data)) return [];
  // `if` and `propertyNames` only repeat, less precisely, the error found inside them.
  return (validator.errors ?? []).filter((e) => e.keyword !== 'if' && e.keyword !== 'propertyNames');
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon (:)',
  CommaExpected: 'expected a comma (,)',
  CloseBraceExpected: 'expected a closing brace (})',
  CloseBracketExpected: 'expected a closing bracket (])',
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape in a string',
  InvalidEscapeCharacter: 'invalid escape character in a string',
  InvalidCharacter: 'invalid character in a string (write a line break as \\n)',
};

function syntaxMessage(error: ParseError): string {
  const name = printParseErrorCode(error.error);
  return SYNTAX_MESSAGES[name] ?? name;
}

function describeJsonType(type: Node['type']): string {
  return { array: 'a list', string: 'a string', number: 'a number', boolean: 'true or false', null: 'null', object: 'an object', property: 'a property' }[type];
}

/** jsonc-parser keeps the last of duplicate keys silently; a record must not. */
function duplicateKeyProblems(root: Node, at: Locator): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const visit = (node: Node, path: Path): void => {
    if (node.type === 'object') {
      const seen = new Map<string, Node>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        const first = seen.get(key);
        if (first) {
          const where = path.length > 0 ? ` in ${formatPath(path)}` : '';
          problems.push(at.problemAtNode(keyNode, `duplicate key "${key}"${where} (first on line ${at.lineOf(first) + 1})`));
        } else {
          seen.set(key, keyNode);
        }
        if (valueNode) visit(valueNode, [...path, key]);
      }
    } else if (node.type === 'array') {
      node.children?.forEach((child, index) => visit(child, [...path, index]));
    }
  };
  visit(root, []);
  return problems;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text in double quotes',
  array: 'a list in brackets [ … ]',
  object: 'an object in braces { … }',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
};

const DATE_FORMAT = 'is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)';

/** Turns an ajv error into a message a newsroom editor can act on, and where to show it. */
function describeSchemaError(error: ErrorObject, data: unknown): { path: Path; message: string; key?: string } {
  const path = pointerToPath(error.instancePath, data);
  const value = valueAt(data, path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path, message: `missing required property "${String(params.missingProperty)}"` };
    case 'additionalProperties':
      return { path, key: String(params.additionalProperty), message: `unknown property "${String(params.additionalProperty)}"` };
    case 'type':
      return { path, message: `must be ${TYPE_NAMES[String(params.type)] ?? String(params.type)}` };
    case 'enum':
      return { path, message: `${show(value)} is not one of ${(params.allowedValues as unknown[]).map(show).join(', ')}` };
    case 'minLength':
      return { path, message: 'must not be empty' };
    case 'minProperties':
      return { path, message: 'must name a person or a country' };
    case 'minItems': {
      const limit = Number(params.limit);
      if (path[path.length - 1] === 'sources') return { path, message: 'must cite at least one source' };
      return { path, message: `must have at least ${limit} item${limit === 1 ? '' : 's'}` };
    }
    case 'maxItems':
      return { path, message: `must have at most ${String(params.limit)} items` };
    case 'pattern': {
      // An id used as a key (under people, offices, sources) is reported on the key itself.
      const key = error.propertyName;
      const shown = show(key ?? value);
      const message = error.schemaPath.startsWith('#/definitions/PartialDate')
        ? `${shown} ${DATE_FORMAT}`
        : error.schemaPath.startsWith('#/definitions/Id')
          ? `${shown} is not a valid id (lowercase letters, digits and hyphens, e.g. "lloyd-austin")`
          : error.schemaPath.endsWith('/url/pattern')
            ? `${shown} is not a web address (http:// or https://)`
            : `${shown} is not a two-letter country code in capitals (e.g. "US", "RU")`;
      return key === undefined ? { path, message } : { path, key, message };
    }
    default:
      return { path, message: error.message ?? 'is not valid' };
  }
}

/** The same id may break the same rule in several places of the schema (e.g. `then` and its parent). */
function uniqueProblems(problems: RecordProblem[]): RecordProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.range.start.line}:${p.range.start.character}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortProblems(problems: RecordProblem[]): RecordProblem[] {
  return problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Every date field of a record, with where it is. */
function dateFields(record: RecordFile): [Path, PartialDate][] {
  const fields: [Path, PartialDate][] = [];
  if (record.asOf) fields.push([['asOf'], record.asOf]);
  for (const [id, source] of Object.entries(record.sources ?? {})) {
    if (source.date) fields.push([['sources', id, 'date'], source.date]);
  }
  for (const [id, office] of Object.entries(record.offices ?? {})) {
    office.datedForms?.forEach((dated, j) => {
      for (const field of ['from', 'to'] as const) {
        const date = dated[field];
        if (date) fields.push([['offices', id, 'datedForms', j, field], date]);
      }
    });
  }
  record.terms?.forEach((term, i) => {
    for (const field of ['start', 'announced', 'end'] as const) {
      const date = term[field];
      if (date) fields.push([['terms', i, field], date]);
    }
    term.attested?.forEach((date, j) => fields.push([['terms', i, 'attested', j], date]));
  });
  record.events?.forEach((event, i) => {
    fields.push([['events', i, 'date'], event.date]);
    if (event.endDate) fields.push([['events', i, 'endDate'], event.endDate]);
    if (event.madePublic) fields.push([['events', i, 'madePublic'], event.madePublic]);
  });
  record.callCoverage?.forEach((coverage, i) => {
    fields.push([['callCoverage', i, 'from'], coverage.from], [['callCoverage', i, 'to'], coverage.to]);
  });
  return fields;
}

/** Impossible calendar dates (the schema only checks their shape), and ends before starts. */
function dateProblems(record: RecordFile): [Path, string][] {
  const problems: [Path, string][] = [];
  const invalid = new Set<string>();
  for (const [path, date] of dateFields(record)) {
    if (!isCalendarDate(date)) {
      problems.push([path, `${formatPath(path)}: ${show(date)} ${DATE_FORMAT}`]);
      invalid.add(formatPath(path));
    }
  }
  const before = (earlier: Path, later: Path, what: string, a?: PartialDate, b?: PartialDate): void => {
    if (!a || !b || invalid.has(formatPath(earlier)) || invalid.has(formatPath(later))) return;
    if (lastDay(b) < firstDay(a)) problems.push([later, `${formatPath(later)}: ${show(b)} is before ${what} ${show(a)}`]);
  };
  record.terms?.forEach((term, i) => {
    before(['terms', i, 'start'], ['terms', i, 'end'], 'the start', term.start, term.end);
    before(['terms', i, 'announced'], ['terms', i, 'end'], 'the announcement', term.announced, term.end);
  });
  record.events?.forEach((event, i) => {
    before(['events', i, 'date'], ['events', i, 'endDate'], 'the date', event.date, event.endDate);
    before(['events', i, 'date'], ['events', i, 'madePublic'], 'the date', event.date, event.madePublic);
  });
  for (const [id, office] of Object.entries(record.offices ?? {})) {
    office.datedForms?.forEach((dated, j) => {
      const at: Path = ['offices', id, 'datedForms', j];
      before([...at, 'from'], [...at, 'to'], 'the start', dated.from, dated.to);
    });
  }
  record.callCoverage?.forEach((coverage, i) => before(['callCoverage', i, 'from'], ['callCoverage', i, 'to'], 'the start', coverage.from, coverage.to));
  return problems;
}

function duplicateEventIds(record: RecordFile): [Path, string][] {
  const problems: [Path, string][] = [];
  const first = new Map<string, number>();
  record.events?.forEach((event, i) => {
    const earlier = first.get(event.id);
    if (earlier === undefined) first.set(event.id, i);
    else problems.push([['events', i, 'id'], `events[${i}].id: duplicate event id ${show(event.id)} (also events[${earlier}])`]);
  });
  return problems;
}

/** An initiator with only a confidence says nothing about who asked (the schema counts its properties, not which). */
function initiatorProblems(record: RecordFile): [Path, string][] {
  const problems: [Path, string][] = [];
  record.events?.forEach((event, i) => {
    if (event.initiator && !event.initiator.person && !event.initiator.country) {
      problems.push([['events', i, 'initiator'], `${formatPath(['events', i, 'initiator'])}: must name a person or a country`]);
    }
  });
  return problems;
}

/** Ids a record refers to that neither it nor `base` defines. */
function referenceProblems(record: RecordFile, base: RecordFile): [Path, string][] {
  const problems: [Path, string][] = [];
  const check = (kind: 'people' | 'offices' | 'sources', noun: string, id: string | undefined, path: Path): void => {
    if (id === undefined || Object.hasOwn(record[kind] ?? {}, id) || Object.hasOwn(base[kind] ?? {}, id)) return;
    problems.push([path, `${formatPath(path)}: unknown ${noun} ${show(id)}`]);
  };
  for (const [id, office] of Object.entries(record.offices ?? {})) {
    office.counterparts?.forEach((other, j) => check('offices', 'office', other, ['offices', id, 'counterparts', j]));
    office.datedForms?.forEach((dated, j) => {
      dated.sources.forEach((source, k) => check('sources', 'source', source, ['offices', id, 'datedForms', j, 'sources', k]));
    });
  }
  record.terms?.forEach((term, i) => {
    check('people', 'person', term.person, ['terms', i, 'person']);
    check('offices', 'office', term.office, ['terms', i, 'office']);
    term.sources.forEach((source, j) => check('sources', 'source', source, ['terms', i, 'sources', j]));
  });
  record.events?.forEach((event, i) => {
    event.participants?.forEach((person, j) => check('people', 'person', person, ['events', i, 'participants', j]));
    check('people', 'person', event.initiator?.person, ['events', i, 'initiator', 'person']);
    event.sources.forEach((source, j) => check('sources', 'source', source, ['events', i, 'sources', j]));
  });
  record.callCoverage?.forEach((coverage, i) => {
    coverage.offices.forEach((office, j) => check('offices', 'office', office, ['callCoverage', i, 'offices', j]));
    coverage.sources?.forEach((source, j) => check('sources', 'source', source, ['callCoverage', i, 'sources', j]));
  });
  return problems;
}

// ---------------------------------------------------------------------------------------
// Merging layers over the embedded record

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
  let record = withAllSections(structuredClone(defaultRecord));
  let origins: Origins = new Map();
  const problems: RecordProblem[] = [];
  for (const layer of layers) {
    // Merge into copies, so that a rejected layer leaves no trace.
    const draft = structuredClone(record);
    const draftOrigins: Origins = new Map(origins);
    const layerProblems = new LayerMerge(draft, draftOrigins, layer).run();
    if (layerProblems.length > 0) {
      problems.push(...layerProblems);
    } else {
      record = draft;
      origins = draftOrigins;
    }
  }
  return { record, problems };
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

  constructor(
    private readonly record: MergedRecord,
    private readonly origins: Origins,
    private readonly layer: RecordLayer,
  ) {
    const text = blankByteOrderMark(layer.text);
    this.at = new Locator(layer.file, text, parseTree(text, [], { allowTrailingComma: true, allowEmptyContent: true }));
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
    const twin = terms.findIndex((t) => t.person === term.person && t.office === term.office && sameBoundaries(t, term));
    if (twin >= 0) {
      const { person, office, ...rest } = term;
      this.mergeFields(terms[twin] as unknown as Record<string, unknown>, rest, ['sources', 'attested'], `terms/${twin}`, ['terms', i]);
      return;
    }
    for (const [j, other] of terms.entries()) {
      if (other.office !== term.office) continue;
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
    terms.push(structuredClone(term));
  }

  private mergeEvent(event: RecordedEvent, i: number): void {
    const events = this.record.events;
    const path: Path = ['events', i];
    const byId = events.find((e) => e.id === event.id);
    // The same call under another id is still the same call: it must not be counted twice.
    const existing = byId ?? (event.type === 'call' ? events.find((e) => e.type === 'call' && e.date === event.date && sameSet(e.participants, event.participants)) : undefined);
    if (!existing) {
      events.push(structuredClone(event));
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
      this.mergeFields(existing as unknown as Record<string, unknown>, rest, ['sources', 'mentions', 'actions'], key, path);
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

// ---------------------------------------------------------------------------------------
// Dates and terms

/** The first and last day a partial date may mean: "2024-02" is 2024-02-01 … 2024-02-29. */
const firstDay = (date: PartialDate): number => parsePartialDate(date)?.first ?? -Infinity;
const lastDay = (date: PartialDate): number => parsePartialDate(date)?.last ?? Infinity;
const isCalendarDate = (date: PartialDate): boolean => parsePartialDate(date) !== undefined;

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

// ---------------------------------------------------------------------------------------
// Small helpers

/** Maps paths in one file's text to LSP ranges (zero-based lines, UTF-16 characters). */
class Locator {
  private readonly lines: LineIndex;

  constructor(
    private readonly file: string,
    text: string,
    private readonly root: Node | undefined,
  ) {
    this.lines = new LineIndex(text);
  }

  /** A problem at the value at `path`; objects and lists are marked by their key, or their opening bracket. */
  problem(path: Path, message: string): RecordProblem {
    const node = nodeAt(this.root, path);
    if (!node) return this.problemAtOffset(0, 0, message);
    if (node.type === 'object' || node.type === 'array') {
      const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      return key ? this.problemAtNode(key, message) : this.problemAtOffset(node.offset, 1, message);
    }
    return this.problemAtNode(node, message);
  }

  /** A problem at the key `key` of the object at `path`. */
  problemAtKey(path: Path, key: string, message: string): RecordProblem {
    const keyNode = propertyOf(nodeAt(this.root, path), key)?.children?.[0];
    return keyNode ? this.problemAtNode(keyNode, message) : this.problem(path, message);
  }

  problemAtNode(node: Node, message: string): RecordProblem {
    return this.problemAtOffset(node.offset, node.length, message);
  }

  problemAtOffset(offset: number, length: number, message: string): RecordProblem {
    const range: Range = { start: this.position(offset), end: this.position(offset + length) };
    return { file: this.file, range, message };
  }

  lineOf(node: Node): number {
    return this.position(node.offset).line;
  }

  private position(offset: number): Range['start'] {
    return this.lines.position(offset);
  }
}

function propertyOf(node: Node | undefined, key: string): Node | undefined {
  return node?.type === 'object' ? node.children?.find((p) => p.children?.[0]?.value === key) : undefined;
}

function nodeAt(root: Node | undefined, path: Path): Node | undefined {
  let node = root;
  for (const segment of path) {
    node = node?.type === 'array' ? node.children?.[Number(segment)] : propertyOf(node, String(segment))?.children?.[1];
  }
  return node;
}

/** "/terms/3/start" → ["terms", 3, "start"], numbering the steps into lists. */
function pointerToPath(pointer: string, data: unknown): Path {
  const path: Path = [];
  let value = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step = Array.isArray(value) ? Number(segment) : segment;
    path.push(step);
    value = (value as Record<string | number, unknown> | undefined)?.[step];
  }
  return path;
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, step) => (value as Record<string | number, unknown> | undefined)?.[step], data);
}

/** ["terms", 3, "start"] → "terms[3].start". */
function formatPath(path: Path): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
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
