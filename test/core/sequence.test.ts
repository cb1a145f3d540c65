// Sequence claims (SPEC sections 3 and 7): where a call stands in the series of its channel or
// of its two people. Each test a class of sentence: a true one stays silent, a wrong one is flagged.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createChecker, defaultRecord } from '../../server/src/core';

const checker = createChecker({ record: defaultRecord });

function sequence(text: string): string[] {
  const result = checker.check(text, { languageId: 'markdown' });
  return result.findings.filter((f) => f.code === 'sequence-conflict').map((f) => text.slice(f.start, f.end));
}

const on = (date: string) => `---\ndate: ${date}\n---\n\n`;

describe('"first since" a date, a month or an event', () => {
  test('a month before the call, read against the call and not the draft', () => {
    const story = `${on('2023-09-29')}Gen. Mark Milley spoke with Gen. Valery Gerasimov on May 19, 2022.`;
    assert.deepEqual(sequence(`${story} It was their first conversation since February.`), []);
    assert.deepEqual(sequence(`${story} It was their first conversation since December.`), ['since December']);
  });

  test('an event of the record named by its words: the invasion, the start of the war', () => {
    const story = `${on('2022-10-22')}Lloyd Austin spoke with Sergei Shoigu on Friday.`;
    assert.deepEqual(sequence(`${story} It was their first call since May.`), []);
    assert.deepEqual(sequence(`${story} It was their first call since the war began.`), ['first call since the war began']);
  });

  test('the start of a term: "since Belousov took office"', () => {
    const story = `${on('2024-07-13')}Lloyd Austin spoke with Andrei Belousov on Friday.`;
    assert.deepEqual(sequence(`${story} It was their second call since Belousov took office.`), []);
    assert.deepEqual(sequence(`${story} It was the ministers' first since Belousov took office.`), ['first since Belousov']);
  });

  test('"the first time since … that": of what the clause tells, a call only with a call verb', () => {
    const story = (day: string) => `${on('2023-03-20')}Austin and Shoigu spoke on ${day}. It was the first time since the start of the war that`;
    assert.deepEqual(sequence(`${story('May 13, 2022')} the two ministers had spoken.`), []);
    assert.deepEqual(sequence(`${story('March 15')} the two ministers had spoken.`), ['first time since the start of the war']);
    assert.deepEqual(sequence(`${story('March 15')} US and Russian aircraft had come into contact.`), []);
  });

  test('an earlier call told in a clause: "since Milley spoke with him in October 2022", of the offices they held', () => {
    const story = `${on('2024-12-05')}Gen. Charles Q. Brown Jr. spoke with Gen. Valery Gerasimov on Nov. 27,`;
    assert.deepEqual(sequence(`${story} the first such call since Gen. Mark Milley spoke with him in March 2023.`), []);
    assert.deepEqual(sequence(`${story} the first such call since Gen. Mark Milley spoke with him in October 2022.`), ['since Gen. Mark Milley spoke with him in October 2022']);
    const ministers = `${on('2022-10-22')}Lloyd Austin spoke with Sergei Shoigu on Friday, their first call since`;
    assert.deepEqual(sequence(`${ministers} they talked on May 13.`), []);
    assert.deepEqual(sequence(`${ministers} their conversation in April.`), ['since their conversation in April']);
  });

  test('the fix rewrites only "since …", in the writer\'s format', () => {
    const text = `${on('2024-06-26')}Lloyd Austin spoke with Andrei Belousov on Tuesday, the first call between the ministers since October 2022.`;
    const [finding] = checker.check(text, { languageId: 'markdown' }).findings.filter((f) => f.code === 'sequence-conflict');
    assert.deepEqual(finding?.fixes.map((f) => f.newText), ['since March 2023']);
  });
});

