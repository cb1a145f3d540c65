// The workspace's record file, edited and saved in the editor: broken, its error shows in the
// file and the last good record stays in force; fixed, the error goes and the drafts are re-checked.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, describe, openDraft, readoutDiagnostics, settledDiagnostics, waitFor, workspaceUri } from './helpers';

const konashenkov = `,
    "igor-konashenkov": {
      "name": "Igor Konashenkov",
      "given": ["Igor"],
      "surname": ["Konashenkov"],
      "misspellings": ["Igor Konashenkow"],
      "country": "RU",
      "description": "Spokesman of Russia's Defence Ministry"
    }`;

suite('the workspace record file', () => {
  const recordUri = () => workspaceUri('.readout', 'newsroom.json');
  let draft: vscode.TextDocument;
  let original: string;

  const misspelt = () => readoutDiagnostics(draft.uri).filter((d) => codeOf(d) === 'name-misspelling').map((d) => draft.getText(d.range));

  /** Replaces the record file's text in its editor and saves it, as a person would. */
  async function saveRecord(text: string): Promise<vscode.TextDocument> {
    const record = await vscode.workspace.openTextDocument(recordUri());
    await vscode.window.showTextDocument(record, { preview: false });
    const edit = new vscode.WorkspaceEdit();
    edit.replace(record.uri, new vscode.Range(0, 0, record.lineCount, 0), text);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await record.save(), 'the record file saves');
    return record;
  }

  suiteSetup(async () => {
    original = new TextDecoder().decode(await vscode.workspace.fs.readFile(recordUri()));
    draft = (await openDraft('spokespeople.md')).document;
    await settledDiagnostics(draft.uri, (d) => d.length > 0);
    assert.deepEqual(misspelt(), ['Zaitsew'], 'only Zaitsev is in the newsroom record at first');
  });

  suiteTeardown(async () => {
    await saveRecord(original);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  /** The newsroom record with Konashenkov added; `broken`: without the comma before him. */
  const withKonashenkov = (broken: boolean) => {
    const at = original.lastIndexOf('    }\n  }\n}');
    assert.ok(at > 0, 'the fixture record ends with its last person');
    const added = broken ? konashenkov.slice(1) : konashenkov;
    return `${original.slice(0, at + '    }'.length)}${added}${original.slice(at + '    }'.length)}`;
  };

  test('saved broken: the error shows in the record file at its line, and the last good record stays in force', async () => {
    const text = withKonashenkov(true);
    const record = await saveRecord(text);
    const [problem] = await waitFor('an error in the record file', () => {
      const problems = readoutDiagnostics(record.uri);
      return problems.length > 0 ? problems : undefined;
    });
    assert.equal(problem!.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(problem!.range.start.line, record.positionAt(text.indexOf('"igor-konashenkov"')).line, describe([problem!], record));
    assert.match(problem!.message, /comma/);
    assert.deepEqual(misspelt(), ['Zaitsew'], 'Konashenkov is not in force yet');
  });

  test('saved fixed: the error goes and the draft is re-checked with the new record', async () => {
    const record = await saveRecord(withKonashenkov(false));
    await waitFor('the record file error to clear', () => readoutDiagnostics(record.uri).length === 0);
    await settledDiagnostics(draft.uri, (d) => d.length === 2);
    assert.deepEqual(misspelt(), ['Zaitsew', 'Konashenkow'], describe(readoutDiagnostics(draft.uri), draft));
  });
});
