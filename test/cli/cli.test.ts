// The `readout` command, run as a subprocess on drafts written into a temporary folder.
import { test, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { findingCodes, findingDocs } from '../../server/src/core';
import { positionOf, repoRoot, runCli, sliceRange, stackFrame, tempTree } from './helpers';
import type { JsonFile, JsonFinding } from './helpers';

const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };

// One true sentence (Austin and Shoigu did speak on Friday 2022-10-21), one misspelt name, one wrong title
// (Belousov was a deputy prime minister, not the defence minister, in 2022).
const draft = `---
title: Austin and Shoigu talk again
date: 2022-10-22
---

# Pentagon and Moscow reopen a line

US Defense Secretary Lloyd Austin spoke with his Russian counterpart Sergei Shoigu on Friday.

Defence Secretary Llyod Austin spoke with his Russian counterpart Sergei Shoigu on Friday.

Defence Minister Andrei Belousov joined the call, an official said.
`;

const cleanDraft = `US Defense Secretary Lloyd Austin spoke with Russian Defence Minister Sergei Shoigu on October 21, 2022.
`;

const brokenRecord = `{
  "people": {
    "x":
  }
}
`;

const tree = tempTree({
  'drafts/a.md': draft,
  'drafts/clean.txt': cleanDraft,
  'drafts/empty.md': '',
  'drafts/binary.md': Buffer.from([0x23, 0x20, 0x48, 0x69, 0x00, 0x01, 0x02, 0x0a]),
  'broken.json': brokenRecord,
  'drafts/none/notes.json': '{}',
});
after(() => tree.remove());

function checkJson(args: readonly string[], cwd = tree.dir): { files: JsonFile[]; status: number | null; stderrLines: string[] } {
  const run = runCli(['check', '--format', 'json', ...args], cwd);
  return { ...(JSON.parse(run.stdout) as { files: JsonFile[] }), status: run.status, stderrLines: run.stderrLines };
}

function misspelling(file: JsonFile, text: string, word: string): JsonFinding | undefined {
  return file.findings.find((f) => f.code === 'name-misspelling' && sliceRange(text, f.range).startsWith(word));
}

test('the text format prints each finding like a compiler, with 1-based line and column', () => {
  const run = runCli(['check', 'drafts/a.md'], tree.dir);
  assert.equal(run.status, 1);
  const at = positionOf(draft, 'Llyod');
  const line = run.stdout.split('\n').find((l) => l.startsWith(`drafts/a.md:${at.line + 1}:${at.character + 1}: warning name-misspelling: `));
  assert.ok(line, `no name-misspelling line at ${at.line + 1}:${at.character + 1} in:\n${run.stdout}`);
  for (const l of run.stdout.split('\n').filter((l) => /^drafts\/a\.md:\d/.test(l))) {
    assert.match(l, /^drafts\/a\.md:\d+:\d+: (error|warning|information|hint) [a-z-]+: \S/);
  }
});

test('the text format ends with its summary; --verbose first gives each file’s reference date and where it came from', () => {
  const run = runCli(['check', 'drafts/a.md', 'drafts/clean.txt'], tree.dir);
  const lines = run.stdout.trimEnd().split('\n');
  assert.match(lines[lines.length - 1]!, /^2 files checked: [1-9]\d* warnings?, \d+ errors?$/);
  assert.ok(!lines.some((l) => l.includes('reference date')), run.stdout);

  const verbose = runCli(['check', '--verbose', 'drafts/a.md', 'drafts/clean.txt'], tree.dir).stdout.trimEnd().split('\n');
  assert.deepEqual(verbose.slice(-3, -1), ['drafts/a.md: reference date 2022-10-22 (front-matter)', 'drafts/clean.txt: no reference date']);
  assert.equal(verbose[verbose.length - 1], lines[lines.length - 1]);
});

