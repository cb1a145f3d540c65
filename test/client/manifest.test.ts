// The extension manifest agrees with the code: every finding code has a rule setting, the
// languages are listed once and drive activation, every command is implemented and offered
// only where it works, the walkthrough's media ship, and the .vsix holds what the extension uses.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { listFiles, PackageManager } from '@vscode/vsce';
import { findingCodes, ruleLevels } from '../../server/src/core';

const repoRoot = path.resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

interface Setting {
  scope?: string;
  markdownDescription?: string;
  default?: unknown;
  properties?: Record<string, unknown>;
}
interface WalkthroughStep {
  id: string;
  description: string;
  media: { markdown?: string; image?: string; altText?: string };
  completionEvents: string[];
}
const manifest = JSON.parse(read('package.json')) as {
  main: string;
  icon: string;
  repository: { url: string };
  scripts: Record<string, string>;
  bin: Record<string, string>;
  activationEvents: string[];
  readout: { languages: string[] };
  capabilities: { untrustedWorkspaces: { supported: string } };
  contributes: {
    configuration: { properties: Record<string, Setting> };
    commands: { command: string; category: string }[];
    menus: { commandPalette: { command: string; when: string }[] };
    walkthroughs: { id: string; steps: WalkthroughStep[] }[];
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

  test('offers the draft commands in the palette only in a draft, those that ask the server only while it runs', () => {
    const when = new Map(manifest.contributes.menus.commandPalette.map((m) => [m.command, m.when]));
    const inDraft = manifest.readout.languages.map((l) => `editorLangId == ${l}`).join(' || ');
    assert.equal(when.get('readout.setReferenceDate'), inDraft);
    assert.equal(when.get('readout.showTimeline'), `readout.serverRunning && (${inDraft})`);
    assert.ok(read('client/src/extension.ts').includes(`'setContext', 'readout.serverRunning'`), 'the client sets readout.serverRunning');
    for (const command of when.keys()) assert.ok(manifest.contributes.commands.some((c) => c.command === command), `${command} is contributed`);
  });

  test('walks a newcomer through the draft, a hover, a fix, the reference date and a record file', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.deepEqual(walkthrough!.steps.map((s) => s.id), ['openExample', 'hoverName', 'findingAndFix', 'referenceDate', 'newsroomRecord']);
    const commands = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const step of walkthrough!.steps) {
      const media = step.media.markdown ?? step.media.image;
      assert.ok(media && existsSync(path.join(repoRoot, media)), `${step.id}: its media exist`);
      if (step.media.image) assert.ok(step.media.altText, `${step.id}: its image has alt text`);
      assert.ok(step.completionEvents.length > 0, `${step.id}: it can be completed`);
      // A step's buttons and events name Readout's commands by id: each must be contributed.
      const named = [...step.description.matchAll(/command:(readout\.\w+)/g), ...step.completionEvents.join(' ').matchAll(/onCommand:(readout\.\w+)/g)];
      for (const [, command] of named) assert.ok(commands.has(command!), `${step.id}: ${command} is contributed`);
    }
    assert.ok(read('client/src/walkthrough.ts').includes(`'setContext', 'readout.hoverShown'`), 'the client sets the hover step\'s context key');
  });

  test('has a 128 × 128 PNG icon, drawn from the SVG beside it', () => {
    const png = readFileSync(path.join(repoRoot, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.ok(existsSync(path.join(repoRoot, manifest.icon.replace(/\.png$/, '.svg'))));
  });

  test('packages from an allow-list', () => {
    const lines = read('.vscodeignore').split('\n').filter((l) => l && !l.startsWith('#'));
    assert.equal(lines[0], '**', 'everything is left out first');
    assert.ok(lines.slice(1).every((l) => l.startsWith('!')), 'then only re-included');
  });

  test('ships the extension, the server, the record and the walkthrough, and not the CLI', async () => {
    // vsce's own listing, as `vsce ls` prints it: the files that exist and .vscodeignore lets in.
    const files = (await listFiles({ cwd: repoRoot, packageManager: PackageManager.None })).sort();
    assert.deepEqual(files, [
      'CHANGELOG.md', 'LICENSE', 'README.md',
      'client/media/icon.png', 'client/media/newsroom-record.json',
      'client/media/walkthrough/newsroom-record.md', 'client/media/walkthrough/open-example.md', 'client/media/walkthrough/reference-date.md',
      'dist/extension.js', 'dist/server.js',
      'docs/images/hover.png', 'docs/images/quick-fix.png',
      'examples/october-2022-calls.md',
      'package.json',
      'server/record/config.schema.json', 'server/record/default.json', 'server/record/record.schema.json',
      'syntaxes/readout.injection.tmLanguage.json',
    ]);
    const named = [manifest.main, manifest.icon, ...manifest.contributes.walkthroughs.flatMap((w) => w.steps.map((s) => s.media.markdown ?? s.media.image!))];
    for (const file of named) assert.ok(files.includes(path.normalize(file)), `${file} is packaged`);
  });

  test('has a README whose pictures render on the Marketplace and Open VSX', () => {
    // vsce rewrites relative images against the GitHub repository; both galleries refuse SVG and http.
    assert.match(manifest.repository.url, /^https:\/\/github\.com\/[\w-]+\/[\w-]+$/);
    const images = [...read('README.md').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
    assert.ok(images.length >= 5);
    for (const image of images) {
      assert.match(image, /^docs\/images\/[\w-]+\.png$/, `${image}: a PNG in the repository`);
      assert.ok(existsSync(path.join(repoRoot, image)), `${image} exists`);
    }
    assert.match(manifest.scripts['publish:ovsx']!, /^npx ovsx publish readout-\$npm_package_version\.vsix$/);
  });
});
