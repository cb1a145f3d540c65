// Loading newsroom record files: every broken file gets a message an editor can act on,
// at the line and column (zero-based, UTF-16) of what is wrong; merging never silently
// resolves a contradiction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import schema from '../../server/record/record.schema.json';
import { defaultRecord, mergeRecords, parseRecordFile } from '../../server/src/core/record/load';
import type { RecordFile } from '../../server/src/core/record/types';
import { indexRecord } from '../../server/src/core/record/index';
import { dayNumber, isoDay } from '../../server/src/core/text/dates';

type Found = [line: number, character: number, message: string];

function problemsIn(text: string, base?: RecordFile): Found[] {
  const { data, problems } = parseRecordFile('.readout/newsroom.json', text, base);
  if (problems.length > 0) assert.equal(data, undefined, 'no data when there are problems');
  for (const problem of problems) assert.equal(problem.file, '.readout/newsroom.json');
  return problems.map((p) => [p.range.start.line, p.range.start.character, p.message]);
}

const lines = (...text: string[]): string => text.join('\n');

/** A layer as the language server would build it: parsed against the records before it. */
function layer(file: string, text: string, base?: RecordFile): { file: string; text: string; data: RecordFile } {
  const { data, problems } = parseRecordFile(file, text, base);
  assert.deepEqual(problems, [], `${file} parses`);
  return { file, text, data: data! };
}

test('a JSON syntax error is reported where the parser stopped', () => {
  const text = lines(
    '{',
    '  "people": {',
    '    "jane-doe": { "name": "Jane Doe" "given": ["Jane"] }',
    '  }',
    '}',
  );
  assert.deepEqual(problemsIn(text), [[2, 37, 'JSON syntax error: expected a comma (,)']]);
});

test('an unknown property is reported on its key, with the path to it', () => {
  const text = lines(
    '{',
    '  "terms": [',
    '    {',
    '      "person": "lloyd-austin",',
    '      "office": "us-secretary-of-defense",',
    '      "begin": "2021-01-22",',
    '      "confidence": "high",',
    '      "sources": ["dod"]',
    '    }',
    '  ]',
    '}',
  );
  assert.deepEqual(problemsIn(text), [[5, 6, 'terms[0]: unknown property "begin"']]);
});

test('a value of the wrong type is reported on the value', () => {
  const text = lines(
    '{',
    '  "people": {',
    '    "jane-doe": {',
    '      "name": "Jane Doe",',
    '      "given": "Jane",',
    '      "surname": ["Doe"],',
    '      "country": "US",',
    '      "description": "A test person"',
    '    }',
    '  }',
    '}',
  );
  assert.deepEqual(problemsIn(text), [[4, 15, 'people.jane-doe.given: must be a list in brackets [ … ]']]);
});

test('missing properties, empty sources, bad enums and bad ids are all reported at once', () => {
  const text = lines(
    '{',
    '  "people": { "Jane Doe": { "name": "Jane Doe", "given": ["Jane"], "surname": ["Doe"], "country": "us", "description": "x" } },',
    '  "terms": [',
    '    { "person": "lloyd-austin", "office": "us-secretary-of-defense", "sources": [] },',
    '    { "person": "lloyd-austin", "office": "us-secretary-of-defense", "confidence": "certain", "sources": ["dod"] }',
    '  ]',
    '}',
  );
  assert.deepEqual(problemsIn(text), [
    [1, 14, 'people: "Jane Doe" is not a valid id (lowercase letters, digits and hyphens, e.g. "lloyd-austin")'],
    [1, 98, 'people.Jane Doe.country: "us" is not a two-letter country code in capitals (e.g. "US", "RU")'],
    [3, 4, 'terms[0]: missing required property "confidence"'],
    [3, 69, 'terms[0].sources: must cite at least one source'],
    [4, 83, 'terms[1].confidence: "certain" is not one of "high", "medium", "low"'],
  ]);
});

