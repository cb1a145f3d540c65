// The embedded record holds what /work/shared/FACTS.md says (as revised on 2026-12-01). The
// tables below restate FACTS.md by hand (it is not parsed), so that a change to either side
// shows up here. What the record's rows do to a draft is in record-audit.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRecord, parseRecordFile } from '../../server/src/core/record/load';
import type { Confidence, Initiator, Term } from '../../server/src/core/record/types';

const people = defaultRecord.people ?? {};
const offices = defaultRecord.offices ?? {};
const sources = defaultRecord.sources ?? {};
const terms = defaultRecord.terms ?? [];
const events = defaultRecord.events ?? [];

interface ExpectedCall {
  date: string;
  participants: [string, string];
  /** Undefined where FACTS.md says "not stated". */
  initiator?: Initiator;
  confidence: Confidence;
}

// FACTS.md, "Calls between the two sides' defence chiefs", plus the Sullivan–Doval call.
const CALLS: ExpectedCall[] = [
  { date: '2021-03-31', participants: ['mark-milley', 'valery-gerasimov'], confidence: 'high' },
  { date: '2021-08-11', participants: ['lloyd-austin', 'sergei-shoigu'], confidence: 'high' },
  { date: '2021-11-23', participants: ['mark-milley', 'valery-gerasimov'], confidence: 'high' },
  { date: '2021-12-22', participants: ['mark-milley', 'valery-gerasimov'], confidence: 'high' },
  { date: '2022-01-06', participants: ['lloyd-austin', 'sergei-shoigu'], confidence: 'high' },
  { date: '2022-02-11', participants: ['mark-milley', 'valery-gerasimov'], confidence: 'high' },
  { date: '2022-02-12', participants: ['lloyd-austin', 'sergei-shoigu'], confidence: 'high' },
  { date: '2022-02-18', participants: ['lloyd-austin', 'sergei-shoigu'], initiator: { country: 'US' }, confidence: 'high' },
  { date: '2022-05-13', participants: ['lloyd-austin', 'sergei-shoigu'], initiator: { person: 'lloyd-austin' }, confidence: 'high' },
  // The date is certain; that the US side asked rests on the Russian MoD alone.
  { date: '2022-05-19', participants: ['mark-milley', 'valery-gerasimov'], initiator: { country: 'US', confidence: 'medium' }, confidence: 'high' },
  { date: '2022-10-21', participants: ['lloyd-austin', 'sergei-shoigu'], initiator: { person: 'lloyd-austin' }, confidence: 'high' },
  { date: '2022-10-23', participants: ['lloyd-austin', 'sergei-shoigu'], initiator: { person: 'sergei-shoigu' }, confidence: 'high' },
  // No source names who asked for it.
  { date: '2022-10-24', participants: ['mark-milley', 'valery-gerasimov'], confidence: 'high' },
  { date: '2023-03-15', participants: ['lloyd-austin', 'sergei-shoigu'], initiator: { person: 'lloyd-austin' }, confidence: 'high' },
  { date: '2023-03-15', participants: ['mark-milley', 'valery-gerasimov'], confidence: 'high' },
  { date: '2024-06-25', participants: ['lloyd-austin', 'andrei-belousov'], initiator: { person: 'lloyd-austin' }, confidence: 'high' },
  { date: '2024-07-12', participants: ['lloyd-austin', 'andrei-belousov'], initiator: { person: 'andrei-belousov' }, confidence: 'high' },
  { date: '2024-11-27', participants: ['charles-brown', 'valery-gerasimov'], initiator: { country: 'RU' }, confidence: 'high' },
  { date: '2024-07-12', participants: ['jake-sullivan', 'ajit-doval'], confidence: 'high' },
];

interface ExpectedTerm {
  person: string;
  office: string;
  start?: string;
  end?: string;
  announced?: string;
  endUnknown?: boolean;
  approximate?: boolean;
  acting?: boolean;
  confidence?: Confidence;
  startConfidence?: Confidence;
  endConfidence?: Confidence;
  /** For an attestation: the dates it is attested on. */
  attested?: string[];
}

