// The flags of `readout check` as a user runs them: standard input, --quiet, --max-warnings, --fix,
// colour, and the text format's excerpts.
import { test, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { usage } from '../../server/src/cli/args';
import { positionOf, repoRoot, runCli, tempTree } from './helpers';
import type { JsonFile } from './helpers';

// Two warnings with one fix each (a misspelt name, a wrong weekday) and one with two (a title the person
// never held: his own, or the person who held it), on a draft dated so that every claim is checked.
const draft = `---
date: 2022-10-22
---

Defence Secretary Llyod Austin spoke with Sergei Shoigu on Friday.

Russia's full-scale invasion of Ukraine began on Wednesday, February 24.

Indian Foreign Minister Ajit Doval met Shoigu in Moscow.
`;
// Markdown skips a fenced block; plain text has none.
const fenced = '```text\nDefence Secretary Llyod Austin spoke with Sergei Shoigu on October 21, 2022.\n```\n';

const tree = tempTree({ 'a.md': draft });
after(() => tree.remove());

function findingLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));
}

test('- reads the draft from standard input, shown as <stdin> and read as Markdown', () => {
  const run = runCli(['check', '-'], tree.dir, { input: draft });
  assert.equal(run.status, 1);
  const at = positionOf(draft, 'Llyod');
  assert.match(run.stdout, new RegExp(`^<stdin>:${at.line + 1}:${at.character + 1}: warning name-misspelling: `, 'm'));
  assert.equal(runCli(['check', '-'], tree.dir, { input: fenced }).status, 0);
});

test('--stdin-filename names the draft in the output, and its extension gives the format', () => {
  const md = runCli(['check', '--format', 'json', '-', '--stdin-filename', 'desk/story.md'], tree.dir, { input: fenced });
  const [file] = (JSON.parse(md.stdout) as { files: JsonFile[] }).files;
  assert.equal(file!.path, 'desk/story.md');
  assert.deepEqual(file!.findings, []);
  const txt = runCli(['check', '-', '--stdin-filename', 'desk/story.txt'], tree.dir, { input: fenced });
  assert.equal(txt.status, 1);
  assert.match(txt.stdout, /^desk\/story\.txt:2:19: warning name-misspelling: /m);
});

test('--quiet reports errors only, so warnings neither print nor fail the run', () => {
  const run = runCli(['check', '--quiet', 'a.md'], tree.dir);
  assert.equal(run.status, 0);
  assert.deepEqual(findingLines(run.stdout), []);
  assert.equal(run.stdout, '1 file checked: 0 warnings, 0 errors\n');
  // With --max-warnings the hidden warnings still count.
  assert.equal(runCli(['check', '--quiet', '--max-warnings', '0', 'a.md'], tree.dir).status, 1);
});

test('--max-warnings N fails the run only when there are more than N warnings', () => {
  const warnings = findingLines(runCli(['check', 'a.md'], tree.dir).stdout).filter((l) => / warning /.test(l)).length;
  assert.ok(warnings >= 3, `expected at least 3 warnings, got ${warnings}`);
  assert.equal(runCli(['check', '--max-warnings', String(warnings), 'a.md'], tree.dir).status, 0);
  assert.equal(runCli(['check', `--max-warnings=${warnings - 1}`, 'a.md'], tree.dir).status, 1);
});

