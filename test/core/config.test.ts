// The project configuration (`readout.config.json`): what is valid applies, and each problem
// is reported at its line and column (zero-based, UTF-16) with what is wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parseConfigFile } from '../../server/src/core';

const repoRoot = path.resolve(__dirname, '..', '..');
const lines = (...text: string[]): string => text.join('\n');
const problemsIn = (text: string) => parseConfigFile('readout.config.json', text).problems.map((p) => [p.range.start.line, p.range.start.character, p.message]);

test('a valid configuration is read whole', () => {
  const text = lines(
    '{',
    '  // Comments and trailing commas are allowed, as in record files.',
    '  "$schema": "./node_modules/readout/server/record/config.schema.json",',
    '  "rules": { "title-conflict": "error", "unresolved-date": "off" },',
    '  "houseSpelling": ["Shoigu", "Sergei"],',
    '  "records": ["records/desk.json"],',
    '  "ignore": ["README.md", "drafts/old"],',
    '}',
  );
  assert.deepEqual(parseConfigFile('readout.config.json', text), {
    config: { rules: { 'title-conflict': 'error', 'unresolved-date': 'off' }, houseSpelling: ['Shoigu', 'Sergei'], records: ['records/desk.json'], ignore: ['README.md', 'drafts/old'] },
    problems: [],
  });
});

test('each problem is placed and explained, and the rest of the file still applies', () => {
  const text = lines(
    '{',
    '  "rules": { "title-conflict": "loud", "no-such-code": "off", "name-misspelling": "error" },',
    '  "houseSpelling": "Shoigu",',
    '  "ignore": ["README.md", 3],',
    '  "exclude": ["drafts"]',
    '}',
  );
  const { config, problems } = parseConfigFile('readout.config.json', text);
  assert.deepEqual(config, { rules: { 'name-misspelling': 'error' }, houseSpelling: [], records: [], ignore: ['README.md'] });
  assert.deepEqual(
    problems.map((p) => [p.file, p.range.start.line, p.range.start.character, p.message]),
    [
      ['readout.config.json', 1, 31, 'rules.title-conflict: "loud" is not one of "error", "warning", "information", "hint", "off"'],
      ['readout.config.json', 1, 39, `rules: unknown finding code "no-such-code" (one of name-misspelling, title-conflict, call-date-conflict, call-participant-conflict, weekday-mismatch, initiator-conflict, term-date-conflict, sequence-conflict, event-date-conflict, elapsed-conflict, name-variant, unresolved-date)`],
      ['readout.config.json', 2, 19, 'houseSpelling: must be a list in brackets [ … ] of text in double quotes'],
      ['readout.config.json', 3, 26, 'ignore[1]: must be non-empty text in double quotes'],
      ['readout.config.json', 4, 2, 'unknown property "exclude" (one of "$schema", "rules", "houseSpelling", "records", "ignore")'],
    ],
  );
});

test('a file that is not a JSON object configures nothing, and says why', () => {
  assert.deepEqual(problemsIn('{ "rules": { "title-conflict": "off" }'), [[0, 38, 'JSON syntax error: expected a closing brace (})']]);
  assert.deepEqual(problemsIn(''), [[0, 0, 'empty configuration file']]);
  assert.deepEqual(problemsIn('["README.md"]'), [[0, 0, 'a configuration file must be a JSON object ({ … }), not a list']]);
  assert.deepEqual(problemsIn('{ "ignore": [], "ignore": ["x"] }'), [[0, 16, 'duplicate key "ignore" (first on line 1)']]);
});

test('the schema VS Code validates with accepts the project’s own configuration and rejects what the parser rejects', () => {
  const ajv = new Ajv({ allErrors: true });
  ajv.addVocabulary(['markdownDescription', 'allowComments', 'allowTrailingCommas']);
  const validate = ajv.compile(JSON.parse(readFileSync(path.join(repoRoot, 'server', 'record', 'config.schema.json'), 'utf8')));
  const own = readFileSync(path.join(repoRoot, 'readout.config.json'), 'utf8');
  assert.deepEqual(parseConfigFile('readout.config.json', own).problems, []);
  assert.ok(validate(JSON.parse(own)), JSON.stringify(validate.errors));
  for (const bad of [{ rules: { 'no-such-code': 'off' } }, { rules: { 'title-conflict': 'loud' } }, { ignore: 'README.md' }, { exclude: [] }]) {
    assert.equal(validate(bad), false, JSON.stringify(bad));
    assert.ok(parseConfigFile('readout.config.json', JSON.stringify(bad)).problems.length > 0, JSON.stringify(bad));
  }
});
