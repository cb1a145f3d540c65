// The shallow parse that clause frames are read from: tags and base phrases on the core's tokens.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { tokenize, splitSentences, type Tokens } from '../../server/src/core/text/tokens';
import { chunk, tagTokens, type Chunk, type Tag } from '../../server/src/core/read/chunks';

interface Read { tokens: Tokens; tags: Tag[]; chunks: Chunk[] }

function read(text: string): Read {
  const tokens = tokenize(text);
  const tags = tagTokens(tokens, 0, tokens.length);
  return { tokens, tags, chunks: chunk(tokens, 0, tokens.length, tags) };
}

/** The index of the `nth` token whose text is `word`. */
function at(r: Read, word: string, nth = 0): number {
  for (let i = 0, seen = 0; i < r.tokens.length; i++) if (r.tokens.text(i) === word && seen++ === nth) return i;
  throw new Error(`no "${word}" in "${r.tokens.source}"`);
}

const tag = (r: Read, word: string, nth = 0): Tag => r.tags[at(r, word, nth)]!;
const words = (r: Read, c: Chunk) => Array.from({ length: c.last - c.first }, (_, j) => r.tokens.text(c.first + j)).join(' ');

/** The chunk holding `word`, as its kind and its words. */
function phrase(r: Read, word: string, nth = 0): string {
  const i = at(r, word, nth);
  const c = r.chunks.find((x) => x.first <= i && i < x.last)!;
  return `${c.kind} ${words(r, c)}`;
}

describe('tags', () => {
  test('a wire sentence: the name, the verb, the counterpart and the day', () => {
    const r = read('Austin spoke with his Russian counterpart on Friday.');
    assert.deepEqual(r.tags, ['PROPN', 'VERB', 'ADP', 'PRON', 'ADJ', 'NOUN', 'ADP', 'PROPN', 'PUNCT']);
  });

  test('"call" is a noun after a determiner and a verb after its subject', () => {
    assert.equal(tag(read('The call lasted an hour.'), 'call'), 'NOUN');
    assert.equal(tag(read('Austin called Shoigu on Friday.'), 'called'), 'VERB');
    assert.equal(tag(read('Austin calls Shoigu rarely.'), 'calls'), 'VERB');
    assert.equal(tag(read('The calls between Milley and Gerasimov continued.'), 'calls'), 'NOUN');
    assert.equal(tag(read('Milley tried to call Gerasimov.'), 'call'), 'VERB');
    assert.equal(tag(read('The phone call was short.'), 'call'), 'NOUN');
    assert.equal(tag(read('He did not call back.'), 'call'), 'VERB');
    assert.equal(tag(read('Shoigu refused a call from Austin.'), 'call'), 'NOUN');
  });

  test('a capital is a name inside a sentence, but not a sentence\'s first word nor a Title Case headline\'s', () => {
    const r = read('Officials said Defense Secretary Lloyd Austin phoned Shoigu.');
    assert.equal(tag(r, 'Officials'), 'NOUN');
    assert.deepEqual(['Defense', 'Secretary', 'Lloyd', 'Austin'].map((w) => tag(r, w)), ['PROPN', 'PROPN', 'PROPN', 'PROPN']);
    assert.equal(tag(r, 'phoned'), 'VERB');
    assert.equal(tag(read('Asked about the call, a spokesman declined to comment.'), 'Asked'), 'VERB');
    const headline = read('Milley Calls Gerasimov Amid Rising Tensions');
    assert.deepEqual(headline.tags, ['PROPN', 'VERB', 'PROPN', 'ADP', 'VERB', 'NOUN']);
  });

  test('a headline with no word the lexicon knows as a verb still gets one', () => {
    assert.equal(tag(read('Kremlin Downplays Talks Between Military Chiefs'), 'Downplays'), 'VERB');
  });

  test('closed classes that change with context', () => {
    const r = read('The Pentagon said that the call that Milley placed was not that long.');
    assert.equal(tag(r, 'that', 0), 'SCONJ');
    assert.equal(tag(r, 'that', 1), 'PRON');
    assert.equal(tag(read('Officials denied that call took place.'), 'that'), 'DET');
    assert.equal(tag(read('Shoigu warned Austin that Kyiv could use a dirty bomb.'), 'that'), 'SCONJ');
    assert.equal(tag(read('The calls came as Russia stepped up its attacks.'), 'as'), 'SCONJ');
    assert.equal(tag(read('He described the call as professional.'), 'as'), 'ADP');
    assert.equal(tag(read('They spoke after Austin called.'), 'after'), 'SCONJ');
    assert.equal(tag(read('They spoke after the summit.'), 'after'), 'ADP');
    assert.equal(tag(read('It lasted about an hour.'), 'about'), 'ADV');
    assert.equal(tag(read('They spoke about a dirty bomb.'), 'about'), 'ADP');
  });

  test('"May" the month and "may" the auxiliary; "had" the auxiliary and "had" the verb', () => {
    assert.equal(tag(read('Belousov replaced Shoigu in May.'), 'May'), 'PROPN');
    assert.equal(tag(read('The Pentagon chief, it may be recalled, had called Shoigu.'), 'may'), 'AUX');
    assert.equal(tag(read('Shoigu had told Austin.'), 'had'), 'AUX');
    assert.equal(tag(read('The two men had a frank conversation.'), 'had'), 'VERB');
    assert.equal(tag(read('There was no readout.'), 'was'), 'VERB');
  });

  test('dates and numbers', () => {
    const r = read('They spoke on Oct. 21, 2022, for 45 minutes.');
    assert.deepEqual(['Oct', '21', '2022', '45'].map((w) => tag(r, w)), ['PROPN', 'NUM', 'NUM', 'NUM']);
  });

  test('suffixes read words the lexicon does not list', () => {
    const r = read('The ministry repeatedly demanded the unconditional withdrawal of mercenaries.');
    assert.equal(tag(r, 'repeatedly'), 'ADV');
    assert.equal(tag(r, 'demanded'), 'VERB');
    assert.equal(tag(r, 'unconditional'), 'ADJ');
    assert.equal(tag(read('The Pentagon did not publish a readout.'), 'publish'), 'VERB');
  });
});

