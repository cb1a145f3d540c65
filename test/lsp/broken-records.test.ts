// The corpus of broken record files (test/fixtures/broken-records/) in the language server:
// a workspace record file is saved as each broken file in turn; each time the server shows
// exactly the expected problems as diagnostics in that file (zero-based here, one-based in
// expected.json), and the file's last good version stays in force for the drafts.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { corpus, corpusFiles, expected, readRecord } from '../robustness/brokenRecords';
import { covered, tempFolder, TestClient } from './client';

/** The good version: a spokeswoman the embedded record lacks, and the misspelling reporters make of her name. */
const good = `{
  "people": {
    "maria-zakharova": { "name": "Maria Zakharova", "given": ["Maria"], "surname": ["Zakharova"], "misspellings": ["Maria Zakharowa"], "country": "RU", "description": "Spokeswoman of Russia's Foreign Ministry" }
  }
}
`;

const draft = 'Maria Zakharowa, a foreign ministry spokeswoman, declined to comment.\n';

describe('the broken record files in the language server', () => {
  const workspace = tempFolder();
  const shownAs = '.readout/newsroom.json';
  const recordFile = path.join(workspace.dir, ...shownAs.split('/'));
  const recordUri = pathToFileURL(recordFile).href;
  let client: TestClient;
  let uri: string;

  const misspelt = async () =>
    (await client.pull(uri)).filter((d) => d.code === 'name-misspelling').map((d) => covered(client.text(uri), d));

  /** Saves the record file and tells the server; resolves with the next diagnostics it publishes for the file. */
  const save = async (text: string) => {
    const seen = client.publishLog.length;
    writeFileSync(recordFile, text);
    await client.filesChanged([{ uri: recordUri, type: FileChangeType.Changed }]);
    return client.waitFor('diagnostics in the record file', () => client.publishLog.slice(seen).find((p) => p.uri === recordUri));
  };

  before(async () => {
    mkdirSync(path.dirname(recordFile), { recursive: true });
    writeFileSync(recordFile, good);
    client = await TestClient.start({ workspace: workspace.dir });
    uri = await client.open(client.uri('draft.txt', workspace.dir), draft);
    assert.deepEqual(await misspelt(), ['Zakharowa'], 'the good version is in force');
  });
  after(async () => {
    await client.stop();
    workspace.remove();
  });

  for (const name of corpusFiles) {
    test(`${name}: its problems as diagnostics in the file; the last good version stays in force`, async () => {
      const published = await save(readRecord(path.join(corpus, name)));
      assert.deepEqual(
        published.diagnostics.map((d) => ({ message: d.message, line: d.range.start.line + 1, column: d.range.start.character + 1, severity: d.severity })),
        // A file contradicting itself is named as the server names it.
        expected[name]!.problems.map((p) => ({ ...p, message: p.message.split(name).join(shownAs), severity: 1 })),
      );
      assert.deepEqual(await misspelt(), ['Zakharowa'], 'the last good version is still in force');
    });
  }

  test('the good version saved again clears the diagnostics, and the server answers as before', async () => {
    const published = await save(good);
    assert.deepEqual(published.diagnostics, []);
    assert.deepEqual(await misspelt(), ['Zakharowa']);
    assert.equal(client.exitCode, null);
  });
});
