// Findings as diagnostics: pulled by clients that support LSP 3.17 pull diagnostics, pushed
// to the others. Only the newest version of a draft ever gets diagnostics.
import {
  type Diagnostic,
  DiagnosticRefreshRequest,
  DiagnosticSeverity,
  type DocumentDiagnosticReport,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
} from 'vscode-languageserver/node';
import type { Fix, Severity } from '../core';
import { findingDocsUrl } from '../node/repository';
import type { Feature, ServerContext } from './context';
import type { DraftCheck } from './documents';
import { guard, guardNotification } from './guard';

/** What a diagnostic carries for the code actions: the finding's fixes, each replacing the diagnostic's range. */
export interface FindingData {
  fixes: Fix[];
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostics({ document, result }: DraftCheck): Diagnostic[] {
  if (result.declined !== undefined) {
    const start = { line: 0, character: 0 };
    return [{ range: { start, end: start }, severity: DiagnosticSeverity.Information, source: 'readout', message: `Readout does not check this file: ${result.declined}` }];
  }
  return result.findings.map((finding) => ({
    // From offsets through the document, so a range is always inside it.
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: severities[finding.severity],
    code: finding.code,
    codeDescription: { href: findingDocsUrl(finding.code) },
    source: 'readout',
    // The core's message already cites the record's sources.
    message: finding.message,
    data: { fixes: finding.fixes } satisfies FindingData,
  }));
}

export function registerDiagnostics(ctx: ServerContext): Feature {
  return ctx.client.pullDiagnostics ? registerPull(ctx) : registerPush(ctx);
}

function registerPull({ connection, client, drafts }: ServerContext): Feature {
  const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
  connection.languages.diagnostics.on(
    guard(connection, 'diagnostics', empty, async (params, token) => {
      const uri = params.textDocument.uri;
      const check = await drafts.check(uri);
      if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Cancelled');
      if (!check) {
        if (!drafts.get(uri)) return empty;
        // The draft changed while it was being checked: the client asks again for the new version.
        return new ResponseError(LSPErrorCodes.ServerCancelled, 'The draft changed', { retriggerRequest: true });
      }
      if (params.previousResultId === check.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: check.resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId: check.resultId, items: toDiagnostics(check) };
    }),
  );
  drafts.onInvalidated(() => {
    // Sent directly (not languages.diagnostics.refresh(), typed void) so a client's error answer is caught.
    if (client.diagnosticsRefresh) connection.sendRequest(DiagnosticRefreshRequest.type).catch(() => undefined);
  });
  // Inter-file: a record file changes every draft's findings.
  return { capabilities: { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } };
}

function registerPush({ connection, drafts }: ServerContext): Feature {
  const scheduled = new Map<string, { timer: NodeJS.Timeout; since: number }>();

  const publish = guardNotification(connection, 'diagnostics', async (uri: string) => {
    const check = await drafts.check(uri);
    // Undefined or out of date: a newer version is scheduled and will be published instead.
    if (!check || drafts.get(uri) !== check.document || check.document.version !== check.version) return;
    await connection.sendDiagnostics({ uri, version: check.version, diagnostics: toDiagnostics(check) });
  });

  // A burst of edits is checked once, after the burst, at its newest version. The connection
  // handles one message per turn of the event loop, so "after the burst" is a short quiet
  // time, not the next turn; typing that never pauses is still checked every `maxWaitMs`.
  const quietMs = 20;
  const maxWaitMs = 200;
  const schedule = (uri: string) => {
    const now = Date.now();
    const previous = scheduled.get(uri);
    if (previous) clearTimeout(previous.timer);
    const since = previous?.since ?? now;
    const timer = setTimeout(() => {
      scheduled.delete(uri);
      publish(uri);
    }, Math.max(0, Math.min(quietMs, since + maxWaitMs - now)));
    scheduled.set(uri, { timer, since });
  };

  drafts.documents.onDidChangeContent(({ document }) => schedule(document.uri));
  drafts.documents.onDidClose(({ document }) => {
    clearTimeout(scheduled.get(document.uri)?.timer);
    scheduled.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  drafts.onInvalidated(() => {
    for (const document of drafts.all()) schedule(document.uri);
  });
  return {};
}
