// What the end-to-end tests share: bounded waits that poll (never a fixed sleep), the fixture
// workspace's drafts, and positions found by matching text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** The extension under test, as package.json names it (publisher.name). */
export const extensionId = 'readout.readout';

/**
 * Polls `condition` until it returns a truthy value (returned) or `timeoutMs` passes (an error
 * naming `what` and the last value seen). A condition may throw while things settle.
 */
export async function waitFor<T>(what: string, condition: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (let delay = 25; ; delay = Math.min(delay * 2, 250)) {
    try {
      const value = await condition();
      if (value) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      const seen = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${seen})`);
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** The fixture workspace folder (a throwaway copy of test/e2e/workspace). */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run in the fixture workspace');
  return folder;
}

export const workspaceUri = (...segments: string[]) => vscode.Uri.joinPath(workspaceFolder().uri, ...segments);

/** Opens a draft of the fixture workspace in an editor. */
export async function openDraft(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The position of `text`'s `occurrence`-th appearance (1-based) in a document, plus `offset` characters. */
export function positionOf(document: vscode.TextDocument, text: string, { occurrence = 1, offset = 0 } = {}): vscode.Position {
  const all = document.getText();
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = all.indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (occurrence ${occurrence}) in ${document.uri.path}`);
  }
  return document.positionAt(at + offset);
}

/** The range of `text`'s `occurrence`-th appearance. */
export function rangeOf(document: vscode.TextDocument, text: string, occurrence = 1): vscode.Range {
  const start = positionOf(document, text, { occurrence });
  return new vscode.Range(start, start.translate(0, text.length));
}

/** A diagnostic's code as a string ("name-misspelling"), whether or not it carries a link. */
export const codeOf = (d: vscode.Diagnostic): string | undefined =>
  typeof d.code === 'object' && d.code !== null ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);

/** Readout's diagnostics of a document now. */
export const readoutDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'readout');

/** A readable line per diagnostic, for assertion messages. */
export const describe = (diagnostics: readonly vscode.Diagnostic[], document?: vscode.TextDocument) =>
  diagnostics
    .map((d) => `${codeOf(d)} ${vscode.DiagnosticSeverity[d.severity]} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}${document ? ` "${document.getText(d.range)}"` : ''}`)
    .join('; ') || '(none)';

/**
 * Waits until Readout's diagnostics of `uri` satisfy `accept` and then stay the same for a
 * short quiet period (pulled diagnostics may arrive in more than one step).
 */
export async function settledDiagnostics(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean = (d) => d.length > 0, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  let last = '';
  let stableSince = Date.now();
  return waitFor(
    `diagnostics of ${uri.path.split('/').pop()} to settle`,
    () => {
      const now = readoutDiagnostics(uri);
      const key = describe(now);
      if (key !== last) {
        last = key;
        stableSince = Date.now();
        return undefined;
      }
      return accept(now) && Date.now() - stableSince >= 300 ? now : undefined;
    },
    timeoutMs,
  ).catch((err: Error) => {
    throw new Error(`${err.message}; diagnostics: ${last}`);
  });
}

/** Hover contents as one Markdown string. */
export function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n');
}

/** Activates the extension (opening a draft does too) and returns it. */
export async function activateReadout(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(extensionId);
  assert.ok(extension, `${extensionId} is installed in the extension host`);
  await extension.activate();
  return extension;
}
