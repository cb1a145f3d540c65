// Inlay hints: relative and year-less dates show the date they resolve to.
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { openDraft, positionOf, settledDiagnostics, waitFor } from './helpers';

const labelOf = (hint: vscode.InlayHint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join(''));

async function hintsOf(document: vscode.TextDocument, count: number): Promise<vscode.InlayHint[]> {
  const all = new vscode.Range(0, 0, document.lineCount, 0);
  return waitFor(`${count} inlay hints in ${document.uri.path.split('/').pop()}`, async () => {
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, all);
    return hints.length >= count ? hints : undefined;
  });
}

suite('inlay hints', () => {
  test('after "on Friday" and "On Thursday", the days they resolve to from the front matter date', async () => {
    const { document } = await openDraft('belousov-call.md');
    await settledDiagnostics(document.uri, (d) => d.length >= 4);
    const hints = await hintsOf(document, 2);
    const shown = hints.map((h) => `${labelOf(h).trim()}@${h.position.line}:${h.position.character}`);
    const friday = positionOf(document, 'Friday', { offset: 'Friday'.length });
    const thursday = positionOf(document, 'Thursday', { offset: 'Thursday'.length });
    assert.ok(shown.includes(`2024-07-12@${friday.line}:${friday.character}`), `Friday → 2024-07-12 in ${shown.join(', ')}`);
    assert.ok(shown.includes(`2024-07-11@${thursday.line}:${thursday.character}`), `Thursday → 2024-07-11 in ${shown.join(', ')}`);
  });

  test('in plain text, relative to its dateline: "on Friday" and "May 13"', async () => {
    const { document } = await openDraft('dateline.txt');
    assert.equal(document.languageId, 'plaintext');
    const hints = await hintsOf(document, 1);
    const labels = hints.map((h) => labelOf(h).trim());
    assert.ok(labels.includes('2022-10-21'), `Friday → 2022-10-21 in ${labels.join(', ')}`);
    assert.ok(labels.includes('2022-05-13'), `May 13 → 2022-05-13 in ${labels.join(', ')}`);
  });
});
