import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CheckOptions, createChecker, defaultRecord, disableNextLine } from '../../server/src/core';

const checker = createChecker({ record: defaultRecord });

/** What a writer sees: each finding's code and the words it underlines. */
function flagged(text: string, options: CheckOptions = {}): string[] {
  const result = checker.check(text, { languageId: 'markdown', ...options });
  return result.findings.map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
}

const on = (date: string) => `---\ndate: ${date}\n---\n\n`;

describe('names', () => {
  test('a transposed given name is a misspelling, with the recorded spelling as its fix', () => {
    const text = `${on('2022-05-14')}Defence Secretary Llyod Austin spoke with Sergei Shoigu on Friday.`;
    const result = checker.check(text, { languageId: 'markdown' });
    const f = result.findings.find((x) => x.code === 'name-misspelling')!;
    assert.equal(text.slice(f.start, f.end), 'Llyod');
    assert.deepEqual(f.fixes.map((x) => x.newText), ['Lloyd']);
    assert.equal(f.severity, 'warning');
  });

  test('a lone near miss of a named official is flagged, an unrelated name is not', () => {
    assert.deepEqual(flagged(`${on('2024-07-13')}Andrei Belousov spoke with Lloyd Austin on Friday. Belousev warned of escalation.`), [
      'name-misspelling: Belousev',
    ]);
    assert.deepEqual(flagged(`${on('2024-07-13')}Andrei Belousov spoke with Lloyd Austin on Friday. Bellamy warned of escalation.`), []);
  });

  test('transliterations are not errors', () => {
    assert.deepEqual(flagged(`${on('2022-05-14')}Austin spoke with Sergey Shoygu on Friday, 13 May. Lloyd Austin said so.`), []);
    assert.deepEqual(flagged(`${on('2024-07-13')}Russian Defense Minister Andrey Belousov spoke with Lloyd Austin on Friday.`), []);
  });

  test('a house spelling turns other transliterations into name variants', () => {
    const text = `${on('2022-05-14')}Lloyd Austin spoke with Sergey Shoygu on Friday.`;
    assert.deepEqual(flagged(text), []);
    assert.deepEqual(flagged(text, { houseSpelling: ['Sergei', 'Shoigu'] }), ['name-variant: Sergey', 'name-variant: Shoygu']);
  });

  test('homonyms and unknown people are left alone', () => {
    assert.deepEqual(
      flagged(`${on('2024-06-05')}Chinese Defense Minister Dong Jun spoke with Lloyd Austin on Tuesday. Austin later flew home to Austin, Texas.`),
      [],
    );
  });
});

