// Protocol abuse against the running server: edits outside the document, requests for
// documents never opened, stale versions, a burst of 1,000 edits, a 5 MB draft, binary
// content, cancelled requests, `exit` without `shutdown`, and a client that dies. The server
// never crashes, and every position it sends is inside the document it has.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  CancellationTokenSource,
  CodeActionRequest,
  createProtocolConnection,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  InlayHintRequest,
  LSPErrorCodes,
  type Range,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_DRAFT_LENGTH } from '../../server/src/core';
import { serverPath, TestClient } from './client';
import { july2024 } from './drafts';

/** The client's copy of each open document, updated exactly as the server's TextDocuments updates its own. */
class Mirror {
  private readonly docs = new Map<string, TextDocument>();

  constructor(private readonly client: TestClient) {}

  async open(name: string, text: string, languageId = name.endsWith('.md') ? 'markdown' : 'plaintext'): Promise<string> {
    const uri = this.client.uri(name);
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.client.open(uri, text, languageId);
    return uri;
  }

  /** Sends changes as given (however wrong), at `version` (default: the next one). */
  async change(uri: string, changes: TextDocumentContentChangeEvent[], version = this.get(uri).version + 1): Promise<void> {
    this.docs.set(uri, TextDocument.update(this.get(uri), changes, version));
    await this.client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  get(uri: string): TextDocument {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return doc;
  }

  text(uri: string): string {
    return this.get(uri).getText();
  }
}

/** Every range inside the text: lines that exist, characters within the line (not past its end, not inside its line break). */
function assertInside(text: string, ranges: readonly Range[], what: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const range of ranges) {
    for (const p of [range.start, range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} outside ${lines.length} lines`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line]!.length, `${what}: character ${p.character} outside line ${p.line} (${lines[p.line]!.length})`);
    }
  }
}

/** The words each diagnostic underlines, by code. */
function underlined(doc: TextDocument, diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}: ${doc.getText(d.range)}`).sort();
}

const misspelt = 'Defence Secretary Llyod Austin spoke with Sergei Shoigu on May 13, 2022.\n';

describe('protocol abuse (pull diagnostics)', () => {
  let client: TestClient;
  let mirror: Mirror;
  before(async () => {
    client = await TestClient.start({ pull: true });
    mirror = new Mirror(client);
  });
  after(() => client.stop());

  /** Pulls diagnostics and asserts they are inside the client's copy of the document. */
  const pull = async (uri: string) => {
    const diagnostics = await client.pull(uri);
    assertInside(mirror.text(uri), diagnostics.map((d) => d.range), uri);
    return diagnostics;
  };

  test('edits with ranges outside the document are clamped into it; diagnostics stay inside', async () => {
    const uri = await mirror.open('outside.md', july2024);
    const wild: Range[] = [
      { start: { line: 1000, character: 0 }, end: { line: 1000, character: 5 } },
      { start: { line: 2, character: 9999 }, end: { line: 3, character: 9999 } },
      { start: { line: 5, character: 10 }, end: { line: 2, character: 0 } }, // end before start
      { start: { line: -1, character: -5 }, end: { line: 0, character: 3 } }, // negative
      { start: { line: 0, character: 0 }, end: { line: 100_000, character: 100_000 } }, // the whole document
    ];
    for (const range of wild) {
      await mirror.change(uri, [{ range, text: 'Llyod Austin met Shoigu on Friday.\n' }]);
      const diagnostics = await pull(uri);
      assert.ok(underlined(mirror.get(uri), diagnostics).includes('name-misspelling: Llyod'), `after an edit at ${JSON.stringify(range)}`);
    }
    assert.equal(client.exitCode, null);
  });

  test('an edit that splits a \\r\\n or a surrogate pair leaves no diagnostic inside a line break', async () => {
    const uri = await mirror.open('split.txt', 'July 13, 2024\r\n\r\n😀Defence Secretary Llyod Austin spoke with Sergei Shoigu on Friday.\r\n');
    await mirror.change(uri, [{ range: { start: { line: 0, character: 14 }, end: { line: 0, character: 14 } }, text: 'x' }]); // between \r and \n
    await mirror.change(uri, [{ range: { start: { line: 2, character: 1 }, end: { line: 2, character: 1 } }, text: '\n' }]); // inside 😀
    const diagnostics = await pull(uri);
    assert.ok(underlined(mirror.get(uri), diagnostics).includes('name-misspelling: Llyod'));
  });

  test('requests and notifications for documents never opened answer empty and do not crash the server', async () => {
    const uri = client.uri('never-opened.md');
    const position = { line: 0, character: 0 };
    const range = { start: position, end: position };
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), null);
    assert.deepEqual((await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range })) ?? [], []);
    assert.deepEqual((await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [] } })) ?? [], []);
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    assert.deepEqual(report, { kind: 'full', items: [] });
    assert.equal(await client.connection.sendRequest('readout/referenceDate', { uri }), null);
    assert.equal(await client.connection.sendRequest('readout/timeline', { uri, position }), null);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 7 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    // Requests with missing or malformed parameters are answered (with an error at worst), not fatal.
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'not a uri' }, position: { line: -3, character: 1e12 } }).catch(() => undefined);
    await client.connection.sendRequest('textDocument/hover', {}).catch(() => undefined);
    await client.connection.sendRequest('readout/timeline', null).catch(() => undefined);
    const alive = await mirror.open('alive.md', misspelt);
    assert.deepEqual(underlined(mirror.get(alive), await pull(alive)), ['name-misspelling: Llyod']);
  });

  test('a stale version arriving after a newer one is ignored: the newer version wins', async () => {
    const uri = await mirror.open('stale.md', misspelt);
    const newest = 'Defence Secretary Lloyd Austin spoke with Sergei Shoigu on May 13, 2022.\n';
    await mirror.change(uri, [{ text: newest }], 5);
    // Version 3 arrives late: a full replacement that would bring the misspelling back.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text: misspelt }] });
    assert.deepEqual(await pull(uri), [], 'the stale version replaced the newer text');
    assert.deepEqual(await client.connection.sendRequest('readout/referenceDate', { uri }), { referenceDate: null, source: null, findings: 0 });
    // And the next version after the newest is applied as usual.
    await mirror.change(uri, [{ range: { start: { line: 0, character: 18 }, end: { line: 0, character: 23 } }, text: 'Llyod' }], 6);
    assert.deepEqual(underlined(mirror.get(uri), await pull(uri)), ['name-misspelling: Llyod']);
  });

  test('binary content is declined with one information diagnostic, or checked; never a crash', async () => {
    const bytes = readFileSync(process.execPath).subarray(0, 64 * 1024);
    const uri = await mirror.open('binary.md', bytes.toString('latin1'));
    const diagnostics = await pull(uri);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.severity, 3);
    assert.match(diagnostics[0]!.message, /binary/);
    const garbage = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
    const other = await mirror.open('garbage.txt', garbage);
    await pull(other);
  });

  test(`a draft over the size limit (${MAX_DRAFT_LENGTH.toLocaleString('en-US')} characters) is declined with one information diagnostic, and the server stays responsive`, async () => {
    const big = `---\ndate: 2024-07-13\n---\n\n${misspelt.repeat(Math.ceil((5 * 1024 * 1024) / misspelt.length))}`;
    const uri = await mirror.open('five-megabytes.md', big);
    const diagnostics = await pull(uri);
    assert.equal(diagnostics.length, 1);
    assert.deepEqual(diagnostics[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(diagnostics[0]!.severity, 3);
    assert.match(diagnostics[0]!.message, /Readout does not check this file: This draft has 5,\d{3},\d{3} characters; Readout checks drafts of up to 2,000,000/);
    const small = await mirror.open('small.md', misspelt);
    assert.deepEqual(underlined(mirror.get(small), await pull(small)), ['name-misspelling: Llyod']);
    assert.equal(await client.hover(uri, { line: 10, character: 20 }), null);
    // An edit that brings it under the limit is checked again.
    await mirror.change(uri, [{ range: { start: { line: 6, character: 0 }, end: { line: 100_000, character: 0 } }, text: '' }]);
    assert.deepEqual(underlined(mirror.get(uri), await pull(uri)), ['name-misspelling: Llyod', 'name-misspelling: Llyod']);
  });

  test('a cancelled request is answered (cancelled or complete) and the server goes on', async () => {
    const text = `---\ndate: 2022-10-24\n---\n\n${'Lloyd Austin spoke with his Russian counterpart, Defence Minister Sergei Shoigu, on Friday.\n\n'.repeat(15_000)}`;
    const uri = await mirror.open('cancelled.md', text);
    const answers = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const source = new CancellationTokenSource();
        const pending = client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }, source.token);
        source.cancel();
        return pending.then(
          () => 'answered',
          (err: { code?: number }) => (err.code === LSPErrorCodes.RequestCancelled || err.code === LSPErrorCodes.ServerCancelled ? 'cancelled' : `error ${err.code}`),
        );
      }),
    );
    for (const answer of answers) assert.ok(answer === 'answered' || answer === 'cancelled', answer);
    const source = new CancellationTokenSource();
    const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 2 } }, source.token);
    source.cancel();
    await hover.catch(() => undefined);
    await pull(uri);
    const small = await mirror.open('after-cancel.md', misspelt);
    assert.deepEqual(underlined(mirror.get(small), await pull(small)), ['name-misspelling: Llyod']);
  });
});

