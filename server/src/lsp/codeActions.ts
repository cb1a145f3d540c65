// Code actions: each fix a finding carries, a suppression comment for the next line (Markdown),
// and fix-all for misspelt names (`source.fixAll.readout`, e.g. on save).
import {
  type CodeAction,
  CodeActionKind,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';
import { disableNextLine, type Finding, type Fix } from '../core';
import type { Feature, ServerContext } from './context';
import type { DraftCheck } from './documents';
import { guard } from './guard';

export const fixAllKind = `${CodeActionKind.SourceFixAll}.readout`;

export function registerCodeActions({ connection, drafts }: ServerContext): Feature {
  connection.onCodeAction(
    guard(connection, 'code actions', [], async (params): Promise<CodeAction[]> => {
      const check = await drafts.check(params.textDocument.uri);
      if (!check || !check.settings.enable) return [];
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
      const actions: CodeAction[] = [];
      if (wants(CodeActionKind.QuickFix)) {
        const seen = new Set<string>();
        for (const diagnostic of params.context.diagnostics) {
          const finding = currentFinding(check, diagnostic);
          if (!finding) continue;
          actions.push(...quickFixes(check, diagnostic, fixesOf(diagnostic, finding)));
          const disable = disableNextLineAction(check, diagnostic, finding);
          if (disable && !seen.has(disable.title + diagnostic.range.start.line)) {
            seen.add(disable.title + diagnostic.range.start.line);
            actions.push(disable);
          }
        }
      }
      // Fix-all once per request: a client that names no kind (Neovim, Helix) wants both kinds, and would list it twice.
      // Beside a misspelling's own fix as a quick fix, when there are others to fix with it; else as the source action.
      const besideMisspelling = wants(CodeActionKind.QuickFix) && params.context.diagnostics.some((d) => d.source === 'readout' && d.code === 'name-misspelling');
      const all = (besideMisspelling && fixAllMisspellings(check, CodeActionKind.QuickFix, 2)) || (wants(fixAllKind) && fixAllMisspellings(check, fixAllKind, 1));
      if (all) actions.push(all);
      return actions;
    }),
  );
  return { capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind] } } };
}

/** The finding behind a diagnostic, in the draft as it is now: none when the diagnostic is stale or not ours. */
function currentFinding({ document, result }: DraftCheck, diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== 'readout' || typeof diagnostic.code !== 'string') return undefined;
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return result.findings.find((f) => f.code === diagnostic.code && f.start === start && f.end === end);
}

/** The fixes the diagnostic carries in `data`; the finding's own where a client dropped `data`. */
function fixesOf(diagnostic: Diagnostic, finding: Finding): Fix[] {
  const data: unknown = diagnostic.data;
  const fixes = typeof data === 'object' && data !== null ? (data as { fixes?: unknown }).fixes : undefined;
  const valid = Array.isArray(fixes) && fixes.every((f: Partial<Fix>) => typeof f?.title === 'string' && typeof f.newText === 'string');
  return valid ? (fixes as Fix[]) : finding.fixes;
}

function quickFixes({ document }: DraftCheck, diagnostic: Diagnostic, fixes: readonly Fix[]): CodeAction[] {
  return fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    // Preferred (applied by "auto fix") only when the correction is unambiguous.
    isPreferred: fixes.length === 1,
    edit: { changes: { [document.uri]: [{ range: diagnostic.range, newText: fix.newText }] } },
  }));
}

/** The core's suppression comment above the finding's line (Markdown only). */
function disableNextLineAction({ document }: DraftCheck, diagnostic: Diagnostic, finding: Finding): CodeAction | undefined {
  const edit = disableNextLine(document.getText(), document.languageId, finding.start, finding.code);
  if (!edit) return undefined;
  const range: Range = { start: document.positionAt(edit.start), end: document.positionAt(edit.end) };
  return {
    title: `Disable ${finding.code} for the next line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [document.uri]: [{ range, newText: edit.newText }] } },
  };
}

/** One edit for every misspelt name that has a single correction; none when there are fewer than `least`. */
function fixAllMisspellings({ document, result }: DraftCheck, kind: string, least: number): CodeAction | undefined {
  const edits: TextEdit[] = [];
  let end = -1;
  for (const f of result.findings) {
    if (f.code !== 'name-misspelling' || f.fixes.length !== 1 || f.start < end) continue;
    const range: Range = { start: document.positionAt(f.start), end: document.positionAt(f.end) };
    edits.push({ range, newText: f.fixes[0]!.newText });
    end = f.end;
  }
  if (edits.length < least) return undefined;
  return { title: 'Fix all misspelt names in this draft', kind, edit: { changes: { [document.uri]: edits } } };
}
