// Recorded events other than calls (SPEC section 3): the dates drafts give them
// (event-date-conflict) and the spans and ages drafts give them (elapsed-conflict). Each test a
// class of sentence: a true one stays silent, a wrong one is flagged where it is wrong.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createChecker, defaultRecord } from '../../server/src/core';

const checker = createChecker({ record: defaultRecord });
const on = (date: string) => `---\ndate: ${date}\n---\n\n`;

function flagged(code: string, text: string): string[] {
  return checker.check(text, { languageId: 'markdown' }).findings.filter((f) => f.code === code).map((f) => text.slice(f.start, f.end));
}
const dates = (text: string) => flagged('event-date-conflict', text);
const spans = (text: string) => flagged('elapsed-conflict', text);

/** The fixes offered, each applied: the corrected draft must raise no finding of the code. */
function fixedText(code: string, text: string): string[] {
  const found = checker.check(text, { languageId: 'markdown' }).findings.filter((f) => f.code === code);
  return found.flatMap((f) => f.fixes.map((x) => {
    const fixed = text.slice(0, f.start) + x.newText + text.slice(f.end);
    assert.deepEqual(flagged(code, fixed), [], `"${fixed}" is still flagged`);
    return x.newText;
  }));
}

describe('the date of a recorded event', () => {
  test('an event named as printed: "the Trump–Putin summit", "the destruction of an MQ-9"', () => {
    assert.deepEqual(dates(`${on('2025-10-01')}Hegseth was in Anchorage for the Trump–Putin summit of Aug. 15, 2025.`), []);
    assert.deepEqual(dates(`${on('2025-10-01')}Hegseth was in Anchorage for the Trump–Putin summit of Aug. 16, 2025.`), ['Aug. 16, 2025']);
    assert.deepEqual(dates(`${on('2023-04-01')}The destruction of an MQ-9 Reaper over the Black Sea on 13 March 2023 led to calls.`), ['13 March 2023']);
  });

  test('a day, a month or a year the record contradicts, fixed in the draft\'s own format', () => {
    assert.deepEqual(fixedText('event-date-conflict', `${on('2024-06-25')}The war, which began on Feb. 22, 2022, is in its third year.`), ['Feb. 24, 2022']);
    assert.deepEqual(fixedText('event-date-conflict', `${on('2024-06-25')}Russia invaded on February 24, 2023.`), ['February 24, 2022']);
    assert.deepEqual(fixedText('event-date-conflict', `${on('2024-06-25')}Russia invaded Ukraine in February 2023.`), ['February 2022']);
    assert.deepEqual(dates(`${on('2024-06-25')}Russia invaded Ukraine on 24 February 2022, and the war began that day.`), []);
  });

  test('a weekday, read against the draft\'s date', () => {
    assert.deepEqual(fixedText('event-date-conflict', `${on('2023-03-16')}The drone was downed on Wednesday.`), ['Tuesday']);
    assert.deepEqual(dates(`${on('2023-03-16')}A Russian Su-27 downed a US drone on Tuesday.`), []);
  });

  test('the day warrants were issued and the day they were made public: either, unless the sentence says which', () => {
    const story = on('2024-06-27');
    assert.deepEqual(dates(`${story}The ICC warrants for Shoigu and Gerasimov of June 24 were made public the next day.`), []);
    assert.deepEqual(dates(`${story}The arrest warrants for Shoigu and Gerasimov came on June 25.`), []);
    assert.deepEqual(dates(`${story}The court issued arrest warrants for Shoigu and Gerasimov on June 24, making them public the following day.`), []);
    assert.deepEqual(fixedText('event-date-conflict', `${story}The court issued arrest warrants for Shoigu and Gerasimov on June 25.`), ['June 24']);
    assert.deepEqual(dates(`${story}The court issued arrest warrants for Shoigu and Gerasimov on June 23.`), ['June 23']);
    assert.deepEqual(dates(`${story}The court announced arrest warrants for Shoigu and Gerasimov on June 24.`), ['June 24']);
    assert.deepEqual(dates(`${story}The warrants for Shoigu and Gerasimov were announced on June 26.`), ['June 26']);
  });

  test('an action names its event only with one of its people in the clause', () => {
    const story = on('2024-06-27');
    assert.deepEqual(fixedText('event-date-conflict', `${story}The court issued a warrant for President Vladimir Putin on March 16, 2023.`), ['March 17, 2023']);
    assert.deepEqual(dates(`${story}The court issued a warrant for President Vladimir Putin on March 17, 2023.`), []);
    assert.deepEqual(dates(`${story}The court issued several warrants on March 16, 2023.`), []);
  });

  test('a recorded dismissal is an event, however its person is named; a confirmation that starts a term is a term claim', () => {
    const codes = (text: string) => checker.check(text, { languageId: 'markdown' }).findings.map((f) => f.code);
    assert.deepEqual(codes(`${on('2025-02-28')}Gen. Charles Q. Brown Jr. was dismissed on Thursday.`), ['event-date-conflict']);
    assert.deepEqual(fixedText('event-date-conflict', `${on('2025-10-01')}President Donald Trump dismissed Gen. CQ Brown, his chairman, on 21 January.`), ['21 February']);
    assert.deepEqual(fixedText('event-date-conflict', `${on('2025-10-01')}Gen. CQ Brown, who was fired in January 2025, had spoken to Gerasimov.`), ['February 2025']);
    assert.deepEqual(dates(`${on('2025-10-01')}President Donald Trump dismissed Gen. CQ Brown on 21 February.`), []);
    assert.deepEqual(codes(`${on('2025-04-14')}Dan Caine was confirmed on April 1.`), ['term-date-conflict']);
    // "As" before a role opens no clause: the date is still the dismissal's; another verb of office in the clause has its own.
    assert.deepEqual(fixedText('event-date-conflict', `${on('2025-03-01')}President Donald Trump removed Gen. Charles Q. Brown Jr. as chairman on Feb. 20, in a late-evening announcement.`), ['Feb. 21']);
    assert.deepEqual(codes(`${on('2025-09-01')}Gen. CQ Brown was removed in February 2025, Adm. Christopher Grady acted as chairman for a few weeks, and Gen. Dan Caine took over in April 2025.`), []);
  });

  test('an event held somewhere is named by an action word with one of its places, not with one of its people', () => {
    const story = on('2025-09-08');
    assert.deepEqual(fixedText('event-date-conflict', `${story}Pete Hegseth was in Anchorage for President Trump's summit with Vladimir Putin on Aug. 16, 2025.`), ['Aug. 15, 2025']);
    assert.deepEqual(fixedText('event-date-conflict', `${story}The summit between Presidents Trump and Putin took place in Alaska on Saturday, Aug. 16.`), ['Friday, Aug. 15']);
    assert.deepEqual(dates(`${story}Pete Hegseth was in Anchorage for the summit on Aug. 15.`), []);
    // The same people at another summit, elsewhere: not the record's.
    assert.deepEqual(dates(`${story}Vladimir Putin attended a summit in Tianjin on Aug. 31, 2025.`), []);
  });

  test('a date restating another time, a relative clause on the phrase, a call counted from: the date is still the event\'s', () => {
    assert.deepEqual(fixedText('event-date-conflict', `${on('2024-07-20')}The court issued arrest warrants for Sergei Shoigu last month, on June 21, over strikes on the power grid.`), ['June 24']);
    assert.deepEqual(fixedText('event-date-conflict', `${on('2023-04-01')}We misdated the downing of the MQ-9 Reaper over the Black Sea, which occurred on March 15, 2023.`), ['March 14, 2023']);
    assert.deepEqual(dates(`${on('2023-04-01')}We misdated the downing of the MQ-9 Reaper over the Black Sea, which occurred on March 14, 2023.`), []);
    assert.deepEqual(fixedText('event-date-conflict', `${on('2023-04-01')}The MQ-9 was brought down on March 15, 2023, the same day as the calls.`), ['March 14, 2023']);
  });

  test('a date before a noun dates that noun\'s phrase; a date put before the event, or a nearer date, is not the event\'s', () => {
    assert.deepEqual(fixedText('event-date-conflict', `${on('2024-01-01')}The March 15, 2023 downing of the drone shocked Washington.`), ['March 14, 2023']);
    assert.deepEqual(dates(`${on('2024-01-01')}There was no contact since the March 15 call that followed the downing of a US Reaper drone.`), []);
    assert.deepEqual(dates(`${on('2026-01-15')}The calls cluster around three crises: the opening of the war, the October 2022 dirty-bomb scare and the Black Sea incident.`), []);
    assert.deepEqual(dates(`${on('2025-08-16')}There were four calls between the invasion and March 2023, against three in January and February 2022 before the invasion.`), []);
  });

  test('"That summit, on June 17": an event named back by its action, with its date set off after it', () => {
    const story = `${on('2024-01-01')}Joe Biden and Vladimir Putin met in Geneva in June 2021.`;
    assert.deepEqual(dates(`${story} That summit, on June 17, was their last meeting.`).length, 1);
    assert.deepEqual(dates(`${story} That summit, on June 16, was their last meeting.`), []);
    assert.deepEqual(dates(`${on('2024-01-01')}Putin and Xi held a summit in Beijing on June 17, 2021.`), []);
  });

  test('"the warrants" after a sentence that named them are those warrants', () => {
    const story = `${on('2024-07-20')}The court issued arrest warrants for Sergei Shoigu and Valery Gerasimov on June 24.`;
    assert.deepEqual(fixedText('event-date-conflict', `${story} The warrants were made public on June 23, 2024.`), ['June 25, 2024']);
    assert.deepEqual(dates(`${story} The warrants were made public on June 25, 2024.`), []);
    assert.deepEqual(dates(`${on('2024-07-20')}The warrants were made public on June 23, 2024.`), []);
  });

  test('a verb of leaving office dates its own clause, not an event named after it', () => {
    assert.deepEqual(dates(`${on('2024-07-20')}Sergei Shoigu, who was removed in May, faces an ICC warrant.`), []);
  });

  test('a date of another event nearby is not the event\'s', () => {
    const story = on('2023-03-17');
    assert.deepEqual(dates(`${story}A day after the downing, on March 15, the ministers spoke.`), []);
    assert.deepEqual(dates(`${story}After the drone was downed, Austin and Shoigu spoke on Wednesday.`), []);
    assert.deepEqual(dates(`${story}Austin said on Wednesday that the MQ-9 had been flying in international airspace.`), []);
  });

  test('a date past a comma belongs to its own clause or item: "Modi was in Moscow on July 8, the summit ran…", "after the invasion, one in 2023"', () => {
    const story = on('2024-07-20');
    assert.deepEqual(dates(`${story}Modi was in Moscow on July 8 and 9, the NATO summit ran in Washington from July 9 to 11.`), []);
    assert.deepEqual(dates(`${story}Austin recalled that on Feb. 25, 2022, Russia invaded Ukraine.`), ['Feb. 25, 2022']);
    assert.deepEqual(dates(`${on('2025-03-01')}Three of those calls came in 2022 after the invasion, one in 2023 and two in 2024.`), []);
    assert.deepEqual(dates(`${on('2023-03-01')}The generals spoke in May of last year, their first conversation after the invasion, and again in October.`), []);
  });

  test('the war dated is the war on that day; its start is dated by "began", "invaded", "the invasion"', () => {
    assert.deepEqual(dates(`${on('2022-10-24')}Welcome to our live coverage of the Russia-Ukraine war on Monday, October 24.`), []);
    assert.deepEqual(dates(`${on('2022-10-24')}The war began on Feb. 25, 2022.`), ['Feb. 25, 2022']);
  });

  test('another war, drone or invasion is not the record\'s', () => {
    const story = on('2024-06-25');
    assert.deepEqual(dates(`${story}The war in Gaza began on Oct. 7, 2023.`), []);
    assert.deepEqual(dates(`${story}The Gaza war began on Oct. 7, 2023, and Iraq invaded Kuwait on Aug. 2, 1990.`), []);
    assert.deepEqual(dates(`${story}Russia first invaded Ukraine in 2014, seizing Crimea.`), []);
    assert.deepEqual(dates(`${story}A Ukrainian drone struck a refinery on Monday.`), []);
  });

  test('no reference date, no weekday resolved and no finding; a claim an article made, quoted to be corrected, is not the draft\'s', () => {
    assert.deepEqual(dates('The drone was downed on Wednesday.'), []);
    assert.deepEqual(dates(`${on('2023-03-20')}An article on March 18 said the court issued its warrant for Putin on Thursday.`), []);
  });
});

