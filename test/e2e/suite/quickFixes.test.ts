// Quick fixes, as the lightbulb offers them: applied, they change the text and the finding goes.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, describe, openDraft, readoutDiagnostics, settledDiagnostics, waitFor } from './helpers';

suite('quick fixes', () => {
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    editor = await openDraft('fixes.md');
    await settledDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'name-misspelling') && d.some((x) => codeOf(x) === 'title-conflict'));
  });

  suiteTeardown(async () => {
    // Leave the draft as it is on disk for whatever runs next.
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  /** Applies the quick fix titled `title` for the `code` finding; resolves to the finding's text before. */
  async function applyFix(code: string, title: string): Promise<string> {
    const document = editor.document;
    const diagnostic = readoutDiagnostics(document.uri).find((d) => codeOf(d) === code);
    assert.ok(diagnostic, `a ${code} finding: ${describe(readoutDiagnostics(document.uri), document)}`);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === title);
    assert.ok(fix?.edit, `"${title}" among: ${actions.map((a) => a.title).join(', ')}`);
    assert.deepEqual(fix.kind?.value, 'quickfix');
    const before = document.getText(diagnostic.range);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
    return before;
  }

  test('for a misspelling: "Llyod" becomes "Lloyd" and the finding clears', async () => {
    const before = await applyFix('name-misspelling', 'Change to "Lloyd"');
    assert.equal(before, 'Llyod');
    assert.match(editor.document.getText(), /Defence Secretary Lloyd Austin is expected/);
    const after = await settledDiagnostics(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'name-misspelling'));
    assert.ok(after.some((d) => codeOf(d) === 'title-conflict'), 'the other findings stay');
  });

  test('for a title conflict: "former" is added and the finding clears', async () => {
    const before = await applyFix('title-conflict', 'Add "former"');
    assert.equal(before, 'Defence Minister Sergei Shoigu');
    assert.match(editor.document.getText(), /former Defence Minister Sergei Shoigu spoke with Lloyd Austin/i);
    await settledDiagnostics(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'title-conflict'));
  });

  test('the edits are the only changes: the draft reads as fixed', async () => {
    await waitFor('the draft to be dirty', () => editor.document.isDirty);
    const text = editor.document.getText();
    assert.ok(!text.includes('Llyod'));
    assert.equal(text.split('\n').length, 8);
  });
});
