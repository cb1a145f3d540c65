// Title claims (SPEC sections 3 and 7): each test a class of sentence, a true one silent and a wrong one flagged.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createChecker, defaultRecord } from '../../server/src/core';

const checker = createChecker({ record: defaultRecord });

function titles(text: string, date?: string): string[] {
  const draft = date ? `---\ndate: ${date}\n---\n\n${text}` : text;
  const result = checker.check(draft, { languageId: 'markdown' });
  return result.findings.filter((f) => f.code === 'title-conflict').map((f) => draft.slice(f.start, f.end));
}

describe('titles of another office', () => {
  test('"Press Secretary of the President Dmitry Peskov": the office a longer title serves is not the title of the one named', () => {
    assert.deepEqual(titles('Press Secretary of the President Dmitry Peskov said the call was useful.', '2024-07-12'), []);
    assert.deepEqual(titles('President Dmitry Peskov said the call was useful.', '2024-07-12'), ['President Dmitry Peskov']);
  });
});

describe('the time a title is judged at', () => {
  test('a sentence with a date of its own is judged at that date, not the reference date', () => {
    assert.deepEqual(titles('Before the Senate on Jan. 14, 2025, Defense Secretary Pete Hegseth promised a review.', '2026-02-20'), ['Defense Secretary Pete Hegseth']);
    assert.deepEqual(titles('In February 2025, Defense Secretary Pete Hegseth toured the border.', '2026-02-20'), []);
  });

  test('"then-" with no time given: a title form of a period is judged on the last day the person held the office', () => {
    assert.deepEqual(titles('Then-Secretary of War Lloyd Austin took those calls.', '2026-01-15'), ['Then-Secretary of War Lloyd Austin']);
    assert.deepEqual(titles('Then-Defense Secretary Lloyd Austin took those calls.', '2026-01-15'), []);
  });

  test('a date set off after another person\'s name is of that person, not of the title', () => {
    const text = (title: string) => `Gen. Dan Caine, confirmed as chairman in April 2025 after Brown's dismissal, has not spoken with Gerasimov, and ${title} Pete Hegseth has not spoken with Andrei Belousov.`;
    assert.deepEqual(titles(text('Secretary of War'), '2026-02-24'), []);
    assert.deepEqual(titles(text('Secretary of State'), '2026-02-24'), ['Secretary of State Pete Hegseth']);
  });

  test('"the next day" counts from the day named before it', () => {
    const text = 'A drone was lost over the Black Sea on March 14, 2023. The next day Austin phoned Security Council Secretary Sergei Shoigu.';
    assert.deepEqual(titles(text, '2026-01-15'), ['Security Council Secretary Sergei Shoigu']);
    assert.deepEqual(titles(text.replace('Security Council Secretary', 'Defence Minister'), '2026-01-15'), []);
  });

  test('a paragraph with no date of its own is judged in the year of its section', () => {
    const text = '## 2024\n\nThe department said Defense Secretary Lloyd Austin wanted the channel kept open.';
    assert.deepEqual(titles(text, '2025-03-01'), []);
    assert.deepEqual(titles(text.replace('2024', '2019'), '2025-03-01'), ['Defense Secretary Lloyd Austin']);
  });

  test('a section about the draft\'s own year leaves undated sentences to the draft\'s date', () => {
    const text = '## June and July 2024\n\nFirst Deputy Prime Minister Belousov Warns Austin on Arms';
    assert.deepEqual(titles(text, '2024-07-15'), ['First Deputy Prime Minister Belousov']);
  });

  test('an undated clause about a call of two people is judged on the days of their recorded calls', () => {
    const text = '## 2024\n\nIt was First Deputy Prime Minister Andrei Belousov\'s second call with Lloyd Austin.';
    assert.deepEqual(titles(text, '2025-03-01'), ["First Deputy Prime Minister Andrei Belousov's"]);
    assert.deepEqual(titles(text.replace('First Deputy Prime Minister', 'Defence Minister'), '2025-03-01'), []);
    // A clause of the present is about now, not about their past calls.
    assert.deepEqual(titles('Nor has Lloyd Austin, the defense secretary, spoken with Andrei Belousov this year.', '2024-06-01'), []);
  });

  test('a date in a relative clause the title is not in does not time the title', () => {
    assert.deepEqual(titles('Security Council Secretary Sergei Shoigu, who spoke with Austin in March 2023, said little.', '2025-06-26'), []);
    assert.deepEqual(titles('In March 2023, Security Council Secretary Sergei Shoigu, who was in Moscow, said little.', '2025-06-26'), ['Security Council Secretary Sergei Shoigu']);
  });

  test('"then-" is judged at the time of the sentence or of its call, never at the draft\'s date', () => {
    assert.deepEqual(titles('Austin spoke with then-Secretary of State Sergei Shoigu.', '2025-10-01'), ['then-Secretary of State Sergei Shoigu']);
    assert.deepEqual(titles('Austin spoke with then-Defence Minister Sergei Shoigu.', '2025-10-01'), []);
  });

  test('a title of a period is wrong before it', () => {
    assert.deepEqual(titles('In August, Secretary of War Pete Hegseth joined the delegation in Alaska.', '2025-09-10'), ['Secretary of War Pete Hegseth']);
    assert.deepEqual(titles('On Monday, Secretary of War Pete Hegseth met his staff.', '2025-09-10'), []);
  });
});

