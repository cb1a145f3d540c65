// Parsing and validating one record file: its shape against the record schema, then its
// dates, event ids and references. Problems carry LSP ranges into the file.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../record/record.schema.json';
import type { RecordProblem } from '../api';
import { parsePartialDate } from '../text/dates';
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
  // Paths are built only for the dates there are (a large record has a hundred thousand events).
  record.terms?.forEach((term, i) => {
    if (!term.end) return;
    before(['terms', i, 'start'], ['terms', i, 'end'], 'the start', term.start, term.end);
    before(['terms', i, 'announced'], ['terms', i, 'end'], 'the announcement', term.announced, term.end);
  });
  record.events?.forEach((event, i) => {
    if (event.endDate) before(['events', i, 'date'], ['events', i, 'endDate'], 'the date', event.date, event.endDate);
    if (event.madePublic) before(['events', i, 'date'], ['events', i, 'madePublic'], 'the date', event.date, event.madePublic);
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
export function referenceProblems(record: RecordFile, base: RecordFile): [Path, string][] {
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

/** The first and last day a partial date may mean: "2024-02" is 2024-02-01 … 2024-02-29. */
export const firstDay = (date: PartialDate): number => parsePartialDate(date)?.first ?? -Infinity;
export const lastDay = (date: PartialDate): number => parsePartialDate(date)?.last ?? Infinity;
const isCalendarDate = (date: PartialDate): boolean => parsePartialDate(date) !== undefined;
