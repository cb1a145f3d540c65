// `readout.config.json` in the editor: its rules, house spelling, records and ignore patterns
// apply under the settings, it is watched, and its problems are shown in it.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { find, tempFolder, TestClient } from './client';
import { july2024 } from './drafts';

const codes = async (client: TestClient, uri: string) => (await client.pull(uri)).map((d) => `${d.code}:${d.severity}`).sort();
const allCodes = ['call-participant-conflict:2', 'name-misspelling:2', 'title-conflict:2'];

describe('a project configuration in the workspace', () => {
  const outer = tempFolder();
  const workspace = path.join(outer.dir, 'newsroom');
  const configFile = path.join(workspace, 'readout.config.json');
  const configUri = pathToFileURL(configFile).href;
  let client: TestClient;
  let draft: string;

  const rewrite = async (text: string) => {
    const refreshes = client.diagnosticRefreshes;
    writeFileSync(configFile, text);
    await client.filesChanged([{ uri: configUri, type: FileChangeType.Changed }]);
    await client.waitFor('a diagnostics refresh', () => client.diagnosticRefreshes > refreshes);
  };
  const change = async (settings: Record<string, unknown>) => {
    const refreshes = client.diagnosticRefreshes;
    client.settings = settings;
    await client.settingsChanged();
    await client.waitFor('a diagnostics refresh', () => client.diagnosticRefreshes > refreshes);
  };

  before(async () => {
    mkdirSync(path.join(workspace, 'drafts', 'old'), { recursive: true });
    writeFileSync(configFile, JSON.stringify({ rules: { 'title-conflict': 'off', 'name-misspelling': 'error' } }));
    client = await TestClient.start({ workspace });
    draft = await client.open(client.uri('drafts/july.md', workspace), july2024);
  });
  after(async () => {
    await client.stop();
    outer.remove();
  });

  test('sets severities and turns codes off', async () => {
    assert.deepEqual(await codes(client, draft), ['call-participant-conflict:2', 'name-misspelling:1']);
  });

  test('is watched, with the record files', async () => {
    const watch = await client.waitFor('a file watcher registration', () => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
    const globs = (watch.registerOptions as { watchers: { globPattern: unknown }[] }).watchers.map((w) => w.globPattern);
    assert.ok(globs.includes('**/readout.config.json'), JSON.stringify(globs));
  });

  test('a severity in readout.rules wins for its code; the others keep the configuration’s', async () => {
    await change({ rules: { 'title-conflict': 'hint' } });
    assert.deepEqual(await codes(client, draft), ['call-participant-conflict:2', 'name-misspelling:1', 'title-conflict:4']);
    await change({});
    assert.deepEqual(await codes(client, draft), ['call-participant-conflict:2', 'name-misspelling:1']);
  });

  test('a change on disk re-checks the open drafts', async () => {
    await rewrite(JSON.stringify({ houseSpelling: ['Sergey'] }));
    assert.deepEqual(await codes(client, draft), [...allCodes, 'name-variant:3'].sort());
  });

  test('a broken one shows its problems where they are, and the rest of it applies', async () => {
    const text = '{\n  "rules": { "title-conflict": "off", "name-misspelling": "loud" }\n}\n';
    await rewrite(text);
    const published = await client.waitFor('a diagnostic in the configuration file', () => {
      const shown = client.published.get(configUri);
      return shown && shown.diagnostics.length > 0 ? shown : undefined;
    });
    assert.deepEqual(
      published.diagnostics.map((d) => [d.range.start, d.severity, d.message]),
      [[find(text, '"loud"'), 1, 'rules.name-misspelling: "loud" is not one of "error", "warning", "information", "hint", "off"']],
    );
    assert.deepEqual(await codes(client, draft), ['call-participant-conflict:2', 'name-misspelling:2']);
    await rewrite(JSON.stringify({ rules: { 'title-conflict': 'off' } }));
    await client.waitFor('the configuration file’s diagnostics to clear', () => client.published.get(configUri)?.diagnostics.length === 0);
  });

  test('ignored drafts get no diagnostics: the configuration’s patterns, or readout.ignore instead', async () => {
    const old = await client.open(client.uri('drafts/old/may.md', workspace), july2024);
    assert.deepEqual(await codes(client, old), ['call-participant-conflict:2', 'name-misspelling:2']);
    await rewrite(JSON.stringify({ ignore: ['drafts/old'] }));
    assert.deepEqual(await codes(client, old), []);
    assert.deepEqual(await codes(client, draft), allCodes);
    assert.deepEqual(await client.connection.sendRequest('readout/referenceDate', { uri: old }), {
      referenceDate: null, source: null, findings: 0, declined: 'it matches an ignore pattern (readout.ignore or readout.config.json)',
    });
    await change({ ignore: ['july.md'] });
    assert.deepEqual(await codes(client, old), allCodes);
    assert.deepEqual(await codes(client, draft), []);
    await change({});
  });

  test('names record files, relative to itself', async () => {
    mkdirSync(path.join(workspace, 'records'), { recursive: true });
    const desk = { people: { 'alexei-zaitsev': { name: 'Alexei Zaitsev', given: ['Alexei'], surname: ['Zaitsev'], misspellings: ['Alexei Zaitsew'], country: 'RU', description: 'Spokesman' } } };
    writeFileSync(path.join(workspace, 'records', 'desk.json'), JSON.stringify(desk));
    await rewrite(JSON.stringify({ records: ['records/desk.json'] }));
    const uri = await client.open(client.uri('drafts/zaitsev.txt', workspace), 'Alexei Zaitsew declined to comment.\n');
    assert.deepEqual(await codes(client, uri), ['name-misspelling:2']);
  });
});

describe('a project configuration in a restricted workspace', () => {
  const workspace = tempFolder();
  let client: TestClient;
  before(async () => {
    writeFileSync(path.join(workspace.dir, 'readout.config.json'), JSON.stringify({ rules: { 'title-conflict': 'off' }, ignore: ['*.md'] }));
    client = await TestClient.start({ workspace: workspace.dir, trusted: false });
  });
  after(async () => {
    await client.stop();
    workspace.remove();
  });

  test('is not read', async () => {
    const uri = await client.open(client.uri('july.md', workspace.dir), july2024);
    assert.deepEqual(await codes(client, uri), allCodes);
  });
});

describe('a project configuration above the workspace folder', () => {
  const outer = tempFolder();
  const workspace = path.join(outer.dir, 'newsroom');
  let client: TestClient;
  before(async () => {
    mkdirSync(workspace);
    writeFileSync(path.join(outer.dir, 'readout.config.json'), JSON.stringify({ rules: { 'title-conflict': 'off' } }));
    client = await TestClient.start({ workspace });
  });
  after(async () => {
    await client.stop();
    outer.remove();
  });

  test('is not read: the search stops at the workspace folder', async () => {
    const uri = await client.open(client.uri('july.md', workspace), july2024);
    assert.deepEqual(await codes(client, uri), allCodes);
  });
});