describe('titles', () => {
  test('a title the person no longer held is flagged with "former" and the holder as fixes', () => {
    const text = `July 13, 2024\n\nDefence Minister Sergei Shoigu spoke with Lloyd Austin on Friday.`;
    const result = checker.check(text, { languageId: 'markdown' });
    const title = result.findings.find((f) => f.code === 'title-conflict')!;
    assert.equal(text.slice(title.start, title.end), 'Defence Minister Sergei Shoigu');
    assert.match(title.message, /^The Minister of Defence on 2024-07-12 was Andrei Belousov;/);
    assert.ok(title.sources.length > 0);
    assert.deepEqual(title.fixes.map((f) => f.newText), [
      'Secretary of the Security Council Sergei Shoigu',
      'Former Defence Minister Sergei Shoigu',
      'Defence Minister Andrei Belousov',
    ]);
  });

  test('"then-" and "former" used correctly pass; "former" for a sitting minister does not', () => {
    const base = on('2024-06-26');
    assert.deepEqual(flagged(`${base}Austin last spoke with then-Minister of Defence Sergei Shoigu on March 15, 2023.`), []);
    assert.deepEqual(flagged(`${base}The court issued a warrant for Sergei Shoigu, the former Russian defence minister.`), []);
    assert.deepEqual(flagged(`${base}Former Defence Minister Andrei Belousov spoke with Lloyd Austin on Tuesday.`), [
      'title-conflict: Former Defence Minister Andrei Belousov',
    ]);
  });

  test('a word that is a property name in JavaScript ("constructor") is not read as a modifier of the title', () => {
    const text = `${on('2024-07-13')}Shipyards once hailed the constructor Defence Minister Sergei Shoigu had promised.`;
    const title = checker.check(text, { languageId: 'markdown' }).findings.find((f) => f.code === 'title-conflict')!;
    assert.equal(text.slice(title.start, title.end), 'Defence Minister Sergei Shoigu');
    assert.ok(title.fixes.some((f) => f.newText === 'former Defence Minister Sergei Shoigu'));
  });

  test('a month named earlier in the paragraph is background, not the time of a later sentence', () => {
    const text = `${on('2024-06-25')}Andrei Belousov became defence minister in May. Defence Minister Sergei Shoigu was not involved.`;
    assert.deepEqual(flagged(text), ['title-conflict: Defence Minister Sergei Shoigu']);
  });

  test('a wrong office for the right person is flagged, its country taken from the word before it', () => {
    assert.deepEqual(flagged(`${on('2024-07-12')}Jake Sullivan spoke with Indian Foreign Minister Ajit Doval on Friday.`), [
      'title-conflict: Indian Foreign Minister Ajit Doval',
    ]);
    assert.deepEqual(flagged(`${on('2024-07-12')}Jake Sullivan spoke with Indian National Security Adviser Ajit Doval on Friday.`), []);
  });

  test('ranks follow promotions', () => {
    assert.deepEqual(flagged(`${on('2022-10-22')}Pentagon Press Secretary Brig. Gen. Pat Ryder briefed reporters.`), []);
    assert.deepEqual(flagged(`${on('2024-06-26')}Pentagon Press Secretary Brig. Gen. Pat Ryder briefed reporters.`), [
      'title-conflict: Brig. Gen. Pat Ryder',
    ]);
    assert.deepEqual(flagged(`${on('2024-06-26')}Maj Gen Patrick Ryder, the Pentagon spokesperson, said the call was useful.`), []);
  });

  test('"his Russian counterpart" must be the counterpart on that day', () => {
    assert.deepEqual(flagged(`${on('2022-10-22')}Lloyd Austin spoke with his Russian counterpart Sergey Shoygu on Friday.`), []);
    assert.deepEqual(flagged(`${on('2024-06-26')}Lloyd Austin spoke with his Russian counterpart Sergei Shoigu on Tuesday.`), [
      'title-conflict: Russian counterpart Sergei Shoigu',
      'call-participant-conflict: Sergei Shoigu',
    ]);
  });

  test('a title after the name, as an appositive, is checked', () => {
    assert.deepEqual(flagged(`${on('2023-10-15')}Gen. Mark Milley, chairman of the Joint Chiefs of Staff, said little.`), [
      'title-conflict: Mark Milley, chairman of the Joint Chiefs of Staff',
    ]);
  });
});

describe('calls', () => {
  test('a call on a day with no recorded call names the nearest calls and offers the close one', () => {
    const text = `${on('2022-10-24')}Lloyd Austin and Sergei Shoigu spoke by phone on Oct. 20.`;
    const result = checker.check(text, { languageId: 'markdown' });
    assert.deepEqual(result.findings.map((f) => f.code), ['call-date-conflict']);
    const f = result.findings[0]!;
    assert.equal(text.slice(f.start, f.end), 'Oct. 20');
    assert.match(f.message, /2022-10-21/);
    assert.deepEqual(f.fixes.map((x) => x.newText), ['Oct. 21']);
  });

  test('a recorded call with the right people passes; with the wrong person is flagged', () => {
    assert.deepEqual(flagged(`${on('2024-07-13')}Andrei Belousov and Lloyd Austin spoke on Friday.`), []);
    assert.deepEqual(flagged(`${on('2024-07-13')}Valery Gerasimov and Lloyd Austin spoke on Friday.`), [
      'call-participant-conflict: Valery Gerasimov',
    ]);
  });

  test('people who only speak about a call, and events on call days, are not parties to it', () => {
    assert.deepEqual(flagged(`${on('2022-10-22')}Kremlin spokesman Dmitry Peskov said Lloyd Austin and Sergei Shoigu spoke on Friday.`), []);
    assert.deepEqual(flagged(`${on('2024-06-26')}The court made public its warrants for Sergei Shoigu and Valery Gerasimov on Tuesday.`), []);
    assert.deepEqual(flagged(`${on('2022-10-22')}Austin will not speak with Shoigu on Monday, officials said.`), []);
  });

  test('"Wednesday, a day after" the downing is Wednesday', () => {
    const text = `${on('2023-03-16')}Lloyd Austin spoke with Sergei Shoigu on Wednesday, a day after a Russian jet downed a US drone.`;
    assert.deepEqual(flagged(text), []);
    assert.deepEqual(flagged(text.replace('Wednesday', 'Tuesday')), ['call-date-conflict: Tuesday']);
  });

  test('after a misdated call, the next sentences are about the recorded call nearest to it', () => {
    const text = `${on('2023-03-16')}Austin last spoke with Sergei Shoigu on Oct. 25, 2022. That call came at Moscow's request. Lloyd Austin said so.`;
    assert.deepEqual(flagged(text), ['call-date-conflict: Oct. 25, 2022']);
  });

  test('relative dates inside a quotation are not taken against the dateline', () => {
    assert.deepEqual(flagged(`October 22, 2022\n\n"Austin took today as a chance to call Minister Shoigu," he said.`), []);
  });
});