// FACTS.md, "People and what they held, with dates" (ranks included).
const TERMS: ExpectedTerm[] = [
  { person: 'lloyd-austin', office: 'us-secretary-of-defense', start: '2021-01-22', end: '2025-01-20' },
  { person: 'lloyd-austin', office: 'rank-us-general' }, // retired Army general: keeps the rank
  { person: 'lloyd-austin', office: 'rank-us-army-general' },
  { person: 'robert-salesses', office: 'us-secretary-of-defense', start: '2025-01-20', end: '2025-01-25', acting: true },
  { person: 'pete-hegseth', office: 'us-secretary-of-defense', start: '2025-01-25' },
  { person: 'sergei-shoigu', office: 'ru-minister-of-defence', start: '2012-11-06', end: '2024-05-12' },
  { person: 'sergei-shoigu', office: 'rank-ru-general-of-the-army' },
  { person: 'sergei-shoigu', office: 'ru-security-council-secretary', start: '2024-05-12' },
  { person: 'andrei-belousov', office: 'ru-minister-of-defence', start: '2024-05-14', announced: '2024-05-12' },
  { person: 'andrei-belousov', office: 'ru-first-deputy-prime-minister', start: '2020-01-21', end: '2024-05-14', confidence: 'medium' },
  { person: 'valery-gerasimov', office: 'ru-chief-of-general-staff', start: '2012-11-09' },
  { person: 'valery-gerasimov', office: 'ru-first-deputy-minister-of-defence', start: '2012-11-09' },
  { person: 'valery-gerasimov', office: 'rank-ru-general-of-the-army' },
  { person: 'mark-milley', office: 'us-chairman-joint-chiefs', start: '2019-10-01', end: '2023-09-30' },
  { person: 'mark-milley', office: 'rank-us-army-general' },
  { person: 'charles-brown', office: 'us-chairman-joint-chiefs', start: '2023-10-01', end: '2025-02-21' },
  { person: 'charles-brown', office: 'rank-us-air-force-general' },
  { person: 'christopher-grady', office: 'us-chairman-joint-chiefs', start: '2025-02-21', end: '2025-04-12', acting: true, confidence: 'medium' },
  { person: 'christopher-grady', office: 'rank-us-admiral', confidence: 'medium' },
  { person: 'dan-caine', office: 'us-chairman-joint-chiefs', start: '2025-04-12' },
  { person: 'dan-caine', office: 'rank-us-air-force-general' },
  // Named 2022-08-04, in post from a day of August 2022; no longer after January 2025.
  { person: 'patrick-ryder', office: 'us-pentagon-press-secretary', start: '2022-08', announced: '2022-08-04', end: '2025-01' },
  { person: 'patrick-ryder', office: 'rank-us-brigadier-general', start: '2020-08-05', end: '2023-12-04', startConfidence: 'medium' },
  { person: 'patrick-ryder', office: 'rank-us-major-general', start: '2023-12-05' },
  // An attestation, not a term: no start.
  { person: 'sabrina-singh', office: 'us-pentagon-deputy-press-secretary', end: '2025-01', approximate: true, confidence: 'medium', attested: ['2022-10-21', '2024-07-12', '2025-01-08'] },
  { person: 'john-ullyot', office: 'us-pentagon-public-affairs-assistant', start: '2025-01', end: '2025-04', approximate: true, acting: true, confidence: 'medium' },
  { person: 'sean-parnell', office: 'us-pentagon-public-affairs-assistant', start: '2025-02-03', confidence: 'medium' },
  { person: 'kingsley-wilson', office: 'us-pentagon-deputy-press-secretary', start: '2025-01', end: '2025-05-23', endConfidence: 'medium' },
  { person: 'kingsley-wilson', office: 'us-pentagon-press-secretary', start: '2025-04-24', end: '2025-05-23', acting: true },
  { person: 'kingsley-wilson', office: 'us-pentagon-press-secretary', start: '2025-05-23' },
  { person: 'john-kirby', office: 'us-pentagon-press-secretary', end: '2022-05' },
  { person: 'john-kirby', office: 'us-nsc-strategic-communications-coordinator', start: '2022-06', announced: '2022-05-20', end: '2024-02', startConfidence: 'medium', endConfidence: 'medium' },
  { person: 'john-kirby', office: 'us-national-security-communications-adviser', start: '2024-02', end: '2025-01-20', startConfidence: 'medium' },
  { person: 'dmitry-peskov', office: 'ru-kremlin-press-secretary', start: '2012-05-22' },
  { person: 'vladimir-putin', office: 'ru-president', start: '2000-05-07', end: '2008-05-07' },
  { person: 'vladimir-putin', office: 'ru-president', start: '2012-05-07' },
  { person: 'joe-biden', office: 'us-president', start: '2021-01-20', end: '2025-01-20' },
  { person: 'jake-sullivan', office: 'us-national-security-advisor', start: '2021-01-20', end: '2025-01-20' },
  { person: 'mike-waltz', office: 'us-national-security-advisor', start: '2025-01-20', end: '2025-05-01' },
  { person: 'marco-rubio', office: 'us-national-security-advisor', start: '2025-05-01', acting: true },
  { person: 'antony-blinken', office: 'us-secretary-of-state', start: '2021-01-26', end: '2025-01-20' },
  { person: 'marco-rubio', office: 'us-secretary-of-state', start: '2025-01-21' },
  { person: 'sergey-lavrov', office: 'ru-minister-of-foreign-affairs', start: '2004-03-09' },
  { person: 'maria-zakharova', office: 'ru-foreign-ministry-press-director', start: '2015-08-10' },
  { person: 'ajit-doval', office: 'in-national-security-adviser', start: '2014-05-30' },
  { person: 's-jaishankar', office: 'in-external-affairs-minister', start: '2019-05-31' },
  { person: 'narendra-modi', office: 'in-prime-minister', start: '2014-05-26' },
  { person: 'sergei-ryabkov', office: 'ru-deputy-foreign-minister', start: '2008-08' },
  { person: 'volodymyr-zelenskyy', office: 'ua-president', start: '2019-05-20' },
  { person: 'serhiy-haidai', office: 'ua-luhansk-governor', start: '2019-10-25', end: '2023-03', approximate: true, confidence: 'medium', attested: ['2022-05-13'] },
  { person: 'nikolai-patrushev', office: 'ru-security-council-secretary', start: '2008-05-12', end: '2024-05-12' },
  { person: 'nikolai-patrushev', office: 'ru-presidential-aide', start: '2024-05-14' },
  { person: 'rishi-sunak', office: 'gb-prime-minister', start: '2022-10-25', end: '2024-07-05' },
];

