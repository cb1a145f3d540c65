// A JSON-RPC client that drives the built server (`dist/server.js --stdio`) the way an editor
// does: it answers the server's requests (configuration, registrations, refreshes), records
// what the server sends, and waits for conditions instead of sleeping.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type ClientCapabilities,
  CodeActionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  type CodeAction,
  type Diagnostic,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  type FileEvent,
  type Hover,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  InlayHintRefreshRequest,
  InlayHintRequest,
  type InlayHint,
  LogMessageNotification,
  type Position,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  RegistrationRequest,
  type Registration,
  ShutdownRequest,
  ExitNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentContentChangeEvent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const serverPath = path.join(repoRoot, 'dist', 'server.js');

export interface StartOptions {
  /** Advertise textDocument.diagnostic (pull diagnostics). Default true. */
  pull?: boolean;
  /** Workspace folder (a path on disk). */
  workspace?: string;
  /** The `readout` settings section the client answers workspace/configuration with (null: it has none). Default {}. */
  settings?: Record<string, unknown> | null;
  /** initializationOptions.trustedWorkspace (the VS Code client sends it). */
  trusted?: boolean;
  /** Advertise workspace/configuration (the server may pull settings). Default true. */
  configuration?: boolean;
  /** Other initializationOptions, e.g. `{ readout: {…} }` as Helix sends its `config`. */
  initializationOptions?: Record<string, unknown>;
}

export class TestClient {
  /** What the client answers for the `readout` section; change it, then call `settingsChanged()`. */
  settings: Record<string, unknown> | null;
  readonly published = new Map<string, PublishDiagnosticsParams>();
  /** Every publishDiagnostics, in order. */
  readonly publishLog: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly registrations: Registration[] = [];
  diagnosticRefreshes = 0;
  inlayHintRefreshes = 0;
  initializeResult!: InitializeResult;
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private readonly waiters = new Set<() => void>();
  private stderr = '';

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    settings: Record<string, unknown> | null,
  ) {
    this.settings = settings;
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`npm run build\` first`);
    const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new TestClient(child, connection, options.settings === undefined ? {} : options.settings);
    child.stderr.on('data', (chunk: Buffer) => {
      client.stderr += chunk.toString();
    });
    client.listen();
    connection.listen();

    const pull = options.pull ?? true;
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: options.configuration ?? true,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        inlayHint: { refreshSupport: true },
        ...(pull ? { diagnostics: { refreshSupport: true } } : {}),
      },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        inlayHint: {},
        codeAction: { dataSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        publishDiagnostics: { versionSupport: true, dataSupport: true, codeDescriptionSupport: true },
        ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
    };
    const folder = options.workspace;
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }] : null,
      capabilities,
      initializationOptions: { ...options.initializationOptions, ...(options.trusted !== undefined ? { trustedWorkspace: options.trusted } : {}) },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private listen(): void {
    const { connection } = this;
    const notify = () => {
      for (const waiter of [...this.waiters]) waiter();
    };
    connection.onRequest(ConfigurationRequest.type, (params) => {
      notify();
      return params.items.map((item) => (item.section === 'readout' ? this.settings : null));
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      notify();
    });
    connection.onRequest('client/unregisterCapability', () => undefined);
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.diagnosticRefreshes++;
      notify();
    });
    connection.onRequest(InlayHintRefreshRequest.type, () => {
      this.inlayHintRefreshes++;
      notify();
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.set(params.uri, params);
      this.publishLog.push(params);
      notify();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message);
      notify();
    });
  }

  /** Resolves with the probe's first truthy value; re-probes on every message from the server and every 20 ms. */
  async waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 10_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let busy = false;
      let done = false;
      const finish = (error: Error | undefined, value?: T) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        clearInterval(ticker);
        this.waiters.delete(check);
        if (error) reject(error);
        else resolve(value as T);
      };
      const check = () => {
        if (busy || done) return;
        busy = true;
        Promise.resolve()
          .then(probe)
          .then(
            (value) => {
              busy = false;
              if (value) finish(undefined, value);
            },
            (err: unknown) => finish(err instanceof Error ? err : new Error(String(err))),
          );
      };
      const timer = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; server log:\n${this.logs.join('\n')}\n${this.stderr}`)), timeoutMs);
      const ticker = setInterval(check, 20);
      this.waiters.add(check);
      check();
    });
  }

  uri(name: string, folder = '/drafts'): string {
    return path.isAbsolute(name) ? pathToFileURL(name).href : pathToFileURL(path.join(folder, name)).href;
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async open(uri: string, text: string, languageId = uri.endsWith('.md') ? 'markdown' : 'plaintext'): Promise<string> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Sends incremental edits (given against the current text) and applies them to the client's copy. */
  async edit(uri: string, edits: TextEdit[]): Promise<void> {
    const version = this.version(uri) + 1;
    this.versions.set(uri, version);
    let text = this.text(uri);
    const contentChanges: TextDocumentContentChangeEvent[] = [];
    // Applied last to first, so the earlier ranges stay valid; sent in the same order.
    for (const edit of [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start))) {
      text = applyEdits(text, [edit]);
      contentChanges.push({ range: edit.range, text: edit.newText });
    }
    this.texts.set(uri, text);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    this.texts.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
    return report.items;
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  async inlayHints(uri: string): Promise<InlayHint[]> {
    const end = positionAt(this.text(uri), this.text(uri).length);
    return (await this.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end } })) ?? [];
  }

  async codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
    return (actions ?? []).filter((a): a is CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
  }

  /** didChangeConfiguration: `settings` null (VS Code's way: "ask me"), or the settings pushed, e.g. `{ readout: {…} }`. */
  async settingsChanged(settings: unknown = null): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // Already gone: nothing to shut down.
    }
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.child.kill();
        resolve();
      }, 2000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }

  get exitCode(): number | null {
    return this.child.exitCode;
  }
}

export function offsetAt(text: string, position: Position): number {
  let line = 0;
  let offset = 0;
  while (line < position.line) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
    line++;
  }
  return Math.min(offset + position.character, text.length);
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Applies non-overlapping edits to a text, as an editor would. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  let out = text;
  for (const edit of sorted) out = out.slice(0, offsetAt(out, edit.range.start)) + edit.newText + out.slice(offsetAt(out, edit.range.end));
  return out;
}

/** The position of the n-th (0-based) occurrence of `needle`, plus `delta` characters. */
export function find(text: string, needle: string, delta = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found in the draft`);
  }
  return positionAt(text, at + delta);
}

/** The text a diagnostic's range covers. */
export function covered(text: string, diagnostic: Diagnostic): string {
  return text.slice(offsetAt(text, diagnostic.range.start), offsetAt(text, diagnostic.range.end));
}

/** A fresh temporary folder; `remove()` deletes it. */
export function tempFolder(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'readout-lsp-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