describe('dates', () => {
  test('a stated weekday must be the date\'s weekday', () => {
    assert.deepEqual(flagged(`${on('2022-05-14')}Lloyd Austin spoke with Sergei Shoigu on Thursday, May 13.`), [
      'weekday-mismatch: Thursday',
    ]);
    assert.deepEqual(flagged(`${on('2022-05-14')}Lloyd Austin spoke with Sergei Shoigu on Friday, May 13.`), []);
  });

  test('without a reference date, relative dates are hints and nothing rests on them', () => {
    const result = checker.check('Defence Minister Sergei Shoigu spoke with Lloyd Austin on Friday.', { languageId: 'plaintext' });
    assert.equal(result.referenceDate, null);
    assert.deepEqual(result.findings.map((f) => [f.code, f.severity]), [['unresolved-date', 'hint']]);
  });

  test('the reference date comes from front matter, a dateline, the setting, or the record', () => {
    const text = 'Lloyd Austin spoke with Andrei Belousov on Tuesday.';
    assert.deepEqual(pick(checker.check(`${on('2024-06-27')}${text}`, { languageId: 'markdown' })), ['2024-06-27', 'front-matter']);
    assert.deepEqual(pick(checker.check(`June 27, 2024\n\n${text}`)), ['2024-06-27', 'dateline']);
    assert.deepEqual(pick(checker.check(text, { referenceDate: '2024-06-28' })), ['2024-06-28', 'setting']);
    assert.deepEqual(pick(checker.check(text)), ['2024-06-25', 'inferred']);
  });
});

const pick = (r: { referenceDate: string | null; referenceDateSource: string | null }) => [r.referenceDate, r.referenceDateSource];