describe('speakers', () => {
  test('a speaker holds the title when speaking, not at the time of what they recount', () => {
    assert.deepEqual(titles('The last such call was on March 15, 2023, Pentagon press secretary Maj. Gen. Pat Ryder said.', '2024-06-25'), []);
    assert.deepEqual(titles('Maj. Gen. Pat Ryder, the press secretary, told reporters that the previous call had been in March 2023.', '2024-06-25'), []);
  });

  test('a speaker is judged at the statement\'s own date, or a date fronted before the statement', () => {
    assert.deepEqual(titles('Following the Oct. 21, 2022, call, Maj. Gen. Pat Ryder told reporters that the line stayed open.', '2025-06-10'), ['Maj. Gen. Pat Ryder']);
    assert.deepEqual(titles('Following the Oct. 21, 2022, call, Brig. Gen. Pat Ryder told reporters that the line stayed open.', '2022-10-25'), []);
  });

  test('a name after a comma that goes on to a reporting verb is no apposition of the title before it', () => {
    assert.deepEqual(titles('Austin had last talked to a Russian defence minister, Ryder noted, in the spring.', '2023-06-01'), []);
    assert.deepEqual(titles('Asked whether Austin would call his Russian counterpart, Ryder says a call would come in time.', '2023-03-15'), []);
  });

  test('one briefed on something is not a speaker', () => {
    const text = '## Sunday: Prime Minister Sunak Briefed on the Call\nThe British minister spoke with Shoigu on Sunday, and Rishi Sunak heard of it.';
    assert.deepEqual(titles(text, '2022-10-25'), ['Prime Minister Sunak']);
  });

  test('a date of an event the person took no part in does not surely time the title', () => {
    assert.deepEqual(titles('Defense Secretary Pete Hegseth recalled the invasion of February 2022.', '2025-10-01'), []);
    assert.deepEqual(titles('Defense Secretary Pete Hegseth reviewed the calls of June 2024.', '2025-10-01'), []);
    assert.deepEqual(titles('Austin spoke with Defence Minister Sergei Shoigu on Feb. 18, 2022.', '2025-10-01'), []);
    assert.deepEqual(titles('Austin spoke with Security Council Secretary Sergei Shoigu on Feb. 18, 2022.', '2025-10-01'), ['Security Council Secretary Sergei Shoigu']);
  });
});

describe('titles that belong to someone else', () => {
  test('the office a post serves is not the title of the name after it', () => {
    assert.deepEqual(titles('Jake Sullivan spoke by phone with the National Security Adviser to the Prime Minister of India Ajit Doval.', '2024-07-12'), []);
  });

  test('a title before a name in a list is that name\'s, not an apposition of the name before it', () => {
    assert.deepEqual(titles('Hegseth, Gen. Dan Caine and Belousov all attended the summit.', '2025-09-10'), []);
    assert.deepEqual(titles('Pete Hegseth, the chairman of the Joint Chiefs, attended the summit.', '2025-09-10'), ['Pete Hegseth, the chairman of the Joint Chiefs']);
  });

  test('the one replaced, and a rank the sentence says came before a later one, keep the title of their day', () => {
    const call = 'Austin and Belousov spoke on June 25, 2024, shortly after Belousov';
    assert.deepEqual(titles(`${call} replaced longtime Defense Minister Sergei Shoigu.`, '2024-06-26'), []);
    assert.deepEqual(titles(`${call} met longtime Defense Minister Sergei Shoigu.`, '2024-06-26'), ['longtime Defense Minister Sergei Shoigu']);
    assert.deepEqual(titles('Briefings were given by Brig. Gen. Pat Ryder (later Major General) from August 2022.', '2026-01-15'), []);
    assert.deepEqual(titles('Briefings are given by Brig. Gen. Pat Ryder.', '2026-01-15'), ['Brig. Gen. Pat Ryder']);
  });

  test('a title after a verb and "to" still belongs to the name', () => {
    assert.deepEqual(titles('Gerasimov, who reports to Defence Minister Sergei Shoigu, seldom speaks in public.', '2024-12-10'), ['Defence Minister Sergei Shoigu']);
  });
});

