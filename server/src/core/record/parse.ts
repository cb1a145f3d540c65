// Parsing and validating one record file: its shape against the record schema, then its
// dates, event ids and references. Problems carry LSP ranges into the file.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../record/record.schema.json';
import type { RecordProblem } from '../api';
import { type DaySpan, parsePartialDate } from '../text/dates';
import { defaultRecord } from './embedded';
import { formatPath, type Path, pointerToPath, readJsonObject, show, sortProblems, uniqueProblems, valueAt } from './locate';
import type { PartialDate, RecordFile } from './types';

/**
 * Parses and validates one record file (JSON; comments and trailing commas allowed).
 * `data` is returned only when there are no problems; ids are looked up in it with
 * `Object.hasOwn` and in Maps, so an id such as "constructor" cannot collide with Object's members.
 * References to people, offices and sources may point into this file or into `base`
 * (the embedded record unless the caller passes the records loaded before this file).
 */
export function parseRecordFile(
  file: string,
  text: string,
  base: RecordFile = defaultRecord,
): { data?: RecordFile; problems: RecordProblem[] } {
  const { value: data, at, problems } = readJsonObject(file, text, 'record file');
  if (!data) return { problems };
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


let validators: { record: ValidateFunction; event: ValidateFunction } | undefined;

/**
 * Compiles the schema on first use only: starting the server must not pay for it. The events
 * are validated one by one, apart from the rest of the file, so that a plain call (below) can
 * skip ajv: in a large record they are nearly all of it, and ajv took most of its validation.
 */
function validate(data: unknown): ErrorObject[] {
  validators ??= compileValidators();
  const errors = validators.record(data) ? [] : [...(validators.record.errors ?? [])];
  const events = (data as { events?: unknown }).events;
  if (Array.isArray(events)) {
    for (let i = 0; i < events.length; i++) {
      const event: unknown = events[i];
      if (isPlainCall(event) || validators.event(event, { instancePath: `/events/${i}`, parentData: events, parentDataProperty: i, rootData: data as object, dynamicAnchors: {} })) continue;
      errors.push(...(validators.event.errors ?? []));
    }
  }
  // `if` and `propertyNames` only repeat, less precisely, the error found inside them.
  return errors.filter((e) => e.keyword !== 'if' && e.keyword !== 'propertyNames');
}

function compileValidators(): { record: ValidateFunction; event: ValidateFunction } {
  const ajv = new Ajv({ allErrors: true });
  // VS Code's editing hints: annotations to ajv, declared so that strict mode accepts them.
  ajv.addVocabulary(['markdownDescription', 'defaultSnippets', 'enumDescriptions', 'markdownEnumDescriptions']);
  // The record's schema with its events' items left to the event validator.
  const { items: _events, ...events } = schema.properties.events;
  ajv.addSchema({ ...schema, properties: { ...schema.properties, events } }, 'record');
  return { record: ajv.getSchema('record')!, event: ajv.getSchema('record#/definitions/RecordedEvent')! };
}

const definitions = schema.definitions;
const ID = new RegExp(definitions.Id.pattern, 'u');
const PARTIAL_DATE = new RegExp(definitions.PartialDate.pattern, 'u');
const CONFIDENCES: readonly unknown[] = definitions.Confidence.enum;
const isId = (value: unknown): boolean => typeof value === 'string' && ID.test(value);
const isDate = (value: unknown): boolean => typeof value === 'string' && PARTIAL_DATE.test(value);
const areIds = (value: unknown, least: number): boolean => Array.isArray(value) && value.length >= least && value.every(isId);
const CALL = definitions.RecordedEvent.then.properties.participants.minItems;
const SOURCES = definitions.RecordedEvent.properties.sources.minItems;

/**
 * A call with only ids, dates, a confidence and lists of ids, each as the schema's patterns and
 * values would have them (every field of the schema's `RecordedEvent` that is a plain id, date
 * or list of ids; a test holds the two to each other). Anything else goes to ajv.
 */
function isPlainCall(event: unknown): boolean {
  if (typeof event !== 'object' || event === null) return false;
  const call = event as Record<string, unknown>;
  if (call.type !== 'call' || call.id === undefined || call.date === undefined || call.participants === undefined || call.confidence === undefined || call.sources === undefined) {
    return false;
  }
  for (const key in call) {
    const value = call[key];
    switch (key) {
      case 'type':
        break;
      case 'id':
        if (!isId(value)) return false;
        break;
      case 'date':
      case 'endDate':
      case 'madePublic':
        if (!isDate(value)) return false;
        break;
      case 'participants':
        if (!areIds(value, CALL)) return false;
        break;
      case 'sources':
        if (!areIds(value, SOURCES)) return false;
        break;
      case 'confidence':
        if (!CONFIDENCES.includes(value)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
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


interface DateOrder {
  earlier: string;
  later: string;
  what: string;
}
const FROM_TO = ['from', 'to'];
const FROM_BEFORE_TO: DateOrder[] = [{ earlier: 'from', later: 'to', what: 'the start' }];
const TERM_DATES = ['start', 'announced', 'end'];
const TERM_ORDER: DateOrder[] = [
  { earlier: 'start', later: 'end', what: 'the start' },
  { earlier: 'announced', later: 'end', what: 'the announcement' },
];
const EVENT_DATES = ['date', 'endDate', 'madePublic'];
const EVENT_ORDER: DateOrder[] = [
  { earlier: 'date', later: 'endDate', what: 'the date' },
  { earlier: 'date', later: 'madePublic', what: 'the date' },
];

/**
 * Impossible calendar dates (the schema only checks their shape), and ends before starts,
 * in one pass over the dates. Paths are built only for a problem: a large record has a
 * hundred thousand events.
 */
function dateProblems(record: RecordFile): [Path, string][] {
  const problems: [Path, string][] = [];
  /** The days a date field may mean; undefined, and reported, if it is not a calendar date. */
  const spanAt = (date: PartialDate | undefined, at: () => Path, field?: string | number): DaySpan | undefined => {
    if (date === undefined) return undefined;
    const span = parsePartialDate(date);
    if (!span) {
      const path = field === undefined ? at() : [...at(), field];
      problems.push([path, `${formatPath(path)}: ${show(date)} ${DATE_FORMAT}`]);
    }
    return span;
  };
  /** The spans of an item's date fields, in the order of `fields`: one list reused for every item. */
  const spans: (DaySpan | undefined)[] = [];
  /** An item's date fields, each checked, and the pairs of them that must come in order (`later` not before `earlier`). */
  const checkItem = (item: object, at: () => Path, fields: readonly string[], order: readonly DateOrder[]): void => {
    const values = item as Record<string, PartialDate | undefined>;
    for (let f = 0; f < fields.length; f++) spans[f] = spanAt(values[fields[f]!], at, fields[f]);
    for (const { earlier, later, what } of order) {
      const start = spans[fields.indexOf(earlier)];
      const end = spans[fields.indexOf(later)];
      if (!start || !end || end.last >= start.first) continue;
      const path = [...at(), later];
      problems.push([path, `${formatPath(path)}: ${show(values[later])} is before ${what} ${show(values[earlier])}`]);
    }
  };
  spanAt(record.asOf, () => ['asOf']);
  for (const id in record.sources) spanAt(record.sources[id]!.date, () => ['sources', id, 'date']);
  for (const id in record.offices) {
    record.offices[id]!.datedForms?.forEach((dated, j) => checkItem(dated, () => ['offices', id, 'datedForms', j], FROM_TO, FROM_BEFORE_TO));
  }
  // One path function for each list, reading the position of the item being checked: none is made per item.
  const terms = record.terms ?? [];
  let t = 0;
  const term = (): Path => ['terms', t];
  const attested = (): Path => ['terms', t, 'attested'];
  for (; t < terms.length; t++) {
    checkItem(terms[t]!, term, TERM_DATES, TERM_ORDER);
    const days = terms[t]!.attested;
    if (days) for (let j = 0; j < days.length; j++) spanAt(days[j], attested, j);
  }
  const events = record.events ?? [];
  let e = 0;
  const event = (): Path => ['events', e];
  for (; e < events.length; e++) checkItem(events[e]!, event, EVENT_DATES, EVENT_ORDER);
  record.callCoverage?.forEach((coverage, i) => checkItem(coverage, () => ['callCoverage', i], FROM_TO, FROM_BEFORE_TO));
  return problems;
}

/** Event ids used twice. Where each was first used is looked up only if one is: a Set suffices for the rest. */
function duplicateEventIds(record: RecordFile): [Path, string][] {
  const problems: [Path, string][] = [];
  const events = record.events ?? [];
  const seen = new Set<string>();
  let firstAt: Map<string, number> | undefined;
  for (let i = 0; i < events.length; i++) {
    const id = events[i]!.id;
    if (!seen.has(id)) {
      seen.add(id);
      continue;
    }
    if (!firstAt) {
      firstAt = new Map();
      for (let j = events.length - 1; j >= 0; j--) firstAt.set(events[j]!.id, j);
    }
    problems.push([['events', i, 'id'], `events[${i}].id: duplicate event id ${show(id)} (also events[${firstAt.get(id)}])`]);
  }
  return problems;
}

/** An initiator with only a confidence says nothing about who asked (the schema counts its properties, not which). */
function initiatorProblems(record: RecordFile): [Path, string][] {
  const problems: [Path, string][] = [];
  const events = record.events ?? [];
  for (let i = 0; i < events.length; i++) {
    const initiator = events[i]!.initiator;
    if (initiator && !initiator.person && !initiator.country) {
      problems.push([['events', i, 'initiator'], `${formatPath(['events', i, 'initiator'])}: must name a person or a country`]);
    }
  }
  return problems;
}

/**
 * Ids a record refers to that neither it nor `base` defines. Paths are built only for those,
 * and the lists are read by index: a large record has hundreds of thousands of references.
 */
export function referenceProblems(record: RecordFile, base: RecordFile): [Path, string][] {
  const problems: [Path, string][] = [];
  // Sets built once.
  const idsOf = (kind: 'people' | 'offices' | 'sources'): Set<string> => new Set([...Object.keys(base[kind] ?? {}), ...Object.keys(record[kind] ?? {})]);
  const people = idsOf('people');
  const offices = idsOf('offices');
  const sources = idsOf('sources');
  /** Checks each id of a list, or one id, against the ids of its kind; its path is `at()`, then `field` (and `sub`). */
  const check = (known: Set<string>, noun: string, listed: readonly string[] | string | undefined, at: () => Path, field: string, sub?: string): void => {
    if (listed === undefined) return;
    if (typeof listed === 'string') {
      if (!known.has(listed)) report(noun, listed, sub === undefined ? [...at(), field] : [...at(), field, sub]);
      return;
    }
    for (let j = 0; j < listed.length; j++) if (!known.has(listed[j]!)) report(noun, listed[j]!, [...at(), field, j]);
  };
  const report = (noun: string, id: string, at: Path): void => {
    problems.push([at, `${formatPath(at)}: unknown ${noun} ${show(id)}`]);
  };
  for (const id in record.offices) {
    const office = record.offices[id]!;
    check(offices, 'office', office.counterparts, () => ['offices', id], 'counterparts');
    office.datedForms?.forEach((dated, j) => check(sources, 'source', dated.sources, () => ['offices', id, 'datedForms', j], 'sources'));
  }
  // One path function for each list, reading the position of the item being checked: none is made per item.
  const terms = record.terms ?? [];
  let t = 0;
  const term = (): Path => ['terms', t];
  for (; t < terms.length; t++) {
    check(people, 'person', terms[t]!.person, term, 'person');
    check(offices, 'office', terms[t]!.office, term, 'office');
    check(sources, 'source', terms[t]!.sources, term, 'sources');
  }
  const events = record.events ?? [];
  let e = 0;
  const event = (): Path => ['events', e];
  for (; e < events.length; e++) {
    check(people, 'person', events[e]!.participants, event, 'participants');
    check(people, 'person', events[e]!.initiator?.person, event, 'initiator', 'person');
    check(sources, 'source', events[e]!.sources, event, 'sources');
  }
  record.callCoverage?.forEach((coverage, i) => {
    check(offices, 'office', coverage.offices, () => ['callCoverage', i], 'offices');
    check(sources, 'source', coverage.sources, () => ['callCoverage', i], 'sources');
  });
  return problems;
}

/** The first and last day a partial date may mean: "2024-02" is 2024-02-01 … 2024-02-29. */
export const firstDay = (date: PartialDate): number => parsePartialDate(date)?.first ?? -Infinity;
export const lastDay = (date: PartialDate): number => parsePartialDate(date)?.last ?? Infinity;