test('--fix rewrites the file with each unambiguous fix, keeping its BOM and CRLF line endings, then reports what remains', () => {
  const crlf = draft.replace(/\n/g, '\r\n');
  const copy = tempTree({ 'desk/a.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]) });
  try {
    const run = runCli(['check', '--fix', 'desk'], copy.dir);
    const bytes = readFileSync(path.join(copy.dir, 'desk/a.md'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const fixed = bytes.subarray(3).toString('utf8');
    assert.equal(fixed, crlf.replace('Llyod', 'Lloyd').replace('on Wednesday, February 24', 'on Thursday, February 24'));
    // The title has several fixes, so it is left to the writer and still reported.
    assert.deepEqual(
      findingLines(run.stdout).map((l) => l.split(' ')[2]),
      ['title-conflict:'],
      run.stdout,
    );
    assert.match(run.stdout, /^1 file checked: 1 warning, 0 errors; 2 fixes applied$/m);
    assert.equal(run.status, 1);
    // The file has become true: checked again, the fixed kinds are gone.
    const again = runCli(['check', '--format', 'json', 'desk'], copy.dir);
    const codes = (JSON.parse(again.stdout) as { files: JsonFile[] }).files[0]!.findings.map((f) => f.code);
    assert.deepEqual(codes, ['title-conflict']);
  } finally {
    copy.remove();
  }
});

test('--fix leaves a file that is not UTF-8 as it is, says so, and reports its findings', () => {
  // Latin-1 "café": a rewrite from the decoded text would destroy the é.
  const latin1 = Buffer.concat([Buffer.from('Le caf'), Buffer.from([0xe9]), Buffer.from('. Defence Secretary Llyod Austin spoke with Sergei Shoigu on October 21, 2022.\n')]);
  const copy = tempTree({ 'a.txt': latin1 });
  try {
    const run = runCli(['check', '--fix', 'a.txt'], copy.dir);
    assert.deepEqual(readFileSync(path.join(copy.dir, 'a.txt')), latin1);
    assert.deepEqual(run.stderrLines, ['readout: not fixing a.txt: it changed while being checked, or is not UTF-8']);
    assert.match(run.stdout, / warning name-misspelling: /);
    assert.equal(run.status, 1);
  } finally {
    copy.remove();
  }
});

test('--fix with - prints the fixed draft on stdout and the report on stderr', () => {
  const run = runCli(['check', '--fix', '-'], tree.dir, { input: draft });
  assert.equal(run.stdout, draft.replace('Llyod', 'Lloyd').replace('on Wednesday', 'on Thursday'));
  assert.ok(run.stderrLines.some((l) => /^<stdin>:\d+:\d+: warning title-conflict: /.test(l)), run.stderr);
  assert.equal(run.stderrLines[run.stderrLines.length - 1], '1 file checked: 1 warning, 0 errors; 2 fixes applied');
  assert.equal(run.status, 1);
});

const ansi = /\u001b\[\d+m/;

test('colour: off in a pipe, on with --color or FORCE_COLOR, off with --no-color or NO_COLOR', () => {
  assert.doesNotMatch(runCli(['check', 'a.md'], tree.dir).stdout, ansi);
  assert.match(runCli(['check', '--color', 'a.md'], tree.dir).stdout, ansi);
  assert.match(runCli(['check', 'a.md'], tree.dir, { env: { FORCE_COLOR: '1' } }).stdout, ansi);
  assert.doesNotMatch(runCli(['check', 'a.md'], tree.dir, { env: { FORCE_COLOR: '0' } }).stdout, ansi);
  assert.doesNotMatch(runCli(['check', '--no-color', 'a.md'], tree.dir, { env: { FORCE_COLOR: '1' } }).stdout, ansi);
  assert.doesNotMatch(runCli(['check', '--color', '--no-color', 'a.md'], tree.dir).stdout, ansi);
  assert.doesNotMatch(runCli(['check', '--format', 'json', '--color', 'a.md'], tree.dir).stdout, ansi);
});

test('each finding shows its line with a caret under the flagged words, and its fixes', () => {
  const run = runCli(['check', 'a.md'], tree.dir);
  const lines = run.stdout.split('\n');
  const at = lines.findIndex((l) => / name-misspelling: /.test(l));
  assert.deepEqual(lines.slice(at + 1, at + 4), [
    '  5 | Defence Secretary Llyod Austin spoke with Sergei Shoigu on Friday.',
    '    |                   ^~~~~',
    '    fix: Llyod → Lloyd',
  ]);
});

test('the caret counts an astral character as one column and the excerpt drops the CR of a CRLF line', () => {
  const text = '# Desk\r\n\r\n🇺🇦 Defence Secretary Llyod Austin spoke with Sergei Shoigu on October 21, 2022.\r\n';
  const run = runCli(['check', '-'], tree.dir, { input: text });
  const lines = run.stdout.split('\n');
  const at = lines.findIndex((l) => / name-misspelling: /.test(l));
  // The flag is two astral characters: four UTF-16 code units, two columns on the terminal.
  assert.match(lines[at]!, /^<stdin>:3:24: /);
  assert.deepEqual(lines.slice(at + 1, at + 3), [
    '  3 | 🇺🇦 Defence Secretary Llyod Austin spoke with Sergei Shoigu on October 21, 2022.',
    '    | ' + ' '.repeat('🇺🇦 Defence Secretary '.length - 2) + '^~~~~',
  ]);
});

test('--help lists every flag, and the README documents each one and the exit statuses', () => {
  const help = runCli(['check', '--help'], tree.dir).stdout;
  assert.equal(help, usage);
  const flags = [...new Set(usage.match(/--[a-z][a-z-]+/g))];
  for (const flag of ['--format', '--date', '--record', '--stdin-filename', '--quiet', '--max-warnings', '--fix', '--color', '--no-color', '--verbose', '--help', '--version']) {
    assert.ok(flags.includes(flag), `--help does not list ${flag}`);
  }
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## The command line'), readme.indexOf('\n## ', readme.indexOf('## The command line') + 1));
  for (const flag of flags) assert.ok(section.includes(flag), `README's command-line section does not document ${flag}`);
  for (const status of ['0', '1', '2']) assert.match(section, new RegExp(`^\\| ${status} \\|`, 'm'), `README does not document exit status ${status}`);
});