describe('services and ranks', () => {
  test('a rank given with a service the person did not serve in is a conflict, and the fix names the recorded one', () => {
    const draft = '---\ndate: 2022-05-20\n---\n\nNavy Gen. Mark Milley spoke with Gerasimov on Thursday.';
    const found = checker.check(draft, { languageId: 'markdown' }).findings.filter((f) => f.code === 'title-conflict');
    assert.deepEqual(found.map((f) => draft.slice(f.start, f.end)), ['Navy Gen. Mark Milley']);
    assert.deepEqual(found[0]!.fixes.map((f) => f.newText), ['Army Gen. Mark Milley']);
    assert.deepEqual(titles('Army Gen. Mark Milley spoke with Gerasimov on Thursday.', '2022-05-20'), []);
  });

  test('a retired officer keeps the service: only the service word is judged', () => {
    assert.deepEqual(titles('The retired Marine General Lloyd Austin took office in 2021.', '2024-06-26'), ['Marine General Lloyd Austin']);
    assert.deepEqual(titles('Lloyd Austin, a retired Army general, took office in 2021.', '2024-06-26'), []);
  });

  test('a grade the record knows, below or beside the one held, is a conflict; the grade held before a promotion is not', () => {
    assert.deepEqual(titles('Pentagon Press Secretary Lt. Gen. Pat Ryder briefed reporters.', '2024-06-20'), ['Lt. Gen. Pat Ryder']);
    assert.deepEqual(titles('Colonel General Valery Gerasimov held the call.', '2023-03-15'), ['Colonel General Valery Gerasimov']);
    assert.deepEqual(titles('Army Gen. Valery Gerasimov held the call.', '2023-03-15'), []);
    assert.deepEqual(titles('Col. Gen. Alexander Dvornikov led the campaign.', '2023-03-15'), []);
    assert.deepEqual(titles('Trump picked retired Air Force Lt. Gen. Dan Caine to lead the Joint Chiefs.', '2025-02-22'), []);
    assert.deepEqual(titles('Lt. Gen. Dan Caine chairs the Joint Chiefs.', '2025-06-22'), ['Lt. Gen. Dan Caine']);
  });

  test('"retired" keeps a rank: one the person never held is a conflict, one held before (Caine out of uniform) is not', () => {
    assert.deepEqual(titles('Lloyd Austin, a retired Navy admiral, called Shoigu.', '2022-05-14'), ['Lloyd Austin, a retired Navy admiral']);
    assert.deepEqual(titles('Retired Navy Adm. Lloyd Austin called Shoigu.', '2022-05-14'), ['Retired Navy Adm. Lloyd Austin']);
    assert.deepEqual(titles('Lloyd Austin, a retired Army general, called Shoigu.', '2022-05-14'), []);
    assert.deepEqual(titles('Gen. Dan Caine, a retired Air Force lieutenant general when he was picked, chairs the Joint Chiefs.', '2025-06-14'), []);
    assert.deepEqual(titles('Lloyd Austin, a retired general of the Army, spoke.', '2025-06-14'), []);
    assert.deepEqual(titles('Retired Defense Secretary Lloyd Austin spoke.', '2025-06-14'), []);
  });

  test('a rank given to someone who held none says so, and names no other holder of the rank', () => {
    const draft = '---\ndate: 2025-06-20\n---\n\nGen. Pete Hegseth spoke.';
    const [found] = checker.check(draft, { languageId: 'markdown' }).findings;
    assert.match(found!.message, /^The record has Pete Hegseth in no military rank/);
  });
});