describe('chunks', () => {
  test('the subject, the verb and the counterpart are one phrase each', () => {
    const r = read('Austin spoke with his Russian counterpart on Friday.');
    assert.deepEqual(r.chunks.filter((c) => c.kind !== 'O').map((c) => `${c.kind} ${words(r, c)}`), ['NP Austin', 'VP spoke', 'PP with', 'NP his Russian counterpart', 'PP on', 'NP Friday']);
    const counterpart = r.chunks.find((c) => c.kind === 'NP' && c.first === at(r, 'his'))!;
    assert.equal(counterpart.head, at(r, 'counterpart'));
  });

  test('a relative pronoun starts an SBAR; the clause\'s verb and the main verb are VPs of their own', () => {
    const r = read('The official who requested the call was not named.');
    assert.equal(phrase(r, 'who'), 'SBAR who');
    assert.equal(phrase(r, 'requested'), 'VP requested');
    assert.equal(phrase(r, 'call'), 'NP the call');
    assert.equal(phrase(r, 'named'), 'VP was not named');
    assert.equal(r.chunks.find((c) => c.kind === 'VP' && c.first === at(r, 'was'))!.head, at(r, 'named'));
    assert.equal(phrase(read('Austin, who initiated the call, pressed Shoigu.'), 'who'), 'SBAR who');
  });

  test('a verb group keeps its auxiliaries, negation, adverbs and infinitives; its head is the first lexical verb', () => {
    const r = read('Gerasimov has not yet responded, and Shoigu refused to take the calls.');
    assert.equal(phrase(r, 'responded'), 'VP has not yet responded');
    const refused = r.chunks.find((c) => c.kind === 'VP' && c.first === at(r, 'refused'))!;
    assert.equal(words(r, refused), 'refused to take');
    assert.equal(refused.head, at(r, 'refused'));
    assert.equal(phrase(read('Moscow did not immediately comment on the call.'), 'comment'), 'VP did not immediately comment');
  });

  test('titles, abbreviations, possessives and dates stay inside their noun phrase', () => {
    assert.equal(phrase(read('Gen. Mark Milley spoke with Gen. Valery Gerasimov.'), 'Milley'), 'NP Gen . Mark Milley');
    assert.equal(phrase(read('Two U.S. officials said so.'), 'officials'), 'NP Two U.S . officials');
    assert.equal(phrase(read("Shoigu's deputy was not on the call."), 'deputy'), "NP Shoigu's deputy");
    assert.equal(phrase(read('On March 15, 2023, the two men spoke.'), '15'), 'NP March 15 , 2023');
    assert.equal(phrase(read('They discussed several security-related issues.'), 'issues'), 'NP several security - related issues');
  });

  test('a preposition is a PP of its own; coordinated names are NPs apart', () => {
    const r = read('Austin and Shoigu spoke by phone, according to a readout.');
    assert.equal(phrase(r, 'Austin'), 'NP Austin');
    assert.equal(phrase(r, 'and'), 'O and');
    assert.equal(phrase(r, 'Shoigu'), 'NP Shoigu');
    assert.equal(phrase(r, 'by'), 'PP by');
    assert.equal(phrase(r, 'according'), 'PP according to');
  });

  test('Russian state media English and Indian English', () => {
    const r = read('The conversation was held at the initiative of the American side.');
    assert.equal(phrase(r, 'held'), 'VP was held');
    assert.equal(phrase(r, 'initiative'), 'NP the initiative');
    assert.equal(phrase(r, 'side'), 'NP the American side');
    const i = read('US Defence Secretary Lloyd Austin on Friday dialled his Russian counterpart Sergei Shoigu.');
    assert.equal(phrase(i, 'Austin'), 'NP US Defence Secretary Lloyd Austin');
    assert.equal(tag(i, 'dialled'), 'VERB');
    assert.equal(phrase(i, 'Shoigu'), 'NP his Russian counterpart Sergei Shoigu');
  });

  test('works on a sentence inside a paragraph, by its token range', () => {
    const text = 'Austin called Shoigu. The call lasted an hour.';
    const tokens = tokenize(text);
    const [, second] = splitSentences(text, tokens);
    const tags = tagTokens(tokens, second!.first, second!.last);
    assert.deepEqual(tags, ['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT']);
    const chunks = chunk(tokens, second!.first, second!.last);
    assert.deepEqual(chunks[0], { kind: 'NP', first: second!.first, last: second!.first + 2, head: second!.first + 1 });
  });
});

