// The rows FACTS.md revised or added, probed through what a writer sees: each true sentence
// passes, and the same sentence moved past the row's boundary is flagged.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CheckOptions, createChecker, defaultRecord, type Finding } from '../../server/src/core';

const checker = createChecker({ record: defaultRecord });

const on = (date: string) => `---\ndate: ${date}\n---\n\n`;

function check(date: string, sentence: string, options: CheckOptions = {}): { text: string; findings: Finding[] } {
  const text = `${on(date)}${sentence}`;
  return { text, findings: checker.check(text, { languageId: 'markdown', ...options }).findings };
}

/** What a writer sees: each finding's code and the words it underlines. */
function flagged(date: string, sentence: string): string[] {
  const { text, findings } = check(date, sentence);
  return findings.map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
}

/** The sentence is true on `inside` and flagged with `code` over `words` on `outside`. */
function boundary(sentence: string, inside: string, outside: string, code: string, words: string): void {
  assert.deepEqual(flagged(inside, sentence), [], `true on ${inside}`);
  assert.deepEqual(flagged(outside, sentence), [`${code}: ${words}`], `flagged on ${outside}`);
}

describe('calls the record lists', () => {
  test('the three 2021 Milley–Gerasimov calls pass; a day off is flagged', () => {
    for (const [day, sentence, moved] of [
      ['2021-04-02', 'Gen. Mark Milley spoke by phone with Gen. Valery Gerasimov on March 31.', 'March 30'],
      ['2021-11-24', 'Gen. Mark Milley spoke by phone with Gen. Valery Gerasimov on Nov. 23.', 'Nov. 22'],
      ['2021-12-23', 'Gen. Mark Milley spoke by phone with Gen. Valery Gerasimov on Dec. 22.', 'Dec. 21'],
    ] as const) {
      assert.deepEqual(flagged(day, sentence), [], sentence);
      const wrong = sentence.replace(/on .*\.$/, `on ${moved}.`);
      assert.deepEqual(flagged(day, wrong), [`call-date-conflict: ${moved}`], wrong);
    }
  });

  test('the 2021-08-11 and 2022-01-06 ministers’ calls, now of high confidence', () => {
    assert.deepEqual(flagged('2021-08-12', 'Lloyd Austin spoke with Sergei Shoigu on Aug. 11.'), []);
    assert.deepEqual(flagged('2021-08-12', 'Lloyd Austin spoke with Sergei Shoigu on Aug. 10.'), ['call-date-conflict: Aug. 10']);
    assert.deepEqual(flagged('2022-01-07', 'Lloyd Austin spoke with Sergei Shoigu on Jan. 6.'), []);
    assert.deepEqual(flagged('2022-01-07', 'Lloyd Austin spoke with Sergei Shoigu on Jan. 5.'), ['call-date-conflict: Jan. 5']);
  });

  test('the US side asked for the call of 2022-05-19, on the Russian defence ministry’s account alone', () => {
    const call = 'Gen. Mark Milley spoke with Gen. Valery Gerasimov on May 19';
    assert.deepEqual(flagged('2022-05-20', `${call} at the request of the United States.`), []);
    assert.deepEqual(flagged('2022-05-20', `${call} at Russia's request.`), ["initiator-conflict: Russia's"]);
    assert.equal(defaultRecord.events!.find((e) => e.id === 'call-2022-05-19-milley-gerasimov')!.initiator!.confidence, 'medium');
  });

  test('no source names who initiated the call of 2022-10-24: either side is accepted', () => {
    const call = 'Gen. Mark Milley spoke with Gen. Valery Gerasimov on Oct. 24';
    assert.deepEqual(flagged('2022-10-25', `${call} at Russia's request.`), []);
    assert.deepEqual(flagged('2022-10-25', `${call} at the request of the United States.`), []);
  });

  test('past the coverage (2026-02-28) the record cannot know a call, so none is flagged', () => {
    const sentence = (day: string) => `Defense Secretary Pete Hegseth spoke by phone with Andrei Belousov on ${day}.`;
    assert.deepEqual(flagged('2026-03-05', sentence('Feb. 27')), ['call-date-conflict: Feb. 27']);
    assert.deepEqual(flagged('2026-03-05', sentence('March 2')), []);
  });

  test('Hegseth and Caine met no one at the Anchorage summit by phone: a call there is flagged', () => {
    assert.deepEqual(flagged('2025-08-16', 'Pete Hegseth spoke by phone with Andrei Belousov on Aug. 15.'), ['call-date-conflict: Aug. 15']);
  });
});

