// Hovers, inlay hints, code actions and Readout's own requests, over the protocol.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { applyEdits, find, TestClient } from './client';
import { july2024, october2022, undated } from './drafts';

const markdown = (hover: Hover | null): string => {
  assert.ok(hover, 'a hover');
  assert.ok(typeof hover.contents === 'object' && 'kind' in hover.contents && hover.contents.kind === 'markdown');
  return hover.contents.value;
};

const editsOf = (action: CodeAction, uri: string) => action.edit?.changes?.[uri] ?? [];

describe('hovers, inlay hints and code actions', () => {
  let client: TestClient;
  let uri: string;
  before(async () => {
    client = await TestClient.start({ pull: true });
    uri = await client.open(client.uri('july.md'), july2024);
  });
  after(() => client.stop());

  test('a hover on a person says who they are, what they held that day, their calls and sources', async () => {
    const value = markdown(await client.hover(uri, find(july2024, 'Shoigu', 2)));
    assert.match(value, /\*\*Sergei Shoigu\*\*/);
    assert.match(value, /On Fri 2024-07-12: Secretary of the Security Council/);
    assert.match(value, /Recorded calls/);
    assert.match(value, /Sources/);
  });

  test('a hover on a relative date shows the day it resolves to and how', async () => {
    const value = markdown(await client.hover(uri, find(july2024, 'Friday', 2)));
    assert.match(value, /Fri 2024-07-12/);
    assert.match(value, /front matter 2024-07-13/);
    assert.match(value, /Austin – Andrei Belousov/);
  });

  test('a hover on a title says who held it on the day', async () => {
    const value = markdown(await client.hover(uri, find(july2024, 'Minister Sergei', 2)));
    assert.match(value, /Who held it on Fri 2024-07-12/);
    assert.match(value, /Minister of Defence \(RU\): Andrei Belousov/);
  });

  test('a hover on the front matter date says it is the reference date', async () => {
    const value = markdown(await client.hover(uri, find(july2024, '2024-07-13', 3)));
    assert.match(value, /Reference date: Sat 2024-07-13/);
  });

  test('a hover on a plain word is empty, and positions past the end are clamped', async () => {
    assert.equal(await client.hover(uri, find(july2024, 'brief', 2)), null);
    assert.equal(await client.hover(uri, { line: 999, character: 999 }), null);
  });

  test('an inlay hint after "on Friday" shows the day it resolves to', async () => {
    const hints = await client.inlayHints(uri);
    assert.equal(hints.length, 1);
    assert.equal(hints[0]!.label, '2024-07-12');
    assert.deepEqual(hints[0]!.position, find(july2024, 'Friday', 'Friday'.length));
  });

  test('applying a quick fix removes the finding it fixes', async () => {
    for (const [code, title] of [['name-misspelling', 'Change to "Lloyd"'], ['title-conflict', 'Add "former"'], ['call-participant-conflict', 'Change to Andrei Belousov']]) {
      const draft = await client.open(client.uri(`fix-${code}.md`), july2024);
      const diagnostic = (await client.pull(draft)).find((d) => d.code === code)!;
      const actions = await client.codeActions(draft, [diagnostic]);
      const fix = actions.find((a) => a.title === title);
      assert.ok(fix, `"${title}" among ${actions.map((a) => a.title).join(', ')}`);
      assert.equal(fix.kind, 'quickfix');
      const fixed = applyEdits(july2024, editsOf(fix, draft));
      await client.edit(draft, editsOf(fix, draft));
      assert.equal(client.text(draft), fixed);
      const after = await client.pull(draft);
      assert.ok(!after.some((d) => d.code === code), `${code} is gone after "${title}": ${fixed}`);
    }
  });

  test('the only fix of a finding is preferred; one of several is not', async () => {
    const diagnostics = await client.pull(uri);
    const misspelling = diagnostics.find((d) => d.code === 'name-misspelling')!;
    const title = diagnostics.find((d) => d.code === 'title-conflict')!;
    assert.equal((await client.codeActions(uri, [misspelling])).find((a) => a.title === 'Change to "Lloyd"')?.isPreferred, true);
    assert.ok((await client.codeActions(uri, [title])).filter((a) => a.isPreferred).length === 0);
  });

  test('"Disable … for the next line" inserts a suppression comment that silences the finding', async () => {
    const draft = await client.open(client.uri('disable.md'), july2024);
    const diagnostic = (await client.pull(draft)).find((d) => d.code === 'name-misspelling')!;
    const disable = (await client.codeActions(draft, [diagnostic])).find((a) => a.title === 'Disable name-misspelling for the next line');
    assert.ok(disable);
    await client.edit(draft, editsOf(disable, draft));
    assert.match(client.text(draft), /<!-- readout-disable-next-line name-misspelling -->\nDefence Secretary Llyod Austin/);
    assert.ok(!(await client.pull(draft)).some((d) => d.code === 'name-misspelling'));
  });

  test('plain text has no suppression comment to offer', async () => {
    const draft = await client.open(client.uri('plain.txt'), july2024.replace(/^---[^]*?---\n/, 'July 13, 2024\n'));
    const diagnostic = (await client.pull(draft)).find((d) => d.code === 'name-misspelling')!;
    const titles = (await client.codeActions(draft, [diagnostic])).map((a) => a.title);
    assert.ok(titles.includes('Change to "Lloyd"'));
    assert.ok(!titles.some((t) => t.startsWith('Disable')));
  });

  test('fix-all corrects every misspelt name at once', async () => {
    const text = `${july2024}\nLlyod Austin later said the call was useful.\n`;
    const draft = await client.open(client.uri('fix-all.md'), text);
    assert.equal((await client.pull(draft)).filter((d) => d.code === 'name-misspelling').length, 2);
    const [fixAll] = await client.codeActions(draft, [], ['source.fixAll']);
    assert.equal(fixAll?.kind, 'source.fixAll.readout');
    await client.edit(draft, editsOf(fixAll!, draft));
    assert.ok(!client.text(draft).includes('Llyod'));
    assert.ok(!(await client.pull(draft)).some((d) => d.code === 'name-misspelling'));
  });

  test('fix-all is offered once to a client that names no kind of action', async () => {
    const draft = await client.open(client.uri('fix-all-once.md'), `${july2024}\nLlyod Austin later said the call was useful.\n`);
    const misspellings = (await client.pull(draft)).filter((d) => d.code === 'name-misspelling');
    assert.equal(misspellings.length, 2);
    for (const diagnostics of [[misspellings[0]!], misspellings, []]) {
      const fixAll = (await client.codeActions(draft, diagnostics)).filter((a) => a.title === 'Fix all misspelt names in this draft');
      assert.equal(fixAll.length, 1, `one fix-all for ${diagnostics.length} diagnostics`);
      assert.equal(fixAll[0]!.kind, diagnostics.length ? 'quickfix' : 'source.fixAll.readout');
    }
  });

  test('a stale diagnostic gets no fixes', async () => {
    const stale: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, code: 'name-misspelling', source: 'readout', message: 'old', data: { fixes: [{ title: 'Change', newText: 'x' }] } };
    assert.deepEqual(await client.codeActions(uri, [stale], ['quickfix']), []);
  });

  test('readout/referenceDate tells the draft\'s reference date, its origin and its findings count', async () => {
    assert.deepEqual(await client.connection.sendRequest('readout/referenceDate', { uri }), { referenceDate: '2024-07-13', source: 'front-matter', findings: 3 });
    const plain = await client.open(client.uri('october.txt'), october2022);
    assert.deepEqual(await client.connection.sendRequest('readout/referenceDate', { uri: plain }), { referenceDate: '2022-10-22', source: 'dateline', findings: 0 });
    const none = await client.open(client.uri('undated.txt'), undated);
    assert.deepEqual(await client.connection.sendRequest('readout/referenceDate', { uri: none }), { referenceDate: null, source: null, findings: 1 });
    assert.equal(await client.connection.sendRequest('readout/referenceDate', { uri: client.uri('unknown.md') }), null);
  });

  test('readout/timeline gives the terms and calls of the person under the cursor', async () => {
    const timeline = (await client.connection.sendRequest('readout/timeline', { uri, position: find(july2024, 'Shoigu', 1) })) as {
      name: string; referenceDate: string; terms: { title: string; start?: string; end?: string }[]; calls: { date: string; with: string[] }[];
    };
    assert.equal(timeline.name, 'Sergei Shoigu');
    assert.equal(timeline.referenceDate, '2024-07-13');
    assert.ok(timeline.terms.some((t) => t.title === 'Minister of Defence' && t.start === '2012-11-06' && t.end === '2024-05-12'));
    assert.ok(timeline.calls.some((c) => c.date === '2022-10-21' && c.with.includes('Lloyd Austin')));
    assert.equal(await client.connection.sendRequest('readout/timeline', { uri, position: find(july2024, 'brief') }), null);
  });
});