describe('counts and spans', () => {
  test('"the first in N months" checks the gap to the previous call, generously', () => {
    const story = `${on('2022-10-22')}Lloyd Austin spoke with Sergei Shoigu on Friday,`;
    assert.deepEqual(sequence(`${story} their first call in five months.`), []);
    assert.deepEqual(sequence(`${story} their first call in months.`), []);
    assert.deepEqual(sequence(`${story} their first call in a year.`), ['first call in a year']);
  });

  test('"the N-th in a span", of a year, or since an event, counts the channel\'s calls', () => {
    const story = `${on('2022-10-24')}Sergei Shoigu spoke with Lloyd Austin on Sunday.`;
    assert.deepEqual(sequence(`${story} It was their second call in three days.`), []);
    assert.deepEqual(sequence(`${story} It was their third call in a week.`), ['third call in a week']);
    assert.deepEqual(sequence(`${story} It was their third call since the invasion.`), []);
    assert.deepEqual(sequence(`${story} It was their fourth call of 2022.`), ['fourth call of 2022']);
  });

  test('"the second in two weeks" reaches back 14 days, "just over two weeks" a few more', () => {
    // The ministers spoke on June 25 and July 12, 2024: 17 days apart.
    const story = `${on('2024-07-13')}Lloyd Austin spoke with Andrei Belousov on Friday,`;
    assert.deepEqual(sequence(`${story} their second call in two weeks.`), ['second call in two weeks']);
    assert.deepEqual(sequence(`${story} their second call in just over two weeks.`), []);
    assert.deepEqual(sequence(`${story} their second call in three weeks.`), []);
  });

  test('a count of two people with no period: "Brown\'s second call with Gerasimov"', () => {
    const story = `${on('2024-12-06')}Gen. CQ Brown spoke with Gen. Valery Gerasimov on Nov. 27.`;
    assert.deepEqual(sequence(`${story} It was Brown's first call with Gerasimov.`), []);
    assert.deepEqual(sequence(`${story} It was Brown's second call with Gerasimov.`), ['second call']);
  });

  test('an ordinal that names a call or means another one is no count', () => {
    const story = `${on('2022-10-24')}Austin and Shoigu spoke twice, on Oct. 21 and Oct. 23.`;
    assert.deepEqual(sequence(`${story} Shoigu raised the bomb claim in the second call.`), []);
    assert.deepEqual(sequence(`${on('2022-10-24')}Lloyd Austin spoke with Sergei Shoigu on Friday. On Sunday Russia asked for a second call.`), []);
  });

  test('"the second of the two calls" chooses one of a set', () => {
    const story = `${on('2022-10-25')}Gen. Mark Milley spoke with Gen. Valery Gerasimov on Monday.\n\n`;
    assert.deepEqual(sequence(`${story}The first of the ministers' six calls in 2022 came in January.`), []);
    assert.deepEqual(sequence(`${story}The ministers' October 23 call was their first of 2022.`), ['first of 2022']);
  });

  test('a headline\'s ordinal with no period is counted only of a pair it names', () => {
    const story = `\n\nLloyd Austin spoke with Sergei Shoigu on Sunday, and Gen. Mark Milley with Gen. Valery Gerasimov on Monday.`;
    assert.deepEqual(sequence(`${on('2022-10-25')}## Generals Talk a Day After Ministers' Second Call${story}`), []);
    assert.deepEqual(sequence(`${on('2022-10-25')}## Austin Holds Second Call With Shoigu${story}`), ['Second Call']);
  });

  test('"first" of something that is not the call', () => {
    const story = `${on('2022-05-14')}Lloyd Austin spoke with Sergei Shoigu on Friday.`;
    assert.deepEqual(sequence(`${story} It was the first time he could press Shoigu for a truce himself.`), []);
    assert.deepEqual(sequence(`${story} Shoigu, defence minister since 2012, was the first general to take the post in years.`), []);
  });
});