describe('the Secretary of Defense and the "Secretary of War" title', () => {
  test('"Secretary of War" is right from 2025-09-05, not a day before, and the fix is the statutory title', () => {
    boundary('Secretary of War Pete Hegseth spoke at the Pentagon.', '2025-09-05', '2025-09-04', 'title-conflict', 'Secretary of War Pete Hegseth');
    const { findings } = check('2025-09-04', 'Secretary of War Pete Hegseth spoke at the Pentagon.');
    assert.match(findings[0]!.message, /only from 2025-09-05/);
    assert.deepEqual(findings[0]!.fixes.map((f) => f.newText), ['Secretary of Defense Pete Hegseth']);
  });

  test('"Secretary of War" was never a title of Lloyd Austin, not even as "former"', () => {
    assert.deepEqual(flagged('2023-03-16', 'Secretary of War Lloyd Austin spoke with Sergei Shoigu on Wednesday.'), [
      'title-conflict: Secretary of War Lloyd Austin',
    ]);
    assert.deepEqual(flagged('2026-03-05', 'Former Secretary of War Lloyd Austin said little.'), ['title-conflict: Former Secretary of War Lloyd Austin']);
    assert.deepEqual(flagged('2026-03-05', 'Former Defense Secretary Lloyd Austin said little.'), []);
  });

  test('before Hegseth took office, "Secretary of War Pete Hegseth" is wrong twice, and naming Austin instead would not mend it', () => {
    const { findings } = check('2024-12-05', 'Secretary of War Pete Hegseth has said he wants that channel kept open.');
    assert.deepEqual(findings.map((f) => f.code), ['title-conflict']);
    assert.match(findings[0]!.message, /^The Secretary of Defense on 2024-12-05 was Lloyd Austin;.*and "Secretary of War" names it only from 2025-09-05/);
    assert.deepEqual(findings[0]!.fixes, []);
    assert.deepEqual(flagged('2025-08-20', 'Secretary of War Pete Hegseth spoke in August 2025.'), ['title-conflict: Secretary of War Pete Hegseth']);
  });

  test('Robert Salesses was acting Secretary of Defense between Austin and Hegseth', () => {
    boundary('Defense Secretary Robert Salesses signed the order.', '2025-01-22', '2025-02-10', 'title-conflict', 'Defense Secretary Robert Salesses');
    const { findings } = check('2025-01-22', 'Defense Secretary Lloyd Austin signed the order.');
    assert.match(findings[0]!.message, /^The Secretary of Defense on 2025-01-22 was Robert Salesses \(acting\);/);
  });
});

describe('the chairmen of the Joint Chiefs', () => {
  test('Milley took office on 2019-10-01, after the ceremony of 2019-09-30', () => {
    assert.deepEqual(flagged('2021-03-01', 'Mark Milley was sworn in on Sept. 30, 2019.'), []);
    assert.deepEqual(flagged('2021-03-01', 'Mark Milley was sworn in on Sept. 20, 2019.'), ['term-date-conflict: Sept. 20, 2019']);
  });

  test('Christopher Grady was acting chairman from Brown’s dismissal to Caine, on one report', () => {
    boundary('Joint Chiefs Chairman Christopher Grady visited the troops.', '2025-03-10', '2025-05-10', 'title-conflict', 'Joint Chiefs Chairman Christopher Grady');
    const { findings } = check('2025-03-10', 'Joint Chiefs Chairman Charles Brown visited the troops.');
    assert.match(findings[0]!.message, /was Christopher Grady \(acting, medium confidence\);/);
    assert.ok(!findings[0]!.fixes.some((f) => f.title.startsWith('Change the name')), 'no fix rests on a medium-confidence fact');
  });

  test('Dan Caine is chairman from 2025-04-12, confirmed the day before', () => {
    boundary('Chairman of the Joint Chiefs of Staff Dan Caine visited the troops.', '2025-04-14', '2025-04-05', 'title-conflict', 'Chairman of the Joint Chiefs of Staff Dan Caine');
    assert.deepEqual(flagged('2025-04-14', 'Dan Caine was confirmed on April 11.'), []);
    assert.deepEqual(flagged('2025-04-14', 'Dan Caine was confirmed on April 1.'), ['term-date-conflict: April 1']);
  });
});

