// `--format sarif` against the SARIF 2.1.0 schema and the rules GitHub code scanning applies on upload
// (the SARIF Multitool's GH rules, checked here as plain assertions).
import { test, after } from 'node:test';
import * as assert from 'node:assert/strict';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import { findingCodes } from '../../server/src/core';
import { runCli, tempTree } from './helpers';

// A misspelt name (one fix), a wrong weekday, and a title with several fixes, in a folder with a space in its name.
const tree = tempTree({
  'news desk/a.md': `---
date: 2022-10-22
---

Defence Secretary Llyod Austin spoke with Sergei Shoigu on Wednesday, February 24, 2022.

Defence Minister Sergei Shoigu spoke with Austin on July 12, 2024.
`,
  'news desk/clean.txt': 'Nothing to check here.\n',
});
after(() => tree.remove());

const run = runCli(['check', '--format', 'sarif', '.'], tree.dir);
const log = JSON.parse(run.stdout);
const sarifRun = log.runs[0];

test('the SARIF log is valid against the SARIF 2.1.0 schema', () => {
  assert.equal(run.status, 1);
  // The schema's pattern for `language` is not valid with the u flag (a stray bracket), as JSON Schema regexes need not be.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(sarifSchema);
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  assert.ok(sarifRun.results.length >= 3, run.stdout);
});

test('every rule carries what GitHub requires: descriptions, help as text and Markdown, a help address', () => {
  const { driver } = sarifRun.tool;
  assert.match(driver.informationUri, /^https:\/\/github\.com\/[^/]+\/[^/]+$/);
  assert.match(driver.version, /^\d+\.\d+\.\d+/);
  assert.deepEqual(driver.rules.map((r: { id: string }) => r.id), findingCodes);
  for (const rule of driver.rules) {
    assert.ok(rule.shortDescription.text.length > 0, rule.id);
    assert.ok(rule.fullDescription.text.length > 0, rule.id);
    assert.ok(rule.help.text.length > 0 && rule.help.markdown.length > 0, rule.id);
    assert.equal(rule.helpUri, `${driver.informationUri}#${rule.id}`);
  }
});

test('every result meets GitHub’s upload rules GH1001–GH1007', () => {
  assert.ok(log.runs.length <= 20, 'GH1004: at most 20 runs');
  assert.ok(sarifRun.results.length <= 25_000 && sarifRun.tool.driver.rules.length <= 25_000, 'GH1004: array limits');
  assert.deepEqual(sarifRun.originalUriBaseIds['%SRCROOT%'].uri.slice(0, 8), 'file:///');
  for (const result of sarifRun.results) {
    assert.ok(result.locations.length >= 1 && result.locations.length <= 1000, 'GH1004: 1 to 1,000 locations');
    for (const { physicalLocation } of result.locations) {
      const { uri, uriBaseId } = physicalLocation.artifactLocation;
      assert.equal(typeof uri, 'string', 'GH1001: a location has artifactLocation.uri');
      assert.ok(!/^[a-z][a-z0-9+.-]*:/i.test(uri) && !uri.startsWith('/'), `GH1005/GH1006: ${uri} is a relative reference`);
      assert.equal(uriBaseId, '%SRCROOT%');
      assert.ok(Number.isInteger(physicalLocation.region.startLine) && physicalLocation.region.startLine >= 1, 'GH1003: region.startLine');
    }
    assert.equal(result.codeFlows, undefined, 'GH1002: no thread flows to inline');
    assert.ok(result.message.text.length > 0 && result.message.arguments === undefined && !/\{\d+\}/.test(result.message.text), 'GH1007: a formatted message');
    assert.match(result.partialFingerprints['readoutFinding/v1'], /^[0-9a-f]{32}$/);
  }
  const uris = sarifRun.results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
  assert.ok(uris.every((u: string) => u === 'news%20desk/a.md'), uris.join(', '));
});
