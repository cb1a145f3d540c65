// The project configuration: a `readout.config.json` written into the workspace turns a code
// off for its drafts, VS Code validates it with the contributed schema, and removing it brings
// the code back.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, describe, openDraft, readoutDiagnostics, settledDiagnostics, waitFor, workspaceUri } from './helpers';

suite('the project configuration', () => {
  const configUri = () => workspaceUri('readout.config.json');
  let draft: vscode.TextDocument;

  const write = (config: object) => vscode.workspace.fs.writeFile(configUri(), new TextEncoder().encode(`${JSON.stringify(config, null, 2)}\n`));

  suiteSetup(async () => {
    draft = (await openDraft('belousov-call.md')).document;
    await settledDiagnostics(draft.uri, (d) => d.some((x) => codeOf(x) === 'weekday-mismatch'));
  });

  suiteTeardown(async () => {
    // The last test removes the file; one that failed before it may have left it behind.
    const left = await vscode.workspace.fs.stat(configUri()).then(() => true, () => false);
    if (left) await vscode.workspace.fs.delete(configUri());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('readout.config.json turns a code off for the drafts below it', async () => {
    await write({ rules: { 'weekday-mismatch': 'off' } });
    const diagnostics = await settledDiagnostics(draft.uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'weekday-mismatch'));
    assert.deepEqual([...new Set(diagnostics.map(codeOf))].sort(), ['name-misspelling', 'title-conflict'], describe(diagnostics, draft));
  });

  test('an unknown code is flagged in the file, by Readout and by the schema, and the rest still applies', async () => {
    await write({ rules: { 'weekday-mismatch': 'off', 'no-such-code': 'off' } });
    const config = await vscode.workspace.openTextDocument(configUri());
    await vscode.window.showTextDocument(config, { preview: false });
    const line = config.positionAt(config.getText().indexOf('"no-such-code"')).line;
    const problem = await waitFor('Readout\'s error in the configuration file', () => readoutDiagnostics(config.uri)[0]);
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(problem.range.start.line, line);
    assert.match(problem.message, /unknown finding code "no-such-code"/);
    await waitFor('the JSON schema\'s warning', () => vscode.languages.getDiagnostics(config.uri).some((d) => d.source !== 'readout' && d.range.start.line === line));
    assert.ok(!readoutDiagnostics(draft.uri).some((d) => codeOf(d) === 'weekday-mismatch'));
  });

  test('without the file, the code is back', async () => {
    await vscode.workspace.fs.delete(configUri());
    await settledDiagnostics(draft.uri, (d) => d.some((x) => codeOf(x) === 'weekday-mismatch'));
  });
});