// FACTS.md, "Other dated events the sources lean on" (the Sullivan–Doval call is in CALLS).
const OTHER_EVENTS: { date: string; endDate?: string; madePublic?: string; about: RegExp }[] = [
  { date: '2021-06-16', about: /Geneva/ },
  { date: '2022-02-24', about: /invasion of Ukraine/ },
  { date: '2022-10-25', about: /Sunak/ },
  { date: '2022-11-15', about: /Milley .* fails to reach Gerasimov/ },
  { date: '2023-03-14', about: /MQ-9 Reaper/ },
  { date: '2023-03-17', about: /arrest warrant for Putin/ },
  // Issued on Monday, announced on Tuesday: an event with both dates.
  { date: '2024-06-24', madePublic: '2024-06-25', about: /arrest warrants for Shoigu and Gerasimov/ },
  { date: '2024-07-08', endDate: '2024-07-09', about: /Modi/ },
  { date: '2024-07-09', endDate: '2024-07-11', about: /NATO summit/ },
  { date: '2024-07-10', about: /long-range weapons to Germany/ },
  { date: '2025-02-21', about: /Brown .*dismissed/ },
  { date: '2025-04-11', about: /confirms Dan Caine/ },
  { date: '2025-08-15', about: /Anchorage/ },
  { date: '2025-09-05', about: /Secretary of War/ },
];

// Spellings FACTS.md and the sources use, each of which must name the right person.
const SPELLINGS: [person: string, given: string, surname: string][] = [
  ['sergei-shoigu', 'Sergei', 'Shoigu'],
  ['sergei-shoigu', 'Sergey', 'Shoygu'],
  ['andrei-belousov', 'Andrey', 'Belousov'],
  ['volodymyr-zelenskyy', 'Volodymyr', 'Zelensky'],
  ['serhiy-haidai', 'Serhyi', 'Haidai'],
  ['valery-gerasimov', 'Valery', 'Gerasimov'],
  ['dmitry-peskov', 'Dmitry', 'Peskov'],
  ['patrick-ryder', 'Pat', 'Ryder'],
  ['charles-brown', 'CQ', 'Brown'],
  ['joe-biden', 'Joe', 'Biden'],
  ['sergey-lavrov', 'Sergei', 'Lavrov'],
  ['sergey-lavrov', 'Sergey', 'Lavrov'],
  ['dan-caine', 'Dan', 'Caine'],
  ['dan-caine', 'John', 'Caine'],
  ['s-jaishankar', 'Subrahmanyam', 'Jaishankar'],
];

const describeInitiator = (initiator?: Initiator): string =>
  initiator?.person ? `initiated by ${people[initiator.person]?.name}` : initiator?.country ? `initiated by the ${initiator.country} side` : 'with no stated initiator';

