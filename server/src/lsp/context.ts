// What every feature is given: the connection, what the client can do, and the shared state.
import type { ClientCapabilities, Connection, ServerCapabilities } from 'vscode-languageserver/node';
import type { Drafts } from './documents';
import type { Records } from './records';
import type { Settings } from './settings';

/** The client capabilities the features branch on, read once from `initialize`. */
export interface ClientSupport {
  /** textDocument/diagnostic (LSP 3.17): the client pulls; otherwise the server pushes. */
  pullDiagnostics: boolean;
  diagnosticsRefresh: boolean;
  inlayHintRefresh: boolean;
  configuration: boolean;
  configurationRegistration: boolean;
  watchedFilesRegistration: boolean;
  relativePatterns: boolean;
  workspaceFolders: boolean;
}

export function clientSupport(capabilities: ClientCapabilities): ClientSupport {
  const { textDocument, workspace } = capabilities;
  return {
    pullDiagnostics: textDocument?.diagnostic !== undefined,
    diagnosticsRefresh: workspace?.diagnostics?.refreshSupport === true,
    inlayHintRefresh: workspace?.inlayHint?.refreshSupport === true,
    configuration: workspace?.configuration === true,
    configurationRegistration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesRegistration: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    relativePatterns: workspace?.didChangeWatchedFiles?.relativePatternSupport === true,
    workspaceFolders: workspace?.workspaceFolders === true,
  };
}

export interface ServerContext {
  connection: Connection;
  client: ClientSupport;
  settings: Settings;
  records: Records;
  drafts: Drafts;
}

/** What a feature's `register…` function returns: the capabilities it adds, and work for after `initialized`. */
export interface Feature {
  capabilities?: ServerCapabilities;
  initialized?(): void;
}
