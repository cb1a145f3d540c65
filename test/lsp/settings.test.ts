// `readout.*` settings: read per document through workspace/configuration, re-read when the
// client says they changed, and then every draft is checked again.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestClient } from './client';
import { july2024, undated } from './drafts';

describe('settings', () => {
  let client: TestClient;
  let july: string;
  let plain: string;
  before(async () => {
    client = await TestClient.start({ settings: {} });
    july = await client.open(client.uri('july.md'), july2024);
    plain = await client.open(client.uri('undated.txt'), undated);
  });
  after(() => client.stop());

  const change = async (settings: Record<string, unknown>) => {
    const refreshes = client.diagnosticRefreshes;
    client.settings = settings;
    await client.settingsChanged();
    await client.waitFor('a diagnostics refresh', () => client.diagnosticRefreshes > refreshes);
  };
  const codes = async (uri: string) => (await client.pull(uri)).map((d) => `${d.code}:${d.severity}`).sort();

  test('the server registers for changes of the readout section', async () => {
    await client.waitFor('a configuration registration', () => client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'));
  });

  test('readout.rules turns a code off, or changes its severity', async () => {
    assert.deepEqual(await codes(july), ['call-participant-conflict:2', 'name-misspelling:2', 'title-conflict:2']);
    await change({ rules: { 'title-conflict': 'off', 'name-misspelling': 'error', 'not-a-code': 'off' } });
    assert.deepEqual(await codes(july), ['call-participant-conflict:2', 'name-misspelling:1']);
    await change({});
    assert.deepEqual(await codes(july), ['call-participant-conflict:2', 'name-misspelling:2', 'title-conflict:2']);
  });

  test('readout.referenceDate dates a draft that has no date of its own', async () => {
    assert.deepEqual(await codes(plain), ['unresolved-date:4']);
    await change({ referenceDate: '2024-07-13' });
    assert.deepEqual(await client.connection.sendRequest('readout/referenceDate', { uri: plain }), { referenceDate: '2024-07-13', source: 'setting', findings: 2 });
    assert.deepEqual(await codes(plain), ['call-participant-conflict:2', 'title-conflict:2']);
    await change({ referenceDate: 'not a date' });
    assert.deepEqual(await codes(plain), ['unresolved-date:4']);
  });

  test('readout.houseSpelling flags other transliterations', async () => {
    const uri = await client.open(client.uri('variant.md'), july2024.replace('Sergei Shoigu', 'Sergey Shoigu'));
    assert.ok(!(await codes(uri)).some((c) => c.startsWith('name-variant')));
    await change({ houseSpelling: ['Sergei'] });
    assert.ok((await codes(uri)).includes('name-variant:3'));
    await change({});
  });

  test('readout.inlayHints.enabled turns the hints off, and the client is asked to refresh them', async () => {
    assert.equal((await client.inlayHints(july)).length, 1);
    const refreshes = client.inlayHintRefreshes;
    await change({ inlayHints: { enabled: false } });
    await client.waitFor('an inlay hint refresh', () => client.inlayHintRefreshes > refreshes);
    assert.deepEqual(await client.inlayHints(july), []);
    await change({});
  });

  test('readout.enable turns Readout off for the draft', async () => {
    await change({ enable: false });
    assert.deepEqual(await client.pull(july), []);
    assert.equal(await client.hover(july, { line: 6, character: 20 }), null);
    await change({});
    assert.equal((await client.pull(july)).length, 3);
  });

  test('settings are read per document', async () => {
    client.settings = { rules: { 'title-conflict': 'off' } };
    // A draft opened after the change reads the new settings; the open ones keep their cached ones until told.
    const uri = await client.open(client.uri('later.md'), july2024);
    assert.deepEqual(await codes(uri), ['call-participant-conflict:2', 'name-misspelling:2']);
    assert.equal((await client.pull(july)).length, 3);
    await change({});
  });
});

// Clients give settings by different channels: VS Code and Eglot answer workspace/configuration,
// Neovim 0.7 can only give them at start, Helix gives its `config` at start and pushes it.
describe('settings from every channel', () => {
  const titleOff = { rules: { 'title-conflict': 'off' } };
  const defaults = ['call-participant-conflict:2', 'name-misspelling:2', 'title-conflict:2'];
  const codesOf = async (client: TestClient) => (await client.pull(await client.open(client.uri('july.md'), july2024))).map((d) => `${d.code}:${d.severity}`).sort();
  const withClient = async (options: Parameters<typeof TestClient.start>[0], use: (client: TestClient) => Promise<void>) => {
    const client = await TestClient.start(options);
    try {
      await use(client);
    } finally {
      await client.stop();
    }
  };

  for (const [shape, initializationOptions] of [['{ readout }', { readout: titleOff }], ['{ settings: { readout } }', { settings: { readout: titleOff } }]] as const) {
    test(`initializationOptions ${shape}, from a client that cannot be asked`, () =>
      withClient({ configuration: false, initializationOptions }, async (client) => {
        assert.deepEqual(await codesOf(client), ['call-participant-conflict:2', 'name-misspelling:2']);
      }));
  }

  test('malformed initializationOptions leave the defaults', () =>
    withClient({ configuration: false, initializationOptions: { readout: 'all', settings: [1] } }, async (client) => {
      assert.deepEqual(await codesOf(client), defaults);
    }));

  test('initializationOptions apply when the client answers workspace/configuration with nothing', () =>
    withClient({ settings: null, initializationOptions: { readout: titleOff } }, async (client) => {
      assert.deepEqual(await codesOf(client), ['call-participant-conflict:2', 'name-misspelling:2']);
    }));

  test('a workspace/configuration answer takes precedence over initializationOptions', () =>
    withClient({ settings: { rules: { 'name-misspelling': 'error' } }, initializationOptions: { readout: titleOff } }, async (client) => {
      assert.deepEqual(await codesOf(client), ['call-participant-conflict:2', 'name-misspelling:1', 'title-conflict:2']);
    }));

  test('didChangeConfiguration pushes settings.readout; a push without it restores the defaults', () =>
    withClient({ configuration: false }, async (client) => {
      const july = await client.open(client.uri('july.md'), july2024);
      const codes = async () => (await client.pull(july)).map((d) => `${d.code}:${d.severity}`).sort();
      const push = async (settings: unknown) => {
        const refreshes = client.diagnosticRefreshes;
        await client.settingsChanged(settings);
        await client.waitFor('a diagnostics refresh', () => client.diagnosticRefreshes > refreshes);
      };
      assert.deepEqual(await codes(), defaults);
      await push({ readout: { rules: { 'name-misspelling': 'off' }, houseSpelling: ['Sergey'] } });
      assert.deepEqual(await codes(), ['call-participant-conflict:2', 'name-variant:3', 'title-conflict:2']);
      await push({ other: true });
      assert.deepEqual(await codes(), defaults);
    }));

  test('a null push from a client that can be asked keeps what initializationOptions gave', () =>
    withClient({ settings: null, initializationOptions: { readout: titleOff } }, async (client) => {
      const july = await client.open(client.uri('july.md'), july2024);
      assert.equal((await client.pull(july)).length, 2);
      const refreshes = client.diagnosticRefreshes;
      await client.settingsChanged(null);
      await client.waitFor('a diagnostics refresh', () => client.diagnosticRefreshes > refreshes);
      assert.equal((await client.pull(july)).length, 2);
    }));
});