for (const call of CALLS) {
  const names = call.participants.map((id) => people[id]?.name ?? id).join(' and ');
  test(`the call of ${call.date} between ${names} is recorded, ${describeInitiator(call.initiator)}`, () => {
    const found = events.filter((e) => e.type === 'call' && e.date === call.date && sameMembers(e.participants ?? [], call.participants));
    assert.equal(found.length, 1, `exactly one such call`);
    assert.deepEqual(found[0]!.initiator, call.initiator);
    assert.equal(found[0]!.confidence, call.confidence);
  });
}

for (const expected of TERMS) {
  const what = `${expected.person} in ${expected.office} from ${expected.start ?? '(no start)'} to ${expected.end ?? (expected.endUnknown ? '(end unknown)' : '(still held)')}`;
  test(`the ${expected.attested && !expected.start ? 'attestation' : 'term'} of ${what} is recorded`, () => {
    const found = terms.filter((t) => t.person === expected.person && t.office === expected.office && t.start === expected.start && t.end === expected.end);
    assert.equal(found.length, 1, 'exactly one such term');
    const term = found[0]!;
    assert.equal(!!term.endUnknown, !!expected.endUnknown, 'endUnknown');
    assert.equal(!!term.approximate, !!expected.approximate, 'approximate');
    assert.equal(!!term.acting, !!expected.acting, 'acting');
    assert.equal(term.announced, expected.announced, 'announced');
    assert.equal(term.confidence, expected.confidence ?? 'high', 'confidence');
    assert.equal(term.startConfidence, expected.startConfidence, 'startConfidence');
    assert.equal(term.endConfidence, expected.endConfidence, 'endConfidence');
    if (expected.attested) assert.deepEqual(term.attested, expected.attested, 'attested');
  });
}

for (const expected of OTHER_EVENTS) {
  test(`the event of ${expected.date} matching ${expected.about} is recorded`, () => {
    const found = events.filter((e) => e.type === 'event' && e.date === expected.date && expected.about.test(e.label ?? ''));
    assert.equal(found.length, 1);
    assert.equal(found[0]!.endDate, expected.endDate);
    assert.equal(found[0]!.madePublic, expected.madePublic);
  });
}

test('no Hegseth–Belousov or Caine–Gerasimov call is recorded, and Milley’s failed attempt of 2022-11-15 is not a call', () => {
  assert.equal(events.filter((e) => e.type === 'call' && e.participants?.includes('pete-hegseth')).length, 0);
  assert.equal(events.filter((e) => e.type === 'call' && e.participants?.includes('dan-caine')).length, 0);
  assert.equal(events.filter((e) => e.type === 'call' && e.date === '2022-11-15').length, 0);
  assert.equal(events.filter((e) => e.type === 'call' && e.date === '2021-09-22').length, 0, 'the Helsinki meeting was not a call');
});

test('the Secretary of War is a form of the Secretary of Defense valid from 2025-09-05, with its sources', () => {
  const dated = offices['us-secretary-of-defense']?.datedForms ?? [];
  assert.equal(dated.length, 1);
  assert.ok(dated[0]!.forms.includes('Secretary of War'));
  assert.equal(dated[0]!.from, '2025-09-05');
  assert.equal(dated[0]!.to, undefined);
  assert.ok(dated[0]!.sources.length > 0);
  assert.ok(!offices['us-secretary-of-defense']!.forms.includes('Secretary of War'), 'not a form at every date');
});

test('spellings seen in the sources name the right people', () => {
  for (const [id, given, surname] of SPELLINGS) {
    assert.ok(people[id]?.given.includes(given), `${id}: given name ${given}`);
    assert.ok(people[id]?.surname.includes(surname), `${id}: surname ${surname}`);
  }
  assert.ok(people['lloyd-austin']?.misspellings?.includes('Llyod Austin'));
  for (const id of ['lloyd-austin', 'charles-brown', 'sabrina-singh', 'patrick-ryder', 'john-kirby', 'jake-sullivan', 'kingsley-wilson', 'christopher-grady', 'dan-caine', 'sean-parnell', 'mike-waltz']) {
    assert.equal(people[id]?.commonSurname, true, `${id} has a common surname`);
  }
});

