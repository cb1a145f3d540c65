// The output formats as pure functions, on hand-made results.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { formatJson, formatSarif, formatText } from '../../server/src/cli/format';
import type { FileReport, ReportedFinding } from '../../server/src/cli/format';
import { colored } from '../../server/src/cli/excerpt';
import { findingCodes, findingDocs } from '../../server/src/core';

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

// "Llyod" at offsets 40–45, line 4, character 18.
const draftA = '# Pentagon\n\nBy staff\n\nDefence Secretary Llyod Austin spoke with Shoigu.\n';
const reports: FileReport[] = [
  { path: 'drafts/a b.md', text: draftA, result: { referenceDate: '2022-10-22', referenceDateSource: 'dateline', findings: [misspelling] } },
  { path: 'drafts/c.txt', text: 'on Friday, they spoke.\n', result: { referenceDate: null, referenceDateSource: null, findings: [hint] } },
  { path: 'drafts/huge.md', text: '', result: { referenceDate: null, referenceDateSource: null, findings: [], declined: 'Too large to check.' } },
];

test('text: per finding a compiler-style line, its line marked and its fixes; the summary last', () => {
  assert.equal(
    formatText(reports),
    [
      'drafts/a b.md:5:19: warning name-misspelling: "Llyod" is a misspelling of Lloyd Austin.',
      '  5 | Defence Secretary Llyod Austin spoke with Shoigu.',
      '    |                   ^~~~~',
      '    fix: Llyod → Lloyd',
      'drafts/c.txt:1:1: hint unresolved-date: on Friday: no reference date to resolve it against.',
      '  1 | on Friday, they spoke.',
      '    | ^~~~~~~~~',
      'drafts/huge.md: not checked: Too large to check.',
      '2 files checked: 1 warning, 0 errors, 1 hint',
      '',
    ].join('\n'),
  );
  assert.equal(formatText([]), '0 files checked: 0 warnings, 0 errors\n');
});

test('text: --verbose adds each draft’s reference date before the summary; fixes applied are counted', () => {
  const lines = formatText(reports.map((r) => ({ ...r, fixed: 2 })), { style: colored, verbose: true }).trimEnd().split('\n');
  assert.deepEqual(lines.slice(-4), [
    'drafts/a b.md: reference date 2022-10-22 (dateline)',
    'drafts/c.txt: no reference date',
    'drafts/huge.md: not checked: Too large to check.',
    '2 files checked: 1 warning, 0 errors, 1 hint; 6 fixes applied',
  ]);
  assert.equal(lines[0], 'drafts/a b.md:5:19: \u001b[33mwarning\u001b[0m \u001b[2mname-misspelling\u001b[0m: "Llyod" is a misspelling of Lloyd Austin.');
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
  const log = JSON.parse(formatSarif(reports, { version: '9.9.9', repositoryUrl: 'https://example.org/readout', rootUri: 'file:///work/' }));
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

test('sarif: each rule is documented from findingDocs, with its README section as help address', () => {
  const log = JSON.parse(formatSarif(reports, { version: '9.9.9', repositoryUrl: 'https://example.org/readout' }));
  const driver = log.runs[0].tool.driver;
  assert.equal(driver.informationUri, 'https://example.org/readout');
  const rule = driver.rules.find((r: { id: string }) => r.id === 'name-variant');
  assert.equal(rule.name, 'NameVariant');
  assert.equal(rule.shortDescription.text, findingDocs['name-variant'].summary);
  assert.equal(rule.helpUri, 'https://example.org/readout#name-variant');
  assert.match(rule.help.markdown, /^With `readout\.houseSpelling` set/);
  // Plain text loses the Markdown's code marks.
  assert.match(rule.fullDescription.text, /^With readout\.houseSpelling set \(for example \["Shoigu", "Sergei"\]\), other/);
});

test('sarif: a finding’s fingerprint stays when lines move, and repeats of one finding differ', () => {
  const moved: FileReport = { ...reports[0]!, text: '\n' + draftA, result: { ...reports[0]!.result, findings: [{ ...misspelling, start: 41, end: 46 }] } };
  const twice: FileReport = { ...reports[0]!, result: { ...reports[0]!.result, findings: [misspelling, misspelling] } };
  const fingerprints = (r: FileReport): string[] =>
    JSON.parse(formatSarif([r], { version: '1', repositoryUrl: 'https://example.org/r' })).runs[0].results.map(
      (x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['readoutFinding/v1'],
    );
  const [original] = fingerprints(reports[0]!);
  assert.deepEqual(fingerprints(moved), [original]);
  const [a, b] = fingerprints(twice);
  assert.equal(a, original);
  assert.notEqual(b, original);
});