describe('the call a sentence is about', () => {
  test('its own date, not the reference date', () => {
    const text = `${on('2024-07-13')}Lloyd Austin spoke with Andrei Belousov on Friday. Back on June 25, Austin held his first call with Belousov.`;
    assert.deepEqual(sequence(text), []);
  });

  test('"then the first": of a call told of before, which the sentence does not name', () => {
    const story = `${on('2024-07-13')}Belousov held a call with Austin on Friday. The previous one took place on June 25.`;
    assert.deepEqual(sequence(`${story} It was then the first conversation between the two ministers since March of last year.`), []);
    assert.deepEqual(sequence(`${on('2024-07-13')}Belousov held a call with Austin on Friday. It was the first conversation between the two ministers since March of last year.`), ['first conversation between the two ministers since March of last year']);
  });

  test('an ordinal naming an earlier call after "after", "since" or "before" is no count', () => {
    const story = `${on('2024-07-20')}On 12 July 2024, Belousov rang Austin,`;
    assert.deepEqual(sequence(`${story} 17 days after their first conversation.`), []);
    assert.deepEqual(sequence(`${story} in their first conversation.`), ['first conversation']);
  });

  test('not the earlier call it refers back to', () => {
    const text = `${on('2022-10-24')}Sergei Shoigu rang Lloyd Austin on Sunday. It was the second call between the ministers in three days, after Austin phoned Shoigu on Friday.`;
    assert.deepEqual(sequence(text), []);
  });

  test('the channel a sentence names, in a story of the other channel\'s call', () => {
    const story = `${on('2022-10-24')}Lloyd Austin spoke with Sergei Shoigu on Friday, and Gen. Mark Milley with Gen. Valery Gerasimov on Monday.\n\n`;
    assert.deepEqual(sequence(`${story}It is the generals' first call since May.`), []);
    assert.deepEqual(sequence(`${story}It is the generals' first call since February.`), ['since February']);
  });

  test('a headline with no date may be of any call of the draft\'s weeks', () => {
    const log = `${on('2024-07-15')}## Austin and Belousov Hold First Call\nLloyd Austin spoke with Andrei Belousov on Friday, July 12.`;
    assert.deepEqual(sequence(log), []);
    assert.deepEqual(sequence(`${on('2024-07-15')}## Austin and Belousov Hold Third Call in a Month\nLloyd Austin spoke with Andrei Belousov on Friday, July 12.`), ['Third Call in a Month']);
  });

  test('with no call in context, a count wrong of every call of its series', () => {
    assert.deepEqual(sequence(`${on('2024-12-06')}Some had it as Brown's first call with Gerasimov.`), []);
    assert.deepEqual(sequence(`${on('2024-12-06')}Some had it as Brown's second call with Gerasimov.`), ['second call']);
  });

  test('a day of its own, in a story of another channel\'s call, is that day\'s call', () => {
    const story = `${on('2021-12-23')}Gen. Mark Milley and Gen. Valery Gerasimov spoke on Wednesday.\n\nDefense Secretary Lloyd Austin and Sergei Shoigu last spoke by phone in August.\n\n`;
    assert.deepEqual(sequence(`${story}Their call on August 11 was their first since Austin took office in January.`), []);
    assert.deepEqual(sequence(`${story}Their call on August 11 was their second since Austin took office in January.`), ['second since Austin']);
  });

  test('what a speaker told reporters is of the people it names', () => {
    const story = `${on('2024-07-15')}Lloyd Austin spoke with Andrei Belousov on Friday.\n\nA spokesman told reporters that Austin's previous call with a Russian minister had been with Shoigu in `;
    assert.deepEqual(sequence(`${story}March 2023.`), []);
    assert.deepEqual(sequence(`${story}October 2022.`), ['October 2022']);
  });

  test('with no date at all, a count of the person the sentence before named, wrong of each of their calls', () => {
    const count = 'And it was the first call between the generals since the invasion.';
    assert.deepEqual(sequence(`Q: Who took the call?\n\nA: It was Gen. CQ Brown. ${count}`), ['first call between the generals since the invasion']);
    assert.deepEqual(sequence(`Q: Who took the call?\n\nA: It was Gen. Mark Milley. ${count}`), []);
  });

  test('an article\'s claim quoted to be corrected is not the writer\'s', () => {
    const text = `${on('2022-05-20')}Lloyd Austin spoke with Sergei Shoigu on May 13. A story on May 14 described it as their first call since Jan. 6.`;
    assert.deepEqual(sequence(text), []);
  });
});

describe('"last spoke" at the precision written', () => {
  test('"their previous contact" is of the two the sentence before named', () => {
    const story = `${on('2022-10-25')}Gen. Mark Milley spoke by phone on Monday with Gen. Valery Gerasimov. Their previous contact, on`;
    assert.deepEqual(sequence(`${story} May 19, had been their first since the invasion began.`), []);
    assert.deepEqual(sequence(`${story} May 13, had been their first since the invasion began.`), ['May 13']);
  });

  test('"March last year", "July of this year": the year counted from the draft\'s date', () => {
    const text = (month: string) => `${on('2025-09-10')}The two defence ministers last spoke in ${month}.`;
    assert.deepEqual(sequence(text('July last year')), []);
    assert.deepEqual(sequence(text('July of this year')), ['July of this year']);
    assert.deepEqual(sequence(`${on('2024-07-20')}Austin and Shoigu last spoke in March of last year.`), []);
    assert.deepEqual(sequence(`${on('2024-07-20')}Austin and Shoigu last spoke in May last year.`), ['May last year']);
  });

  test('a month is checked as a month, in the series of the two people', () => {
    const text = (month: string) => `${on('2024-05-20')}Lloyd Austin and Sergei Shoigu last spoke in ${month}.`;
    assert.deepEqual(sequence(text('March 2023')), []);
    assert.deepEqual(sequence(text('October 2022')), ['October 2022']);
  });

  test('a fix keeps an abbreviated format, but a short month takes no stop ("Oct. 21" → "May 19")', () => {
    const text = `${on('2022-10-25')}Gen. Mark Milley spoke with Gen. Valery Gerasimov on Monday. The two generals had last talked on Oct. 21.`;
    const [finding] = checker.check(text, { languageId: 'markdown' }).findings.filter((f) => f.code === 'sequence-conflict');
    assert.deepEqual(finding?.fixes.map((f) => f.newText), ['May 19']);
  });

  test('the generals\' channel, whoever its holders', () => {
    const text = (day: string) => `${on('2022-05-20')}Gen. Mark Milley spoke with Gen. Valery Gerasimov on Thursday. The two generals had last talked on ${day}.`;
    assert.deepEqual(sequence(text('Feb. 11')), []);
    assert.deepEqual(sequence(text('Feb. 18')), ['Feb. 18']);
  });

  test('a pair that can speak no more has a last call whatever the date of the draft', () => {
    const text = (month: string) => `Gen. CQ Brown replaced Gen. Mark Milley, who last spoke with Gen. Valery Gerasimov in ${month}.`;
    assert.deepEqual(sequence(text('March 2023')), []);
    assert.deepEqual(sequence(text('October 2022')), ['October 2022']);
  });

  test('"the last conversation with Shoigu" is the last call of the one named; after "he", the one named is not who spoke', () => {
    const tenure = `${on('2025-01-21')}Lloyd Austin spoke with Sergei Shoigu five times.`;
    assert.deepEqual(sequence(`${tenure} The last conversation with Shoigu, on March 15, 2023, followed the loss of a drone.`), []);
    assert.deepEqual(sequence(`${tenure} The last conversation with Shoigu, on Oct. 23, 2022, followed the loss of a drone.`), ['Oct. 23, 2022']);
    assert.deepEqual(sequence(`${tenure} Shoigu's contacts with counterparts were not at issue: he last spoke with Austin in March 2023.`), []);
  });

  test('"last spoke" of a story\'s own recent call is of the one before it', () => {
    assert.deepEqual(sequence(`${on('2022-05-17')}Lloyd Austin and Sergei Shoigu last spoke on Feb. 18.`), []);
    assert.deepEqual(sequence(`${on('2022-05-20')}The two military officials last spoke on Feb. 11.`), []);
  });

  test('"the line was last used" when a pair spoke', () => {
    const story = `${on('2024-12-06')}Gen. CQ Brown spoke with Gen. Valery Gerasimov on Nov. 27.\n\nBefore this, the line had last been used when Milley and Gerasimov talked in `;
    assert.deepEqual(sequence(`${story}March 2023.`), []);
    assert.deepEqual(sequence(`${story}October 2022.`), ['October 2022']);
    assert.deepEqual(sequence(`${on('2024-12-06')}The old rifle was last used in October 2022.`), []);
  });

  test('"the last time" of something other than speaking', () => {
    assert.deepEqual(sequence(`${on('2024-05-20')}The last time Austin visited Kyiv was in October 2022.`), []);
    assert.deepEqual(sequence(`${on('2024-05-20')}The last time Austin and Shoigu spoke was in October 2022.`), ['October 2022']);
  });

  test('"last before" an event, and "last Friday" is a date', () => {
    assert.deepEqual(sequence(`${on('2022-03-01')}The ministers' last call before the invasion came on Feb. 18.`), []);
    assert.deepEqual(sequence(`${on('2022-10-28')}Austin and Shoigu spoke last Friday and again on Sunday.`), []);
  });
});

