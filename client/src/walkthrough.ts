// What the Getting Started walkthrough needs beyond the other commands: an example draft to try
// Readout on, a newsroom record file to start from, and the sign that a hover was seen.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/** The example draft the extension ships: a news story with a misspelling, a wrong weekday, a wrong initiator. */
const exampleDraft = ['examples', 'october-2022-calls.md'];
/** The starter record the extension ships, written to `.readout/newsroom.json`. */
const newsroomTemplate = ['client', 'media', 'newsroom-record.json'];

/** "Readout: Open Example Draft": the example as a new untitled Markdown draft, to edit freely. */
export async function openExampleDraft(extensionUri: vscode.Uri): Promise<void> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...exampleDraft));
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
  await vscode.window.showTextDocument(document);
}

/** "Readout: Add Newsroom Record": `.readout/newsroom.json` in a workspace folder, from the starter if it is not there yet. */
export async function addNewsroomRecord(extensionUri: vscode.Uri): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.length > 1 ? await vscode.window.showWorkspaceFolderPick({ placeHolder: 'The folder whose drafts the record is for' }) : folders[0];
  if (!folder) {
    if (folders.length === 0) void vscode.window.showInformationMessage('Readout: open the folder of your drafts first; its record goes in .readout/newsroom.json.');
    return;
  }
  const file = vscode.Uri.joinPath(folder.uri, '.readout', 'newsroom.json');
  const exists = await vscode.workspace.fs.stat(file).then(() => true, () => false);
  if (!exists) await vscode.workspace.fs.writeFile(file, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...newsroomTemplate)));
  await vscode.window.showTextDocument(file);
}

/** Whether a hover with the record's facts has been shown in this window. */
let hoverShown = false;

/** Sets `readout.hoverShown` at the first hover with the record's facts: the walkthrough's step is done. */
export const noteHovers: Middleware = {
  async provideHover(document, position, token, next) {
    const hover = await next(document, position, token);
    if (hover && !hoverShown) {
      hoverShown = true;
      void vscode.commands.executeCommand('setContext', 'readout.hoverShown', true);
    }
    return hover;
  },
};