describe('the Pentagon’s spokespeople', () => {
  test('Ryder is press secretary from a day of August 2022: any day of the month passes, the month before does not', () => {
    const sentence = 'Pentagon Press Secretary Pat Ryder briefed reporters.';
    for (const day of ['2022-08-01', '2022-08-04', '2022-08-31']) assert.deepEqual(flagged(day, sentence), [], day);
    assert.deepEqual(flagged('2022-07-29', sentence), ['title-conflict: Pentagon Press Secretary Pat Ryder']);
    assert.deepEqual(flagged('2022-10-22', 'Pat Ryder became press secretary in August 2022.'), []);
    assert.deepEqual(flagged('2022-10-22', 'Pat Ryder became press secretary in June 2022.'), ['term-date-conflict: June 2022']);
    assert.deepEqual(flagged('2022-10-22', 'Pat Ryder was named press secretary on Aug. 4, 2022.'), []);
  });

  test('Ryder is not press secretary after January 2025', () => {
    boundary('Pentagon Press Secretary Pat Ryder briefed reporters.', '2025-01-31', '2025-02-03', 'title-conflict', 'Pentagon Press Secretary Pat Ryder');
  });

  test('Ryder’s brigadier general’s star from 2020-08-05 (one source) to 2023-12-04', () => {
    boundary('Brig. Gen. Pat Ryder briefed reporters.', '2020-08-05', '2020-08-01', 'title-conflict', 'Brig. Gen. Pat Ryder');
    boundary('Brig. Gen. Pat Ryder briefed reporters.', '2023-12-04', '2023-12-06', 'title-conflict', 'Brig. Gen. Pat Ryder');
  });

  test('Singh’s title is an attestation: nothing is said before it, and she is not deputy press secretary after about January 2025', () => {
    const sentence = 'Deputy Pentagon Press Secretary Sabrina Singh briefed reporters.';
    assert.deepEqual(flagged('2022-06-01', sentence), [], 'before the first attestation the record says nothing');
    assert.deepEqual(flagged('2024-07-13', 'Pentagon spokesperson Sabrina Singh briefed reporters.'), []);
    assert.deepEqual(flagged('2025-06-01', sentence), ['title-conflict: Deputy Pentagon Press Secretary Sabrina Singh']);
  });

  test('Kirby: Pentagon press secretary until May 2022, then the White House’s national security spokesman until 2025-01-20', () => {
    boundary('Pentagon Press Secretary John Kirby briefed reporters.', '2022-05-10', '2022-07-01', 'title-conflict', 'Pentagon Press Secretary John Kirby');
    boundary('NSC coordinator for strategic communications John Kirby briefed reporters.', '2023-06-01', '2022-05-10', 'title-conflict', 'NSC coordinator for strategic communications John Kirby');
    boundary('National Security Communications Adviser John Kirby briefed reporters.', '2024-06-01', '2025-03-01', 'title-conflict', 'National Security Communications Adviser John Kirby');
    assert.deepEqual(flagged('2024-06-01', 'National Security Council spokesman John Kirby briefed reporters.'), []);
  });

  test('Ullyot, acting chief spokesman until about April 2025; Parnell, chief spokesman from 2025-02-03', () => {
    boundary('Chief Pentagon spokesman John Ullyot said little.', '2025-02-15', '2025-07-01', 'title-conflict', 'Chief Pentagon spokesman John Ullyot');
    boundary('Chief Pentagon spokesman Sean Parnell said little.', '2025-02-10', '2025-01-20', 'title-conflict', 'Chief Pentagon spokesman Sean Parnell');
    assert.deepEqual(flagged('2025-06-01', 'Pentagon spokesman Sean Parnell said little.'), [], 'a loose label of his own office');
  });

  test('Kingsley Wilson: deputy, then acting press secretary from 2025-04-24, press secretary from 2025-05-23', () => {
    boundary('Pentagon Press Secretary Kingsley Wilson briefed reporters.', '2025-06-01', '2025-03-01', 'title-conflict', 'Pentagon Press Secretary Kingsley Wilson');
    assert.deepEqual(flagged('2025-05-01', 'Pentagon Press Secretary Kingsley Wilson briefed reporters.'), [], 'acting press secretary');
    boundary('Deputy Pentagon Press Secretary Kingsley Wilson briefed reporters.', '2025-03-01', '2025-08-01', 'title-conflict', 'Deputy Pentagon Press Secretary Kingsley Wilson');
  });
});

