// Diagnostics in the editor: the expected findings on the expected words, with their codes,
// severities and links, and none on the sentences the record bears out.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, describe, openDraft, rangeOf, settledDiagnostics } from './helpers';

suite('diagnostics on a draft', () => {
  let document: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];

  suiteSetup(async () => {
    document = (await openDraft('belousov-call.md')).document;
    diagnostics = await settledDiagnostics(document.uri, (d) => d.length >= 4);
  });

  const expected = () => [
    { code: 'title-conflict', text: 'Defence Minister Sergei Shoigu', occurrence: 2 },
    { code: 'name-misspelling', text: 'Llyod', occurrence: 1 },
    { code: 'name-misspelling', text: 'Zaitsew', occurrence: 1 },
    { code: 'weekday-mismatch', text: 'Wednesday', occurrence: 1 },
  ];

  test('appear on the expected words with the expected codes, and nowhere else', () => {
    const want = expected().map(({ code, text, occurrence }) => ({ code, range: rangeOf(document, text, occurrence) }));
    const got = diagnostics.map((d) => ({ code: codeOf(d), range: d.range }));
    const key = (x: { code: string | undefined; range: vscode.Range }) => `${x.code}@${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character}`;
    assert.deepEqual(got.map(key).sort(), want.map(key).sort(), `diagnostics: ${describe(diagnostics, document)}`);
  });

  test('are warnings from readout, each linking to its code\'s documentation', () => {
    for (const d of diagnostics) {
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning, describe([d], document));
      assert.equal(d.source, 'readout');
      assert.ok(typeof d.code === 'object' && d.code.target.toString().endsWith(`#${d.code.value}`), `a documentation link for ${codeOf(d)}: ${JSON.stringify(d.code)}`);
    }
  });

  test('say what the record has, with its sources', () => {
    const byText = (text: string) => diagnostics.find((d) => document.getText(d.range) === text)!;
    assert.match(byText('Defence Minister Sergei Shoigu').message, /^The Minister of Defence on 2024-07-11 was Andrei Belousov/);
    assert.match(byText('Llyod').message, /^The record spells it "Lloyd" .*the draft has "Llyod"/);
    assert.match(byText('Llyod').message, /\[U\.S\. Department of Defense; [^\]]+\]$/, 'sources are named, the strongest first');
    assert.match(byText('Wednesday').message, /24 February 2022 was a Thursday/);
  });

  test('come from the workspace record too: a misspelling only .readout/newsroom.json knows', () => {
    const zaitsew = diagnostics.find((d) => document.getText(d.range) === 'Zaitsew');
    assert.ok(zaitsew, describe(diagnostics, document));
    assert.match(zaitsew.message, /^The record spells it "Zaitsev" \(Alexei Zaitsev/);
  });

  test('leave the true sentences alone', () => {
    const trueSentences = ['US Defense Secretary Lloyd Austin spoke with', 'their second call since Belousov replaced Sergei Shoigu in May', 'Defence Minister Sergei Shoigu had last spoken with Austin in March 2023'];
    for (const sentence of trueSentences) {
      const range = rangeOf(document, sentence);
      const hit = diagnostics.filter((d) => d.range.intersection(range) !== undefined);
      assert.deepEqual(hit, [], `no finding in "${sentence}": ${describe(hit, document)}`);
    }
  });
});