// A draft's title is right when the person held, on the day, some office written that way
// (as a form or a label of it, or as a form of a period that includes the day).
function titleHolds(form: string, person: string, day: string): boolean {
  const officeIds = Object.entries(offices).filter(([, office]) => [...office.forms, ...(office.labels ?? [])].includes(form)
    || office.datedForms?.some((d) => d.forms.includes(form) && (!d.from || d.from <= day) && (!d.to || day <= d.to))).map(([id]) => id);
  return terms.some((t) => t.person === person && officeIds.includes(t.office) && covers(t, day));
}

const TITLES: [form: string, person: string, day: string, holds: boolean][] = [
  ['Gen.', 'valery-gerasimov', '2022-05-14', true],
  ['Army Gen.', 'mark-milley', '2022-05-14', true],
  ['Gen.', 'lloyd-austin', '2023-03-15', true],
  ['Air Force Gen.', 'charles-brown', '2024-11-27', true],
  ['General of the Army', 'sergei-shoigu', '2022-10-21', true],
  ['Brig. Gen.', 'patrick-ryder', '2022-10-22', true],
  ['Brig. Gen.', 'patrick-ryder', '2024-06-25', false],
  ['Maj Gen', 'patrick-ryder', '2024-06-25', true],
  ['Maj Gen', 'patrick-ryder', '2023-12-05', true],
  ['Maj Gen', 'patrick-ryder', '2023-12-04', false],
  ['Defence Minister', 'sergei-shoigu', '2024-07-13', false],
  ['Defence Minister', 'andrei-belousov', '2024-07-13', true],
  ['Secretary of Defence', 'lloyd-austin', '2022-10-21', true],
  ['Foreign Minister', 'ajit-doval', '2024-07-12', false],
  ['National Security Adviser', 'ajit-doval', '2024-07-12', true],
  ['Pentagon spokesperson', 'sabrina-singh', '2024-07-12', true],
  ['Pentagon Press Secretary', 'patrick-ryder', '2022-10-21', true],
  ['Kremlin spokesman', 'dmitry-peskov', '2022-10-21', true],
  ['Luhansk Governor', 'serhiy-haidai', '2022-05-13', true],
  ['PM', 'rishi-sunak', '2022-10-22', false],
  ['Pentagon Press Secretary', 'patrick-ryder', '2025-03-01', false],
  ['Pentagon Press Secretary', 'kingsley-wilson', '2025-06-01', true],
  ['Secretary of War', 'pete-hegseth', '2025-09-05', true],
  ['Secretary of War', 'pete-hegseth', '2025-09-04', false],
  ['Secretary of War', 'lloyd-austin', '2023-03-15', false],
  ['Secretary of State', 'lloyd-austin', '2022-10-21', false],
  ['Secretary of State', 'antony-blinken', '2022-10-21', true],
  ['Secretary of State', 'marco-rubio', '2025-03-01', true],
  ['Foreign Minister', 'sergey-lavrov', '2024-07-12', true],
  ['Foreign Minister', 'sergei-shoigu', '2024-07-12', false],
  ['National Security Adviser', 'mark-milley', '2022-10-21', false],
  ['National Security Adviser', 'mike-waltz', '2025-03-01', true],
  ['National Security Adviser', 'marco-rubio', '2025-06-01', true],
  ['Foreign Ministry spokeswoman', 'maria-zakharova', '2024-07-12', true],
  ['Kremlin aide', 'nikolai-patrushev', '2024-06-01', true],
  ['Defense Minister', 'lloyd-austin', '2022-10-21', true],
  ['Defense Secretary', 'sergei-shoigu', '2022-10-21', true],
  ['Pentagon chief', 'lloyd-austin', '2022-10-21', true],
  ['defence chief', 'andrei-belousov', '2024-07-12', true],
  ['top US general', 'mark-milley', '2022-10-21', true],
  ['top US general', 'dan-caine', '2025-06-01', true],
  ['chief Pentagon spokesman', 'sean-parnell', '2025-06-01', true],
];

for (const [form, person, day, holds] of TITLES) {
  test(`"${form} ${people[person]?.name}" is ${holds ? '' : 'not '}a title held on ${day}`, () => {
    assert.equal(titleHolds(form, person, day), holds);
  });
}

