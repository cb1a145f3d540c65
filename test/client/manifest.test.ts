// The extension manifest agrees with the code: every finding code has a rule setting, the
// languages are listed once and drive activation, every command is implemented.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { findingCodes, ruleLevels } from '../../server/src/core';

const repoRoot = path.resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

interface Setting {
  scope?: string;
  markdownDescription?: string;
  default?: unknown;
  properties?: Record<string, unknown>;
}
const manifest = JSON.parse(read('package.json')) as {
  main: string;
  bin: Record<string, string>;
  activationEvents: string[];
  readout: { languages: string[] };
  capabilities: { untrustedWorkspaces: { supported: string } };
  contributes: {
    configuration: { properties: Record<string, Setting> };
    commands: { command: string; category: string }[];
    jsonValidation: { fileMatch: string[]; url: string }[];
    grammars: { path: string }[];
  };
};

describe('the extension manifest', () => {
  test('activates only on the draft languages it lists once', () => {
    assert.deepEqual(manifest.readout.languages, ['markdown', 'plaintext']);
    assert.deepEqual(manifest.activationEvents, manifest.readout.languages.map((l) => `onLanguage:${l}`));
  });

  test('gives every setting a scope, a description and a default', () => {
    const settings = manifest.contributes.configuration.properties;
    assert.deepEqual(Object.keys(settings).sort(), [
      'readout.enable', 'readout.houseSpelling', 'readout.ignore', 'readout.inlayHints.enabled', 'readout.record.files', 'readout.referenceDate', 'readout.rules', 'readout.trace.server',
    ]);
    for (const [name, setting] of Object.entries(settings)) {
      assert.ok(setting.scope, `${name} has a scope`);
      assert.ok(setting.markdownDescription, `${name} has a description`);
      assert.ok('default' in setting, `${name} has a default`);
    }
  });

  test('lets every finding code, and only those, be configured in readout.rules', () => {
    assert.deepEqual(Object.keys(manifest.contributes.configuration.properties['readout.rules']!.properties!).sort(), [...findingCodes].sort());
  });

  test('validates readout.config.json with the configuration schema, whose rules are the finding codes and the setting\'s levels', () => {
    const entry = manifest.contributes.jsonValidation.find((j) => j.fileMatch.includes('**/readout.config.json'));
    assert.equal(entry?.url, './server/record/config.schema.json');
    const schema = JSON.parse(read(entry.url)) as { properties: { rules: { properties: Record<string, { enum: string[] }> } } };
    const rules = schema.properties.rules.properties;
    assert.deepEqual(Object.keys(rules), findingCodes);
    const setting = manifest.contributes.configuration.properties['readout.rules']!.properties as Record<string, { enum: string[] }>;
    for (const code of findingCodes) assert.deepEqual(rules[code]!.enum, setting[code]!.enum, code);
    assert.deepEqual(rules[findingCodes[0]!]!.enum, ruleLevels);
  });

  test('implements every command it contributes, each in the Readout category', () => {
    const client = read('client/src/extension.ts');
    for (const { command, category } of manifest.contributes.commands) {
      assert.equal(category, 'Readout');
      assert.ok(client.includes(`registerCommand('${command}'`), `${command} is registered`);
    }
  });

  test('points at files that exist', () => {
    for (const { url } of manifest.contributes.jsonValidation) assert.ok(existsSync(path.join(repoRoot, url)), url);
    assert.ok(existsSync(path.join(repoRoot, manifest.contributes.grammars[0]!.path)));
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.bin['readout-lsp'], './dist/server.js');
  });

  test('works, limited, in a restricted workspace', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
  });

  test('packages from an allow-list', () => {
    const lines = read('.vscodeignore').split('\n').filter((l) => l && !l.startsWith('#'));
    assert.equal(lines[0], '**', 'everything is left out first');
    assert.ok(lines.slice(1).every((l) => l.startsWith('!')), 'then only re-included');
  });
});