describe('the offices reporters confuse with ours', () => {
  test('a title the record knows, given to someone who never held it, is a conflict', () => {
    assert.deepEqual(flagged('2022-10-22', 'Secretary of State Lloyd Austin spoke on Friday.'), ['title-conflict: Secretary of State Lloyd Austin']);
    assert.deepEqual(flagged('2022-10-22', 'Russian Foreign Minister Sergei Shoigu spoke on Friday.'), ['title-conflict: Russian Foreign Minister Sergei Shoigu']);
    assert.deepEqual(flagged('2022-10-22', 'National Security Adviser Mark Milley spoke on Friday.'), ['title-conflict: National Security Adviser Mark Milley']);
    const { findings } = check('2022-10-22', 'Russian Foreign Minister Sergei Shoigu spoke on Friday.');
    assert.match(findings[0]!.message, /^The Minister of Foreign Affairs of Russia on 2022-10-21 was Sergey Lavrov;/);
  });

  test('a title the record does not know yields nothing', () => {
    assert.deepEqual(flagged('2025-10-01', 'UN Ambassador Mike Waltz spoke on Friday.'), []);
    assert.deepEqual(flagged('2022-10-22', 'Deputy Chief of Mission Lloyd Austin spoke on Friday.'), []);
  });

  test('Blinken, then Rubio, Secretary of State', () => {
    boundary('Secretary of State Antony Blinken spoke on Friday.', '2024-01-13', '2025-03-08', 'title-conflict', 'Secretary of State Antony Blinken');
    boundary('Secretary of State Marco Rubio spoke on Friday.', '2025-01-25', '2025-01-11', 'title-conflict', 'Secretary of State Marco Rubio');
  });

  test('Sullivan, Waltz, then Rubio as interim National Security Advisor', () => {
    boundary('National Security Adviser Jake Sullivan spoke on Friday.', '2024-07-13', '2025-03-08', 'title-conflict', 'National Security Adviser Jake Sullivan');
    boundary('National Security Adviser Mike Waltz spoke on Friday.', '2025-03-08', '2025-06-07', 'title-conflict', 'National Security Adviser Mike Waltz');
    boundary('National Security Adviser Marco Rubio spoke on Friday.', '2025-06-07', '2025-03-08', 'title-conflict', 'National Security Adviser Marco Rubio');
  });

  test('Lavrov, Russia’s foreign minister from 2004-03-09, and Zakharova, its spokeswoman from 2015-08-10', () => {
    boundary('Russian Foreign Minister Sergei Lavrov spoke on Friday.', '2004-03-13', '2004-03-06', 'title-conflict', 'Russian Foreign Minister Sergei Lavrov');
    boundary('Foreign Ministry spokeswoman Maria Zakharova spoke on Friday.', '2015-08-15', '2015-07-18', 'title-conflict', 'Foreign Ministry spokeswoman Maria Zakharova');
    assert.deepEqual(flagged('2024-07-13', 'Kremlin spokeswoman Maria Zakharova spoke on Friday.'), ['title-conflict: Kremlin spokeswoman Maria Zakharova']);
  });

  test('Jaishankar is India’s foreign minister from 2019-05-31', () => {
    boundary('External Affairs Minister S. Jaishankar spoke on Friday.', '2019-06-01', '2019-05-25', 'title-conflict', 'External Affairs Minister S. Jaishankar');
    assert.deepEqual(flagged('2024-07-13', 'S. Jaishankar became foreign minister on May 31, 2019.'), []);
    assert.deepEqual(flagged('2024-07-13', 'S. Jaishankar became foreign minister on May 20, 2019.'), ['term-date-conflict: May 20, 2019']);
  });

  test('Patrushev, an aide to the President from 2024-05-14', () => {
    boundary('Kremlin aide Nikolai Patrushev spoke on Friday.', '2024-06-01', '2024-04-06', 'title-conflict', 'Kremlin aide Nikolai Patrushev');
  });
});

describe('loose labels of one’s own office', () => {
  test('"Defense Minister Austin", "Pentagon chief", "Russia’s defence chief", "top US general" are not conflicts', () => {
    assert.deepEqual(flagged('2022-10-22', 'Lloyd Austin spoke with Sergei Shoigu on Friday. Defense Minister Austin said little.'), []);
    assert.deepEqual(flagged('2022-10-22', 'Defense Secretary Sergei Shoigu spoke with Lloyd Austin on Friday.'), []);
    assert.deepEqual(flagged('2022-10-22', 'Pentagon chief Lloyd Austin spoke with Sergei Shoigu on Friday.'), []);
    assert.deepEqual(flagged('2024-07-13', "Russia's defence chief Andrei Belousov spoke with Lloyd Austin on Friday."), []);
    assert.deepEqual(flagged('2022-05-20', 'Top US general Mark Milley spoke with Valery Gerasimov on Thursday.'), []);
  });

  test('a label is still a conflict for someone who no longer holds the office, or for the other side', () => {
    assert.deepEqual(flagged('2025-06-01', 'Pentagon chief Lloyd Austin said little.'), ['title-conflict: Pentagon chief Lloyd Austin']);
    assert.deepEqual(flagged('2024-06-01', 'Top US general Mark Milley said little.'), ['title-conflict: Top US general Mark Milley']);
    assert.deepEqual(flagged('2022-10-22', 'US Defense Minister Sergei Shoigu said little.'), ['title-conflict: US Defense Minister Sergei Shoigu']);
    const { findings } = check('2024-07-13', 'Defense Secretary Sergei Shoigu said little.');
    assert.match(findings[0]!.message, /^The Minister of Defence on 2024-07-13 was Andrei Belousov/, 'the office he held, not the one the label is a title of');
  });
});