describe('fixes', () => {
  test('"former" goes before the title of an apposition, not before the name', () => {
    const draft = '---\ndate: 2024-06-28\n---\n\nNor has Mark Milley, the chairman of the Joint Chiefs, spoken to Gerasimov this year.';
    const found = checker.check(draft, { languageId: 'markdown' }).findings.filter((f) => f.code === 'title-conflict');
    assert.ok(found[0]!.fixes.some((f) => f.newText === 'Mark Milley, the former chairman of the Joint Chiefs'));
  });

  test('no other name where an apposition goes on about the one named', () => {
    const fixes = (text: string) => checker.check(`---\ndate: 2024-12-06\n---\n\n${text}`, { languageId: 'markdown' }).findings.filter((f) => f.code === 'title-conflict').flatMap((f) => f.fixes.map((x) => x.newText));
    assert.deepEqual(fixes('Defence Minister Sergei Shoigu, now secretary of the Security Council, visited Pyongyang.'), ['Secretary of the Security Council Sergei Shoigu', 'Former Defence Minister Sergei Shoigu']);
    assert.ok(fixes('Defence Minister Sergei Shoigu visited Pyongyang.').includes('Defence Minister Andrei Belousov'));
  });
});

describe('acting and interim', () => {
  test('"acting" is judged like the title itself: the person must have held the office that day', () => {
    assert.deepEqual(titles('On Jan. 22, 2025, Acting Secretary of Defense Robert Salesses signed the order.', '2025-12-15'), []);
    assert.deepEqual(titles('On March 3, 2025, Acting Secretary of Defense Robert Salesses signed the order.', '2025-12-15'), ['Acting Secretary of Defense Robert Salesses']);
  });

  test('no fix names a holder who was not acting as an acting one', () => {
    const draft = '---\ndate: 2025-12-15\n---\n\nOn March 3, 2025, Acting Secretary of Defense Robert Salesses signed the order.';
    const found = checker.check(draft, { languageId: 'markdown' }).findings.filter((f) => f.code === 'title-conflict');
    assert.ok(!found[0]!.fixes.some((f) => f.newText.includes('Hegseth')));
  });
});

describe('titles given by a verb of the present', () => {
  test('"X is <title>" is judged at the draft\'s date', () => {
    assert.deepEqual(titles('Sergei Shoigu is Russia\'s defence minister.', '2024-07-19'), ["Sergei Shoigu is Russia's defence minister"]);
    assert.deepEqual(titles('Andrei Belousov is Russia\'s new defence minister, and Shoigu is now secretary of the Security Council.', '2024-07-19'), []);
  });

  test('a quoted "is" belongs to the speaker, and a compound such as "President-elect" is no title', () => {
    assert.deepEqual(titles('"Shoigu is the defence minister," a Kremlin aide said in 2023.', '2024-07-19'), []);
    assert.deepEqual(titles('Pete Hegseth is President-elect Donald Trump\'s choice for the Pentagon.', '2024-12-05'), []);
  });
});

describe('headlines, labels and times', () => {
  test('in a headline in Title Case, a capital before a title does not make it another title', () => {
    assert.deepEqual(titles('Austin Warns Russian Defense Minister Shoigu of Escalation', '2024-06-26'), ['Russian Defense Minister Shoigu']);
    assert.deepEqual(titles('Austin Warns Russian Defense Minister Belousov of Escalation', '2024-06-26'), []);
  });

  test('the other party of "in call with" keeps the title, and a loose label of one\'s own office is no conflict', () => {
    assert.deepEqual(titles('Austin Presses for Calm in Call With Russia\'s Defence Chief', '2024-06-26'), []);
    assert.deepEqual(titles('Pentagon chief Lloyd Austin and Defense Minister Austin are one man, and so is the top US general Charles Brown.', '2024-06-26'), []);
  });

  test('a headline and the byline under it, run together with no full stop, do not pass a title on', () => {
    const text = "Austin Urges Restraint in Call With Russia's Defense Minister\nSecretary of Defense Lloyd Austin spoke with Belousov on Tuesday.";
    assert.deepEqual(titles(text, '2024-06-26'), []);
  });

  test('a clock time is no "Prime Minister", and a speaker label is no title', () => {
    assert.deepEqual(titles('Wire | 6/25/2024, 12:49 p.m.\nUS Secretary of Defense Lloyd Austin spoke with Belousov.', '2024-06-26'), []);
    assert.deepEqual(titles('At 4 p.m. Austin called Belousov.', '2024-06-26'), []);
    assert.deepEqual(titles('Wire | 6/26/2024, 4:10 p.m. Secretary Austin said he spoke with Belousov.', '2024-06-26'), []);
    assert.deepEqual(titles('MAJ. GEN. PAT RYDER: Good afternoon.', '2024-06-26'), []);
  });

  test('a title the record knows, given to a person who never held it, is a conflict', () => {
    assert.deepEqual(titles('Secretary of State Lloyd Austin met reporters on Wednesday.', '2024-06-26'), ['Secretary of State Lloyd Austin']);
    assert.deepEqual(titles('National Security Adviser Mark Milley met reporters on Wednesday.', '2022-06-01'), ['National Security Adviser Mark Milley']);
  });
});

