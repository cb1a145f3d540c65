// Hovers: on a person, a relative date and a title, the facts of the record and its sources.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { hoverText, openDraft, positionOf, settledDiagnostics, waitFor } from './helpers';

suite('hovers', () => {
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    document = (await openDraft('belousov-call.md')).document;
    await settledDiagnostics(document.uri, (d) => d.length >= 4);
  });

  /** The hover at `text`'s occurrence (plus `offset` characters), once the provider answers. */
  const hoverAt = (text: string, occurrence = 1, offset = 1) =>
    waitFor(`a hover on "${text}"`, async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, text, { occurrence, offset }));
      const value = hoverText(hovers);
      return value.length > 0 ? value : undefined;
    });

  test('on a person: who they are, what they held that day, their recorded calls, sources', async () => {
    const value = await hoverAt('Belousov', 2, 3);
    assert.match(value, /\*\*Andrei Belousov\*\*/);
    assert.match(value, /Minister of Defence/);
    assert.match(value, /Recorded calls/);
    assert.match(value, /2024-07-12/);
    assert.match(value, /\*\*Sources:\*\* \S/);
  });

  test('on a relative date: the day it resolves to, and how', async () => {
    const value = await hoverAt('Friday', 1, 2);
    assert.match(value, /Fri 2024-07-12/);
    assert.match(value, /front matter 2024-07-13/);
    assert.match(value, /Austin – Andrei Belousov/, 'the call recorded that day');
    assert.match(value, /\*\*Sources:\*\* \S/, 'the sources of that call');
  });

  test('on a title: who held it on the day', async () => {
    const value = await hoverAt('Defence Minister Andrei', 1, 3);
    assert.match(value, /Who held it on Fri 2024-07-12/);
    assert.match(value, /Minister of Defence \(RU\): Andrei Belousov/);
  });

  test('on a title: the sources of the terms it names', async () => {
    const value = await hoverAt('Defence Minister Andrei', 1, 3);
    assert.match(value, /\*\*Sources:\*\* \S/);
  });

  test('on the front matter date: that it is the reference date', async () => {
    const value = await hoverAt('2024-07-13', 1, 3);
    assert.match(value, /Reference date: Sat 2024-07-13/);
  });
});