test('an impossible calendar date is reported like a malformed one', () => {
  const text = lines(
    '{',
    '  "asOf": "May 2024",',
    '  "terms": [',
    '    { "person": "lloyd-austin", "office": "rank-us-general", "confidence": "high", "sources": ["dod"] },',
    '    { "person": "mark-milley", "office": "rank-us-general", "confidence": "high", "sources": ["dod"] },',
    '    { "person": "charles-brown", "office": "rank-us-general", "confidence": "high", "sources": ["dod"] },',
    '    { "person": "patrick-ryder", "office": "rank-us-major-general", "start": "2024-13-45", "confidence": "high", "sources": ["dod"] }',
    '  ]',
    '}',
  );
  assert.deepEqual(problemsIn(text), [[1, 10, 'asOf: "May 2024" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)']]);
  // The shape is right once asOf is fixed; the calendar check then finds month 13.
  assert.deepEqual(problemsIn(text.replace('May 2024', '2025-11-30')), [
    [6, 77, 'terms[3].start: "2024-13-45" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)'],
  ]);
});

test('29 February exists only in leap years', () => {
  const record = (date: string): string => `{ "sources": { "memo": { "publisher": "Memo", "date": "${date}" } } }`;
  assert.deepEqual(problemsIn(record('2024-02-29')), []);
  assert.deepEqual(problemsIn(record('2023-02-29')), [[0, 54, 'sources.memo.date: "2023-02-29" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)']]);
});

test('positions count UTF-16 code units and treat CRLF as one line break', () => {
  const text = '{\r\n  "sources": {\r\n    "blog": { "publisher": "😀 Blog", "date": "2024-02-30" }\r\n  }\r\n}\r\n';
  assert.deepEqual(problemsIn(text), [[2, 46, 'sources.blog.date: "2024-02-30" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)']]);
});

test('an end before the start is reported on the end', () => {
  const text = lines(
    '{',
    '  "terms": [',
    '    { "person": "lloyd-austin", "office": "us-secretary-of-defense", "start": "2022-01-01", "end": "2021-01-01",',
    '      "confidence": "high", "sources": ["dod"] }',
    '  ]',
    '}',
  );
  assert.deepEqual(problemsIn(text), [[2, 99, 'terms[0].end: "2021-01-01" is before the start "2022-01-01"']]);
});

test('every pair of dates out of order is reported on the later one, and an impossible date only as impossible', () => {
  const text = lines(
    '{',
    '  "offices": { "us-war-department-head": { "title": "Head of the War Department", "country": "US", "forms": ["War Department head"], "datedForms": [{ "forms": ["War Secretary"], "from": "2025-09-05", "to": "2025-01", "confidence": "high", "sources": ["dod"] }] } },',
    '  "terms": [',
    '    { "person": "lloyd-austin", "office": "rank-us-general", "announced": "2022-06-01", "end": "2022-05-31", "confidence": "high", "sources": ["dod"] },',
    '    { "person": "mark-milley", "office": "rank-us-general", "start": "2022-01-01", "attested": ["2022-02-30"], "confidence": "high", "sources": ["dod"] }',
    '  ],',
    '  "events": [',
    '    { "id": "call-a", "type": "call", "date": "2022-05-13", "endDate": "2022-05-12", "madePublic": "2022-04", "participants": ["lloyd-austin", "sergei-shoigu"], "confidence": "high", "sources": ["dod"] },',
    '    { "id": "call-b", "type": "call", "date": "2022-04-31", "endDate": "2022-01-01", "participants": ["lloyd-austin", "sergei-shoigu"], "confidence": "high", "sources": ["dod"] }',
    '  ],',
    '  "callCoverage": [{ "offices": ["us-secretary-of-defense", "ru-minister-of-defence"], "from": "2022", "to": "2021-12-31", "sources": ["dod"] }]',
    '}',
  );
  const at = (line: number, value: string, message: string): Found => [line, text.split('\n')[line]!.indexOf(`"${value}"`), message];
  assert.deepEqual(problemsIn(text), [
    at(1, '2025-01', 'offices.us-war-department-head.datedForms[0].to: "2025-01" is before the start "2025-09-05"'),
    at(3, '2022-05-31', 'terms[0].end: "2022-05-31" is before the announcement "2022-06-01"'),
    at(4, '2022-02-30', 'terms[1].attested[0]: "2022-02-30" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)'),
    at(7, '2022-05-12', 'events[0].endDate: "2022-05-12" is before the date "2022-05-13"'),
    at(7, '2022-04', 'events[0].madePublic: "2022-04" is before the date "2022-05-13"'),
    at(8, '2022-04-31', 'events[1].date: "2022-04-31" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)'),
    at(10, '2021-12-31', 'callCoverage[0].to: "2021-12-31" is before the start "2022"'),
  ]);
});

