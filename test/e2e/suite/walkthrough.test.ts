// The walkthrough's commands: the example draft opens, checked, as a draft of one's own; the
// newsroom record opens where the workspace keeps it, and one already there is not overwritten.
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, settledDiagnostics, waitFor, workspaceUri } from './helpers';

suite('the walkthrough', () => {
  test('Open Example Draft: an untitled Markdown draft, checked', async () => {
    await vscode.commands.executeCommand('readout.openExampleDraft');
    const document = await waitFor('the example draft', () => {
      const d = vscode.window.activeTextEditor?.document;
      return d?.isUntitled && d.getText().includes('Llyod') ? d : undefined;
    });
    assert.equal(document.languageId, 'markdown');
    const codes = (await settledDiagnostics(document.uri, (d) => d.length >= 4)).map(codeOf);
    for (const code of ['name-misspelling', 'initiator-conflict', 'weekday-mismatch']) assert.ok(codes.includes(code), `${code} in ${codes.join(', ')}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Add Newsroom Record: opens the workspace\'s .readout/newsroom.json, as it is', async () => {
    const file = workspaceUri('.readout', 'newsroom.json');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    await vscode.commands.executeCommand('readout.addNewsroomRecord');
    const document = await waitFor('the record file in an editor', () => {
      const d = vscode.window.activeTextEditor?.document;
      return d?.uri.toString() === file.toString() ? d : undefined;
    });
    assert.equal(document.getText(), before);
  });
});
