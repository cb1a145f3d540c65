// Readout in VS Code: starts the language server and adds what LSP has no message for —
// commands, the reference-date status bar item, the timeline view. The checking is the server's.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, State, TransportKind } from 'vscode-languageclient/node';
import { serverNodeFlags } from '../../server/src/shared/nodeFlags';
import type { InitializationOptions } from '../../server/src/shared/protocol';
import { openRecord, registerRecordDocuments } from './recordDocuments';
import { setReferenceDate } from './referenceDate';
import { ReferenceDateStatus } from './statusBar';
import { showTimeline } from './timeline';
import { addNewsroomRecord, noteHovers, openExampleDraft } from './walkthrough';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Readout');
  const languages = draftLanguages(context);
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...serverNodeFlags] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...serverNodeFlags, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
    outputChannel: output,
    middleware: noteHovers,
    // Read at each start: in a restricted workspace the server reads no workspace record files.
    initializationOptions: (): InitializationOptions => ({ trustedWorkspace: vscode.workspace.isTrusted }),
  };
  const languageClient = new LanguageClient('readout', 'Readout', serverOptions, clientOptions);
  client = languageClient;

  const status = new ReferenceDateStatus(languageClient, languages);
  context.subscriptions.push(
    output,
    status,
    registerRecordDocuments(context.extensionUri),
    vscode.commands.registerCommand('readout.restartServer', () => start(languageClient, output)),
    vscode.commands.registerCommand('readout.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('readout.openRecord', openRecord),
    vscode.commands.registerCommand('readout.showTimeline', () => showTimeline(languageClient)),
    vscode.commands.registerCommand('readout.setReferenceDate', () => setReferenceDate(languageClient, languages)),
    vscode.commands.registerCommand('readout.openExampleDraft', () => openExampleDraft(context.extensionUri)),
    vscode.commands.registerCommand('readout.addNewsroomRecord', () => addNewsroomRecord(context.extensionUri)),
    // The palette offers the commands that ask the server only while it runs (`menus.commandPalette`).
    languageClient.onDidChangeState(({ newState }) => void vscode.commands.executeCommand('setContext', 'readout.serverRunning', newState === State.Running)),
    // Not in the palette: VS Code has no API to read another extension's status bar item, so the end-to-end tests ask this.
    vscode.commands.registerCommand('readout.statusText', () => status.text),
    // Trust granted: restart so that the server reads the workspace's record files.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void start(languageClient, output)),
  );
  void start(languageClient, output);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** Starts the server, or restarts it if it runs; a failure is explained, with the way to the log. */
async function start(languageClient: LanguageClient, output: vscode.OutputChannel): Promise<void> {
  try {
    if (languageClient.isRunning()) await languageClient.restart();
    else await languageClient.start();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    output.appendLine(`[error] The Readout language server did not start: ${reason}`);
    const choice = await vscode.window.showErrorMessage(
      `Readout could not start its language server: ${reason}. Drafts are not checked until it runs.`,
      'Show Output',
      'Restart Server',
    );
    if (choice === 'Show Output') output.show(true);
    if (choice === 'Restart Server') await vscode.commands.executeCommand('readout.restartServer');
  }
}

/** The draft languages, listed once in package.json (`readout.languages`). */
function draftLanguages(context: vscode.ExtensionContext): string[] {
  const manifest = context.extension.packageJSON as { readout?: { languages?: unknown } };
  const languages = manifest.readout?.languages;
  return Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : [];
}
