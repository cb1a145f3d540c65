// The loop itself: the suite runs in VS Code's extension host, in the fixture workspace, with
// Readout loaded from the repository.
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { extensionId, openDraft, workspaceFolder } from './helpers';

suite('the workbench', () => {
  test('opens the fixture workspace with its record folder', async () => {
    const folder = workspaceFolder();
    const record = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, '.readout', 'newsroom.json'));
    assert.equal(record.type, vscode.FileType.File);
  });

  test('has Readout from the repository among its extensions', () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is loaded (extensionDevelopmentPath)`);
    assert.equal(extension.packageJSON.name, 'readout');
  });

  test('opens a Markdown draft as Markdown', async () => {
    const editor = await openDraft('belousov-call.md');
    assert.equal(editor.document.languageId, 'markdown');
  });
});