describe('initiators, sequences and terms', () => {
  test('who asked for the call', () => {
    const base = `${on('2024-07-13')}Lloyd Austin and Andrei Belousov spoke on Friday.`;
    assert.deepEqual(flagged(`${base} The call was initiated by Russia.`), []);
    assert.deepEqual(flagged(`${base} The call was initiated by Belousov.`), []);
    assert.deepEqual(flagged(`${base} Austin initiated the call.`), ['initiator-conflict: Austin']);
    assert.deepEqual(flagged(`${on('2022-05-14')}Lloyd Austin spoke with Sergei Shoigu on Friday at the request of the US Defence Secretary.`), []);
  });

  test('"first since", "first between", "last spoke" and "second in N days"', () => {
    assert.deepEqual(flagged(`${on('2022-10-22')}Lloyd Austin spoke with Sergei Shoigu on Friday, their first call since May 13.`), []);
    assert.deepEqual(flagged(`${on('2022-10-22')}Lloyd Austin spoke with Sergei Shoigu on Friday, their first call since February 18.`), [
      'sequence-conflict: since February 18',
    ]);
    assert.deepEqual(flagged(`${on('2024-06-26')}Lloyd Austin spoke with Andrei Belousov on Tuesday, the first call between Austin and Belousov.`), []);
    assert.deepEqual(flagged(`${on('2022-10-24')}Sergei Shoigu spoke with Lloyd Austin on Sunday, the second call in three days.`), []);
    assert.deepEqual(flagged(`${on('2022-10-24')}Sergei Shoigu spoke with Lloyd Austin on Sunday, the second call in a day.`), [
      'sequence-conflict: second call in a day',
    ]);
    assert.deepEqual(flagged(`${on('2024-06-26')}Lloyd Austin and Sergei Shoigu last spoke on March 15, 2023.`), []);
    assert.deepEqual(flagged(`${on('2024-06-26')}Lloyd Austin and Sergei Shoigu last spoke on Oct. 21, 2022.`), [
      'sequence-conflict: Oct. 21, 2022',
    ]);
  });

  test('a side, or a person before an auxiliary, as the initiator', () => {
    const base = `${on('2024-07-13')}Lloyd Austin and Andrei Belousov spoke on Friday.`;
    assert.deepEqual(flagged(`${base} The Russian side initiated the call.`), []);
    assert.deepEqual(flagged(`${base} Austin had requested the call, the Pentagon said.`), ['initiator-conflict: Austin']);
    assert.deepEqual(flagged(`${on('2024-07-13')}Lloyd Austin initiated Friday's call with Andrei Belousov.`), ['initiator-conflict: Lloyd Austin']);
    const brown = `${on('2024-12-05')}Gen. Charles Q. Brown Jr. spoke with Gerasimov on Nov. 27 in a call`;
    assert.deepEqual(flagged(`${brown} Russia requested.`), []);
    assert.deepEqual(flagged(`${brown} the United States requested.`), ['initiator-conflict: United States']);
  });

  test('calls a sentence names together are not "in between" its "first since"', () => {
    const base = `October 25, 2022\n\nLloyd Austin spoke with Sergei Shoigu twice, on Friday and on Sunday.`;
    assert.deepEqual(flagged(`${base} The calls on Friday and Sunday were the first since May 13.`), []);
  });

  test('"the two men" are the two named just before; a negation after the date is another clause', () => {
    const base = `${on('2025-03-12')}Lloyd Austin's calls with Sergei Shoigu were rare.`;
    assert.deepEqual(flagged(`${base} The two men spoke on Feb. 18, 2022, and not again until May 13, 2022.`), []);
    assert.deepEqual(flagged(`${base} The two men spoke on Feb. 17, 2022, and not again until May 13, 2022.`), [
      'call-date-conflict: Feb. 17, 2022',
    ]);
  });

  test('"the second between the two in less than two weeks"', () => {
    const base = `${on('2024-07-13')}Lloyd Austin spoke with Andrei Belousov on Friday. The call was the second between the two`;
    assert.deepEqual(flagged(`${base} in less than three weeks.`), []);
    assert.deepEqual(flagged(`${base} in less than two weeks.`), ['sequence-conflict: second between the two in less than two weeks']);
  });

  test('the record lists every call between the defence chiefs: none between Hegseth and Belousov', () => {
    assert.deepEqual(flagged(`${on('2025-03-10')}Defense Secretary Pete Hegseth spoke with Andrei Belousov on March 3.`), [
      'call-date-conflict: March 3',
    ]);
  });

  test('terms after they ended, and the dates they ended on', () => {
    assert.deepEqual(flagged(`${on('2025-03-10')}Gen. CQ Brown, chairman of the Joint Chiefs of Staff, visited troops.`), [
      'title-conflict: CQ Brown, chairman of the Joint Chiefs of Staff',
    ]);
    assert.deepEqual(flagged(`${on('2024-01-10')}Mark Milley retired in September 2023.`), []);
    assert.deepEqual(flagged(`${on('2024-01-10')}Mark Milley retired in 2022.`), ['term-date-conflict: 2022']);
    assert.deepEqual(flagged(`${on('2025-03-10')}Pete Hegseth was sworn in on Jan. 20.`), ['term-date-conflict: Jan. 20']);
  });

  test('when someone took or left office', () => {
    const base = on('2024-06-26');
    assert.deepEqual(flagged(`${base}Andrei Belousov replaced Sergei Shoigu in May.`), []);
    assert.deepEqual(flagged(`${base}Andrei Belousov replaced Sergei Shoigu in March.`), ['term-date-conflict: March']);
    assert.deepEqual(flagged(`${base}Andrei Belousov took office as defence minister on May 14.`), []);
    assert.deepEqual(flagged(`${base}Andrei Belousov took office as defence minister on May 20.`), ['term-date-conflict: May 20']);
  });
});

