// No network, no telemetry: the CLI and the language server run with no-network.cjs
// preloaded (net, http, https, http2, tls, dns, dgram and fetch throw on any use and leave a
// marker file), check drafts, answer hovers and every other request, reload record files and
// settings — and the marker file is never written, and no telemetry/event is ever sent.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { cliPath, tempTree } from '../cli/helpers';
import { find, TestClient } from '../lsp/client';
import { july2024 } from '../lsp/drafts';

const preload = path.join(__dirname, 'no-network.cjs');

const newsroom = `{
  "people": {
    "maria-zakharova": { "name": "Maria Zakharova", "given": ["Maria"], "surname": ["Zakharova"], "misspellings": ["Maria Zakharowa"], "country": "RU", "description": "Spokeswoman of Russia's Foreign Ministry" }
  }
}
`;

describe('no network', () => {
  const tree = tempTree({
    'drafts/july.md': july2024,
    'drafts/spokeswoman.txt': 'July 13, 2024\n\nMaria Zakharowa declined to comment.\n',
    'drafts/.readout/newsroom.json': newsroom,
  });
  const marker = path.join(tree.dir, 'network-attempts.log');
  const attempts = () => (existsSync(marker) ? readFileSync(marker, 'utf8') : '');
  /** The command lines of the processes that ran with the preload. */
  const preloaded = () => (existsSync(`${marker}.loaded`) ? readFileSync(`${marker}.loaded`, 'utf8') : '');
  const env = { ...process.env, NODE_OPTIONS: `--require ${preload}`, READOUT_NETWORK_MARKER: marker };
  after(() => tree.remove());

  test('the preload works: an attempt to connect throws and is recorded', () => {
    const probe = "require('node:http').get('http://127.0.0.1:9/');";
    const run = spawnSync(process.execPath, ['-e', probe], { env, encoding: 'utf8' });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /Readout must not touch the network: node:http\.get/);
    assert.match(attempts(), /node:http\.get/);
    for (const probe of ["require('node:dns').lookup('example.com', () => {})", "require('node:net').connect(9, '127.0.0.1')", "require('node:dgram').createSocket('udp4')", "fetch('http://127.0.0.1:9/')", "require('node:tls').connect(443, 'example.com')"]) {
      const other = spawnSync(process.execPath, ['-e', probe], { env, encoding: 'utf8' });
      assert.notEqual(other.status, 0, probe);
    }
    rmSync(marker);
  });

  test('readout check, with a workspace record and --record, in every format, opens no connection', () => {
    const record = path.join(tree.dir, 'drafts', '.readout', 'newsroom.json');
    for (const format of ['text', 'json', 'sarif']) {
      const run = spawnSync(process.execPath, [cliPath, 'check', '--format', format, '--record', record, 'drafts'], { cwd: tree.dir, env, encoding: 'utf8' });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /Zakharowa|name-misspelling/);
    }
    assert.equal(attempts(), '');
    assert.equal(preloaded().split('\n').filter((l) => l.includes(`${cliPath} check`)).length, 3, 'the CLI ran without the preload');
  });

  describe('the language server', () => {
    let client: TestClient;
    const telemetry: unknown[] = [];
    const savedOptions = process.env.NODE_OPTIONS;
    const savedMarker = process.env.READOUT_NETWORK_MARKER;
    before(async () => {
      // The test client spawns the server with this process's environment.
      process.env.NODE_OPTIONS = env.NODE_OPTIONS;
      process.env.READOUT_NETWORK_MARKER = marker;
      client = await TestClient.start({ workspace: path.join(tree.dir, 'drafts'), pull: true });
      client.connection.onNotification('telemetry/event', (event) => telemetry.push(event));
    });
    after(async () => {
      await client.stop();
      if (savedOptions === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = savedOptions;
      if (savedMarker === undefined) delete process.env.READOUT_NETWORK_MARKER;
      else process.env.READOUT_NETWORK_MARKER = savedMarker;
    });

    test('checks, hovers, inlay hints, code actions, custom requests, record reloads and settings changes open no connection and send no telemetry', async () => {
      const dir = path.join(tree.dir, 'drafts');
      const uri = await client.open(client.uri('july.md', dir), july2024);
      const diagnostics = await client.pull(uri);
      assert.ok(diagnostics.length > 0);
      assert.ok(await client.hover(uri, find(july2024, 'Shoigu')));
      assert.ok(await client.hover(uri, find(july2024, 'Friday')));
      await client.inlayHints(uri);
      await client.codeActions(uri, diagnostics);
      await client.connection.sendRequest('readout/referenceDate', { uri });
      await client.connection.sendRequest('readout/timeline', { uri, position: find(july2024, 'Shoigu') });

      const spokeswoman = await client.open(client.uri('spokeswoman.txt', dir), 'July 13, 2024\n\nMaria Zakharowa declined to comment.\n');
      assert.equal((await client.pull(spokeswoman)).filter((d) => d.code === 'name-misspelling').length, 1, 'the workspace record is in force');

      // Reload: the record file changes, breaks, and is removed.
      const record = path.join(dir, '.readout', 'newsroom.json');
      const recordUri = pathToFileURL(record).href;
      writeFileSync(record, newsroom.replace('Maria Zakharowa', 'Maria Sakharova'));
      await client.filesChanged([{ uri: recordUri, type: FileChangeType.Changed }]);
      writeFileSync(record, '{ "people": ');
      await client.filesChanged([{ uri: recordUri, type: FileChangeType.Changed }]);
      await client.waitFor('the broken record reported', () => client.published.get(recordUri)?.diagnostics.length);
      mkdirSync(path.join(dir, '.readout', 'more'), { recursive: true });
      writeFileSync(path.join(dir, '.readout', 'more', 'desk.json'), newsroom);
      await client.filesChanged([{ uri: pathToFileURL(path.join(dir, '.readout', 'more', 'desk.json')).href, type: FileChangeType.Created }]);
      client.settings = { referenceDate: '2024-07-13', houseSpelling: ['Shoigu'] };
      await client.settingsChanged();
      await client.pull(uri);
      await client.pull(spokeswoman);

      assert.equal(client.exitCode, null, 'the server is running');
      assert.equal(attempts(), '', 'the server tried to reach the network');
      assert.ok(preloaded().includes(`${path.join('dist', 'server.js')} --stdio`), 'the server ran without the preload');
      assert.deepEqual(telemetry, []);
    });
  });
});
