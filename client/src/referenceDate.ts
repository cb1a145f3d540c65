// "Readout: Set Reference Date": for Markdown, the front matter `date:`; for plain text, the
// `readout.referenceDate` workspace setting (used where a draft has no dateline).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isIsoDay } from '../../server/src/shared/dates';
import { ReferenceDateRequest } from '../../server/src/shared/protocol';
import { setFrontMatterDate } from './frontMatter';

export async function setReferenceDate(client: LanguageClient, languages: readonly string[]): Promise<void> {
  // The active draft, else a draft in view: run from the walkthrough, no text editor is active.
  const document = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find((e) => e && languages.includes(e.document.languageId))?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Readout: open a Markdown or plain-text draft to set its reference date.');
    return;
  }
  const markdown = document.languageId === 'markdown';
  const current = client.isRunning()
    ? await client.sendRequest(ReferenceDateRequest, { uri: client.code2ProtocolConverter.asUri(document.uri) }).then(undefined, () => null)
    : null;
  const value = await vscode.window.showInputBox({
    title: 'Readout: Set Reference Date',
    prompt: markdown
      ? 'The date the draft is written on (YYYY-MM-DD). It is written to the front matter as `date:`.'
      : 'The date the drafts are written on (YYYY-MM-DD), for drafts without a dateline. It is kept in the workspace setting readout.referenceDate; leave it empty to clear it.',
    value: current?.referenceDate ?? new Date().toISOString().slice(0, 10),
    validateInput: (input) => {
      const date = input.trim();
      if (date === '' && !markdown) return undefined;
      return isIsoDay(date) ? undefined : 'A date written YYYY-MM-DD, e.g. 2022-10-22';
    },
  });
  if (value === undefined) return;
  const date = value.trim();
  if (markdown) {
    const change = setFrontMatterDate(document.getText(), date);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText);
    await vscode.workspace.applyEdit(edit);
  } else {
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration('readout', document.uri).update('referenceDate', date === '' ? undefined : date, target);
  }
}