test('a month-precision end in the start month is not before the start', () => {
  const text = '{ "terms": [{ "person": "lloyd-austin", "office": "rank-us-general", "start": "2022-05-20", "end": "2022-05", "confidence": "high", "sources": ["dod"] }] }';
  assert.deepEqual(problemsIn(text), []);
});

test('references to unknown people, offices and sources are reported', () => {
  const text = lines(
    '{',
    '  "terms": [',
    '    { "person": "lloyd-austen", "office": "us-secretary-of-defence", "confidence": "high", "sources": ["dod", "reuters-2099"] }',
    '  ],',
    '  "events": [',
    '    { "id": "call-2022-05-13", "type": "call", "date": "2022-05-13", "participants": ["lloyd-austin", "sergei-shoigu"],',
    '      "initiator": { "person": "shoigu" }, "confidence": "high", "sources": ["dod"] }',
    '  ]',
    '}',
  );
  assert.deepEqual(problemsIn(text), [
    [2, 16, 'terms[0].person: unknown person "lloyd-austen"'],
    [2, 42, 'terms[0].office: unknown office "us-secretary-of-defence"'],
    [2, 110, 'terms[0].sources[1]: unknown source "reuters-2099"'],
    [6, 31, 'events[0].initiator.person: unknown person "shoigu"'],
  ]);
});

test('a file may refer to the people, offices and sources it defines itself', () => {
  const text = lines(
    '{',
    '  "sources": { "mid-2024-08": { "publisher": "Russian Ministry of Foreign Affairs", "date": "2024-08" } },',
    '  "people": { "maria-zakharova": { "name": "Maria Zakharova", "given": ["Maria"], "surname": ["Zakharova"], "country": "RU", "description": "Spokeswoman of Russia\'s Foreign Ministry" } },',
    '  "offices": { "ru-foreign-ministry-spokesperson": { "title": "Foreign Ministry spokesperson", "country": "RU", "forms": ["Foreign Ministry spokeswoman"] } },',
    '  "terms": [{ "person": "maria-zakharova", "office": "ru-foreign-ministry-spokesperson", "attested": ["2024-08"], "confidence": "medium", "sources": ["mid-2024-08"] }]',
    '}',
  );
  assert.deepEqual(problemsIn(text), []);
});

test('a duplicate key is reported on the second one, naming the line of the first', () => {
  const text = lines(
    '{',
    '  "people": {',
    '    "jane-doe": { "name": "Jane Doe", "given": ["Jane"], "surname": ["Doe"], "country": "US", "description": "x" },',
    '    "jane-doe": { "name": "Jane Roe", "given": ["Jane"], "surname": ["Roe"], "country": "US", "description": "y" }',
    '  }',
    '}',
  );
  assert.deepEqual(problemsIn(text), [[3, 4, 'duplicate key "jane-doe" in people (first on line 3)']]);
});

