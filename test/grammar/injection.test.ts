// The injection grammar, tokenized by vscode-textmate (VS Code's tokenizer) with its
// Oniguruma: dates and directive comments get Readout's scopes, and code does not.
// VS Code's own Markdown grammar is not on npm: a small stand-in with the scope names the
// injection selector excludes (fenced and inline code) hosts it here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, type IGrammar, parseRawGrammar, Registry, type StateStack } from 'vscode-textmate';

const repoRoot = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  contributes: { grammars: { scopeName: string; path: string; injectTo: string[] }[] };
};
const injection = manifest.contributes.grammars.find((g) => g.scopeName === 'readout.injection')!;

const hosts: Record<string, object> = {
  'text.html.markdown': {
    scopeName: 'text.html.markdown',
    patterns: [
      { begin: '^```', end: '^```', name: 'markup.fenced_code.block.markdown' },
      { match: '`[^`]*`', name: 'markup.inline.raw.string.markdown' },
      { match: '<!--.*?-->', name: 'comment.block.html' },
    ],
  },
  'text.plain': { scopeName: 'text.plain', patterns: [] },
};

let registry: Registry;

before(async () => {
  await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
  registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (sources) => new oniguruma.OnigScanner(sources), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scopeName) => {
      if (scopeName === injection.scopeName) {
        const file = path.join(repoRoot, injection.path);
        return parseRawGrammar(readFileSync(file, 'utf8'), file);
      }
      const host = hosts[scopeName];
      return host ? parseRawGrammar(JSON.stringify(host), `${scopeName}.json`) : null;
    },
    getInjections: (scopeName) => (injection.injectTo.includes(scopeName) ? [injection.scopeName] : undefined),
  });
});

/** Each stretch of the lines that has the scope, in order. */
async function scoped(scopeName: string, lines: string[], scope: string): Promise<string[]> {
  const grammar = (await registry.loadGrammar(scopeName)) as IGrammar;
  let state: StateStack = INITIAL;
  const found: string[] = [];
  for (const line of lines) {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      if (token.scopes.includes(scope)) found.push(line.slice(token.startIndex, token.endIndex));
    }
    state = result.ruleStack;
  }
  return found;
}

describe('the injection grammar', () => {
  test('is injected into Markdown and plain text', () => {
    assert.deepEqual(injection.injectTo, ['text.html.markdown', 'text.plain']);
  });

  test('scopes absolute dates in Markdown prose', async () => {
    const lines = ['Austin spoke with Shoigu on October 21, 2022, and again on 23 Oct. 2022.', 'The call of 2022-05-13 was the first since February.'];
    assert.deepEqual(await scoped('text.html.markdown', lines, 'constant.other.date.readout'), ['October 21, 2022', '23 Oct. 2022', '2022-05-13']);
  });

  test('leaves relative and year-less dates, and numbers that are not dates, alone', async () => {
    const lines = ['They spoke on Friday, May 13, and on 2022-13-01 nothing happened; call 1234-5678.'];
    assert.deepEqual(await scoped('text.html.markdown', lines, 'constant.other.date.readout'), []);
  });

  test('scopes readout directive comments, not other HTML comments', async () => {
    const lines = ['<!-- readout-disable-next-line name-misspelling -->', '<!-- an editor\'s note -->', 'Text <!-- readout-enable --> more.'];
    assert.deepEqual(await scoped('text.html.markdown', lines, 'comment.directive.readout'), ['<!-- ', 'readout-disable-next-line', ' name-misspelling -->', '<!-- ', 'readout-enable', ' -->']);
    assert.deepEqual(await scoped('text.html.markdown', lines, 'keyword.control.directive.readout'), ['readout-disable-next-line', 'readout-enable']);
  });

  test('leaves dates in code alone', async () => {
    const lines = ['```', 'date: 2022-10-22', '```', 'Inline `2022-10-22` code, then 2022-10-23.'];
    assert.deepEqual(await scoped('text.html.markdown', lines, 'constant.other.date.readout'), ['2022-10-23']);
  });

  test('scopes dates in plain text', async () => {
    assert.deepEqual(await scoped('text.plain', ['October 22, 2022', 'WASHINGTON, 22 October 2022 — '], 'constant.other.date.readout'), ['October 22, 2022', '22 October 2022']);
  });
});