test('the counterparts and the call coverage pair the defence ministers and the chiefs of staff, to the latest coverage seen', () => {
  assert.deepEqual(offices['us-secretary-of-defense']?.counterparts, ['ru-minister-of-defence']);
  assert.deepEqual(offices['ru-minister-of-defence']?.counterparts, ['us-secretary-of-defense']);
  assert.deepEqual(offices['us-chairman-joint-chiefs']?.counterparts, ['ru-chief-of-general-staff']);
  assert.deepEqual(offices['us-secretary-of-state']?.counterparts, ['ru-minister-of-foreign-affairs']);
  assert.deepEqual(defaultRecord.callCoverage?.map(({ offices: pair, from, to }) => ({ offices: pair, from, to })), [
    { offices: ['us-secretary-of-defense', 'ru-minister-of-defence'], from: '2021-01-22', to: '2026-02-28' },
    { offices: ['us-chairman-joint-chiefs', 'ru-chief-of-general-staff'], from: '2021-01-22', to: '2026-02-28' },
  ]);
  for (const coverage of defaultRecord.callCoverage ?? []) assert.ok(coverage.sources?.length, 'the coverage cites what it rests on');
  assert.equal(defaultRecord.asOf, '2026-11-30');
});

test('every source has a standing, and only the five articles are printed evidence, named by their publisher where they name one', () => {
  for (const [id, source] of Object.entries(sources)) assert.ok(source.kind, `${id} has a kind`);
  const printed = Object.entries(sources).filter(([, source]) => source.kind === 'printed').map(([id]) => id).sort();
  assert.deepEqual(printed, ['source-000', 'source-001', 'source-002', 'source-003', 'source-004']);
  assert.equal(sources['source-000']!.publisher, 'Asian Lite News');
  assert.equal(sources['source-003']!.publisher, 'StratNews Global');
  for (const source of Object.values(sources)) assert.doesNotMatch(source.publisher, /Unattributed/);
});

test('each term, event, dated form and coverage lists its sources strongest first, so that whoever reads them in order leads with an independent one', () => {
  const rank = { official: 0, agency: 0, press: 1, reference: 2, printed: 3 } as const;
  const cited = [...terms, ...events, ...Object.values(offices).flatMap((o) => o.datedForms ?? []), ...(defaultRecord.callCoverage ?? [])];
  for (const item of cited) {
    const ranks = (item.sources ?? []).map((id) => rank[sources[id]!.kind!]);
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), JSON.stringify(item).slice(0, 120));
  }
});

test('no term, event or dated form rests on the five articles alone', () => {
  const cited = [...terms, ...events, ...Object.values(offices).flatMap((o) => o.datedForms ?? [])];
  for (const item of cited) {
    assert.ok(item.sources.some((id) => sources[id]?.kind !== 'printed'), JSON.stringify(item).slice(0, 120));
  }
});

test('the embedded record passes its own loader with no problems', () => {
  const text = readFileSync(join(__dirname, '../../server/record/default.json'), 'utf8');
  const { data, problems } = parseRecordFile('server/record/default.json', text);
  assert.deepEqual(problems, []);
  // The parser builds prototype-less objects; compare the values only.
  assert.deepEqual(JSON.parse(JSON.stringify(data)), defaultRecord);
});

test('every term, event, dated form and coverage cites at least one source, and every source it cites exists', () => {
  const dated = Object.values(offices).flatMap((o) => o.datedForms ?? []);
  for (const item of [...terms, ...events, ...dated]) {
    assert.ok(item.sources.length > 0, JSON.stringify(item));
    for (const id of item.sources) assert.ok(Object.hasOwn(sources, id), `unknown source ${id}`);
  }
  for (const id of (defaultRecord.callCoverage ?? []).flatMap((c) => c.sources ?? [])) assert.ok(Object.hasOwn(sources, id), `unknown source ${id}`);
});

test('no two people hold a single-holder office on the same day', () => {
  for (const [id, office] of Object.entries(offices)) {
    if (office.kind === 'rank' || office.multipleHolders) continue;
    const firm = terms.filter((t) => t.office === id && t.start && !t.approximate && !t.endUnknown).sort((a, b) => a.start!.localeCompare(b.start!));
    for (let i = 1; i < firm.length; i++) {
      const previous = firm[i - 1]!;
      // A handover day may be both the outgoing holder's last and the incoming one's first.
      assert.ok(previous.end !== undefined && previous.end <= firm[i]!.start!, `${id}: ${previous.person} and ${firm[i]!.person} overlap`);
    }
  }
});

function sameMembers(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Whether a term may be held on a day (YYYY-MM-DD); partial boundaries count in full. */
function covers(term: Term, day: string): boolean {
  const afterStart = !term.start || term.start <= day.slice(0, term.start.length);
  const beforeEnd = !term.end || day.slice(0, term.end.length) <= term.end;
  return afterStart && beforeEnd;
}