test('a duplicate key is reported however the file spaces its colons, and whatever its values begin with', () => {
  const text = lines(
    '{',
    '  "people": {',
    '    "jane-doe": { "name": "Jane Doe", "given": ["Jane"], "surname": ["Doe"], "country": "US", "description": ":x" },',
    '    "jane-doe" : { "name": "Jane Roe", "given": ["Jane"], "surname": ["Roe"], "country": "US", "description": "y" }',
    '  }',
    '}',
  );
  assert.deepEqual(problemsIn(text), [[3, 4, 'duplicate key "jane-doe" in people (first on line 3)']]);
  assert.deepEqual(problemsIn(text.replace('":x"', '"x"')), [[3, 4, 'duplicate key "jane-doe" in people (first on line 3)']]);
  // A line break before the colon, and a value holding a quote and a colon of its own.
  const broken = text.replace('"jane-doe" :', '"jane-doe"\t\r\n:').replace('":x"', '"say \\": x"');
  assert.deepEqual(problemsIn(broken), [[3, 4, 'duplicate key "jane-doe" in people (first on line 3)']]);
});

test('a strict JSON file whose values hold quotes and colons loads as it is', () => {
  const text = lines(
    '{',
    '  "people": {',
    '    "jane-doe" : { "name": "Jane Doe", "given": ["Jane"], "surname": ["Doe"], "country": "US", "description": "\\": \\"\\t:" },',
    '    "john-roe"\t:\n{ "name": ":John Roe", "given": ["John"], "surname": ["Roe"], "country": "US", "description": " : y" }',
    '  }',
    '}',
  );
  assert.deepEqual(problemsIn(text), []);
});

test('a duplicate event id is reported on the second event', () => {
  const event = '{ "id": "event-2024-01-01-test", "type": "event", "date": "2024-01-01", "label": "Test", "confidence": "high", "sources": ["dod"] }';
  const text = lines('{', '  "events": [', `    ${event},`, `    ${event}`, '  ]', '}');
  assert.deepEqual(problemsIn(text), [[3, 12, 'events[1].id: duplicate event id "event-2024-01-01-test" (also events[0])']]);
});

test('an empty file, or one with only comments, is reported as empty', () => {
  assert.deepEqual(problemsIn(''), [[0, 0, 'empty record file']]);
  assert.deepEqual(problemsIn('  \n// nothing yet\n'), [[0, 0, 'empty record file']]);
});

test('a top level that is not an object is reported', () => {
  assert.deepEqual(problemsIn('\n["lloyd-austin"]'), [[1, 0, 'a record file must be a JSON object ({ … }), not a list']]);
});

test('comments and trailing commas are accepted, and an empty object is a valid record', () => {
  assert.deepEqual(problemsIn('{\n  // nothing to add yet\n  "asOf": "2025-12-01",\n}'), []);
  const empty = parseRecordFile('empty.json', '{}');
  assert.deepEqual(empty.problems, []);
  assert.deepEqual({ ...empty.data }, {});
});

test('a newsroom layer adding a person, an alias and a term merges over the embedded record', () => {
  const austin = defaultRecord.people!['lloyd-austin']!;
  const text = JSON.stringify(
    {
      sources: { 'mid-2024-08': { publisher: 'Russian Ministry of Foreign Affairs', date: '2024-08' } },
      people: {
        'lloyd-austin': { ...austin, aliases: ['Lloyd James Austin'] },
        'alexei-zaitsev': { name: 'Alexei Zaitsev', given: ['Alexei'], surname: ['Zaitsev'], country: 'RU', description: "Deputy spokesman of Russia's Foreign Ministry" },
      },
      offices: { 'ru-foreign-ministry-spokesperson': { title: 'Foreign Ministry spokesperson', country: 'RU', forms: ['Foreign Ministry spokeswoman'] } },
      terms: [{ person: 'alexei-zaitsev', office: 'ru-foreign-ministry-spokesperson', attested: ['2024-08'], confidence: 'medium', sources: ['mid-2024-08'] }],
    },
    null,
    2,
  );
  const { record, problems } = mergeRecords([layer('.readout/people.json', text)]);
  assert.deepEqual(problems, []);
  assert.deepEqual(record.people!['lloyd-austin']!.aliases, [...austin.aliases!, 'Lloyd James Austin']);
  assert.equal(record.people!['alexei-zaitsev']!.name, 'Alexei Zaitsev');
  assert.equal(record.terms!.length, defaultRecord.terms!.length + 1);
  assert.ok(!defaultRecord.people!['lloyd-austin']!.aliases!.includes('Lloyd James Austin'), 'the embedded record is untouched');
  assert.ok(!('alexei-zaitsev' in defaultRecord.people!), 'the embedded record is untouched');
});