describe('the record’s dates', () => {
  test('asOf 2026-11-30: an ongoing term is known to hold until then, and not after', () => {
    assert.deepEqual(flagged('2026-11-30', 'Former Defense Secretary Pete Hegseth said little.'), ['title-conflict: Former Defense Secretary Pete Hegseth']);
    assert.deepEqual(flagged('2026-12-10', 'Former Defense Secretary Pete Hegseth said little.'), []);
  });

  test('the ICC warrants were issued on 2024-06-24 and made public on 2024-06-25: a date hover names both', () => {
    for (const day of ['June 24', 'June 25']) {
      const text = `${on('2024-06-26')}The court's warrants for Sergei Shoigu and Valery Gerasimov date from ${day}.`;
      const result = checker.check(text, { languageId: 'markdown' });
      assert.deepEqual(result.findings, []);
      const hover = checker.hover(result, text.indexOf(day) + 1)!.contents;
      assert.match(hover, /Mon 2024-06-24: The International Criminal Court issues arrest warrants for Shoigu and Gerasimov \(made public the next day\)/);
    }
  });
});

describe('citations that carry weight', () => {
  const drafts: [string, string][] = [
    ['2022-05-14', 'Defence Secretary Llyod Austin spoke with Sergei Shoigu on Friday.'],
    ['2024-07-12', 'Jake Sullivan spoke with Indian Foreign Minister Ajit Doval on Friday.'],
    ['2024-07-13', 'Defence Minister Sergei Shoigu spoke with Lloyd Austin on Friday, the second call in two weeks.'],
    ['2022-05-14', 'Luhansk Governor Serhiy Haidai spoke to reporters. Vladimir Putin spoke on Sept. 12, 2024.'],
    ['2025-06-01', 'President Joe Biden and National Security Adviser Jake Sullivan said little. Prime Minister Rishi Sunak agreed.'],
    ['2022-10-24', 'Lloyd Austin and Sergei Shoigu spoke by phone on Oct. 20.'],
  ];

  test('every message cites an independent source first, never an article or an unnamed outlet', () => {
    let seen = 0;
    for (const [date, sentence] of drafts) {
      for (const f of check(date, sentence).findings) {
        if (!f.sources.length) continue;
        seen++;
        assert.notEqual(f.sources[0]!.kind, 'printed', f.message);
        assert.doesNotMatch(f.message, /\[(?:printed in|Unnamed|Unattributed)/, f.message);
      }
    }
    assert.ok(seen >= 6, `${seen} findings with sources`);
  });

  test('an article is cited as where the claim was printed, after the independent sources', () => {
    const { findings } = check('2024-07-13', 'Andrei Belousov spoke with Lloyd Austin on Friday, the second call in two weeks.');
    const kinds = findings.find((f) => f.code === 'sequence-conflict')!.sources.map((s) => s.kind);
    assert.ok(kinds.includes('printed'));
    assert.deepEqual(kinds.slice(kinds.indexOf('printed')).filter((k) => k !== 'printed'), [], 'articles come last');
    const rank = { official: 0, agency: 0, press: 1, reference: 2, printed: 3 } as const;
    for (const [date, sentence] of drafts) {
      for (const f of check(date, sentence).findings) {
        const ranks = f.sources.map((x) => (x.kind ? rank[x.kind] : 1));
        assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), `strongest first: ${f.message}`);
      }
    }
    const text = `${on('2022-10-22')}Kremlin spokesman Dmitry Peskov said so.`;
    const hover = checker.hover(checker.check(text, { languageId: 'markdown' }), text.indexOf('Peskov') + 2)!.contents;
    const items = hover.split('**Sources:** ')[1]!.split(' · ');
    assert.doesNotMatch(items[0]!, /printed in|Unnamed/);
    assert.ok(items.some((item) => /^printed in Asian Lite News/.test(item)), hover);
  });
});