describe('on any text', () => {
  const pieces = ['Austin', 'Shoigu', 'called', 'call', 'the', 'a', 'who', 'that', 'to', 'not', 'was', 'has', 'spoke', 'with', 'on', 'Friday', 'May', 'U.S.', "Shoigu's", 'Gen.', '21', ',', '.', '-', '"', '(', 'quickly', 'talks', 'and', 'may', 'Russian', 'there', 'as', 'since', '\n', ' '];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(' '));

  test('one tag per token, and chunks that tile the range in order with their head inside', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 60 })), fc.nat(), fc.nat(), (t, a, b) => {
        const tokens = tokenize(t);
        const first = tokens.length ? a % (tokens.length + 1) : 0;
        const last = first + (tokens.length - first ? b % (tokens.length - first + 1) : 0);
        const tags = tagTokens(tokens, first, last);
        assert.equal(tags.length, last - first);
        let at = first;
        for (const c of chunk(tokens, first, last, tags)) {
          assert.equal(c.first, at);
          assert.ok(c.last > c.first);
          assert.ok(c.head >= c.first && c.head < c.last);
          at = c.last;
        }
        assert.equal(at, last);
      }),
      { seed: 20241201, numRuns: 2000 },
    );
  });

  test('a long range is read in linear time, whatever repeats in it', () => {
    // Each about 100,000 tokens read as one range: a step quadratic in a run of like words would not end in time.
    const texts = [
      'The official who requested the call, Gen. Mark Milley, has not yet spoken with Shoigu since May 13, 2023. '.repeat(4500),
      'the phone ' + 'call '.repeat(100_000),
      'Austin ' + 'very '.repeat(100_000) + 'spoke',
      'Kremlin Downplays ' + 'Talks '.repeat(100_000),
      'has not ' + 'has '.repeat(50_000) + 'not '.repeat(50_000) + 'spoken',
    ];
    for (const text of texts) {
      const big = tokenize(text);
      const started = performance.now();
      const chunks = chunk(big, 0, big.length);
      assert.ok(chunks.length > 0);
      assert.ok(performance.now() - started < 5000, `took more than 5 s on ${text.slice(0, 30)}…`);
    }
  });
});