describe('titles spoken of, not given', () => {
  test('a title and name that are all a quotation holds are words talked about, as corrections and style guides write them', () => {
    assert.deepEqual(titles('An earlier version referred to Antony Blinken as "Secretary of Defense Blinken."', '2023-05-01'), []);
    assert.deepEqual(titles('From Sept. 5, 2025, "Secretary of War Pete Hegseth" is also correct.', '2025-01-20'), []);
    assert.deepEqual(titles('Secretary of Defense Antony Blinken spoke on Monday.', '2023-05-01'), ['Secretary of Defense Antony Blinken']);
  });

  test('a title in apposition with a period of its own is the period\'s, for the term reader', () => {
    assert.deepEqual(titles('Sergei Shoigu, defence minister from 2012 until May 2024, is now secretary of the Security Council.', '2025-03-01'), []);
    assert.deepEqual(titles('Sergei Shoigu, defence minister, spoke on Monday.', '2025-03-01'), ['Sergei Shoigu, defence minister']);
    assert.deepEqual(titles('John Kirby, the Pentagon press secretary in the early months of the war, later moved to the White House.', '2026-08-11'), []);
    // Before the name, a period is the sentence's: "briefings were given by Maj. Gen. Pat Ryder from late August" is of 2022.
    assert.deepEqual(titles('In 2022, Pentagon briefings were given by Maj. Gen. Pat Ryder from late August.', '2025-03-01'), ['Maj. Gen. Pat Ryder']);
  });
});

describe('offices that count their holders', () => {
  test('"the 27th secretary of defense" said of the 28th is flagged, with the count in the writer\'s style as the fix', () => {
    const fixes = (text: string) => checker.check(text, { languageId: 'markdown' }).findings.filter((f) => f.code === 'title-conflict').map((f) => `${text.slice(f.start, f.end)} → ${f.fixes.map((x) => x.newText).join(' | ')}`);
    assert.deepEqual(titles('Lloyd J. Austin III, the 28th secretary of defense, spoke with Shoigu.', '2024-08-01'), []);
    assert.deepEqual(fixes('---\ndate: 2024-08-01\n---\n\nLloyd J. Austin III, the 27th secretary of defense, spoke with Shoigu.'), ['27th → 28th']);
    assert.deepEqual(fixes('---\ndate: 2024-08-01\n---\n\nLloyd Austin became the twenty-seventh secretary of defense in 2021.'), ['twenty-seventh → twenty-eighth']);
    assert.deepEqual(titles('Pete Hegseth, the 28th secretary of defense, has not called Belousov.', '2025-10-01'), ['28th']);
    assert.deepEqual(titles('The 22nd chairman of the Joint Chiefs, Gen. Dan Caine, was in Anchorage.', '2025-10-01'), []);
    assert.deepEqual(titles('Gen. Dan Caine, the 21st chairman of the Joint Chiefs, was in Anchorage.', '2025-10-01'), ['21st']);
  });
});

describe('titles in apposition', () => {
  test('a title that begins with a side\'s word ("the Pentagon press secretary"), after "then the", judged at the sentence\'s date', () => {
    assert.deepEqual(titles('John Kirby, the Pentagon press secretary, spoke.', '2022-11-01'), ['John Kirby, the Pentagon press secretary']);
    assert.deepEqual(titles('John Kirby, the Pentagon press secretary, spoke in March 2022.', '2022-11-01'), []);
    assert.deepEqual(titles('John Kirby, then the Pentagon press secretary, explained the calls on Feb. 12, 2022.', '2022-11-01'), []);
    assert.deepEqual(titles('John Kirby, then the Pentagon press secretary, explained the calls on Oct. 21, 2022.', '2022-11-01'), ['John Kirby, then the Pentagon press secretary']);
  });

  test('past a suffix\'s period: "Charles Q. Brown Jr., the chairman"', () => {
    assert.deepEqual(titles('Gen. Charles Q. Brown Jr., the chairman of the Joint Chiefs of Staff, said it.', '2025-03-10'), ['Charles Q. Brown Jr., the chairman of the Joint Chiefs of Staff']);
    assert.deepEqual(titles('Gen. Charles Q. Brown Jr., the chairman of the Joint Chiefs of Staff, said it.', '2024-03-10'), []);
  });
});