describe('silences', () => {
  test('"have not spoken since" up to the reference date, "before …" bounding it', () => {
    assert.deepEqual(sequence(`${on('2022-10-21')}Gen. Mark Milley and Gen. Valery Gerasimov have not spoken since the invasion.`), ['have not spoken since the invasion']);
    assert.deepEqual(sequence(`${on('2024-07-13')}Before June 25, the ministers had not spoken since March 2023.`), []);
    assert.deepEqual(sequence(`${on('2022-10-21')}Peskov said the two presidents have not spoken since February.`), []);
  });

  test('a silence in quotation marks is the speaker\'s claim, as a fact-check column quotes one', () => {
    const claim = 'The top generals haven\'t talked since Milley retired.';
    assert.deepEqual(sequence(`${on('2025-01-10')}**Claim:** "${claim}"`), []);
    assert.deepEqual(sequence(`${on('2025-01-10')}${claim}`), ['haven\'t talked since Milley']);
  });
});

function findings(text: string, code: string): { words: string; fixes: string[]; message: string }[] {
  return checker.check(text, { languageId: 'markdown' }).findings.filter((f) => f.code === code).map((f) => ({ words: text.slice(f.start, f.end), fixes: f.fixes.map((x) => x.newText), message: f.message }));
}

describe('which calls a count is of', () => {
  test('"between the two militaries": the ministers\' calls and the generals\' alike; two calls of one day are both the first', () => {
    const text = (ordinal: string) => `${on('2022-10-24')}The top U.S. military officer spoke by phone Monday with the chief of Russia's general staff, the ${ordinal} high-level call between the two militaries in four days.`;
    assert.deepEqual(sequence(text('third')), []);
    assert.deepEqual(sequence(text('second')).length, 1);
    // "The two militaries' top officers" are the generals: their first in 20 months.
    assert.deepEqual(sequence(`${on('2024-12-04')}Gen. CQ Brown spoke with Gen. Valery Gerasimov on Nov. 27, the first call between the two militaries' top officers in 20 months.`), []);
  });

  test('"for the first time since February, a break in a silence that…": a clause past the comma is another noun\'s', () => {
    assert.deepEqual(sequence(`${on('2022-10-25')}On Friday, Lloyd Austin called Sergei Shoigu for the first time since May, a break in a silence that officials had lamented.`), []);
    assert.deepEqual(sequence(`${on('2022-10-25')}On Friday, Lloyd Austin called Sergei Shoigu for the first time since February, a break in a silence that officials had lamented.`), ['since February']);
  });

  test('"had last spoken" may look back from the call the paragraph before told of', () => {
    const text = (day: string) => `${on('2022-10-25')}On Friday, Lloyd Austin called Sergei Shoigu.\n\nThe two men had in fact last spoken on ${day}, when Austin pressed for a ceasefire.`;
    assert.deepEqual(sequence(text('May 13')), []);
  });

  test('one of the record\'s people on a call with someone it does not hold counts nothing of theirs; "their" of two named in a negation', () => {
    const story = `${on('2022-10-25')}Lloyd Austin spoke with Sergei Shoigu on Friday.`;
    assert.deepEqual(sequence(`${story} Britain's Ben Wallace spoke to Shoigu on Sunday, the second time in a week after a call on October 21.`), []);
    assert.deepEqual(sequence(`${on('2021-12-23')}Defense Secretary Lloyd Austin has not spoken with Sergei Shoigu since August, when the two held what was their first call since Austin took office.`), []);
  });

  test('"That June call": the June of the day named before it', () => {
    const story = (since: string) => `${on('2025-09-20')}Lloyd Austin and Andrei Belousov's first call came on June 25, 2024. That June call was the first between the ministers since ${since}.`;
    assert.deepEqual(sequence(story('March 2023')), []);
    assert.deepEqual(sequence(story('October 2022')), ['since October 2022']);
  });

  test('"Before that": before the last day the sentence before named', () => {
    const story = `${on('2022-10-24')}Friday's conversation between Lloyd Austin and Sergei Shoigu was the first since May 13, when Austin urged a cease-fire.`;
    assert.deepEqual(sequence(`${story} Before that, they had last spoken on Feb. 18.`), []);
    assert.deepEqual(sequence(`${story} Before that, they had last spoken on Feb. 12.`), ['Feb. 12']);
  });
});