test('the JSON format is exactly the shape of the spec, with zero-based positions on the flagged text', () => {
  const { files, status } = checkJson(['drafts/a.md']);
  assert.equal(status, 1);
  assert.equal(files.length, 1);
  const file = files[0]!;
  assert.deepEqual(Object.keys(file), ['path', 'referenceDate', 'referenceDateSource', 'findings']);
  assert.equal(file.path, 'drafts/a.md');
  assert.equal(file.referenceDate, '2022-10-22');
  assert.equal(file.referenceDateSource, 'front-matter');
  for (const f of file.findings) {
    assert.deepEqual(Object.keys(f), ['code', 'severity', 'range', 'message', 'sources', 'fixes']);
    assert.ok((findingCodes as string[]).includes(f.code), f.code);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity), f.severity);
    assert.deepEqual(Object.keys(f.range), ['start', 'end']);
    assert.deepEqual(Object.keys(f.range.start), ['line', 'character']);
    assert.deepEqual(Object.keys(f.range.end), ['line', 'character']);
    assert.equal(typeof f.message, 'string');
    for (const s of f.sources) assert.equal(typeof s.publisher, 'string');
    for (const fix of f.fixes) assert.deepEqual(Object.keys(fix), ['title', 'newText']);
  }
  const found = misspelling(file, draft, 'Llyod');
  assert.ok(found, `no name-misspelling on "Llyod": ${JSON.stringify(file.findings)}`);
  assert.equal(found.severity, 'warning');
  const at = positionOf(draft, 'Llyod');
  assert.deepEqual(found.range.start, at);
  const line = draft.split('\n')[found.range.start.line]!;
  assert.equal(found.range.end.line, found.range.start.line);
  assert.match(line.slice(found.range.start.character, found.range.end.character), /^Llyod( Austin)?$/);
});

test('the JSON output is one document on stdout, whatever the files hold', () => {
  const run = runCli(['check', '--format=json', 'drafts'], tree.dir);
  assert.doesNotThrow(() => JSON.parse(run.stdout));
  assert.equal(run.stdout.trim().startsWith('{'), true);
});

test('the SARIF format is a SARIF 2.1.0 log with every finding code as a rule and 1-based locations', () => {
  const run = runCli(['check', '--format', 'sarif', 'drafts/a.md'], tree.dir);
  assert.equal(run.status, 1);
  const log = JSON.parse(run.stdout);
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.equal(log.runs.length, 1);
  const driver = log.runs[0].tool.driver;
  assert.equal(driver.name, 'Readout');
  assert.equal(driver.version, version);
  assert.deepEqual(
    driver.rules.map((r: { id: string }) => r.id),
    findingCodes,
  );
  for (const rule of driver.rules) {
    assert.equal(rule.shortDescription.text, findingDocs[rule.id as keyof typeof findingDocs].summary);
    assert.ok(['error', 'warning', 'note', 'none'].includes(rule.defaultConfiguration.level));
  }

  const json = checkJson(['drafts/a.md']).files[0]!;
  const results = log.runs[0].results;
  assert.equal(results.length, json.findings.length);
  results.forEach((r: any, i: number) => {
    const f = json.findings[i]!;
    assert.equal(r.ruleId, f.code);
    assert.equal(r.level, f.severity === 'error' || f.severity === 'warning' ? f.severity : 'note');
    assert.equal(r.message.text, f.message);
    const { artifactLocation, region } = r.locations[0].physicalLocation;
    assert.equal(artifactLocation.uri, 'drafts/a.md');
    assert.deepEqual(region, {
      startLine: f.range.start.line + 1,
      startColumn: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
    });
  });
  const llyod = results.find((r: any) => r.ruleId === 'name-misspelling');
  const at = positionOf(draft, 'Llyod');
  assert.equal(llyod.locations[0].physicalLocation.region.startLine, at.line + 1);
  assert.equal(llyod.locations[0].physicalLocation.region.startColumn, at.character + 1);
});

test('a clean draft exits 0 and a draft with findings exits 1', () => {
  const clean = runCli(['check', 'drafts/clean.txt'], tree.dir);
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  assert.equal(clean.stderr, '');
  assert.equal(runCli(['check', 'drafts/a.md'], tree.dir).status, 1);
});