test('repeating a term or a call of the embedded record with more sources unites the sources', () => {
  const text = lines(
    '{',
    '  "sources": { "wsj-2022-05": { "publisher": "The Wall Street Journal", "date": "2022-05" } },',
    '  "terms": [{ "person": "sergei-shoigu", "office": "ru-minister-of-defence", "start": "2012-11-06", "end": "2024-05-12", "confidence": "high", "sources": ["wsj-2022-05"] }],',
    '  "events": [{ "id": "call-2022-05-13-shoigu-austin", "type": "call", "date": "2022-05-13", "participants": ["sergei-shoigu", "lloyd-austin"],',
    '               "initiator": { "country": "US" }, "confidence": "high", "sources": ["wsj-2022-05"] }]',
    '}',
  );
  const { record, problems } = mergeRecords([layer('.readout/wsj.json', text)]);
  assert.deepEqual(problems, []);
  assert.equal(record.terms!.length, defaultRecord.terms!.length, 'no second Shoigu term');
  assert.equal(record.events!.length, defaultRecord.events!.length, 'no second 2022-05-13 call');
  const call = record.events!.find((e) => e.id === 'call-2022-05-13-austin-shoigu')!;
  assert.ok(call.sources.includes('wsj-2022-05'));
  assert.deepEqual(call.initiator, { person: 'lloyd-austin' }, 'Austin speaks for the US side: no contradiction');
});

test('a contradicting layer is reported at its node and left out, while the other layers merge', () => {
  const contradicting = lines(
    '{',
    '  "people": { "jane-doe": { "name": "Jane Doe", "given": ["Jane"], "surname": ["Doe"], "country": "US", "description": "x" } },',
    '  "terms": [',
    '    { "person": "sergei-shoigu", "office": "ru-minister-of-defence", "start": "2012-11-06", "end": "2024-06-01",',
    '      "confidence": "high", "sources": ["tass"] }',
    '  ]',
    '}',
  );
  const fine = '{ "people": { "john-roe": { "name": "John Roe", "given": ["John"], "surname": ["Roe"], "country": "GB", "description": "y" } } }';
  const { record, problems } = mergeRecords([layer('.readout/a.json', contradicting), layer('.readout/b.json', fine)]);
  assert.deepEqual(
    problems.map((p) => [p.file, p.range.start.line, p.range.start.character, p.message]),
    [['.readout/a.json', 3, 99, 'terms[0].end: contradicts the embedded record: there Sergei Shoigu held Minister of Defence from 2012-11-06 to 2024-05-12']],
  );
  assert.ok(!('jane-doe' in record.people!), 'nothing of the contradicting layer is merged');
  assert.ok('john-roe' in record.people!, 'the later layer still merges');
});

test('a different value for an existing field is a contradiction', () => {
  const austin = { ...defaultRecord.people!['lloyd-austin']!, name: 'Lloyd Austin' };
  const text = JSON.stringify({ people: { 'lloyd-austin': austin } }, null, 2);
  const { problems } = mergeRecords([layer('.readout/names.json', text)]);
  assert.deepEqual(
    problems.map((p) => [p.range.start.line, p.range.start.character, p.message]),
    [[3, 14, 'people.lloyd-austin.name: contradicts the embedded record: it has "Lloyd J. Austin III"']],
  );
});

