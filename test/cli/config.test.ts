// `readout check` with a project configuration (`readout.config.json`): found above a named
// file or a folder's drafts, its rules, house spelling, records and ignore patterns applied,
// its problems printed with their line and column while the rest of it applies.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { runCli, tempTree } from './helpers';
import type { JsonFile } from './helpers';

// Dated; one misspelt name (name-misspelling), one title Shoigu no longer held (title-conflict), "Sergey" a valid variant.
const draft = `---
date: 2024-07-13
---

Defence Minister Sergei Shoigu spoke with Lloyd Austin on Friday.

Defence Secretary Llyod Austin is expected to brief NATO allies. Sergey Shoigu was not available.
`;

const codesOf = (file: JsonFile | undefined) => (file?.findings ?? []).map((f) => `${f.code}:${f.severity}`).sort();

function check(args: readonly string[], cwd: string): { files: JsonFile[]; status: number | null; stderrLines: string[] } {
  const run = runCli(['check', '--format', 'json', ...args], cwd);
  return { ...(JSON.parse(run.stdout) as { files: JsonFile[] }), status: run.status, stderrLines: run.stderrLines };
}

const config = (value: object) => JSON.stringify(value, null, 2);

test('a configuration above a named file sets severities and turns codes off', () => {
  const tree = tempTree({
    'desk/readout.config.json': config({ rules: { 'title-conflict': 'off', 'name-misspelling': 'error' } }),
    'desk/news/2024/draft.md': draft,
  });
  try {
    const named = check(['desk/news/2024/draft.md'], tree.dir);
    assert.deepEqual(codesOf(named.files[0]), ['call-participant-conflict:warning', 'name-misspelling:error']);
    assert.deepEqual(named.stderrLines, []);
    // The same through the folder, and from inside it.
    assert.deepEqual(codesOf(check(['desk'], tree.dir).files[0]), ['call-participant-conflict:warning', 'name-misspelling:error']);
    assert.deepEqual(codesOf(check(['draft.md'], `${tree.dir}/desk/news/2024`).files[0]), ['call-participant-conflict:warning', 'name-misspelling:error']);
  } finally {
    tree.remove();
  }
});

test('the nearest configuration applies to each draft, and none leaves the defaults', () => {
  const tree = tempTree({
    'readout.config.json': config({ rules: { 'title-conflict': 'off' } }),
    'sport/readout.config.json': config({ rules: { 'name-misspelling': 'off' } }),
    'news/draft.md': draft,
    'sport/draft.md': draft,
  });
  const elsewhere = tempTree({ 'draft.md': draft });
  try {
    const { files } = check(['.'], tree.dir);
    assert.deepEqual(files.map((f) => [f.path, codesOf(f)]), [
      ['news/draft.md', ['call-participant-conflict:warning', 'name-misspelling:warning']],
      ['sport/draft.md', ['call-participant-conflict:warning', 'title-conflict:warning']],
    ]);
    assert.deepEqual(codesOf(check(['draft.md'], elsewhere.dir).files[0]), ['call-participant-conflict:warning', 'name-misspelling:warning', 'title-conflict:warning']);
  } finally {
    tree.remove();
    elsewhere.remove();
  }
});

test('houseSpelling turns other transliterations into name-variant', () => {
  const tree = tempTree({ 'readout.config.json': config({ houseSpelling: ['Sergei'] }), 'draft.md': draft });
  try {
    assert.ok(codesOf(check(['draft.md'], tree.dir).files[0]).includes('name-variant:information'));
  } finally {
    tree.remove();
  }
});

test('records names record files relative to the configuration, merged over the embedded record', () => {
  const desk = {
    people: {
      'alexei-zaitsev': {
        name: 'Alexei Zaitsev', given: ['Alexei'], surname: ['Zaitsev'], misspellings: ['Alexei Zaitsew'], country: 'RU',
        description: "Deputy spokesman of Russia's Foreign Ministry",
      },
    },
  };
  const tree = tempTree({
    'desk/readout.config.json': config({ records: ['records/desk.json'] }),
    'desk/records/desk.json': JSON.stringify(desk),
    'desk/drafts/one.txt': 'Alexei Zaitsew declined to comment.\n',
  });
  try {
    const { files, status } = check(['desk/drafts/one.txt'], tree.dir);
    assert.equal(status, 1);
    assert.deepEqual(codesOf(files[0]), ['name-misspelling:warning']);
  } finally {
    tree.remove();
  }
});