for (const [name, args, message] of [
  ['a missing path', ['check', 'drafts/nope.md'], /^readout: no such file or directory: drafts\/nope\.md$/],
  ['an unknown option', ['check', '--colour', 'drafts/a.md'], /^readout: unknown option: --colour/],
  ['a --date that is not a real date', ['check', '--date', '2024-02-30', 'drafts/a.md'], /^readout: --date: 2024-02-30/],
  ['an option without its argument', ['check', 'drafts/a.md', '--date'], /^readout: option --date needs an argument$/],
  ['an unknown format', ['check', '--format', 'xml', 'drafts/a.md'], /^readout: unknown format: xml/],
  ['no PATH', ['check'], /^readout: no PATH given/],
  ['no command', [], /^readout: missing command/],
  ['a broken --record file', ['check', '--record', 'broken.json', 'drafts/a.md'], /^broken\.json:4:3: error: \S/],
  ['a --max-warnings that is not a count', ['check', '--max-warnings', 'few', 'drafts/a.md'], /^readout: --max-warnings: few is not a count/],
  ['a flag given a value', ['check', '--quiet=yes', 'drafts/a.md'], /^readout: option --quiet takes no argument$/],
  ['- beside other paths', ['check', '-', 'drafts/a.md'], /^readout: - reads one draft from standard input and takes no other PATH$/],
  ['--stdin-filename without -', ['check', '--stdin-filename', 'x.md', 'drafts/a.md'], /^readout: --stdin-filename names the draft read from -/],
  ['a folder with no drafts', ['check', 'drafts/none'], /^readout: no drafts found in drafts\/none\/ \(looked for \.md, \.markdown, \.txt\)$/],
] as const) {
  test(`${name} exits 2 with one line on stderr and no stack trace`, () => {
    const run = runCli(args, tree.dir);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderrLines.length, 1, run.stderr);
    assert.match(run.stderrLines[0]!, message);
    assert.doesNotMatch(run.stderr, stackFrame);
  });
}

test('--help prints the usage and --version the package version', () => {
  const help = runCli(['--help'], tree.dir);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /readout check \[options\] PATH/);
  assert.equal(runCli(['check', '-h'], tree.dir).status, 0);
  const v = runCli(['--version'], tree.dir);
  assert.equal(v.status, 0);
  assert.equal(v.stdout.trim(), version);
});

test('a binary file named on the command line is skipped with a warning and not counted', () => {
  const run = runCli(['check', 'drafts/binary.md', 'drafts/clean.txt'], tree.dir);
  assert.equal(run.status, 0);
  assert.deepEqual(run.stderrLines, ['readout: skipping binary file: drafts/binary.md']);
  assert.match(run.stdout, /^1 file checked: 0 warnings, 0 errors$/m);
  const json = checkJson(['drafts/binary.md']);
  assert.deepEqual(json.files, []);
});

test('an empty file is checked and has no findings', () => {
  const { files, status, stderrLines } = checkJson(['drafts/empty.md']);
  assert.equal(status, 0);
  assert.deepEqual(stderrLines, []);
  assert.deepEqual(files, [{ path: 'drafts/empty.md', referenceDate: null, referenceDateSource: null, findings: [] }]);
});

test('--date gives the reference date to drafts that state none', () => {
  const { files } = checkJson(['--date', '2022-10-22', 'drafts/clean.txt']);
  assert.equal(files[0]!.referenceDate, '2022-10-22');
  assert.equal(files[0]!.referenceDateSource, 'setting');
});

const defaultRecordPath = path.join(repoRoot, 'server', 'record', 'default.json');

/** A newsroom's record: Lloyd Austin as the embedded record has him, plus a misspelling the newsroom has seen. */
function newsroomRecord(): string {
  assert.ok(existsSync(defaultRecordPath), `${defaultRecordPath} is not there yet`);
  const people = (JSON.parse(readFileSync(defaultRecordPath, 'utf8')) as { people: Record<string, any> }).people;
  const entry = Object.entries(people).find(([, p]) => p.surname?.includes('Austin') && p.given?.includes('Lloyd'));
  assert.ok(entry, 'no Lloyd Austin in the embedded record');
  const [id, person] = entry;
  return JSON.stringify({ people: { [id]: { ...person, misspellings: [...(person.misspellings ?? []), 'Lloid Austin'] } } }, null, 2);
}