test('two people holding a single-holder office at once is a contradiction', () => {
  const text = lines(
    '{',
    '  "people": { "ivan-petrov": { "name": "Ivan Petrov", "given": ["Ivan"], "surname": ["Petrov"], "country": "RU", "description": "x" } },',
    '  "terms": [{ "person": "ivan-petrov", "office": "ru-minister-of-defence", "start": "2025-01-01", "confidence": "high", "sources": ["tass"] }]',
    '}',
  );
  const { problems } = mergeRecords([layer('.readout/petrov.json', text)]);
  assert.deepEqual(
    problems.map((p) => [p.range.start.line, p.range.start.character, p.message]),
    [[2, 24, 'terms[0].person: contradicts the embedded record: there Andrei Belousov holds Minister of Defence from 2024-05-14 (still on 2026-11-30), and it has one holder at a time']],
  );
});

test('approximate terms and terms whose end is unknown do not prove two holders at once', () => {
  const text = lines(
    '{',
    '  "people": { "jane-doe": { "name": "Jane Doe", "given": ["Jane"], "surname": ["Doe"], "country": "US", "description": "x" } },',
    '  "terms": [{ "person": "jane-doe", "office": "us-pentagon-press-secretary", "start": "2025-03", "approximate": true, "confidence": "medium", "sources": ["dod"] }]',
    '}',
  );
  assert.deepEqual(mergeRecords([layer('.readout/doe.json', text)]).problems, []);
});

test('the same call with a different initiator is a contradiction', () => {
  const text = lines(
    '{',
    '  "events": [',
    '    { "id": "call-2022-05-13-moscow", "type": "call", "date": "2022-05-13", "participants": ["sergei-shoigu", "lloyd-austin"],',
    '      "initiator": { "person": "sergei-shoigu" }, "confidence": "medium", "sources": ["tass"] }',
    '  ]',
    '}',
  );
  const { record, problems } = mergeRecords([layer('.readout/calls.json', text)]);
  assert.deepEqual(
    problems.map((p) => [p.range.start.line, p.range.start.character, p.message]),
    [[3, 6, 'events[0].initiator: contradicts the embedded record: there the call of 2022-05-13 was initiated by Lloyd J. Austin III']],
  );
  assert.equal(record.events!.length, defaultRecord.events!.length);
});

test('a layer may build on an earlier layer, and contradicting it names that file', () => {
  const first = layer('.readout/a.json', '{ "people": { "jane-doe": { "name": "Jane Doe", "given": ["Jane"], "surname": ["Doe"], "country": "US", "description": "x" } } }');
  const base = mergeRecords([first]).record;
  const building = layer('.readout/b.json', '{ "terms": [{ "person": "jane-doe", "office": "us-pentagon-press-secretary", "attested": ["2025-06"], "confidence": "medium", "sources": ["dod"] }] }', base);
  const contradicting = layer('.readout/c.json', '{ "people": { "jane-doe": { "name": "Jane Doe", "given": ["Jane"], "surname": ["Doe"], "country": "GB", "description": "x" } } }', base);
  const { record, problems } = mergeRecords([first, building, contradicting]);
  assert.deepEqual(
    problems.map((p) => [p.file, p.message]),
    [['.readout/c.json', 'people.jane-doe.country: contradicts .readout/a.json: it has "US"']],
  );
  assert.ok(record.terms!.some((t) => t.person === 'jane-doe'));
});