describe('channels named by their titles', () => {
  test('"between an American defense secretary and his Russian counterpart": the channel of the offices the titles name', () => {
    const story = (ordinal: string) => `${on('2023-03-16')}Lloyd Austin spoke with Sergei Shoigu on Wednesday. It was only the ${ordinal} call between an American defense secretary and his Russian counterpart since the invasion.`;
    assert.deepEqual(sequence(story('fourth')), []);
    assert.deepEqual(sequence(story('third')).length, 1);
    assert.deepEqual(sequence(`${on('2024-08-01')}The last time an American defence secretary spoke to his Russian counterpart was in July 2024.`), []);
    assert.deepEqual(sequence(`${on('2024-08-01')}The last time an American defence secretary spoke to his Russian counterpart was in March 2023.`), ['March 2023']);
    // "Before Belousov" is before the man, not an event he attended.
    assert.deepEqual(sequence(`${on('2024-07-12')}**Q:** Before Belousov, the secretary had not spoken to a Russian defense minister since March 2023, correct?`), []);
    assert.deepEqual(sequence(`${on('2024-07-12')}**Q:** Before Belousov, the secretary had not spoken to a Russian defense minister since October 2022, correct?`), ['since October 2022']);
  });
});

describe('counts of calls in a period', () => {
  test('periods a count is of: "after" an event in any tense, "between" two dates, "last year" opening the sentence', () => {
    const austin = (count: string) => `${on('2024-08-01')}By our count Lloyd Austin spoke with Russia's defence minister ${count} after the invasion.`;
    assert.deepEqual(sequence(austin('six times')), []);
    assert.deepEqual(sequence(austin('seven times')), ['seven times']);
    const ministers = (count: string) => `${on('2024-08-01')}The defense ministers held ${count} calls between August 2021 and July 2024.`;
    assert.deepEqual(sequence(ministers('ten')), []);
    assert.deepEqual(sequence(ministers('nine')), ['nine calls']);
    const year = (count: string) => `${on('2025-03-01')}Lloyd Austin and Andrei Belousov spoke in 2024. Last year the two ministers spoke only ${count}.`;
    assert.deepEqual(sequence(year('twice')), []);
    assert.deepEqual(sequence(year('three times')), ['only three times']);
    // "In 2022 after the invasion": the part of the year after it.
    assert.deepEqual(sequence(`${on('2026-01-15')}The ministers spoke three times in 2022 after the invasion (13 May, 21 October and 23 October).`), []);
    assert.deepEqual(sequence(`${on('2026-01-15')}The ministers spoke four times in 2022 after the invasion.`), ['four times']);
    // A second count in the sentence takes the verb of the first.
    assert.deepEqual(sequence(`${on('2026-01-15')}The ministers spoke three times in 2022 after the invasion, and four times in 2022 before the invasion.`), ['four times']);
    // Spoken to reporters, not to a counterpart: no pair, no count.
    assert.deepEqual(sequence(`${on('2024-08-01')}Lloyd Austin spoke to reporters seven times after the invasion.`), []);
  });

  test('"has spoken with his Russian counterparts four times": the calls of the one named, whoever held the other office', () => {
    const austin = (count: string) => `${on('2024-12-10')}Defense Secretary Lloyd Austin has spoken with his Russian counterparts ${count} since the invasion of February 2022.`;
    assert.deepEqual(sequence(austin('six times')), []);
    assert.deepEqual(sequence(austin('only four times')), ['only four times']);
    assert.deepEqual(sequence(`${on('2024-12-10')}Andrei Belousov has spoken with his US counterparts twice since the invasion.`), []);
  });

  test('"in October of that year": the year of the day named before it', () => {
    const story = `${on('2024-12-10')}Shoigu spoke with Austin on 13 May 2022. In October of that year, Shoigu spoke with Austin`;
    assert.deepEqual(sequence(`${story} twice.`), []);
    assert.deepEqual(sequence(`${story} three times.`), ['three times']);
  });

  test('one person\'s counts with two counterparts in one sentence; two of one side are no pair', () => {
    const story = `${on('2025-07-12')}After the invasion, Austin spoke to Shoigu three times in 2022 and once in 2023,`;
    assert.deepEqual(sequence(`${story} and to Belousov twice in 2024.`), []);
    assert.deepEqual(sequence(`${on('2025-07-12')}Shoigu and Belousov spoke twice in 2024.`), []);
    assert.deepEqual(sequence(`${on('2025-07-12')}Austin spoke to Belousov three times in 2024.`), ['three times']);
  });

  test('"spoke twice in 2022" counts the pair\'s calls of the year, with the right count as a fix', () => {
    assert.deepEqual(sequence(`${on('2024-12-01')}Austin and Shoigu spoke six times in 2022.`), []);
    const [wrong] = findings(`${on('2024-12-01')}Austin and Shoigu spoke twice in 2022.`, 'sequence-conflict');
    assert.equal(wrong?.words, 'twice');
    assert.deepEqual(wrong?.fixes, ['six times']);
    assert.match(wrong!.message, /^The record lists 6 calls between Lloyd Austin and Sergei Shoigu from .*2022-01-01 to .*2022-12-31/);
  });

  test('"that year" is the section\'s year; "this year" runs to the draft\'s date', () => {
    assert.deepEqual(sequence(`${on('2024-12-01')}## 2022\n\nThe generals spoke three times that year.`), []);
    assert.deepEqual(sequence(`${on('2024-12-01')}## 2023\n\nThe generals spoke three times that year.`), ['three times']);
    assert.deepEqual(sequence(`${on('2022-10-25')}The ministers have spoken six times this year.`), []);
    assert.deepEqual(sequence(`${on('2022-10-25')}The ministers have spoken four times this year.`), ['four times']);
  });

  test('"have spoken N times since" an event counts up to the draft\'s date', () => {
    assert.deepEqual(sequence(`${on('2022-10-25')}Austin and Shoigu have spoken three times since the invasion.`), []);
    assert.deepEqual(sequence(`${on('2023-09-01')}Austin and Shoigu have spoken three times since the invasion.`), ['three times']);
  });

  test('a month is counted as a month; a pair of offices by the record\'s pair names', () => {
    assert.deepEqual(sequence(`${on('2024-12-01')}Austin and Shoigu spoke twice in October 2022.`), []);
    assert.deepEqual(sequence(`${on('2024-12-01')}Austin and Shoigu spoke three times in October 2022.`), ['three times']);
    assert.deepEqual(sequence(`${on('2024-12-01')}The chiefs of staff spoke once in 2023.`), []);
    assert.deepEqual(sequence(`${on('2024-12-01')}The chiefs of staff spoke twice in 2023.`), ['twice']);
  });

  test('"their only call of 2023", and "at least" read as written', () => {
    assert.deepEqual(sequence(`${on('2024-12-01')}The ministers' only call of 2023 came on March 15.`), []);
    assert.deepEqual(sequence(`${on('2024-12-01')}Belousov's only call with Austin in 2024 came in June.`), ['only call']);
    assert.deepEqual(sequence(`${on('2024-12-01')}The ministers spoke at least once in 2023.`), []);
    assert.deepEqual(sequence(`${on('2024-12-01')}The ministers spoke at least twice in 2023.`), ['at least twice']);
  });

  test('a period the record does not wholly cover, a quote, a plan or another kind of count stays silent', () => {
    assert.deepEqual(sequence(`${on('2024-12-01')}The generals spoke five times in 2021.`), []);
    assert.deepEqual(sequence(`${on('2026-06-01')}The ministers have spoken twice this year.`), []);
    assert.deepEqual(sequence(`${on('2022-10-25')}"We have talked four times this year," a Russian official said of the two ministries.`), []);
    assert.deepEqual(sequence(`${on('2022-10-25')}Shoigu will speak twice more with allied ministers this week.`), []);
    assert.deepEqual(sequence(`${on('2024-12-01')}Austin visited Kyiv twice in 2023.`), []);
  });
});