describe('protocol abuse (pushed diagnostics)', () => {
  let client: TestClient;
  let mirror: Mirror;
  before(async () => {
    client = await TestClient.start({ pull: false });
    mirror = new Mirror(client);
  });
  after(() => client.stop());

  test('1,000 edits in a burst: only the newest version gets diagnostics, never an older one after it, and memory stays bounded', async () => {
    const base = `---\ndate: 2024-07-13\n---\n\n${'Defence Secretary Lloyd Austin spoke with Andrei Belousov on Friday.\n\n'.repeat(200)}`;
    const uri = await mirror.open('burst.md', base);
    await client.waitFor('the first diagnostics', () => client.published.get(uri)?.version === 1);
    const rssBefore = residentMegabytes(client);
    const texts = new Map<number, string>([[1, base]]);
    const start = client.publishLog.length;
    const edits: Promise<void>[] = [];
    for (let i = 0; i < 1000; i++) {
      // Each edit rewrites a word of paragraph i % 200: a new paragraph text every time.
      const line = 4 + 2 * (i % 200);
      const word = i % 2 === 0 ? 'Llyod' : 'Lloyd';
      edits.push(mirror.change(uri, [{ range: { start: { line, character: 18 }, end: { line, character: 23 } }, text: word }]));
      texts.set(mirror.get(uri).version, mirror.text(uri));
    }
    await Promise.all(edits);
    const newest = mirror.get(uri).version;
    assert.equal(newest, 1001);
    const last = await client.waitFor('diagnostics of the newest version', () => (client.published.get(uri)?.version === newest ? client.published.get(uri) : undefined));
    const published = client.publishLog.slice(start).filter((p) => p.uri === uri);
    const versions = published.map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'an older version was published after a newer one');
    assert.ok(published.length < 100, `${published.length} publications for 1,000 edits`);
    for (const p of published) assertInside(texts.get(p.version!)!, p.diagnostics.map((d) => d.range), `version ${p.version}`);
    const doc = mirror.get(uri);
    assert.deepEqual(
      last.diagnostics.map((d) => doc.getText(d.range)),
      [...doc.getText().matchAll(/Llyod/g)].map((m) => m[0]),
      'the newest version is the one checked',
    );
    await sleep(200);
    assert.equal(client.publishLog.slice(start).filter((p) => p.uri === uri).at(-1)!.version, newest, 'nothing older arrived later');
    const rssAfter = residentMegabytes(client);
    assert.ok(rssAfter < Math.max(300, rssBefore * 3), `resident memory ${rssBefore} MB → ${rssAfter} MB`);
  });
});

