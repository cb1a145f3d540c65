// The tokenizer reads by hand what one regular expression describes; on any text, it must
// read exactly the tokens the expression matches, and tell words from marks the same way.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { normalizeWord, tokenize } from '../../server/src/core/text/tokens';

const tokenPattern = /[\p{L}\p{M}\p{N}]+(?:[.'’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

type Read = [start: number, end: number, word: boolean, norm: string, capital: boolean, possessive: boolean];

/** What the expression reads: each token's range, whether it starts with a letter or digit, and its normal form. */
function expected(text: string): Read[] {
  return [...text.matchAll(tokenPattern)].map((m) => {
    const word = /[\p{L}\p{N}]/u.test(m[0][0]!);
    const { norm, possessive } = word ? normalizeWord(m[0]) : { norm: m[0], possessive: false };
    return [m.index!, m.index! + m[0].length, word, norm, /^\p{Lu}/u.test(m[0]), possessive];
  });
}

function read(text: string): Read[] {
  const tokens = tokenize(text);
  return Array.from({ length: tokens.length }, (_, i) => [tokens.start(i), tokens.end(i), tokens.word(i), tokens.norm(i), tokens.capital(i), tokens.possessive(i)]);
}

// Letters of several scripts, combining marks, digits, joiners, spaces of every kind, surrogate pairs and lone halves.
const pieces = ['a', 'Z', '7', 'é', 'É', 'ß', 'Ж', 'ж', '\u0301', '٣', '.', "'", '’', '-', ',', '"', '“', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff', '😀', '𝐀', '\ud800', '\udc00', 'U.S.', "Shoigu's", "allies'", 'Oct. 21', 'Austin', 'MAY'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

describe('tokenize', () => {
  test('reads exactly the tokens of the token pattern, in their normal forms, on any text', () => {
    fc.assert(fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 40 })), (t) => assert.deepEqual(read(t), expected(t))), { seed: 20241122, numRuns: 3000 });
  });

  test('normal forms: lower case, no diacritics or periods, possessive apart', () => {
    const tokens = tokenize('Gen. Valery Gerasimov’s U.S. counterpart, Mark A. Milley.');
    const norms = Array.from({ length: tokens.length }, (_, i) => tokens.norm(i));
    assert.deepEqual(norms, ['gen', '.', 'valery', 'gerasimov', 'us', '.', 'counterpart', ',', 'mark', 'a', '.', 'milley', '.']);
    assert.equal(tokens.possessive(3), true);
    assert.equal(tokens.capital(4), true);
    assert.equal(tokens.capital(6), false);
    assert.equal(tokens.text(3), 'Gerasimov’s');
  });
});
