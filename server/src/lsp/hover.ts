// Hovers: the core describes the person, date, title or reference date under the cursor.
import { type Hover, MarkupKind } from 'vscode-languageserver/node';
import type { Feature, ServerContext } from './context';
import { guard } from './guard';

export function registerHover({ connection, drafts, records }: ServerContext): Feature {
  connection.onHover(
    guard(connection, 'hover', null, async (params): Promise<Hover | null> => {
      const check = await drafts.check(params.textDocument.uri);
      if (!check || !check.settings.enable) return null;
      const hover = records.checker.hover(check.result, check.document.offsetAt(params.position));
      if (!hover) return null;
      const range = { start: check.document.positionAt(hover.start), end: check.document.positionAt(hover.end) };
      return { contents: { kind: MarkupKind.Markdown, value: hover.contents }, range };
    }),
  );
  return { capabilities: { hoverProvider: true } };
}