/** The server's resident memory, from /proc (Linux), or 0 where it cannot be read. */
function residentMegabytes(client: TestClient): number {
  const pid = (client as unknown as { child: { pid: number } }).child.pid;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Starts the built server by hand, for what the test client never does: dying, or leaving without shutdown. */
async function rawServer(processId: number | null) {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: 'pipe' });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId, rootUri: null, workspaceFolders: null, capabilities: {} });
  await connection.sendNotification(InitializedNotification.type, {});
  return { child, connection, exited };
}

/** Resolves with the exit code, or rejects after `ms`. */
const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, sleep(ms, undefined, { ref: false }).then(() => Promise.reject(new Error(`${what}: still running after ${ms} ms`)))]);

describe('the server process', () => {
  test('`exit` without `shutdown`: the server exits, with status 1 as LSP asks', async () => {
    const { connection, exited } = await rawServer(process.pid);
    await connection.sendNotification(ExitNotification.type);
    assert.equal(await within(exited, 5000, 'exit without shutdown'), 1);
    connection.dispose();
  });

  test('the client dies and its end of stdin closes: the server exits', async () => {
    const { child, connection, exited } = await rawServer(process.pid);
    child.stdin.end();
    assert.notEqual(await within(exited, 5000, 'stdin closed'), null);
    connection.dispose();
  });

  test('the client process (initialize processId) dies while the pipes stay open: the server exits within seconds', async () => {
    const parent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    const { connection, exited } = await rawServer(parent.pid!);
    parent.kill('SIGKILL');
    assert.notEqual(await within(exited, 10_000, 'client process gone'), null);
    connection.dispose();
  });
});
