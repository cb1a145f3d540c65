// The status bar: the active draft's reference date and where it came from.
// VS Code has no API to read another extension's status bar item: the extension's
// `readout.statusText` command returns the item's text (the UI test reads the item itself).
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateReadout, openDraft, settledDiagnostics, waitFor } from './helpers';

const statusCommand = 'readout.statusText';

suite('the status bar', () => {
  suiteSetup(async () => {
    await activateReadout();
    assert.ok((await vscode.commands.getCommands(true)).includes(statusCommand), `the extension registers ${statusCommand}`);
  });

  /** The item's text once it shows `pattern` (it updates after the server answers). */
  const statusShowing = (pattern: RegExp) =>
    waitFor(`the status bar to show ${pattern}`, async () => {
      const text = await vscode.commands.executeCommand<string | undefined>(statusCommand);
      return text && pattern.test(text) ? text : undefined;
    });

  test('shows the front matter date of a Markdown draft, and its findings', async () => {
    const { document } = await openDraft('belousov-call.md');
    await settledDiagnostics(document.uri, (d) => d.length >= 4);
    const text = await statusShowing(/2024-07-13/);
    assert.match(text, /^Readout: 2024-07-13 \(front matter\)/);
    assert.match(text, /4 findings/);
  });

  test('follows the active editor: the dateline of a plain-text draft', async () => {
    await openDraft('dateline.txt');
    const text = await statusShowing(/2022-10-22/);
    assert.match(text, /^Readout: 2022-10-22 \(dateline\)/);
  });
});
