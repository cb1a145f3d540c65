// Hovers: the core describes the person, date, title or reference date under the cursor.
import { type Hover, MarkupKind } from 'vscode-languageserver/node';
import type { Feature, ServerContext } from './context';
import { guard } from './guard';

export function registerHover({ connection, drafts, records }: ServerContext): Feature {
  connection.onHover(
    guard(connection, 'hover', null, async (params): Promise<Hover | null> => {
      const check = await drafts.check(params.textDocument.uri);
      if (!check || !check.settings.enable) return null;
      const markdown = records.checker.hover(check.result, check.document.offsetAt(params.position));
      return markdown ? { contents: { kind: MarkupKind.Markdown, value: markdown } } : null;
    }),
  );
  return { capabilities: { hoverProvider: true } };
}
