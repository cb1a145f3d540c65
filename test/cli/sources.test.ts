// The five source articles beside the project (../shared/sources) hold exactly two real errors.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot, runCli, sliceRange } from './helpers';
import type { JsonFile, JsonFinding } from './helpers';

const sources = path.resolve(repoRoot, '..', 'shared', 'sources');

test(
  'the source articles yield exactly the misspelt "Llyod" in 002 and the wrong title of Ajit Doval in 001',
  { skip: existsSync(sources) ? false : `${sources} is not there` },
  () => {
    const run = runCli(['check', '--format', 'json', sources], repoRoot);
    assert.equal(run.status, 1, run.stderr);
    const { files } = JSON.parse(run.stdout) as { files: JsonFile[] };
    assert.equal(files.length, 5);

    const flagged = files.flatMap((file) => {
      const text = readFileSync(path.resolve(repoRoot, file.path), 'utf8');
      return file.findings
        .filter((f) => f.severity === 'error' || f.severity === 'warning')
        .map((f) => ({ name: path.basename(file.path), code: f.code, text, span: sliceRange(text, f.range), finding: f }));
    });
    const shown = flagged.map((f) => `${f.name} ${f.code} "${f.span}": ${f.finding.message}`).join('\n');

    // Tolerated: 001 says the July 12 call was the "second call in two weeks".
    const rest = flagged.filter(
      (f) => !(f.code === 'sequence-conflict' && f.name.startsWith('001_') && /second call in two weeks/.test(lineOf(f.text, f.finding))),
    );
    assert.equal(rest.length, 2, shown);

    const misspelling = rest.find((f) => f.code === 'name-misspelling');
    assert.ok(misspelling, shown);
    assert.match(misspelling.name, /^002_/);
    assert.match(misspelling.span, /^Llyod( Austin)?$/);

    const title = rest.find((f) => f.code === 'title-conflict');
    assert.ok(title, shown);
    assert.match(title.name, /^001_/);
    assert.match(title.span, /Foreign Minister/);
    const after = lineOf(title.text, title.finding).slice(title.finding.range.start.character);
    assert.match(after, /Foreign Minister.*Ajit Doval/);
  },
);

function lineOf(text: string, finding: JsonFinding): string {
  return text.split(/\r\n|\n|\r/)[finding.range.start.line] ?? '';
}
