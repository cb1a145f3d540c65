// Diagnostics over the protocol: pulled by a 3.17 client, pushed to one without pull support.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { covered, find, TestClient } from './client';
import { july2024, october2022, undated } from './drafts';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code).sort();

describe('pull diagnostics', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ pull: true });
  });
  after(() => client.stop());

  test('the server offers pull diagnostics with inter-file dependencies', () => {
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, { interFileDependencies: true, workspaceDiagnostics: false });
  });

  test('a wrong title, a wrong participant and a misspelt name are reported on the right words', async () => {
    const uri = await client.open(client.uri('july.md'), july2024);
    const diagnostics = await client.pull(uri);
    assert.deepEqual(codes(diagnostics), ['call-participant-conflict', 'name-misspelling', 'title-conflict']);
    const byCode = new Map(diagnostics.map((d) => [d.code, d]));
    assert.equal(covered(july2024, byCode.get('title-conflict')!), 'Defence Minister Sergei Shoigu');
    assert.equal(covered(july2024, byCode.get('call-participant-conflict')!), 'Sergei Shoigu');
    assert.equal(covered(july2024, byCode.get('name-misspelling')!), 'Llyod');
    assert.deepEqual(byCode.get('name-misspelling')!.range.start, find(july2024, 'Llyod'));
  });

  test('each diagnostic names its source, code, documentation, the record\'s sources and its fixes', async () => {
    const uri = client.uri('july.md');
    const misspelling = (await client.pull(uri)).find((d) => d.code === 'name-misspelling')!;
    assert.equal(misspelling.source, 'readout');
    assert.equal(misspelling.severity, 2);
    assert.equal(misspelling.codeDescription?.href, 'https://github.com/readout/readout#name-misspelling');
    assert.match(misspelling.message, /Lloyd/);
    assert.match(misspelling.message, /\[[^\]]+\]$/, 'the message cites the record\'s sources');
    assert.doesNotMatch(misspelling.message, /\[(?:printed in|Unnamed)/, 'led by an independent source, not an article');
    assert.deepEqual((misspelling.data as { fixes: unknown[] }).fixes, [{ title: 'Change to "Lloyd"', newText: 'Lloyd' }]);
  });

  test('a draft that agrees with the record has no diagnostics', async () => {
    const uri = await client.open(client.uri('october.txt'), october2022);
    assert.deepEqual(await client.pull(uri), []);
  });

  test('an edit is checked at its new version', async () => {
    const uri = await client.open(client.uri('edited.md'), july2024);
    const at = find(july2024, 'Llyod');
    await client.edit(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 5 } }, newText: 'Lloyd' }]);
    assert.deepEqual(codes(await client.pull(uri)), ['call-participant-conflict', 'title-conflict']);
  });

  test('an unchanged draft is reported unchanged to a client that has its result', async () => {
    const uri = client.uri('july.md');
    const first = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { resultId: string };
    const second = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId }) as { kind: string };
    assert.equal(second.kind, 'unchanged');
  });

  test('a relative date with no reference date is a hint', async () => {
    const uri = await client.open(client.uri('undated.txt'), undated);
    const diagnostics = await client.pull(uri);
    assert.deepEqual(codes(diagnostics), ['unresolved-date']);
    assert.equal(diagnostics[0]!.severity, 4);
  });

  test('a binary file is declined with one information diagnostic at the start', async () => {
    const uri = await client.open(client.uri('binary.txt'), 'PK\u0003\u0004\u0000\u0000 Shoigu');
    const diagnostics = await client.pull(uri);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.severity, 3);
    assert.deepEqual(diagnostics[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(diagnostics[0]!.message, /binary/);
  });

  test('a closed draft has no diagnostics; reopened, it is checked afresh', async () => {
    const uri = client.uri('reopened.md');
    await client.open(uri, july2024);
    assert.equal((await client.pull(uri)).length, 3);
    await client.close(uri);
    assert.deepEqual(await client.pull(uri), []);
    await client.open(uri, october2022, 'plaintext');
    assert.deepEqual(await client.pull(uri), []);
  });

  test('a document that was never opened has no diagnostics', async () => {
    assert.deepEqual(await client.pull(client.uri('never-opened.md')), []);
  });
});

describe('push diagnostics, for a client without pull support', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ pull: false });
  });
  after(() => client.stop());

  test('the server does not offer pull diagnostics', () => {
    assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
  });

  test('an opened draft gets its diagnostics pushed, with its version', async () => {
    const uri = await client.open(client.uri('july.md'), july2024);
    const published = await client.waitFor('diagnostics for july.md', () => client.published.get(uri));
    assert.equal(published.version, 1);
    assert.deepEqual(codes(published.diagnostics), ['call-participant-conflict', 'name-misspelling', 'title-conflict']);
  });

  test('after a burst of edits only the newest version is published, and nothing older after it', async () => {
    const uri = await client.open(client.uri('burst.md'), july2024);
    const at = find(july2024, 'next week');
    for (let i = 0; i < 50; i++) await client.edit(uri, [{ range: { start: at, end: at }, newText: 'x' }]);
    const final = client.version(uri);
    await client.waitFor(`version ${final} published`, () => client.published.get(uri)?.version === final);
    const versions = client.publishLog.filter((p) => p.uri === uri).map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'versions only go up');
    assert.ok(versions.length < 50, `a burst is checked once or a few times, not per edit (${versions.length})`);
  });

  test('a corrected name loses its diagnostic at the next version', async () => {
    const uri = client.uri('july.md');
    const at = find(july2024, 'Llyod');
    await client.edit(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 5 } }, newText: 'Lloyd' }]);
    const published = await client.waitFor('the misspelling to go', () => {
      const p = client.published.get(uri);
      return p?.version === 2 && p;
    });
    assert.deepEqual(codes(published.diagnostics), ['call-participant-conflict', 'title-conflict']);
  });

  test('closing a draft clears its diagnostics', async () => {
    const uri = client.uri('july.md');
    await client.close(uri);
    await client.waitFor('empty diagnostics after close', () => client.published.get(uri)?.diagnostics.length === 0);
  });
});
