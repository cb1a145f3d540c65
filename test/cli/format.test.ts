// The output formats as pure functions, on hand-made results.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { formatJson, formatSarif, formatText } from '../../server/src/cli/format';
import type { FileReport, ReportedFinding } from '../../server/src/cli/format';
import { findingCodes } from '../../server/src/core';

const misspelling: ReportedFinding = {
  code: 'name-misspelling',
  severity: 'warning',
  range: { start: { line: 4, character: 18 }, end: { line: 4, character: 23 } },
  start: 40,
  end: 45,
  message: '"Llyod" is a misspelling of Lloyd Austin.',
  sources: [{ publisher: 'US Department of Defense', title: 'Readout', date: '2022-10-21' }],
  fixes: [{ title: 'Change to "Lloyd"', newText: 'Lloyd' }],
};
const hint: ReportedFinding = {
  code: 'unresolved-date',
  severity: 'hint',
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } },
  start: 0,
  end: 9,
  message: 'on Friday: no reference date\nto resolve it against.',
  sources: [],
  fixes: [],
};

const reports: FileReport[] = [
  { path: 'drafts/a b.md', result: { referenceDate: '2022-10-22', referenceDateSource: 'dateline', findings: [misspelling] } },
  { path: 'drafts/c.txt', result: { referenceDate: null, referenceDateSource: null, findings: [hint] } },
  { path: 'drafts/huge.md', result: { referenceDate: null, referenceDateSource: null, findings: [], declined: 'Too large to check.' } },
];

test('text: one compiler-style line per finding, a summary, then each file’s reference date', () => {
  assert.equal(
    formatText(reports),
    [
      'drafts/a b.md:5:19: warning name-misspelling: "Llyod" is a misspelling of Lloyd Austin.',
      'drafts/c.txt:1:1: hint unresolved-date: on Friday: no reference date to resolve it against.',
      '2 files checked: 1 warning, 0 errors, 1 hint',
      'drafts/a b.md: reference date 2022-10-22 (dateline)',
      'drafts/c.txt: no reference date',
      'drafts/huge.md: not checked: Too large to check.',
      '',
    ].join('\n'),
  );
  assert.equal(formatText([]), '0 files checked: 0 warnings, 0 errors\n');
});

test('json: the spec’s shape, without the core’s offsets', () => {
  const doc = JSON.parse(formatJson(reports));
  assert.deepEqual(doc.files[0], {
    path: 'drafts/a b.md',
    referenceDate: '2022-10-22',
    referenceDateSource: 'dateline',
    findings: [
      {
        code: 'name-misspelling',
        severity: 'warning',
        range: { start: { line: 4, character: 18 }, end: { line: 4, character: 23 } },
        message: '"Llyod" is a misspelling of Lloyd Austin.',
        sources: [{ publisher: 'US Department of Defense', title: 'Readout', date: '2022-10-21' }],
        fixes: [{ title: 'Change to "Lloyd"', newText: 'Lloyd' }],
      },
    ],
  });
  assert.deepEqual(doc.files[2], { path: 'drafts/huge.md', referenceDate: null, referenceDateSource: null, findings: [] });
});

test('sarif: rules for every code, notes for hints, 1-based regions, encoded relative URIs and fixes', () => {
  const log = JSON.parse(formatSarif(reports, { version: '9.9.9', rootUri: 'file:///work/' }));
  const run = log.runs[0];
  assert.equal(run.tool.driver.version, '9.9.9');
  assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), findingCodes);
  const variant = run.tool.driver.rules.find((r: { id: string }) => r.id === 'name-variant');
  assert.deepEqual(variant.defaultConfiguration, { enabled: false, level: 'note' });
  assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/' } });
  assert.equal(run.results.length, 2);
  const [first, second] = run.results;
  assert.equal(first.ruleId, 'name-misspelling');
  assert.equal(first.ruleIndex, findingCodes.indexOf('name-misspelling'));
  assert.equal(first.level, 'warning');
  const location = first.locations[0].physicalLocation;
  assert.deepEqual(location.artifactLocation, { uri: 'drafts/a%20b.md', uriBaseId: '%SRCROOT%' });
  assert.deepEqual(location.region, { startLine: 5, startColumn: 19, endLine: 5, endColumn: 24 });
  assert.deepEqual(first.fixes, [
    {
      description: { text: 'Change to "Lloyd"' },
      artifactChanges: [
        { artifactLocation: location.artifactLocation, replacements: [{ deletedRegion: location.region, insertedContent: { text: 'Lloyd' } }] },
      ],
    },
  ]);
  assert.equal(second.level, 'note');
  assert.equal(second.fixes, undefined);
});
