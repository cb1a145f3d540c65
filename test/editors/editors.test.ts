// The configurations the README gives for other editors, tried in the editors themselves:
// Debian's Neovim and Emacs (Eglot) open a draft with the README's configuration, and their
// own LSP clients show its diagnostics, a hover and the code action menu, and apply a fix.
// Missing editors skip the test locally; in CI (`CI` set, as .ci/run does) they fail it.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import { repoRoot, serverPath } from '../lsp/client';
import { july2024 } from '../lsp/drafts';

const here = __dirname;
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const configs = {
  'neovim/readout-0.7.lua': 'lua',
  'neovim/readout-0.10.lua': 'lua',
  'neovim/readout-0.11.lua': 'lua',
  'emacs/readout-eglot.el': 'elisp',
  'helix/languages.toml': 'toml',
} as const;
const config = (file: keyof typeof configs) => readFileSync(path.join(here, file), 'utf8');

/** A second misspelling (so fix-all has two to fix) and a transliteration the configurations' house spelling flags. */
const markdownDraft = `${july2024}\nLlyod Austin later spoke about Sergey Shoigu.\n`;
const textDraft = markdownDraft.replace(/^---[^]*?---\n/, 'July 13, 2024\n');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle));

/** What the editor's own client saw, as its check script wrote it. */
interface Seen {
  error?: string;
  diagnostics: { code: string; line: number; source: string }[];
  hover: string;
  offered: string[];
  before: string;
  after: string;
  client: Record<string, string | number>;
}

/** Runs an editor on a draft in a fresh workspace (`.readout/` at its root), with `readout-lsp` on the PATH as `npm install -g` puts it. */
async function runEditor(command: string, args: (files: { draft: string }) => string[], draftName: string, text: string): Promise<Seen & { workspace: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'readout-editor-'));
  try {
    const workspace = path.join(dir, 'newsroom');
    const draft = path.join(workspace, 'drafts', draftName);
    const result = path.join(dir, 'result.json');
    mkdirSync(path.join(workspace, '.readout'), { recursive: true });
    mkdirSync(path.dirname(draft), { recursive: true });
    mkdirSync(path.join(dir, 'bin'));
    mkdirSync(path.join(dir, 'home'));
    symlinkSync(serverPath, path.join(dir, 'bin', 'readout-lsp'));
    writeFileSync(draft, text);
    const home = path.join(dir, 'home');
    const env = {
      ...process.env,
      PATH: `${path.join(dir, 'bin')}${path.delimiter}${process.env.PATH}`,
      HOME: home,
      XDG_CONFIG_HOME: home,
      XDG_DATA_HOME: home,
      XDG_STATE_HOME: home,
      XDG_CACHE_HOME: home,
      READOUT_DRAFT: draft,
      READOUT_RESULT: result,
      READOUT_PICK: 'Change to "Lloyd"',
    };
    const run = await promisify(execFile)(command, args({ draft }), { env, cwd: dir, timeout: 60_000 }).catch((err: Error & { stderr?: string }) => {
      throw new Error(`${command} failed: ${err.message}\n${err.stderr ?? ''}`);
    });
    const seen = JSON.parse(readFileSync(result, 'utf8')) as Seen;
    assert.equal(seen.error, undefined, `${command}: ${seen.error}\n${run.stderr}`);
    return { ...seen, workspace };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The editor's findings, hover and code actions are the server's: the same whichever client shows them. */
function assertSeen(seen: Seen, text: string, markdown: boolean): void {
  const misspelt = lineOf(text, 'Secretary Llyod');
  const later = lineOf(text, 'later spoke');
  const expected = [
    `call-participant-conflict@${lineOf(text, 'Sergei Shoigu spoke')}`,
    `title-conflict@${lineOf(text, 'Sergei Shoigu spoke')}`,
    `name-misspelling@${misspelt}`,
    `name-misspelling@${later}`,
    // Only when the configuration's settings (houseSpelling) reached the server.
    `name-variant@${later}`,
  ];
  assert.deepEqual(seen.diagnostics.map((d) => `${d.code}@${d.line}`).sort(), expected.sort());
  assert.ok(seen.diagnostics.every((d) => d.source === 'readout'));
  for (const term of ['Sergei Shoigu', 'Minister of Defence', 'Secretary of the Security Council']) assert.ok(seen.hover.includes(term), `"${term}" in the hover: ${seen.hover}`);
  assert.ok(seen.offered.includes('Change to "Lloyd"'), `the fix among ${seen.offered.join(', ')}`);
  assert.equal(seen.offered.filter((t) => t === 'Fix all misspelt names in this draft').length, 1, `fix-all once among ${seen.offered.join(', ')}`);
  assert.equal(seen.offered.includes('Disable name-misspelling for the next line'), markdown, 'a suppression comment in Markdown only');
  assert.equal(seen.before, text.split('\n')[misspelt]);
  assert.equal(seen.after, seen.before.replace('Llyod', 'Lloyd'));
}

/** Skips with the reason when the editor (`probe` fails) is missing here; fails in CI, which installs its Debian `packages`. */
function editorTest(name: string, packages: string, probe: [string, string[]], body: () => Promise<void>): void {
  const found = spawnSync(probe[0], probe[1], { encoding: 'utf8' });
  const missing = found.error || found.status !== 0 ? `${probe[0]} is not installed with what the test needs (Debian: apt-get install ${packages})` : undefined;
  if (missing && !process.env.CI) {
    test(name, { skip: missing }, () => undefined);
    return;
  }
  test(name, async () => {
    assert.equal(missing, undefined, `${missing}: CI must install it (.ci/run does)`);
    await body();
  });
}

describe('the README shows the configurations the editors are tried with', () => {
  for (const [file, lang] of Object.entries(configs)) {
    test(file, () => {
      assert.ok(readme.includes(`\`\`\`${lang}\n${config(file as keyof typeof configs)}\`\`\`\n`), `README.md has test/editors/${file} as a \`\`\`${lang} block`);
    });
  }
});

describe('Helix', () => {
  test('languages.toml starts readout-lsp --stdio for the languages the server checks, with valid settings', async () => {
    const { parse } = await import('smol-toml');
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      readout: { languages: string[] };
      contributes: { configuration: { properties: Record<string, unknown> } };
    };
    const toml = parse(config('helix/languages.toml')) as {
      'language-server': { readout: { command: string; args: string[]; config: { readout: Record<string, unknown> } } };
      language: { name: string; 'language-id'?: string; 'language-servers': string[] }[];
    };
    const server = toml['language-server'].readout;
    assert.ok(server.command in manifest.bin, `${server.command} is a bin of package.json`);
    assert.equal(manifest.bin[server.command], './dist/server.js');
    assert.deepEqual(server.args, ['--stdio']);
    for (const key of Object.keys(server.config.readout)) assert.ok(`readout.${key}` in manifest.contributes.configuration.properties, `readout.${key} is a setting`);
    // Helix sends the language's name as its id unless `language-id` says otherwise.
    const ids = toml.language.filter((l) => l['language-servers'].includes('readout')).map((l) => l['language-id'] ?? l.name);
    assert.deepEqual(ids.sort(), [...manifest.readout.languages].sort());
  });
});