test('a layer referring to a person of a layer that was left out is reported', () => {
  const austin = { ...defaultRecord.people!['lloyd-austin']!, name: 'L. Austin' };
  const janeDoe = { name: 'Jane Doe', given: ['Jane'], surname: ['Doe'], country: 'US', description: 'x' };
  const rejected = layer('.readout/a.json', JSON.stringify({ people: { 'lloyd-austin': austin, 'jane-doe': janeDoe } }));
  const text = '{ "terms": [{ "person": "jane-doe", "office": "us-pentagon-press-secretary", "attested": ["2025-06"], "confidence": "medium", "sources": ["dod"] }] }';
  const dependent = { file: '.readout/b.json', text, data: JSON.parse(text) as RecordFile };
  const { problems } = mergeRecords([rejected, dependent]);
  assert.deepEqual(
    problems.map((p) => [p.file, p.message]),
    [
      ['.readout/a.json', 'people.lloyd-austin.name: contradicts the embedded record: it has "Lloyd J. Austin III"'],
      ['.readout/b.json', 'terms[0].person: unknown person "jane-doe"'],
    ],
  );
});

test('the earliest compilation date of all layers applies', () => {
  const { record } = mergeRecords([layer('.readout/old.json', '{ "asOf": "2025-06-30" }'), layer('.readout/new.json', '{ "asOf": "2026-01-31" }')]);
  assert.equal(record.asOf, '2025-06-30');
});

test('a call is held to the record schema however it is written, as ajv holds it to the schema', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const source = Object.keys(defaultRecord.sources!)[0]!;
  const call = { id: 'call-2030-01-02-test', type: 'call', date: '2030-01-02', participants: ['lloyd-austin', 'sergei-shoigu'], confidence: 'high', sources: [source] };
  const variants: Record<string, unknown>[] = [
    call,
    { ...call, endDate: '2030-01-03', madePublic: '2030-02' },
    { ...call, date: '2030' },
    { ...call, participants: ['lloyd-austin', 'sergei-shoigu', 'valery-gerasimov'] },
    ...Object.keys(call).map((key) => Object.fromEntries(Object.entries(call).filter(([k]) => k !== key))),
    { ...call, id: 'Call 1' },
    { ...call, id: 7 },
    { ...call, type: 'event' },
    { ...call, type: 'meeting' },
    { ...call, date: '2030-1-02' },
    { ...call, date: 20300102 },
    { ...call, endDate: '' },
    { ...call, madePublic: null },
    { ...call, participants: ['lloyd-austin'] },
    { ...call, participants: 'lloyd-austin' },
    { ...call, participants: ['lloyd-austin', 'Sergei Shoigu'] },
    { ...call, participants: ['lloyd-austin', ['sergei-shoigu']] },
    { ...call, confidence: 'certain' },
    { ...call, confidence: ['high'] },
    { ...call, sources: [] },
    { ...call, sources: source },
    { ...call, sources: [source, 'Not An Id'] },
    { ...call, notes: '' },
    { ...call, label: 'A call' },
    { ...call, initiator: { country: 'US' } },
    { ...call, initiator: { country: 'usa' } },
    { ...call, attendees: ['lloyd-austin'] },
  ];
  for (const event of variants) {
    const file = { events: [event] };
    const found = problemsIn(JSON.stringify(file));
    assert.equal(found.length === 0, validate(file), `${JSON.stringify(event)}: ${JSON.stringify(found)}`);
  }
});

test('the index lists calls by day, and in the order of the record within a day, however few or many days they span', () => {
  const source = Object.keys(defaultRecord.sources!)[0]!;
  for (const days of [3, 40_000]) {
    const events = Array.from({ length: 60 }, (_, i) => ({
      id: `call-test-${i}`, type: 'call' as const, date: isoDay(dayNumber(1990, 1, 1) + ((i * 7919) % days)),
      participants: ['lloyd-austin', 'sergei-shoigu'], confidence: 'high' as const, sources: [source],
    }));
    const index = indexRecord({ events });
    const expected = [...events].sort((a, b) => a.date.localeCompare(b.date)); // stable: the record's order within a day
    assert.deepEqual(index.calls.map((c) => c.event.id), expected.map((e) => e.id), `${days} days`);
    assert.deepEqual(index.callsByPerson.get('lloyd-austin')!.map((c) => c.event.id), expected.map((e) => e.id));
  }
});
