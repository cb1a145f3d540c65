// The language server over stdio, as an editor drives it: pull diagnostics
// (`textDocument/diagnostic`), one-character edits, hovers, cold starts, memory.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  createProtocolConnection,
  DocumentDiagnosticRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  type ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
} from 'vscode-languageserver-protocol/node';
import { serverNodeFlags } from '../server/src/shared/nodeFlags';
import { edits, nameOffset } from './core';
import { summarize, type Sample } from './stats';

interface Server {
  child: ChildProcess;
  connection: ProtocolConnection;
  init: InitializeResult;
  stop(): Promise<void>;
}

async function start(serverJs: string): Promise<Server> {
  // With the node flags the VS Code client starts the server with.
  const child = spawn(process.execPath, [...serverNodeFlags, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<never>((_, reject) => child.on('exit', (code) => reject(new Error(`server exited (${code}): ${stderr.trim().split('\n')[0] ?? ''}`))));
  exited.catch(() => undefined);
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.listen();
  const init = await Promise.race([
    connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false }, hover: { contentFormat: ['markdown', 'plaintext'] }, synchronization: {} } },
    }),
    exited,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer to initialize in 10 s')), 10_000)),
  ]);
  if (!init.capabilities.diagnosticProvider) throw new Error('the server does not offer pull diagnostics (textDocument/diagnostic)');
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    child,
    connection,
    init,
    async stop() {
      child.kill();
      connection.dispose();
    },
  };
}

const uriOf = (name: string) => `file:///bench/${name}.md`;

async function diagnostics(server: Server, uri: string): Promise<number> {
  const report = await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  return report.kind === 'full' ? report.items.length : -1;
}

async function open(server: Server, uri: string, text: string): Promise<number> {
  const t0 = performance.now();
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await diagnostics(server, uri);
  return performance.now() - t0;
}

function rssMB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Number(line[1]) / 1024 : NaN;
}

export interface LspFigures {
  open: Map<number, number>;
  edit: Sample;
  hover: Sample;
  cold: Sample;
  rss: number;
  /** The same, once the server has been idle long enough for V8 to give back what the check left. */
  settledRss: number;
}

/** How long an idle server is left before its settled memory is read: V8 returns memory a few seconds into idleness. */
const SETTLE_MS = 12_000;

/** `drafts` keyed by word count; edits and hovers on the 10k-word one. */
export async function measureLsp(serverJs: string, drafts: { words: number; text: string }[], editOn: number): Promise<LspFigures> {
  const cold: number[] = [];
  const medium = drafts.find((d) => d.words === editOn)!;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const server = await start(serverJs);
    await open(server, uriOf('cold'), medium.text);
    cold.push(performance.now() - t0);
    await server.stop();
  }

  const server = await start(serverJs);
  try {
    const openTimes = new Map<number, number>();
    for (const d of drafts.filter((d) => d.words !== Math.max(...drafts.map((x) => x.words)))) openTimes.set(d.words, await open(server, uriOf(`draft-${d.words}`), d.text));

    // One-character edits in the middle paragraph, sent as the server asks (incremental or full).
    const uri = uriOf(`draft-${editOn}`);
    const sync = server.init.capabilities.textDocumentSync;
    const kind = typeof sync === 'number' ? sync : sync?.change;
    const versions = edits(medium.text, 31);
    const editTimes: number[] = [];
    let previous = medium.text;
    for (let v = 0; v < versions.length; v++) {
      const next = versions[v]!;
      let at = 0;
      while (previous[at] === next[at]) at++;
      const position = positionAt(next, at);
      const contentChanges =
        kind === TextDocumentSyncKind.Incremental ? [{ range: { start: position, end: { line: position.line, character: position.character + 1 } }, text: next[at]! }] : [{ text: next }];
      const t0 = performance.now();
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v + 2 }, contentChanges });
      await diagnostics(server, uri);
      if (v > 0) editTimes.push(performance.now() - t0); // the first is a warm-up
      previous = next;
    }

    const hoverTimes: number[] = [];
    const position = positionAt(previous, nameOffset(previous));
    for (let i = 0; i < 51; i++) {
      const t0 = performance.now();
      const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
      if (!hover) throw new Error('no hover on a name');
      if (i > 0) hoverTimes.push(performance.now() - t0);
    }

    const largest = drafts.reduce((a, b) => (b.words > a.words ? b : a));
    openTimes.set(largest.words, await open(server, uriOf(`draft-${largest.words}`), largest.text));
    const rss = rssMB(server.child.pid!);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const settledRss = rssMB(server.child.pid!);
    return { open: openTimes, edit: summarize(editTimes), hover: summarize(hoverTimes), cold: summarize(cold), rss, settledRss };
  } finally {
    await server.stop();
  }
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
