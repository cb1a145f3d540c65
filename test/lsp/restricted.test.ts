// Restricted mode at the protocol level: the VS Code client passes
// `initializationOptions.trustedWorkspace: vscode.workspace.isTrusted`. Untrusted, the server
// checks against the embedded record only, reads no workspace record file (not even to find
// its errors), watches none, and says so visibly: a message once, a note in each file.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { FileChangeType, type ShowMessageParams } from 'vscode-languageserver-protocol';
import { restrictedNote } from '../../server/src/lsp/records';
import { covered, tempFolder, TestClient } from './client';

const person = (id: string, given: string, surname: string, misspelling: string) =>
  `{ "people": { "${id}": { "name": "${given} ${surname}", "given": ["${given}"], "surname": ["${surname}"], "misspellings": ["${given} ${misspelling}"], "country": "RU", "description": "A spokesperson" } } }\n`;

const draft = 'July 13, 2024\n\nAlexei Zaitsew and Igor Konashenkow declined to comment. Defence Secretary Llyod Austin was travelling.\n';

/** A workspace with a `.readout/` record, a broken one, and a record named in readout.record.files. */
function workspace() {
  const folder = tempFolder();
  mkdirSync(path.join(folder.dir, '.readout'));
  mkdirSync(path.join(folder.dir, 'records'));
  writeFileSync(path.join(folder.dir, '.readout', 'newsroom.json'), person('alexei-zaitsev', 'Alexei', 'Zaitsev', 'Zaitsew'));
  writeFileSync(path.join(folder.dir, '.readout', 'broken.json'), '{ "people": ');
  writeFileSync(path.join(folder.dir, 'records', 'desk.json'), person('igor-konashenkov', 'Igor', 'Konashenkov', 'Konashenkow'));
  return folder;
}

async function start(trusted: boolean | undefined, dir: string) {
  const client = await TestClient.start({ workspace: dir, trusted, settings: { record: { files: ['records/desk.json'] } } });
  const messages: ShowMessageParams[] = [];
  client.connection.onNotification('window/showMessage', (params: ShowMessageParams) => messages.push(params));
  const uri = await client.open(client.uri('draft.txt', dir), draft);
  const misspelt = async () => (await client.pull(uri)).filter((d) => d.code === 'name-misspelling').map((d) => covered(draft, d));
  return { client, messages, misspelt };
}

/** A server on a new workspace, started before the tests of the describe block that calls this and stopped after them. */
function serverFor(trusted: boolean | undefined) {
  const folder = workspace();
  const server = { dir: folder.dir, session: undefined as unknown as Awaited<ReturnType<typeof start>> };
  before(async () => {
    server.session = await start(trusted, folder.dir);
  });
  after(async () => {
    await server.session.client.stop();
    folder.remove();
  });
  return server;
}

describe('a restricted (untrusted) workspace', () => {
  const server = serverFor(false);
  const newsroom = pathToFileURL(path.join(server.dir, '.readout', 'newsroom.json')).href;
  const broken = pathToFileURL(path.join(server.dir, '.readout', 'broken.json')).href;

  test('drafts are checked against the embedded record only: neither .readout/ nor readout.record.files is used', async () => {
    assert.deepEqual(await server.session.misspelt(), ['Llyod']);
  });

  test('each workspace record file carries a note that it is not in force, and nothing else (it is not read)', async () => {
    const { client } = server.session;
    for (const uri of [newsroom, broken]) {
      const published = await client.waitFor(`the note in ${uri}`, () => client.published.get(uri));
      assert.deepEqual(
        published.diagnostics.map((d) => ({ message: d.message, severity: d.severity, range: d.range })),
        [{ message: restrictedNote, severity: 3, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }],
      );
    }
  });

  test('the client is told once, with the files and what to do', async () => {
    const { client, messages } = server.session;
    const [message] = await client.waitFor('a message', () => messages.length > 0 && messages);
    assert.equal(message!.type, 3);
    assert.match(message!.message, /restricted/);
    assert.match(message!.message, /\.readout\/broken\.json, \.readout\/newsroom\.json/);
    assert.match(message!.message, /Trust the workspace/);
  });

  test('no file is watched, and changes to record files or settings do not bring them in', async () => {
    const { client, messages, misspelt } = server.session;
    assert.ok(!client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));
    await client.filesChanged([{ uri: newsroom, type: FileChangeType.Changed }]);
    await client.settingsChanged();
    assert.deepEqual(await misspelt(), ['Llyod']);
    assert.equal(messages.length, 1, 'the message is shown once');
    assert.equal(client.published.get(broken)!.diagnostics[0]!.message, restrictedNote, 'the broken file was not read');
  });
});

for (const trusted of [true, undefined]) {
  describe(`a trusted workspace (trustedWorkspace: ${String(trusted)})`, () => {
    const server = serverFor(trusted);

    test('uses the workspace record files, shows their errors, and no restricted-mode note', async () => {
      const { client, messages, misspelt } = server.session;
      assert.deepEqual(await misspelt(), ['Zaitsew', 'Konashenkow', 'Llyod']);
      const broken = pathToFileURL(path.join(server.dir, '.readout', 'broken.json')).href;
      const published = await client.waitFor('the broken file\'s error', () => client.published.get(broken));
      assert.equal(published.diagnostics[0]!.severity, 1);
      assert.match(published.diagnostics[0]!.message, /JSON syntax error/);
      assert.deepEqual(messages, []);
    });
  });
}
