// Workspace record files: loaded from `.readout/` and `readout.record.files`, watched, their
// problems shown in the file, the last good version kept in force; none read when untrusted.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { covered, find, tempFolder, TestClient } from './client';

/** A newsroom's record: spokespeople the embedded record lacks, with misspellings its reporters make. */
const spokespeople = ({ konashenkov = false } = {}) => {
  const person = (id: string, given: string, surname: string, misspelling: string, description: string) =>
    `"${id}": { "name": "${given} ${surname}", "given": ["${given}"], "surname": ["${surname}"], "misspellings": ["${misspelling}"], "country": "RU", "description": "${description}" }`;
  const people = [person('alexei-zaitsev', 'Alexei', 'Zaitsev', 'Alexei Zaitsew', "Deputy spokesman of Russia's Foreign Ministry")];
  if (konashenkov) people.push(person('igor-konashenkov', 'Igor', 'Konashenkov', 'Igor Konashenkow', "Spokesman of Russia's Defence Ministry"));
  return `{\n  "people": {\n    ${people.join(',\n    ')}\n  }\n}\n`;
};

/** The second version mid-edit: the comma between the two people is missing. */
const broken = spokespeople({ konashenkov: true }).replace('},\n    "igor-konashenkov"', '}\n    "igor-konashenkov"');

const draft = `Alexei Zaitsew, a foreign ministry spokesman, declined to comment. Igor Konashenkow, the defence ministry's spokesman, said nothing.
`;

const misspelt = (client: TestClient, diagnostics: Awaited<ReturnType<TestClient['pull']>>, uri: string) =>
  diagnostics.filter((d) => d.code === 'name-misspelling').map((d) => covered(client.text(uri), d));

describe('a workspace record file', () => {
  const workspace = tempFolder();
  const recordFile = path.join(workspace.dir, '.readout', 'newsroom.json');
  const recordUri = pathToFileURL(recordFile).href;
  let client: TestClient;
  let uri: string;

  before(async () => {
    mkdirSync(path.dirname(recordFile), { recursive: true });
    writeFileSync(recordFile, spokespeople());
    client = await TestClient.start({ workspace: workspace.dir });
    uri = await client.open(client.uri('draft.txt', workspace.dir), draft);
  });
  after(async () => {
    await client.stop();
    workspace.remove();
  });

  /** The record file's diagnostics, once there are some. */
  const problemsShown = () => {
    const published = client.published.get(recordUri);
    return published && published.diagnostics.length > 0 ? published : undefined;
  };

  const rewrite = async (text: string) => {
    const refreshes = client.diagnosticRefreshes;
    writeFileSync(recordFile, text);
    await client.filesChanged([{ uri: recordUri, type: FileChangeType.Changed }]);
    return refreshes;
  };

  test('is merged over the embedded record before the first diagnostics', async () => {
    assert.deepEqual(misspelt(client, await client.pull(uri), uri), ['Zaitsew']);
  });

  test('is watched: the server asks the client to watch .readout folders', async () => {
    const watch = await client.waitFor('a file watcher registration', () => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
    assert.deepEqual((watch.registerOptions as { watchers: { globPattern: unknown }[] }).watchers[0], { globPattern: '**/.readout/**/*.json' });
  });

  test('when broken, shows the problem at its line and column and keeps the last good version in force', async () => {
    await rewrite(broken);
    const published = await client.waitFor('a diagnostic in the record file', problemsShown);
    const [problem] = published.diagnostics;
    assert.deepEqual(problem!.range.start, find(broken, '"igor-konashenkov"'));
    assert.equal(problem!.severity, 1);
    assert.match(problem!.message, /expected a comma/);
    assert.deepEqual(misspelt(client, await client.pull(uri), uri), ['Zaitsew'], 'the last good version is in force: Zaitsev, not yet Konashenkov');
  });

  test('when fixed, clears the problem, reloads, and asks the client to re-pull every draft', async () => {
    const refreshes = await rewrite(spokespeople({ konashenkov: true }));
    await client.waitFor('the record file diagnostics to clear', () => client.published.get(recordUri)?.diagnostics.length === 0);
    await client.waitFor('a diagnostics refresh', () => client.diagnosticRefreshes > refreshes);
    assert.deepEqual(misspelt(client, await client.pull(uri), uri), ['Zaitsew', 'Konashenkow']);
  });

  test('a file that contradicts the embedded record is reported where it does, and left out', async () => {
    const contradiction = `{
  "terms": [
    { "person": "sergei-shoigu", "office": "ru-minister-of-defence", "start": "2012-11-06", "end": "2025-01-01", "confidence": "high", "sources": ["reuters"] }
  ]
}
`;
    await rewrite(contradiction);
    const published = await client.waitFor('a contradiction diagnostic', problemsShown);
    assert.deepEqual(published.diagnostics[0]!.range.start, find(contradiction, '"2025-01-01"'));
    assert.match(published.diagnostics[0]!.message, /contradicts the embedded record/);
    assert.deepEqual(misspelt(client, await client.pull(uri), uri), ['Zaitsew', 'Konashenkow'], 'the last good version stays');
  });

  test('a deleted file is no longer in force', async () => {
    const refreshes = client.diagnosticRefreshes;
    rmSync(recordFile);
    await client.filesChanged([{ uri: recordUri, type: FileChangeType.Deleted }]);
    await client.waitFor('a diagnostics refresh', () => client.diagnosticRefreshes > refreshes);
    assert.deepEqual(misspelt(client, await client.pull(uri), uri), []);
    assert.equal(client.published.get(recordUri)?.diagnostics.length, 0);
  });
});

describe('record files named in readout.record.files', () => {
  const workspace = tempFolder();
  let client: TestClient;
  before(async () => {
    mkdirSync(path.join(workspace.dir, 'records'));
    writeFileSync(path.join(workspace.dir, 'records', 'desk.json'), spokespeople());
    client = await TestClient.start({ workspace: workspace.dir, settings: { record: { files: ['records/desk.json', 'records/missing.json'] } } });
  });
  after(async () => {
    await client.stop();
    workspace.remove();
  });

  test('are loaded relative to the workspace folder, and watched', async () => {
    const uri = await client.open(client.uri('draft.txt', workspace.dir), draft);
    assert.deepEqual(misspelt(client, await client.pull(uri), uri), ['Zaitsew']);
    const watch = await client.waitFor('a watcher for the configured file', () =>
      client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles' && JSON.stringify(r.registerOptions).includes('desk.json')),
    );
    assert.ok(watch);
  });

  test('a missing one is logged, not fatal', async () => {
    await client.waitFor('a warning about the missing file', () => client.logs.some((l) => l.includes('missing.json')));
  });
});

describe('a restricted (untrusted) workspace', () => {
  const workspace = tempFolder();
  let client: TestClient;
  before(async () => {
    mkdirSync(path.join(workspace.dir, '.readout'));
    writeFileSync(path.join(workspace.dir, '.readout', 'newsroom.json'), spokespeople());
    client = await TestClient.start({ workspace: workspace.dir, trusted: false });
  });
  after(async () => {
    await client.stop();
    workspace.remove();
  });

  test('uses the embedded record only', async () => {
    const uri = await client.open(client.uri('draft.txt', workspace.dir), draft);
    assert.deepEqual(misspelt(client, await client.pull(uri), uri), []);
    assert.ok(!client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));
  });
});
