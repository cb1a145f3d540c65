// `readout-lsp`: the language server. Creates the connection (`--stdio` for any LSP client,
// IPC when VS Code starts it) and registers each feature; the features call the core.
import { createConnection, type InitializeParams, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { version } from '../../../package.json';
import { registerCodeActions } from './codeActions';
import { clientSupport, type Feature, type ServerContext } from './context';
import { registerDiagnostics } from './diagnostics';
import { Drafts } from './documents';
import { describeError } from './guard';
import { registerHover } from './hover';
import { registerInlayHints } from './inlayHints';
import type { InitializationOptions } from '../shared/protocol';
import { Records } from './records';
import { registerRecords, registerSettings } from './reload';
import { registerReferenceDate } from './referenceDate';
import { Settings } from './settings';
import { registerTimeline } from './timeline';

const transports = ['--stdio', '--node-ipc', '--socket=', '--pipe='];
if (!process.argv.slice(2).some((arg) => transports.some((t) => arg.startsWith(t)))) {
  process.stderr.write(`readout-lsp ${version}: the Readout language server. Start it from an editor: readout-lsp --stdio\n`);
  process.exit(process.argv.includes('--help') || process.argv.includes('--version') ? 0 : 2);
}

const connection = createConnection(ProposedFeatures.all);
let features: Feature[] = [];

connection.onInitialize((params: InitializeParams) => {
  const client = clientSupport(params.capabilities);
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  const settings = new Settings(connection, client.configuration, params.initializationOptions);
  const records = new Records(connection, settings, {
    trusted: options.trustedWorkspace !== false,
    canRegisterWatchers: client.watchedFilesRegistration,
    relativePatterns: client.relativePatterns,
  });
  records.setFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
  const drafts = new Drafts(settings, records);
  drafts.listen(connection);
  const context: ServerContext = { connection, client, settings, records, drafts };

  features = [
    registerDiagnostics(context),
    registerHover(context),
    registerInlayHints(context),
    registerCodeActions(context),
    registerRecords(context),
    registerSettings(context),
    registerReferenceDate(context),
    registerTimeline(context),
  ];
  const capabilities = Object.assign({ textDocumentSync: TextDocumentSyncKind.Incremental }, ...features.map((f) => f.capabilities ?? {}));
  return { capabilities, serverInfo: { name: 'readout-lsp', version } };
});

connection.onInitialized(() => {
  for (const feature of features) feature.initialized?.();
});

// The last line of defence: whatever escapes a handler is logged, and the server goes on.
process.on('uncaughtException', (err) => connection.console.error(`Readout: unexpected error: ${describeError(err)}`));
process.on('unhandledRejection', (err) => connection.console.error(`Readout: unexpected error: ${describeError(err)}`));

connection.listen();