describe('ordinals and spans', () => {
  test('a wrong ordinal gets the right one, in the writer\'s style', () => {
    const [wrong] = findings(`${on('2024-07-13')}Lloyd Austin spoke with Andrei Belousov on Friday. Friday's call was the third since the invasion.`, 'sequence-conflict');
    assert.deepEqual(wrong?.fixes, ['sixth since the invasion']);
    assert.match(wrong!.message, /^The record lists 6 calls between the Secretary of Defense and the Minister of Defence from .*2022-02-25 to .*2024-07-12: .*; the draft has it as the third\. \[/);
  });

  test('"for the second time since the start of the war"; "this week" bounds nothing the record can judge', () => {
    const story = `${on('2022-10-25')}Lloyd Austin spoke with Sergei Shoigu on Friday.`;
    assert.deepEqual(sequence(`${story} Austin spoke with Shoigu for the second time since the start of the war.`), []);
    assert.deepEqual(sequence(`${story} The Kremlin said for the second time this week that no call between the presidents was planned.`), []);
  });

  test('"the first in months" is of a gap of about three months or more; a plain count of months gets the right one', () => {
    assert.deepEqual(sequence(`${on('2022-05-14')}Lloyd Austin spoke with Sergei Shoigu on Friday, their first call in months.`), []);
    assert.deepEqual(sequence(`${on('2024-07-13')}Lloyd Austin spoke with Andrei Belousov on Friday, their first call in months.`), ['first call in months']);
    const [wrong] = findings(`${on('2022-10-22')}Lloyd Austin spoke with Sergei Shoigu on Friday, their first call in 15 months.`, 'sequence-conflict');
    assert.deepEqual(wrong?.fixes, ['first call in 5 months']);
  });
});

describe('silences stated as spans (elapsed-conflict)', () => {
  test('a silence begun at a dated call runs to the next call; one named by a noun may be the one any dated call ended', () => {
    const june = `${on('2024-07-20')}Lloyd Austin and Andrei Belousov spoke on June 25. Before that, the ministers had gone`;
    assert.deepEqual(findings(`${june} more than 15 months without speaking, following a call on March 15, 2023.`, 'elapsed-conflict'), []);
    assert.deepEqual(findings(`${june} more than 19 months without speaking, following a call on March 15, 2023.`, 'elapsed-conflict').map((f) => f.words), ['more than 19 months without speaking']);
    const sunday = (span: string) => `${on('2022-10-25')}Lloyd Austin's Sunday call with Sergei Shoigu came two days after a Friday call that ended ${span} of silence.`;
    assert.deepEqual(findings(sunday('five months'), 'elapsed-conflict'), []);
    assert.deepEqual(findings(sunday('ten months'), 'elapsed-conflict').map((f) => f.words), ['ten months of silence']);
  });

  test('"had not spoken for more than a year" before the call that ended it', () => {
    const story = `${on('2024-06-26')}Lloyd Austin spoke with Andrei Belousov on Tuesday. Before that call, the ministers had not spoken for`;
    assert.deepEqual(findings(`${story} more than a year.`, 'elapsed-conflict'), []);
    assert.deepEqual(findings(`${story} more than two years.`, 'elapsed-conflict').map((f) => f.words), ['had not spoken for more than two years']);
  });

  test('"nearly a year without a call" and "a 10-month silence", with the whole months as a fix', () => {
    const story = `${on('2024-12-01')}On Oct. 21, 2022, Austin spoke with Shoigu after`;
    assert.deepEqual(findings(`${story} about five months without a call.`, 'elapsed-conflict'), []);
    assert.deepEqual(findings(`${story} nearly a year without a call.`, 'elapsed-conflict').map((f) => f.words), ['nearly a year without a call']);
    const beforeJune = (span: string) => `${on('2024-07-13')}Belousov called Austin on Friday. The ministers had not spoken for more than ${span} before the June call.`;
    assert.deepEqual(findings(beforeJune('15 months'), 'elapsed-conflict'), []);
    assert.deepEqual(findings(beforeJune('18 months'), 'elapsed-conflict').map((f) => f.words), ['had not spoken for more than 18 months']);
    const gone = (span: string) => `${on('2022-10-25')}Austin and Shoigu had gone ${span} without speaking before the May 13 call.`;
    assert.deepEqual(findings(gone('nearly three months'), 'elapsed-conflict'), []);
    assert.deepEqual(findings(gone('five months'), 'elapsed-conflict').map((f) => f.words), ['five months without speaking']);
    const [silence] = findings(`${on('2024-12-01')}When the generals spoke on Oct. 24, 2022, it ended a 10-month silence between them.`, 'elapsed-conflict');
    assert.deepEqual(silence?.fixes, ['5-month silence']);
  });

  test('"have not spoken in more than a year" up to the draft\'s date; a heading names no silence', () => {
    assert.deepEqual(findings(`${on('2023-09-01')}Austin and Shoigu have not spoken in more than five months.`, 'elapsed-conflict'), []);
    assert.deepEqual(findings(`${on('2023-09-01')}Austin and Shoigu have not spoken in more than a year.`, 'elapsed-conflict').map((f) => f.words), ['have not spoken in more than a year']);
    assert.deepEqual(findings(`${on('2022-10-25')}Lloyd Austin spoke with Sergei Shoigu on Sunday.\n\n## The months of silence`, 'elapsed-conflict'), []);
  });
});

describe('"last spoke in" a month', () => {
  test('checked as a month, the record read up to the draft\'s date', () => {
    const text = `${on('2024-12-04')}Milley last spoke with Gerasimov in October 2022, officials said.`;
    assert.deepEqual(sequence(`${on('2024-12-04')}Milley last spoke with Gerasimov in March 2023, officials said.`), []);
    const [finding] = checker.check(text, { languageId: 'markdown' }).findings.filter((f) => f.code === 'sequence-conflict');
    assert.equal(text.slice(finding!.start, finding!.end), 'October 2022');
    assert.match(finding!.message, /^The record's last call between Mark Milley and Valery Gerasimov up to Wed 2024-12-04 was on Wed 2023-03-15, not October 2022\./);
    assert.deepEqual(finding!.fixes.map((f) => f.newText), ['March 2023']);
  });
});

describe('the channel a count is of', () => {
  test('"the Russian side … with the American side": calls on either channel', () => {
    const text = (n: string) => `${on('2022-10-24')}Gen. Mark Milley spoke with Gen. Valery Gerasimov today. With today's call, the Russian side has now held its ${n} conversation with the American side in four days.`;
    assert.deepEqual(sequence(text('third')), []);
    assert.deepEqual(sequence(text('fourth')), ['fourth conversation']);
  });

  test('a count is of the pair its own clause names; a side put before the sentence limits its period', () => {
    const text = (n: string) => `${on('2022-11-01')}In October 2022 Austin and Shoigu spoke ${n} in three days, and the generals spoke the next day.`;
    assert.deepEqual(sequence(`${on('2022-11-01')}Lloyd Austin and Sergei Shoigu spoke in October. ${text('twice').slice(on('2022-11-01').length)}`), []);
    assert.deepEqual(sequence(`${on('2022-11-01')}Lloyd Austin and Sergei Shoigu spoke in October. ${text('three times').slice(on('2022-11-01').length)}`), ['three times']);
    const after = (n: string) => `${on('2025-03-01')}After the invasion, Lloyd Austin spoke to Sergei Shoigu ${n} in 2022 and once in 2023.`;
    assert.deepEqual(sequence(`${on('2022-05-20')}Reminder: before the invasion, Lloyd Austin and Sergei Shoigu spoke three times in 2022 (6 Jan, 12 Feb, 18 Feb).`), []);
    assert.deepEqual(sequence(after('three times')), []);
    assert.deepEqual(sequence(after('four times')), ['four times']);
  });

  test('"the second call in three weeks, after Austin phoned Belousov in late June": the earlier call is named, not counted', () => {
    const july = (tail: string) => `${on('2024-07-13')}Andrei Belousov called Lloyd Austin on Friday. ${tail}`;
    assert.deepEqual(sequence(july('That was their second call in less than three weeks, after Austin phoned Belousov in late June.')), []);
    assert.deepEqual(sequence(july('That was their third call in less than three weeks, after Austin phoned Belousov in late June.')), ['third call in less than three weeks']);
    const october = (n: string) => `${on('2022-10-24')}Sergei Shoigu called Lloyd Austin on Sunday. It was the ${n} conversation between the two ministers in three days: on Friday, 21 October, Austin had telephoned.`;
    assert.deepEqual(sequence(october('second')), []);
    assert.deepEqual(sequence(october('third')), ['third conversation between the two ministers in three days']);
    assert.deepEqual(sequence(`${on('2021-12-23')}Gen. Mark Milley spoke with Gen. Valery Gerasimov on Wednesday, their second call in a month (they had spoken on Nov. 23).`), []);
  });

  test('"within a week" is a window; one person named who is not on the call in context counts on their own channel', () => {
    const feb = (n: string) => `${on('2022-02-18')}Sergei Shoigu spoke with Lloyd Austin on Friday. It was their ${n} conversation within a week.`;
    assert.deepEqual(sequence(feb('second')), []);
    assert.deepEqual(sequence(feb('third')), ['third conversation within a week']);
    const rang = (n: string) => `${on('2022-10-25')}Gen. Mark Milley spoke with Gen. Valery Gerasimov on Monday.\n\nOn Sunday Sergei Shoigu telephoned his counterparts in Paris and London. He then rang Lloyd Austin for the ${n} time in three days.`;
    assert.deepEqual(sequence(rang('second')), []);
    assert.deepEqual(sequence(rang('third')), ['third time in three days']);
  });

});
