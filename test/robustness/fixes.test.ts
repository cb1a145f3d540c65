// Bugs the robustness tests found, each pinned by the smallest draft that showed it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createChecker, defaultRecord, parseRecordFile, readingStages } from '../../server/src/core';

const { maxSentenceTokens, splitSentences, tokenize } = readingStages;
const checker = createChecker({ record: defaultRecord });

/** Each finding as "code: underlined → fixes". */
const fixesOf = (text: string, referenceDate: string) =>
  checker.check(text, { referenceDate }).findings.map((f) => `${f.code}: ${text.slice(f.start, f.end)} → ${f.fixes.map((x) => x.newText).join(' | ')}`);

describe('fixes for dates written with their year', () => {
  // Written two weeks after the calls: "last spoke" is not read as "before the call this story reports".
  test('"Oct. 21, 2022" is corrected to the later call, not offered back unchanged', () => {
    assert.deepEqual(fixesOf('Lloyd Austin and Sergei Shoigu last spoke on Oct. 21, 2022.', '2022-11-05'), ['sequence-conflict: Oct. 21, 2022 → Oct. 23, 2022']);
    assert.deepEqual(fixesOf('Lloyd Austin and Sergei Shoigu last spoke on October 21st, 2022.', '2022-11-05'), [
      'sequence-conflict: October 21st, 2022 → October 23rd, 2022',
    ]);
  });

  test('a weekday is never corrected without its day: "Thursday, May 12, 2022" becomes "Friday, May 13, 2022"', () => {
    assert.deepEqual(fixesOf('Lloyd Austin and Sergei Shoigu spoke by phone on Thursday, May 12, 2022.', '2022-05-20'), [
      'call-date-conflict: Thursday, May 12, 2022 → Friday, May 13, 2022',
    ]);
    assert.deepEqual(fixesOf('Lloyd Austin and Sergei Shoigu spoke by phone on May 12, 2022.', '2022-05-20'), ['call-date-conflict: May 12, 2022 → May 13, 2022']);
  });

  test('"May 20, 2024" and "May 20 2024" in a term claim are corrected to the recorded start', () => {
    assert.deepEqual(fixesOf('Belousov took office on May 20, 2024.', '2024-07-13'), ['term-date-conflict: May 20, 2024 → May 14, 2024']);
    assert.deepEqual(fixesOf('Belousov took office on May 20 2024.', '2024-07-13'), ['term-date-conflict: May 20 2024 → May 14 2024']);
  });
});

describe('line ends', () => {
  const lines = [
    'July 13, 2024',
    '',
    'On Friday the US Defense Secretary, Lloyd Austin, spoke by phone with Russian Defence Minister',
    'Sergei Shoigu about the war.',
    '',
  ];
  const flagged = (text: string, languageId = 'markdown') =>
    checker.check(text, { languageId }).findings.map((f) => `${f.code}: ${text.slice(f.start, f.end).replace(/\r\n|\r/g, '\n')}`);

  test('a sentence wrapped by hand across a \\r\\n is one sentence, as across a \\n', () => {
    const expected = ['title-conflict: Russian Defence Minister\nSergei Shoigu', 'call-participant-conflict: Sergei Shoigu'];
    assert.deepEqual(flagged(lines.join('\n')), expected);
    assert.deepEqual(flagged(lines.join('\r\n')), expected, 'each \\r\\n was read as a blank line, ending the paragraph');
    assert.deepEqual(flagged(lines.join('\r')), expected);
  });
});

describe('front matter', () => {
  test('is read whatever its line ends: \\n, \\r\\n or \\r alone', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['---', 'title: Austin and Belousov', 'date: 2024-07-13', '---', '', 'Lloyd Austin spoke with Andrei Belousov on Friday.', ''].join(eol);
      const result = checker.check(text, { languageId: 'markdown' });
      assert.equal(result.referenceDate, '2024-07-13', JSON.stringify(eol));
      assert.equal(result.referenceDateSource, 'front-matter', JSON.stringify(eol));
    }
  });
});

describe('dates and the text that is not prose', () => {
  test('no date is read across a blanked URL or comment, so no message quotes blanks the draft does not have', () => {
    for (const [text, languageId] of [
      ['He said it yesterday www.July 13 was a link.', 'plaintext'],
      ['He said it yesterday <!-- note --> 13 times.', 'markdown'],
    ] as const) {
      const findings = checker.check(text, { languageId }).findings;
      for (const f of findings) assert.ok(!f.message.includes('   '), f.message);
      assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), []);
    }
  });
});

describe('fixes that would change nothing', () => {
  test('a weekday is not offered back unchanged when the recorded day is another week\'s same weekday', () => {
    const text = 'replaced Sergei Shoigu spoke with Lloyd Austin on Sunday, the second call in a day.';
    for (const f of checker.check(text, { languageId: 'plaintext', referenceDate: '2022-10-24' }).findings) {
      for (const fix of f.fixes) assert.notEqual(fix.newText, text.slice(f.start, f.end), `${f.code}: "${fix.title}"`);
    }
  });
});

describe('a draft with no sentence end', () => {
  test('is read in sentences of at most maxSentenceTokens tokens', () => {
    const text = 'Lloyd Austin spoke with his Russian counterpart Sergei Shoigu on Friday — '.repeat(500);
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    assert.ok(sentences.length > 1);
    for (const s of sentences) assert.ok(s.last - s.first <= maxSentenceTokens, `${s.last - s.first} tokens`);
    assert.deepEqual(
      sentences.map((s) => [s.first, s.last]),
      sentences.map((_, i) => [i * maxSentenceTokens, Math.min((i + 1) * maxSentenceTokens, tokens.length)]),
    );
  });

  test('a megabyte of one sentence of claims is checked (claims × dates per sentence was quadratic: minutes)', () => {
    const text = `${'Lloyd Austin spoke with his Russian counterpart, Defence Minister Sergei Shoigu, on Friday, July 12 — '.repeat(10_000)}\n`;
    const result = checker.check(text, { referenceDate: '2024-07-13' });
    assert.ok(result.findings.length > 0);
    assert.ok(result.findings.every((f) => f.end <= text.length));
  });
});

describe('record files', () => {
  test('a file cut short in the middle of nested objects reports each syntax error once', () => {
    const text = '{\n  "sources": {\n    "desk-notes": { "publisher": "Our newsroom", "title": "Desk notes\n';
    const problems = parseRecordFile('cut.json', text).problems.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.message}`);
    assert.deepEqual(problems, ['3:59 JSON syntax error: unterminated string', '4:1 JSON syntax error: expected a closing brace (})']);
  });
});
