// Settings: `readout.rules` turns a code off (and changes a severity); the drafts are re-checked at once.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, describe, openDraft, settledDiagnostics } from './helpers';

suite('settings', () => {
  let document: vscode.TextDocument;
  const readout = () => vscode.workspace.getConfiguration('readout', document.uri);
  const setRules = (rules: Record<string, string> | undefined) => readout().update('rules', rules, vscode.ConfigurationTarget.Workspace);

  suiteSetup(async () => {
    document = (await openDraft('belousov-call.md')).document;
    await settledDiagnostics(document.uri, (d) => d.filter((x) => codeOf(x) === 'name-misspelling').length === 2);
  });

  suiteTeardown(() => setRules(undefined));

  test('readout.rules "off" turns a code off and leaves the others', async () => {
    await setRules({ 'name-misspelling': 'off' });
    const diagnostics = await settledDiagnostics(document.uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'name-misspelling'));
    assert.deepEqual(diagnostics.map(codeOf).sort(), ['title-conflict', 'weekday-mismatch'], describe(diagnostics, document));
  });

  test('readout.rules changes a code\'s severity', async () => {
    await setRules({ 'weekday-mismatch': 'error' });
    const diagnostics = await settledDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'weekday-mismatch' && x.severity === vscode.DiagnosticSeverity.Error));
    assert.equal(diagnostics.filter((d) => codeOf(d) === 'name-misspelling').length, 2, 'name-misspelling is back on');
  });

  test('without readout.rules, every code is back at its default', async () => {
    await setRules(undefined);
    const diagnostics = await settledDiagnostics(document.uri, (d) => d.length === 4 && d.every((x) => x.severity === vscode.DiagnosticSeverity.Warning));
    assert.equal(diagnostics.length, 4);
  });
});