test('ignore patterns skip drafts in folders silently, and a named ignored file with a note', () => {
  const tree = tempTree({
    'readout.config.json': config({ ignore: ['README.md', 'archive', 'news/*.draft.md'] }),
    'README.md': draft,
    'docs/README.md': draft,
    'archive/2022/old.md': draft,
    'news/today.md': draft,
    'news/today.draft.md': draft,
  });
  try {
    const folder = check(['.'], tree.dir);
    assert.deepEqual(folder.files.map((f) => f.path), ['news/today.md']);
    assert.deepEqual(folder.stderrLines, []);
    const named = check(['README.md', 'news/today.md', 'archive/2022/old.md'], tree.dir);
    assert.deepEqual(named.files.map((f) => f.path), ['news/today.md']);
    assert.deepEqual(named.stderrLines, [
      'readout: file ignored because of a matching ignore pattern in readout.config.json: README.md',
      'readout: file ignored because of a matching ignore pattern in readout.config.json: archive/2022/old.md',
    ]);
    const only = runCli(['check', 'README.md'], tree.dir);
    assert.equal(only.status, 0, 'nothing checked is no failure');
  } finally {
    tree.remove();
  }
});

test('a named file finds the .readout folder above it', () => {
  const record = { people: { 'alexei-zaitsev': { name: 'Alexei Zaitsev', given: ['Alexei'], surname: ['Zaitsev'], misspellings: ['Alexei Zaitsew'], country: 'RU', description: 'Spokesman' } } };
  const tree = tempTree({ '.readout/desk.json': JSON.stringify(record), 'drafts/2024/one.txt': 'Alexei Zaitsew declined to comment.\n' });
  try {
    assert.deepEqual(codesOf(check(['drafts/2024/one.txt'], tree.dir).files[0]), ['name-misspelling:warning']);
    assert.deepEqual(codesOf(check(['one.txt'], `${tree.dir}/drafts/2024`).files[0]), ['name-misspelling:warning']);
  } finally {
    tree.remove();
  }
});

test('a broken configuration is reported with its file, line and column, and the rest of it applies', () => {
  const text = '{\n  "rules": { "title-conflict": "off", "name-misspelling": "loud" },\n  "exclude": ["drafts"]\n}\n';
  const tree = tempTree({ 'readout.config.json': text, 'a.md': draft, 'b.md': draft });
  try {
    const { files, status, stderrLines } = check(['.'], tree.dir);
    assert.equal(status, 1);
    for (const file of files) assert.deepEqual(codesOf(file), ['call-participant-conflict:warning', 'name-misspelling:warning']);
    assert.deepEqual(stderrLines, [
      'readout.config.json:2:59: warning: rules.name-misspelling: "loud" is not one of "error", "warning", "information", "hint", "off"',
      'readout.config.json:3:3: warning: unknown property "exclude" (one of "$schema", "rules", "houseSpelling", "records", "ignore")',
    ]);
  } finally {
    tree.remove();
  }
});

test('a configuration that is not JSON is reported, and the drafts are checked with the defaults', () => {
  const tree = tempTree({ 'readout.config.json': '{ "rules": { "title-conflict": "off" ', 'a.md': draft });
  try {
    const { files, stderrLines } = check(['a.md'], tree.dir);
    assert.ok(codesOf(files[0]).includes('title-conflict:warning'));
    assert.deepEqual(stderrLines, ['readout.config.json:1:38: warning: JSON syntax error: expected a closing brace (})']);
  } finally {
    tree.remove();
  }
});

test('a draft from standard input is checked with the configuration its --stdin-filename places it under', () => {
  const tree = tempTree({
    'desk/readout.config.json': config({ rules: { 'title-conflict': 'off' }, ignore: ['archive'] }),
  });
  try {
    const run = (args: readonly string[]) => {
      const result = runCli(['check', '--format', 'json', '-', ...args], tree.dir, { input: draft });
      return { ...(JSON.parse(result.stdout) as { files: JsonFile[] }), stderrLines: result.stderrLines };
    };
    const placed = run(['--stdin-filename', 'desk/news/draft.md']);
    assert.equal(placed.files[0]?.path, 'desk/news/draft.md');
    assert.deepEqual(codesOf(placed.files[0]), ['call-participant-conflict:warning', 'name-misspelling:warning']);
    // Without a name, it is read where the command runs: no configuration there.
    assert.deepEqual(codesOf(run([]).files[0]), ['call-participant-conflict:warning', 'name-misspelling:warning', 'title-conflict:warning']);
    // A name the configuration ignores is not checked, and stderr says why.
    const ignored = run(['--stdin-filename', 'desk/archive/draft.md']);
    assert.deepEqual(ignored.files, []);
    assert.match(ignored.stderrLines.join('\n'), /ignored because of a matching ignore pattern .*desk\/archive\/draft\.md/);
  } finally {
    tree.remove();
  }
});
