// The finding codes' words are written once, in findingDocs, and generated into package.json and README.md.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { findingCodes, findingDocs } from '../../server/src/core';
import { generatedFiles, readmeEnd, readmeStart, renderReadme, repoRoot } from '../../server/src/docs/generate';

test('package.json and README.md say what findingDocs says', () => {
  for (const { file, render } of generatedFiles) {
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    assert.ok(render(text) === text, `${file} is out of date: run npm run docs`);
  }
});

test('the README has a table row and a section for every code, between its markers', () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const generated = readme.slice(readme.indexOf(readmeStart), readme.indexOf(readmeEnd));
  for (const code of findingCodes) {
    assert.ok(generated.includes(`| [\`${code}\`](#${code}) |`), `no table row for ${code}`);
    assert.ok(generated.includes(`### ${code}\n${findingDocs[code].description}\n`), `no section for ${code}`);
  }
  assert.throws(() => renderReadme('# A README without markers\n'), /markers/);
});