describe('spans and ages of a recorded event', () => {
  test('an age set beside the war ("a war now 26 months old", "The war, meanwhile, is now…"); "war I suppose" is still this war', () => {
    const story = on('2023-09-29');
    assert.deepEqual(spans(`${story}Brown inherits a war now nineteen months old.`), []);
    assert.deepEqual(spans(`${story}Brown inherits a war now twenty-six months old.`), ['twenty-six months old']);
    assert.deepEqual(spans(`${story}The war in Ukraine, meanwhile, is now more than two years old.`), ['more than two years old']);
    assert.deepEqual(spans(`${story}Well, in a 30-month-old war I suppose any call is news.`), ['30-month-old']);
  });

  test('"By then" opens on the call the paragraph before dated; "the call came in the war\'s 14th week" is told at the call', () => {
    const then = (nth: string) => `${on('2025-10-02')}Lloyd Austin telephoned Sergei Shoigu on March 15, 2023.\n\nBy then the war was in its ${nth} month.`;
    assert.deepEqual(spans(then('thirteenth')), []);
    assert.deepEqual(spans(then('fifteenth')), ['fifteenth month']);
    const came = (nth: string) => `${on('2022-05-14')}Lloyd Austin spoke with Sergei Shoigu on Friday. The Austin–Shoigu call came in the war's ${nth} week.`;
    assert.deepEqual(spans(came('12th')), []);
    assert.deepEqual(spans(came('14th')), ['14th week']);
    assert.deepEqual(spans(`${on('2022-05-20')}A: Look, we're in the fourth month of this war now.`), ['fourth month']);
  });

  test('ages of the war, at the reference date', () => {
    const story = on('2024-06-25');
    assert.deepEqual(spans(`${story}The 28-month-old war shows no sign of ending.`), []);
    assert.deepEqual(spans(`${story}The 29-month-old war shows no sign of ending.`), ['29-month-old']);
    assert.deepEqual(spans(`${story}More than two years into the war, the ministers have not met.`), []);
    assert.deepEqual(spans(`${story}Nearly two years into the war, the ministers have not met.`), ['Nearly two years']);
    assert.deepEqual(spans(`${story}Russia invaded Ukraine more than two years ago.`), []);
    // An age said of the war after it, or of the war in an "in the" phrase; not of a person.
    assert.deepEqual(spans(`${on('2024-07-12')}The war is 28 months old as of this writing.`), []);
    assert.deepEqual(spans(`${on('2024-07-12')}The war is 30 months old as of this writing.`), ['30 months old']);
    assert.deepEqual(spans(`${on('2024-07-12')}His son is 30 months old.`), []);
    assert.deepEqual(spans(`${on('2025-01-10')}The war is nearly three years old.`), []);
    assert.deepEqual(spans(`${on('2024-07-12')}In the 26-month-old war, calls have been rare.`), ['26-month-old']);
    assert.deepEqual(spans(`${on('2024-07-12')}After more than thirty months of war, the contacts remain rare.`), ['more than thirty months']);
    assert.deepEqual(spans(`${on('2024-07-12')}In the war's first year, the ministers spoke often.`), []);
    // A span joined to the war's noun is its age; to another noun, a duration of that.
    assert.deepEqual(spans(`${on('2022-10-24')}The eight-month war has displaced millions.`), []);
    assert.deepEqual(spans(`${on('2022-10-24')}The ten-month war has displaced millions.`), ['ten-month']);
    assert.deepEqual(spans(`${on('2022-10-24')}A 30-day ceasefire was floated.`), []);
    // "Now" tells the day, whatever other date the sentence gives.
    assert.deepEqual(spans(`${on('2024-07-15')}The war is now well into its third year, as the Reaper episode of March 2023 showed.`), []);
    assert.deepEqual(spans(`${on('2024-07-15')}The war is now well into its fourth year, as the Reaper episode of March 2023 showed.`), ['fourth year']);
    assert.deepEqual(spans(`${story}Russia invaded Ukraine less than two years ago.`), ['less than two years']);
  });

  test('an ordinal period: "as the war enters its 12th week", "the war\'s 100th day"', () => {
    assert.deepEqual(spans(`${on('2022-05-14')}As the war enters its 12th week, the ministers spoke.`), []);
    assert.deepEqual(spans(`${on('2022-05-14')}As the war enters its tenth week, the ministers spoke.`), ['tenth week']);
    assert.deepEqual(spans(`${on('2024-06-25')}The war's 100th day came in June 2022.`), []);
    assert.deepEqual(spans(`${on('2024-06-25')}The war's 100th day came in August 2022.`), ['100th day']);
  });

  test('the sentence\'s own date, else its call, comes before the reference date', () => {
    assert.deepEqual(spans(`${on('2024-07-13')}On May 13, 2022, 78 days into the war, Austin called Shoigu.`), []);
    assert.deepEqual(spans(`${on('2024-07-13')}On May 13, 2022, two years into the war, Austin called Shoigu.`), ['two years']);
    // Past words with no date of their own are of a moment the record cannot tell.
    assert.deepEqual(spans(`${on('2024-07-13')}When the war entered its third month, the two had not spoken.`), []);
  });

  test('"a week after the war passed its 1,000th day" is after a milestone of the war, not after the invasion', () => {
    assert.deepEqual(spans(`${on('2024-12-06')}Gen. CQ Brown spoke with Gen. Valery Gerasimov on Nov. 27. The call came about a week after the war passed its 1,000th day.`), []);
  });

  test('"Until that June call, Austin had gone more than 15 months without speaking": the silence ends at the call "until" names', () => {
    const july = (n: string) => `${on('2024-07-13')}Andrei Belousov spoke with Lloyd Austin on Friday. Until that June call, Austin had gone more than ${n} months without speaking to his Russian counterpart.`;
    assert.deepEqual(spans(july('15')), []);
    assert.deepEqual(spans(july('20')), ['more than 20 months without speaking']);
  });
  test('"in the seven weeks before the invasion" is a window counted in, not a span claimed', () => {
    assert.deepEqual(spans(`${on('2025-03-01')}Austin and Sergei Shoigu spoke only once in 2021, on Aug. 11, and three times in the seven weeks before the invasion.`), []);
  });

  test('"N days before the invasion": from the sentence\'s date or its call to the event', () => {
    const story = on('2022-05-14');
    assert.deepEqual(spans(`${story}The two last spoke on February 18, six days before the invasion.`), []);
    assert.deepEqual(spans(`${story}The two last spoke on February 18, a week before Russia invaded Ukraine.`), []);
    assert.deepEqual(spans(`${story}The two last spoke on February 18, two weeks before the invasion.`), ['two weeks']);
    assert.deepEqual(spans(`${story}The two last spoke on February 18, a fortnight before the invasion.`), ['a fortnight']);
    assert.deepEqual(spans(`${story}The two last spoke on February 12, a fortnight before the invasion.`), []);
    // After the warrants, issued one day and made public the next: from the day the sentence says.
    const warrants = (verb: string) => `${on('2024-06-26')}Austin called Belousov on June 25, a day after the International Criminal Court ${verb} arrest warrants for Mr Shoigu.`;
    assert.deepEqual(spans(warrants('issued')), []);
    assert.deepEqual(spans(warrants('made public')), ['a day']);
    assert.deepEqual(spans(`${story}Austin and Shoigu spoke on Feb. 18. Six days before the invasion, the ministers spoke for an hour.`), []);
    assert.deepEqual(spans(`${story}Austin and Shoigu spoke on Feb. 18. Ten days before the invasion, the ministers spoke for an hour.`), ['Ten days']);
    // "By June 2024, …": the day the age is told at.
    assert.deepEqual(spans(`${on('2025-01-01')}By June 2024, more than two years into the war, those contacts had become rare.`), []);
    assert.deepEqual(spans(`${on('2025-01-01')}By June 2024, more than three years into the war, those contacts had become rare.`), ['more than three years']);
    // "It is now …" is of the draft's day, whatever date a later clause gives.
    const now = (span: string) => `${on('2024-09-01')}It is now more than ${span} since the invasion, and more than a year since Austin's second and final call with Belousov, in July 2024.`;
    assert.deepEqual(spans(now('two years')), []);
    assert.deepEqual(spans(now('three years')), ['more than three years']);
    // Of a list of calls, the last named may be the one the span is of.
    const list = (gap: string) => `${story}The two spoke on January 6, 2022, and on February 12 and February 18, 2022, the last call only ${gap} before the invasion.`;
    assert.deepEqual(spans(list('six days')), []);
    assert.deepEqual(spans(list('three days')), ['three days']);
  });

  test('durations of other things, spans the record cannot compute, and spans in quotes stay silent', () => {
    const story = on('2024-07-13');
    assert.deepEqual(spans(`${story}Austin and Belousov held a two-hour call; a 30-day ceasefire and a three-day summit were discussed.`), []);
    assert.deepEqual(spans(`${story}Nothing has changed in the two years since the talks began.`), []);
    assert.deepEqual(spans(`${story}"We have waited five years since the invasion," the minister said.`), []);
    assert.deepEqual(spans(`${story}The 18-month-old war in Sudan has displaced millions.`), []);
  });

  test('a period of the war, or a span of something else, is no age at the reference date', () => {
    const story = on('2024-07-13');
    assert.deepEqual(spans(`${story}In the war's first year, Austin and Shoigu spoke four times.`), []);
    assert.deepEqual(spans(`${story}During the first two years of the war, the ministers spoke six times.`), []);
    assert.deepEqual(spans(`${story}The war ended 80 years ago, the veteran recalled.`), []);
    assert.deepEqual(spans(`${story}The war has changed since his visit two months ago.`), []);
    assert.deepEqual(spans(`${story}On May 13, 2022, in the war's 20th week, Austin called Shoigu.`), ['20th week']);
    assert.deepEqual(spans(`${story}Russia invaded Ukraine 18 months ago.`), ['18 months']);
    // A day ahead, or a month without its year, does not tell the day the age is of.
    assert.deepEqual(spans(`${story}The war will enter its 30th month in August.`), []);
    assert.deepEqual(spans(`${story}Kyiv marked the war's 1,000th day in November.`), []);
  });

  test('no reference date, no age', () => {
    assert.deepEqual(spans('The 29-month-old war shows no sign of ending.'), []);
  });
});

describe('hovers', () => {
  test('on an event\'s words: what it was, both its days, its sources', () => {
    const text = `${on('2024-06-27')}The warrants for Shoigu were made public.`;
    const hover = checker.hover(checker.check(text, { languageId: 'markdown' }), text.indexOf('warrants') + 2);
    assert.match(hover!.contents, /arrest warrants for Shoigu and Gerasimov/);
    assert.match(hover!.contents, /Mon 2024-06-24, made public Tue 2024-06-25/);
    assert.match(hover!.contents, /\*\*Sources:\*\* International Criminal Court/);
  });

  test('on a span the record can measure: the days it runs between, and how long that is', () => {
    const text = `${on('2024-06-25')}The 28-month-old war goes on.`;
    const hover = checker.hover(checker.check(text, { languageId: 'markdown' }), text.indexOf('28-month') + 2);
    assert.match(hover!.contents, /2022-02-24 → 2024-06-25: 2 years 4 months, 852 days/);
  });
});
