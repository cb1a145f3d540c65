// The server process itself: how it starts, and that a failing handler does not take it down.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { serverPath, TestClient } from './client';
import { july2024 } from './drafts';

describe('the server process', () => {
  test('started without a transport, it says how to start it and exits with status 2', () => {
    const run = spawnSync(process.execPath, [serverPath], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /readout-lsp --stdio/);
  });

  describe('a request that makes a handler throw', () => {
    let client: TestClient;
    before(async () => {
      client = await TestClient.start();
    });
    after(() => client.stop());

    test('is answered with an empty result, logged, and the server goes on', async () => {
      const uri = await client.open(client.uri('july.md'), july2024);
      const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: null });
      assert.equal(hover, null);
      await client.waitFor('the error in the log', () => client.logs.some((l) => l.includes('Readout: hover failed')));
      assert.equal((await client.pull(uri)).length, 3);
      assert.equal(client.exitCode, null);
    });

    test('shuts down cleanly when asked', async () => {
      await client.stop();
      assert.equal(client.exitCode, 0);
    });
  });
});