describe('reading Markdown', () => {
  test('code, links and comments are not prose; directives suppress findings', () => {
    const text = [
      on('2024-06-26').trimEnd(),
      '',
      '`Llyod Austin` is how [the wire](https://example.com/Llyod-Austin) spelt it.',
      '',
      '```',
      'Llyod Austin',
      '```',
      '',
      '<!-- readout-disable-next-line name-misspelling -->',
      'Llyod Austin spoke again.',
      '',
      '<!-- readout-disable -->',
      'Llyod Austin spoke again.',
      '<!-- readout-enable -->',
      'Llyod Austin spoke again.',
    ].join('\n');
    const result = checker.check(text, { languageId: 'markdown' });
    assert.deepEqual(result.findings.map((f) => [f.code, text.slice(0, f.start).split('\n').length - 1]), [['name-misspelling', 16]]);
  });

  test('the suppression comment it writes is read back: above the line, with its indentation and line ends', () => {
    const text = '---\r\ndate: 2022-05-14\r\n---\r\n\r\n- Austin spoke.\r\n  - Llyod Austin spoke again.\r\n';
    const [f] = checker.check(text, { languageId: 'markdown' }).findings;
    const edit = disableNextLine(text, 'markdown', f!.start, f!.code)!;
    assert.equal(edit.newText, '  <!-- readout-disable-next-line name-misspelling -->\r\n');
    assert.equal(edit.start, text.indexOf('  - Llyod'));
    const suppressed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    assert.deepEqual(checker.check(suppressed, { languageId: 'markdown' }).findings, []);
    assert.equal(disableNextLine(text, 'plaintext', f!.start, f!.code), undefined, 'plain text has no comments');
  });

  test('rules change severities or turn codes off', () => {
    const text = `${on('2022-05-14')}Llyod Austin spoke with Sergei Shoigu on Friday.`;
    assert.deepEqual(checker.check(text, { languageId: 'markdown', rules: { 'name-misspelling': 'error' } }).findings.map((f) => f.severity), ['error']);
    assert.deepEqual(checker.check(text, { languageId: 'markdown', rules: { 'name-misspelling': 'off' } }).findings, []);
  });

  test('CRLF line ends and emoji keep offsets exact', () => {
    const text = '---\r\ndate: 2022-05-14\r\n---\r\n\r\n🎙️ Defence Secretary Llyod Austin spoke with Shoigu.\r\n';
    const [f] = checker.check(text, { languageId: 'markdown' }).findings;
    assert.equal(text.slice(f!.start, f!.end), 'Llyod');
  });

  test('a binary or oversized draft is declined politely', () => {
    assert.match(checker.check('abc\u0000def').declined!, /binary/);
    assert.match(checker.check('word '.repeat(500_000)).declined!, /up to/);
  });
});

describe('hovers and inlay hints', () => {
  const text = `${on('2022-10-22')}Defence Minister Sergei Shoigu spoke with Lloyd Austin on Friday.`;
  const result = checker.check(text, { languageId: 'markdown' });

  test('a hover names the words it describes', () => {
    const hover = checker.hover(result, text.indexOf('Shoigu') + 2)!;
    assert.equal(text.slice(hover.start, hover.end), 'Sergei Shoigu');
    assert.equal(checker.timeline(result, text.indexOf('Shoigu'))?.name, 'Sergei Shoigu');
    assert.equal(checker.timeline(result, text.indexOf('spoke')), null);
  });

  test('a person: what they held that day, their timeline, calls and sources', () => {
    const hover = checker.hover(result, text.indexOf('Shoigu') + 2)!.contents;
    assert.match(hover, /Sergei Shoigu/);
    assert.match(hover, /On Fri 2022-10-21: .*Minister of Defence/);
    assert.match(hover, /Recorded calls/);
    assert.match(hover, /Sources/);
  });

  test('a relative date: the day, and how it was resolved', () => {
    const hover = checker.hover(result, text.indexOf('Friday') + 1)!.contents;
    assert.match(hover, /Fri 2022-10-21/);
    assert.match(hover, /front matter 2022-10-22/);
    assert.deepEqual(checker.inlayHints(result).map((h) => h.label), ['2022-10-21']);
  });

  test('inlay hints for a range: only the dates that end inside it', () => {
    const draft = `${on('2022-10-22')}Shoigu spoke with Lloyd Austin on Friday.\n\nThey had last spoken on Oct. 20.\n\nThe ministers spoke again on Wednesday.`;
    const checked = checker.check(draft, { languageId: 'markdown' });
    assert.deepEqual(checker.inlayHints(checked).map((h) => h.label), ['2022-10-21', '2022-10-20', '2022-10-19']);
    const second = draft.indexOf('They');
    assert.deepEqual(checker.inlayHints(checked, second, second + 'They had last spoken on Oct. 20.'.length).map((h) => h.label), ['2022-10-20']);
  });

  test('a title: who held it that day', () => {
    const hover = checker.hover(result, text.indexOf('Defence Minister') + 3)!.contents;
    assert.match(hover, /Sergei Shoigu/);
    assert.match(hover, /Sources/);
  });
});