test('folders are searched for .md, .markdown and .txt files, skipping node_modules and dot-folders', () => {
  const text = 'Defence Secretary Llyod Austin spoke with Sergei Shoigu.\n';
  const folder = tempTree({
    'news/one.md': text,
    'news/two.markdown': text,
    'news/desk/three.txt': text,
    'news/desk/four.TXT': text,
    'news/page.html': text,
    'news/data.json': '{}',
    'news/node_modules/pkg/readme.md': text,
    'news/.drafts/hidden.md': text,
    'news/blob.md': Buffer.from([0x00, 0x4c, 0x6c, 0x79, 0x6f, 0x64]),
  });
  try {
    const { files, stderrLines } = checkJson(['news'], folder.dir);
    assert.deepEqual(files.map((f) => f.path).sort(), ['news/desk/four.TXT', 'news/desk/three.txt', 'news/one.md', 'news/two.markdown']);
    assert.deepEqual(stderrLines, ['readout: skipping binary file: news/blob.md']);
    for (const f of files) assert.ok(misspelling(f, text, 'Llyod'), `${f.path}: ${JSON.stringify(f.findings)}`);
  } finally {
    folder.remove();
  }
});

test('a record in a .readout folder of a checked folder is merged over the embedded record', () => {
  const text = 'Defence Secretary Lloid Austin spoke with Sergei Shoigu.\n';
  const folder = tempTree({ 'news/.readout/newsroom.json': newsroomRecord(), 'news/one.md': text });
  try {
    const { files, status } = checkJson(['news'], folder.dir);
    assert.equal(status, 1);
    assert.deepEqual(files.map((f) => f.path), ['news/one.md']);
    assert.ok(misspelling(files[0]!, text, 'Lloid'), JSON.stringify(files[0]!.findings));
  } finally {
    folder.remove();
  }
});

test('a newsroom record file may refer to a person another of its files defines', () => {
  const source = { publisher: 'Our newsroom', title: 'Desk notes', date: '2024-07-12' };
  const people = {
    sources: { 'desk-notes': source },
    people: {
      'maria-zakharova': {
        name: 'Maria Zakharova', given: ['Maria'], surname: ['Zakharova'], country: 'RU',
        description: 'Spokeswoman of Russia\'s Foreign Ministry',
      },
    },
    offices: { 'ru-foreign-ministry-spokesperson': { title: 'Foreign Ministry spokeswoman', country: 'RU', forms: ['Foreign Ministry spokeswoman'] } },
  };
  const terms = {
    terms: [{ person: 'maria-zakharova', office: 'ru-foreign-ministry-spokesperson', start: '2015-08', confidence: 'high', sources: ['desk-notes'] }],
  };
  const text = '---\ndate: 2024-07-13\n---\n\nForeign Ministry spokeswoman Maria Zakharova said little.\n';
  const folder = tempTree({
    'news/.readout/a-people.json': JSON.stringify(people),
    'news/.readout/b-terms.json': JSON.stringify(terms),
    'news/one.md': text,
  });
  try {
    const { files, status } = checkJson(['news'], folder.dir);
    assert.equal(status, 0);
    assert.deepEqual(files[0]!.findings, []);
  } finally {
    folder.remove();
  }
});

test('a broken record in a .readout folder stops the check with its file, line and column', () => {
  const folder = tempTree({ 'news/.readout/newsroom.json': brokenRecord, 'news/one.md': 'Lloyd Austin spoke.\n' });
  try {
    const run = runCli(['check', 'news'], folder.dir);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.ok(run.stderrLines.length >= 1);
    for (const line of run.stderrLines) assert.match(line, /^news\/\.readout\/newsroom\.json:\d+:\d+: error: \S/);
    assert.doesNotMatch(run.stderr, stackFrame);
  } finally {
    folder.remove();
  }
});
