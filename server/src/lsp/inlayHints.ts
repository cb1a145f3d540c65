// Inlay hints: the day a relative or year-less date resolves to, after the date.
import { type InlayHint, InlayHintRefreshRequest } from 'vscode-languageserver/node';
import type { Feature, ServerContext } from './context';
import { guard } from './guard';

export function registerInlayHints({ connection, client, drafts, records }: ServerContext): Feature {
  connection.languages.inlayHint.on(
    guard(connection, 'inlay hints', [], async (params): Promise<InlayHint[]> => {
      const check = await drafts.check(params.textDocument.uri);
      if (!check || !check.settings.enable || !check.settings.inlayHints) return [];
      const { document } = check;
      const from = document.offsetAt(params.range.start);
      const to = document.offsetAt(params.range.end);
      return records.checker
        .inlayHints(check.result, from, to)
        .map((hint) => ({ position: document.positionAt(hint.offset), label: hint.label, tooltip: hint.tooltip, paddingLeft: true }));
    }),
  );
  drafts.onInvalidated(() => {
    // A new reference date or `readout.inlayHints.enabled` changes the hints of every draft.
    if (client.inlayHintRefresh) connection.sendRequest(InlayHintRefreshRequest.type).catch(() => undefined);
  });
  return { capabilities: { inlayHintProvider: { resolveProvider: false } } };
}