describe('Neovim', () => {
  const nvim = (configFile: string) => () => ['--headless', '-i', 'NONE', '-u', path.join(here, configFile), '-c', `luafile ${path.join(here, 'neovim', 'check.lua')}`];

  editorTest('the 0.7 configuration: diagnostics, hover, code actions and settings', 'neovim', ['nvim', ['--version']], async () => {
    const seen = await runEditor('nvim', nvim('neovim/readout-0.7.lua'), 'july.md', markdownDraft);
    assertSeen(seen, markdownDraft, true);
    // One server, rooted where `.readout` is.
    assert.deepEqual(seen.client, { name: 'readout', root: seen.workspace, count: 1 });
    assertSeen(await runEditor('nvim', nvim('neovim/readout-0.7.lua'), 'july.txt', textDraft), textDraft, false);
  });

  editorTest('the 0.10 and 0.11 configurations parse', 'neovim', ['nvim', ['--version']], async () => {
    for (const file of ['neovim/readout-0.10.lua', 'neovim/readout-0.11.lua']) {
      const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-c', `lua local _, err = loadfile('${path.join(here, file)}') io.stderr:write(err or 'parsed') vim.cmd('qall!')`], { encoding: 'utf8', timeout: 30_000 });
      assert.equal(run.stderr.trim(), 'parsed', file);
    }
  });
});

describe('Emacs with Eglot', () => {
  const emacs = () => ['--batch', '-l', path.join(here, 'emacs', 'readout-eglot.el'), '-l', path.join(here, 'emacs', 'check.el')];
  editorTest('diagnostics, hover, code actions and settings, in Markdown and plain text', 'emacs-nox elpa-eglot elpa-markdown-mode', ['emacs', ['--batch', '--eval', "(progn (require 'eglot) (require 'markdown-mode))"]], async () => {
    const markdown = await runEditor('emacs', emacs, 'july.md', markdownDraft);
    assertSeen(markdown, markdownDraft, true);
    assert.equal(markdown.client.languageId, 'markdown');
    const text = await runEditor('emacs', emacs, 'july.txt', textDraft);
    assertSeen(text, textDraft, false);
    assert.equal(text.client.languageId, 'plaintext');
  });
});
