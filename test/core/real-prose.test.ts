// How Readout reads prose as reporters publish it (SPEC section 7): each test a class of sentence.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CheckOptions, createChecker, defaultRecord } from '../../server/src/core';

const checker = createChecker({ record: defaultRecord });

function flagged(text: string, options: CheckOptions = {}): string[] {
  const result = checker.check(text, { languageId: 'markdown', ...options });
  return result.findings.filter((f) => f.severity !== 'hint').map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
}

const on = (date: string) => `---\ndate: ${date}\n---\n\n`;

describe('datelines', () => {
  test('a dateline at the head of a paragraph is the reference date, never the call date', () => {
    const text = 'MOSCOW, June 26, 2024 (Wire) — Russian Defence Minister Andrei Belousov spoke with Lloyd Austin, the ministry said.';
    const result = checker.check(text, { languageId: 'plaintext' });
    assert.equal(result.referenceDate, '2024-06-26');
    assert.equal(result.referenceDateSource, 'dateline');
    assert.deepEqual(flagged(text, { languageId: 'plaintext' }), []);
  });

  test('a dateline without its year is of the year of the call the story reports', () => {
    const text = (tail: string) => `WASHINGTON, June 26 (Wire) — U.S. Defense Secretary Lloyd Austin spoke by telephone on Tuesday with Andrei Belousov, the Pentagon said.\n\nIt was the first call between the two countries' defence ministers since ${tail}.`;
    const result = checker.check(text('March 2023'), { languageId: 'plaintext' });
    assert.deepEqual([result.referenceDate, result.referenceDateSource], ['2024-06-26', 'dateline']);
    assert.deepEqual(flagged(text('March 2023'), { languageId: 'plaintext' }), []);
    assert.deepEqual(flagged(text('October 2022'), { languageId: 'plaintext' }), ['sequence-conflict: since October 2022']);
  });

  test('a dateline without its year under a headline: the year of the one call of the story\'s people in the week before it', () => {
    const text = "Russia's Belousov, U.S. defense chief Austin speak by phone\n\nMOSCOW, July 12 (Wire) — Russian Defence Minister Andrei Belousov spoke by telephone on Friday with U.S. Defense Secretary Lloyd Austin.\n\nIt was the second conversation between the two men since Belousov replaced Sergei Shoigu in May.\n";
    const result = checker.check(text, { languageId: 'plaintext' });
    assert.deepEqual([result.referenceDate, result.referenceDateSource], ['2024-07-12', 'dateline']);
    assert.deepEqual(flagged(text, { languageId: 'plaintext' }), []);
  });

  test('datelines in capitals or with an agency in title case', () => {
    for (const head of ['NEW DELHI, June 26, 2024 (Wire):', 'Moscow, June 26, 2024 (Agency):', 'KYIV, Ukraine, June 26, 2024 --']) {
      assert.deepEqual(flagged(`${head} Belousov and Austin spoke by phone, the ministry said.`, { languageId: 'plaintext' }), [], head);
    }
  });

  test('a wrong call date after the dateline is still caught', () => {
    const text = 'MOSCOW, June 27, 2024 (Wire) — Andrei Belousov spoke with Lloyd Austin on June 24, the ministry said.';
    assert.deepEqual(flagged(text, { languageId: 'plaintext' }), ['call-date-conflict: June 24']);
  });
});

describe('what is not said of the call in question', () => {
  test('the one replaced, a post one is put up for, a call yet to come, and a count in a clause of an earlier call', () => {
    assert.deepEqual(flagged(`${on('2024-06-26')}Austin spoke on Tuesday with Andrei Belousov, who replaced Sergei Shoigu in May.`), []);
    assert.deepEqual(flagged(`${on('2024-12-10')}Trump, whose nominee for defence secretary, Pete Hegseth, faces the Senate, won in November.`), []);
    assert.deepEqual(flagged(`${on('2024-12-10')}The first call of a Hegseth Pentagon, if there is one, will be watched closely.`), []);
    assert.deepEqual(flagged(`${on('2022-10-24')}Austin and Shoigu spoke again on Sunday, two days after the two men held their first conversation in more than five months.`), []);
  });
});

describe('the day a call was told of', () => {
  test('"disclosed the call on Dec. 4", "made the call public on Dec. 4": the day it was told, not the call\'s', () => {
    const story = on('2024-12-10');
    assert.deepEqual(flagged(`${story}US officials, who disclosed the call on Dec. 4, said the two men discussed drills.`), []);
    assert.deepEqual(flagged(`${story}Officials made the Brown–Gerasimov call public on Dec. 4, a week after it took place.`), []);
    assert.deepEqual(flagged(`${story}Brown and Gerasimov held the call on Dec. 4.`), ['call-date-conflict: Dec. 4']);
    assert.deepEqual(flagged(`${story}The US side said little about the call Brown and Gerasimov held on Dec. 4.`), ['call-date-conflict: Dec. 4']);
  });
});

describe('years written once', () => {
  test('"In June and July 2024" is of 2024 from June to July; a date after one with its year keeps it even in an undated draft', () => {
    assert.deepEqual(flagged(`${on('2025-10-01')}In June and July 2024, Austin and Belousov spoke twice.`), []);
    assert.deepEqual(flagged(`${on('2025-10-01')}In June and July 2024, Austin and Belousov spoke three times.`), ['sequence-conflict: three times']);
    assert.deepEqual(flagged('Milley calls Gerasimov on Friday, Feb. 11, 2022; Austin and Shoigu talk the next day and again on Feb. 18, six days before the invasion.'), []);
    assert.deepEqual(flagged('Milley calls Gerasimov on Friday, Feb. 11, 2022; Austin and Shoigu talk the next day and again on Feb. 18, ten days before the invasion.'), ['elapsed-conflict: ten days']);
  });
});

describe('times about a day', () => {
  test('"three weeks ago" names no day to check, and a sentence of it is not of a call days away', () => {
    const story = `${on('2024-07-15')}Belousov called Austin on Friday.`;
    assert.deepEqual(flagged(`${story} Three weeks ago Austin called Belousov.`), []);
    assert.deepEqual(flagged(`${story} Three weeks ago, on June 25, Austin called Belousov.`), []);
    assert.deepEqual(flagged(`${story} Three days ago Austin called Belousov.`), ['initiator-conflict: Austin called Belousov']);
  });
});

describe('the year of a date written without one', () => {
  test('after a date with its year in the sentence, that year, before the year of its section', () => {
    const story = `${on('2024-12-10')}## 2021\n\nAustin and Shoigu spoke on January 6, 2022, and again on`;
    assert.deepEqual(flagged(`${story} February 12.`), []);
    assert.deepEqual(flagged(`${story} February 13.`), ['call-date-conflict: February 13']);
  });

  test('an entry led by its full date is about that year; a list\'s first item leads only itself', () => {
    const entry = (weekday: string) => `${on('2024-08-01')}2.3. *March 15, 2023.* Secretary Lloyd Austin called Minister Sergei Shoigu. The Reaper was lost on ${weekday}, March 14.`;
    assert.deepEqual(flagged(entry('Tuesday')), []);
    assert.deepEqual(flagged(entry('Thursday')), ['weekday-mismatch: Thursday']);
    const list = `${on('2022-05-20')}- **Wednesday, March 31, 2021:** Gen. Mark Milley and Gen. Valery Gerasimov.\n- **Friday, May 13, 2022:** Lloyd Austin and Sergei Shoigu. The first since February 18.`;
    assert.deepEqual(flagged(list), []);
  });

  test('a call counted from ("two days after his call with Milley") is not the call of the entry\'s day', () => {
    const story = `${on('2024-08-01')}## 2022\n\n**Oct. 24** — Gen. Mark Milley spoke with Gen. Valery Gerasimov.\n\n**Oct. 26** —`;
    assert.deepEqual(flagged(`${story} Gen. Valery Gerasimov was shown on state television, two days after his call with Milley.`), []);
    assert.deepEqual(flagged(`${story} Gen. Valery Gerasimov spoke with Milley again.`), ['call-date-conflict: Oct. 26']);
  });
});

describe('updates with datelines of their own', () => {
  test('"on Monday" in an update datelined Oct. 24 is that Monday, whatever the date of the story', () => {
    const story = (weekday: string) => `${on('2022-10-31')}UPDATE 3\n\nWASHINGTON, Oct. 24, 2022 (Wire) — Gen. Mark Milley spoke by phone on ${weekday} with Gen. Valery Gerasimov.\n`;
    assert.deepEqual(flagged(story('Monday')), []);
    assert.deepEqual(flagged(story('Sunday')), ['call-date-conflict: Sunday']);
  });
});

describe('live blogs', () => {
  test('a diary entry\'s day in bold is its "today" and "this afternoon"', () => {
    const text = `${on('2022-02-26')}**Fri., Feb. 11.** Gen. Mark Milley on the phone with Gerasimov this afternoon, per a Joint Staff statement.\n\n**Sat., Feb. 12.** Milley and Gerasimov talked again today.`;
    assert.deepEqual(flagged(text), ['call-date-conflict: today']);
  });

  test('an entry under a day heading reads "this evening" and "yesterday" against that day, not the draft\'s', () => {
    const blog = (entry: string) => `${on('2022-10-24')}# LIVE: the weekend of calls\n\n## Monday, October 24\n\n**3:15 p.m.** — Gen. Mark Milley held a call with Gen. Valery Gerasimov this afternoon.\n\n## Sunday, October 23\n\n**8:45 p.m.** — ${entry}\n`;
    assert.deepEqual(flagged(blog('Lloyd Austin spoke with Sergei Shoigu by phone this evening, the Pentagon said.')), []);
    assert.deepEqual(flagged(blog('Lloyd Austin spoke with Sergei Shoigu by phone yesterday, the Pentagon said.')), ['call-date-conflict: yesterday']);
  });
});

describe('dates without a reference date', () => {
  test('a year-less date with a weekday is not resolved to any year', () => {
    assert.deepEqual(flagged('Austin spoke with Shoigu on Wednesday, February 24, the Pentagon said.'), []);
  });

  test('a quoted "today" in an undated draft rests no finding', () => {
    assert.deepEqual(flagged('"Today I spoke with Shoigu," Lloyd Austin told reporters.'), []);
  });
});

describe('names as printed', () => {
  test('a feminine form of a recorded surname is not a misspelling', () => {
    assert.deepEqual(flagged(`${on('2024-07-13')}Andrei Belousov spoke with Lloyd Austin on Friday. Lyudmila Belousova, an economist, was not involved.`), []);
  });

  test('a misspelling set against the right spelling is a word spoken of: "Belousov, not Belousev"', () => {
    const story = `${on('2024-07-13')}Andrei Belousov spoke with Lloyd Austin on Friday.`;
    assert.deepEqual(flagged(`${story} It is Belousov, not Belousev, in every reference.`), []);
    assert.deepEqual(flagged(`${story} Then Belousev hung up.`), ['name-misspelling: Belousev']);
  });

  test('an editor\'s note: what the earlier version said, and "It also said…" after it, is not the writer\'s claim', () => {
    const note = (tail: string) => `${on('2024-06-27')}**Editor's note, June 27:** An earlier version of this story gave the wrong date for the call between Lloyd Austin and Andrei Belousov. ${tail}`;
    assert.deepEqual(flagged(note('It also said that the call had been requested by Moscow. The call was initiated by Austin.')), []);
    assert.deepEqual(flagged(note('The call was initiated by Moscow.')), ['initiator-conflict: Moscow']);
  });

  test('a hard c and a k sound alike ("Dan Kaine" for Caine); a soft c does not ("Since")', () => {
    assert.deepEqual(flagged(`${on('2025-06-01')}Gen. Dan Kaine, the chairman, spoke.`), ['name-misspelling: Kaine']);
    assert.deepEqual(flagged(`${on('2025-06-01')}Sabrina Singh spoke. Since then, nothing has changed.`), []);
  });

  test('another romanisation of a name is no misspelling: "María Zajárova", "Sergei Riabkov"', () => {
    assert.deepEqual(flagged(`${on('2024-07-12')}Foreign Ministry spokeswoman María Zajárova and Deputy Foreign Minister Sergei Riabkov spoke.`), []);
  });

  test('a French or German romanisation is no misspelling; a letter doubled or swapped without a mark of the language is', () => {
    assert.deepEqual(flagged(`${on('2023-03-15')}Le général Valeri Guérassimov et Sergueï Choïgou ont parlé avec Milley; Andreï Belooussov aussi.`), []);
    assert.deepEqual(flagged(`${on('2023-03-15')}Milley spoke to Gerasimow.`), ['name-misspelling: Gerasimow']);
  });

  test('what other outlets reported, or what it would be wrong to suggest, is not the writer\'s claim', () => {
    assert.deepEqual(flagged(`${on('2024-07-13')}Several outlets described it as the second call in two weeks; the calls were 17 days apart.`), []);
    assert.deepEqual(flagged(`${on('2024-12-01')}It would be quite wrong to suggest that General Gerasimov is the Russian Defence Minister.`), []);
    assert.deepEqual(flagged(`${on('2024-12-01')}General Gerasimov is the Russian Defence Minister.`), ['title-conflict: Gerasimov is the Russian Defence Minister']);
  });

  test('a caption that identified someone wrongly, a slip set against the right name, a claim told to be wrong: none is the writer\'s', () => {
    assert.deepEqual(flagged(`${on('2023-03-18')}A picture caption on Thursday identified the Pentagon spokesman as Maj. Gen. Patrick Ryder.`), []);
    assert.deepEqual(flagged(`${on('2023-03-18')}He is Gen. Mark Milley, not Gen. Marc Milley.`), []);
    assert.deepEqual(flagged(`${on('2023-03-18')}That explainer also said that Gen. Milley had spoken with Mr. Shoigu on March 15.`), []);
    assert.deepEqual(flagged(`${on('2022-10-24')}I have seen "first since February" for Friday's call — that's wrong; there was the May call.`), []);
    assert.deepEqual(flagged(`${on('2024-12-10')}That was wrong: the Nov. 27 call between Gen. CQ Brown and Gen. Valery Gerasimov was requested by the Pentagon.`), ['initiator-conflict: Pentagon']);
  });

  test('a correction telling what an article misstated is not the writer\'s claim', () => {
    const text = `${on('2024-12-10')}Gen. CQ Brown spoke with Gen. Valery Gerasimov on Nov. 27.\n\nAn analysis on Wednesday misstated the gap between the generals' calls.\n\nA report on the Oreshnik missile, which Gen. Gerasimov raised during the call, gave its first combat use as October.`;
    assert.deepEqual(flagged(text), []);
  });
});

describe('questions', () => {
  test('"No." answering a question ends its sentence; "No. 10" abbreviates a number', () => {
    const text = `${on('2025-03-10')}Gen. Charles Q. Brown Jr. spoke with Gerasimov in November.\n\n**Is Brown still chairman?**\n\nNo. President Trump dismissed Brown on Feb. 24.`;
    assert.deepEqual(flagged(text), ['event-date-conflict: Feb. 24']);
  });

  test('a question after a speaker\'s label asserts nothing: "Q: Did Moscow ask for this call?"', () => {
    const story = `${on('2024-07-13')}Andrei Belousov spoke with Lloyd Austin on Friday. `;
    assert.deepEqual(flagged(`${story}Q: Did Washington ask for this call, or did Moscow?`), []);
    assert.deepEqual(flagged(`${story}Washington asked for this call.`), ['initiator-conflict: Washington']);
  });

  test('a yes-or-no question asserts no call, count or first; its titles are still the writer\'s', () => {
    const story = `${on('2024-07-20')}Lloyd Austin and Andrei Belousov spoke on July 12.\n\n`;
    assert.deepEqual(flagged(`${story}## Was it the first time since the invasion?`), []);
    assert.deepEqual(flagged(`${story}Did they speak again on July 13?`), []);
    assert.deepEqual(flagged(`${story}They spoke again on July 13.`), ['call-date-conflict: July 13']);
    assert.deepEqual(flagged(`${story}Will Secretary of State Lloyd Austin call again?`), ['title-conflict: Secretary of State Lloyd Austin']);
  });
});

describe('front matter', () => {
  test('is read as front matter in a draft opened as plain text', () => {
    const text = '---\ntitle: Calls\ndate: 2024-07-13\n---\n\nBelousov spoke with Austin on Friday.';
    const result = checker.check(text, { languageId: 'plaintext' });
    assert.equal(result.referenceDateSource, 'front-matter');
    assert.deepEqual(flagged(text, { languageId: 'plaintext' }), []);
  });
});

describe('calls of several pairs, and events put off', () => {
  test('"both spoke to their Russian counterparts" is two calls; "the invasion less than two weeks away" is not dated', () => {
    assert.deepEqual(flagged(`${on('2023-03-20')}On March 15, Austin and Gen. Mark Milley had both spoken to their Russian counterparts.`), []);
    assert.deepEqual(flagged(`${on('2023-03-20')}On Feb. 11, with the invasion less than two weeks away, the two generals spoke once more.`), []);
    assert.deepEqual(flagged(`${on('2023-03-20')}On Feb. 11, 2022, the invasion began.`), ['event-date-conflict: Feb. 11, 2022']);
  });
});

describe('corrections', () => {
  test('what an article or the paper itself said, quoted to be corrected, is not the writer\'s claim', () => {
    const story = on('2025-10-01');
    assert.deepEqual(flagged(`${story}An article in July described "Secretary of War Pete Hegseth" meeting officials.`), []);
    assert.deepEqual(flagged(`${story}In July, Secretary of War Pete Hegseth met officials.`), ['title-conflict: Secretary of War Pete Hegseth']);
    assert.deepEqual(flagged(`${on('2022-10-22')}In an earlier version of this story, we said Shoigu had called Austin on Friday; it was Austin who called.`), []);
    const brown = `${on('2024-12-10')}Gen. CQ Brown spoke with Gen. Valery Gerasimov on Nov. 27.`;
    assert.deepEqual(flagged(`${brown} A Dec. 5 analysis said Gerasimov had not spoken with an American general since October 2022.`), []);
    assert.deepEqual(flagged(`${brown} Gerasimov had not spoken with an American general since October 2022.`), ['sequence-conflict: since October 2022']);
  });
});

describe('words for a call and for an incident', () => {
  test('"the Oct. 21 call, held on Thursday": the weekday of that date; "the Reaper was knocked down on Wednesday"', () => {
    assert.deepEqual(flagged(`${on('2022-10-25')}The Oct. 21 call, held on Friday, came as Russian forces pulled back.`), []);
    assert.deepEqual(flagged(`${on('2022-10-25')}The Oct. 21 call, held on Thursday, came as Russian forces pulled back.`), ['weekday-mismatch: Thursday']);
    assert.deepEqual(flagged(`${on('2023-03-20')}The Reaper was knocked down on Wednesday, March 15, in international airspace.`), ['event-date-conflict: Wednesday, March 15']);
  });

  test('"Austin reached Shoigu" is a call, "reached an agreement" is not; "the drone went down" is an incident', () => {
    assert.deepEqual(flagged(`${on('2022-05-20')}On May 12, 2022, Austin reached Shoigu and pressed for a ceasefire.`), ['call-date-conflict: May 12, 2022']);
    assert.deepEqual(flagged(`${on('2022-05-20')}On May 12, 2022, the sides reached an agreement on grain.`), []);
    assert.deepEqual(flagged(`${on('2023-03-20')}An MQ-9 Reaper went down over the Black Sea on Tuesday.`), []);
    assert.deepEqual(flagged(`${on('2023-03-20')}An MQ-9 Reaper went down over the Black Sea on Wednesday.`), ['event-date-conflict: Wednesday']);
  });
});

describe('who "he" is', () => {
  test('"He spoke to Shoigu again on October 20": the other of the call in context with the one named', () => {
    const story = `${on('2022-10-25')}Lloyd Austin spoke with Sergei Shoigu on Friday.`;
    assert.deepEqual(flagged(`${story} He spoke to Shoigu again on October 23.`), []);
    assert.deepEqual(flagged(`${story} He spoke to Shoigu again on October 20.`), ['call-date-conflict: October 20']);
  });

  test('"that call", beside one of its people, is the call in context; with no one named it may be any call told of', () => {
    const story = `${on('2024-07-20')}Andrei Belousov spoke with Lloyd Austin on July 12.`;
    assert.deepEqual(flagged(`${story} That call, on July 12, 2024, was requested by Andrei Belousov.`), []);
    assert.deepEqual(flagged(`${story} That call, on July 11, 2024, was requested by Andrei Belousov.`), ['call-date-conflict: July 11, 2024']);
    assert.deepEqual(flagged(`${story} Belousov spoke with China's defence minister on July 11.`), []);
    assert.deepEqual(flagged(`${story} That call came on July 11, officials said.`), []);
  });

  test('"the call" with no one named, dated to a day of no call within a week of the call in context, is that call misdated', () => {
    const story = `${on('2024-12-05')}Gen. CQ Brown and Gen. Valery Gerasimov spoke by phone last week, officials said.`;
    assert.deepEqual(flagged(`${story} The call took place on November 27, according to US officials.`), []);
    assert.deepEqual(flagged(`${story} The call took place on November 26, according to US officials.`), ['call-date-conflict: November 26']);
    // A date of something else in the sentence is not the call's; nor is the day the call was told of.
    assert.deepEqual(flagged(`${story} Antony Blinken, speaking in Berlin on Saturday, did not refer to the call directly.`), []);
    assert.deepEqual(flagged(`${story} Information about the conversation first appeared in the American press on Wednesday.`), []);
  });
});

describe('what a date modifies', () => {
  test('a number after a date\'s comma counts something else: "on 24 February, 78 days ago" has no year 78', () => {
    assert.deepEqual(flagged(`${on('2022-05-13')}The invasion began on 24 February, 78 days ago.`), []);
    assert.deepEqual(flagged(`${on('2022-05-13')}The invasion began on 23 February, 79 days ago.`), ['event-date-conflict: 23 February']);
  });

  test('a date of no event word trailing a sentence of calls is not the call\'s; one leading it is', () => {
    assert.deepEqual(flagged(`${on('2022-10-25')}- Gerasimov told Milley that Ukraine was preparing a "dirty bomb", repeating a claim Shoigu made to Western ministers on Sunday.`), []);
    assert.deepEqual(flagged(`${on('2023-03-16')}(CLIP, RECORDED TUESDAY) AUSTIN: I spoke with Minister Shoigu today.`), ['call-date-conflict: TUESDAY']);
    assert.deepEqual(flagged(`${on('2023-04-01')}The destruction of an MQ-9 Reaper over the Black Sea on 14 March 2023 produced a pair of calls on 15 March.`), []);
  });

  test('a date of another clause: after ", and there is", or before a comma and the verb after it', () => {
    const story = on('2024-07-13');
    assert.deepEqual(flagged(`${story}We pick the blog back up after yesterday's unexpected call between the two defence ministers, and there is more detail this morning.`), []);
    assert.deepEqual(flagged(`${story}Yesterday's unexpected call between the two defence ministers lasted an hour.`), []);
    assert.deepEqual(flagged(`${story}Thursday's unexpected call between Austin and Belousov lasted an hour.`), ['call-date-conflict: Thursday']);
    assert.deepEqual(flagged(`${story}Belousov, who had replaced Shoigu in May, rang Austin.`), []);
  });

  test('the date of a summit, a statement or a report beside a call is not the call date', () => {
    for (const sentence of [
      'Austin spoke with Belousov after the NATO summit in Washington on July 11.',
      'The Russian ministry said on July 13 that Belousov had spoken with Austin.',
      'A report on Monday about the call between Austin and Belousov gave few details.',
      'Austin called Belousov a day after a drone was downed over the Black Sea on Thursday.',
    ]) {
      assert.deepEqual(flagged(`${on('2024-07-13')}${sentence}`), [], sentence);
    }
  });

  test('sought, planned and negated calls are not calls', () => {
    for (const sentence of [
      'Austin tried to call Belousov on July 10, officials said.',
      'Austin did not speak with Belousov on July 10.',
      'Austin will speak with Belousov on July 15.',
      'The Pentagon sought a call between Austin and Belousov on July 10 but was refused.',
    ]) {
      assert.deepEqual(flagged(`${on('2024-07-13')}${sentence}`), [], sentence);
    }
  });
});

describe('which call a sentence is about', () => {
  test('a clause that names its own pair is about their call, not the pair another clause names', () => {
    const text = (day: string) => `${on('2026-06-01')}The generals spoke again on ${day} and on 22 December 2021, while Defense Secretary Lloyd Austin held his first call with Sergei Shoigu on 11 August 2021.`;
    assert.deepEqual(flagged(text('23 November 2021')), []);
    assert.deepEqual(flagged(text('20 November 2021')), ['call-date-conflict: 20 November 2021']);
    // The year written once after "and on" is both dates'.
    assert.deepEqual(flagged(`${on('2026-01-15')}The generals spoke again on 23 November and on 22 December 2021.`), []);
  });

  test('one who handed over ("took over from Sergei Shoigu") and a point a call is counted from ("since taking office") are not the call\'s', () => {
    assert.deepEqual(flagged(`${on('2024-07-13')}The first call between Lloyd Austin and Andrei Belousov was on Tuesday, June 25, just after Belousov took over from Sergei Shoigu.`), []);
    assert.deepEqual(flagged(`${on('2024-08-01')}Lloyd Austin's first call with Sergei Shoigu since taking office came on Aug. 11, 2021.`), []);
    assert.deepEqual(flagged(`${on('2026-06-01')}The invasion began on 24 February 2022, six days after Lloyd Austin's last pre-war call with Sergei Shoigu.`), []);
  });

  test('"They" stands for the two just named, across a paragraph\'s break or a speaker\'s label, and for no one else', () => {
    const generals = 'Gen. Mark Milley and Gen. Valery Gerasimov talked by phone on March 31, 2021.';
    assert.deepEqual(flagged(`${on('2025-01-10')}${generals}\n\nThey spoke again on Nov. 23, 2021.`), []);
    assert.deepEqual(flagged(`${on('2025-01-10')}${generals}\n\nThey spoke again on Nov. 21, 2021.`), ['call-date-conflict: Nov. 21, 2021']);
    assert.deepEqual(flagged(`${on('2022-10-25')}HOST: Gen. Mark Milley and Gen. Valery Gerasimov have a history of these calls.\n\nCORRESPONDENT: They do; they last spoke on May 19.`), []);
    assert.deepEqual(flagged(`${on('2025-01-10')}Lloyd Austin and Sergei Shoigu spoke on February 18, 2022. The call was requested by the US side. They had also spoken on February 12.`), []);
  });

  test('a paragraph that opens on "Their" speaks of the pair the paragraph before ended on', () => {
    const text = (day: string) => `${on('2021-12-23')}Sergei Shoigu and Lloyd Austin have spoken once this year.\n\nTheir only conversation of 2021 was held on ${day}.`;
    assert.deepEqual(flagged(text('11 August')), []);
    assert.deepEqual(flagged(text('12 August')), ['call-date-conflict: 12 August']);
  });

  test('"the two countries\' defence ministers" name the pair; a "when" clause after the date names the date\'s people', () => {
    assert.deepEqual(flagged(`${on('2025-09-20')}The last time the two countries' defence ministers spoke by phone was on 12 July 2024, when Lloyd Austin took a call from Sergei Shoigu.`), ['call-participant-conflict: Sergei Shoigu']);
    assert.deepEqual(flagged(`${on('2025-09-20')}The last time the two countries' defence ministers spoke by phone was on 12 July 2024, when Lloyd Austin took a call from Andrei Belousov.`), []);
    // A call the sentence dates to a day of no call is not the one in context for a count.
    const story = `${on('2024-07-14')}Andrei Belousov dialled Lloyd Austin on Friday.`;
    assert.deepEqual(flagged(`${story} The earlier call, held on June 26, had been the first between the two capitals' defence ministers in well over a year.`).filter((f) => f.startsWith('sequence')), []);
  });

  test('"that Sunday", "the same Sunday": that weekday of the week of the day named before', () => {
    const friday = `${on('2022-10-25')}On Friday, Oct. 21, Lloyd Austin spoke with Sergei Shoigu.`;
    assert.deepEqual(flagged(`${friday} That Sunday, Shoigu called Austin again.`), []);
    assert.deepEqual(flagged(`${friday} That Monday, Shoigu called Austin again.`), ['call-date-conflict: That Monday']);
  });

  test('a day range with its year written once is two days of that year; two pairs on two days say not which is whose', () => {
    assert.deepEqual(flagged(`${on('2026-01-15')}- **Feb. 11–12, 2022** — The generals speak on a Friday and the ministers on the Saturday that follows.`), []);
    assert.deepEqual(flagged(`${on('2026-01-15')}On Oct. 21 and 23, 2022, Lloyd Austin and Sergei Shoigu spoke.`), []);
    assert.deepEqual(flagged(`${on('2026-01-15')}On Oct. 21 and 24, 2022, Lloyd Austin and Sergei Shoigu spoke.`), ['call-date-conflict: 24']);
  });

  test('a call tried and failed is no call, in any tense', () => {
    const text = `${on('2026-01-15')}# A chronology of US–Russian defence calls\n\n- **Oct. 24, 2022** — Gen. Mark Milley and Gen. Valery Gerasimov discuss the allegation.\n- **Nov. 15, 2022** — After a missile lands in Poland, Milley tries to reach Gerasimov and fails.`;
    assert.deepEqual(flagged(text), []);
  });

  test('a call sought before the clause names it is no call: "tried and failed to reach him by phone on…"', () => {
    const after = (sentence: string) => flagged(`${on('2023-01-10')}Gen. Mark Milley and Gen. Valery Gerasimov last spoke in October. ${sentence}`);
    assert.deepEqual(after('Milley tried and failed to reach Gerasimov by phone on Nov. 15, 2022.'), []);
    assert.deepEqual(after('Milley, who was unable to reach Gerasimov by phone in November 2022, spoke to Warsaw.'), []);
    assert.deepEqual(after('Zero calls were completed on Nov. 15, 2022.'), []);
    assert.deepEqual(after('A reporter asked whether Milley had spoken with Gerasimov on Nov. 15, 2022.'), []);
    // Turned: a call that followed the attempt is one.
    assert.deepEqual(after('Milley tried for a week, but finally spoke with Gerasimov by phone on Nov. 15, 2022.'), ['call-date-conflict: Nov. 15, 2022']);
  });

  test('a paragraph that opens "In that call" is about the call the paragraph before dated', () => {
    const text = (who: string) => `${on('2024-07-15')}Lloyd Austin spoke with Andrei Belousov on Friday.\n\nThe first call between them took place on June 25.\n\nIn that call, initiated by ${who}, Belousov warned about arms deliveries.`;
    assert.deepEqual(flagged(text('Washington')), []);
    assert.deepEqual(flagged(text('Moscow')), ["initiator-conflict: Moscow"]);
  });

  test('a paragraph that opens "At that time" is about the call the paragraph before dated', () => {
    const text = `${on('2024-07-12')}Andrei Belousov held a telephone conversation with Lloyd Austin on Friday.\n\nIn 2022 the defence chiefs spoke several times, including a conversation on October 23, 2022.\n\nAt that time, Sergei Shoigu informed Austin of Moscow's concerns.`;
    assert.deepEqual(flagged(text), []);
  });

  test('a paragraph that opens on "That call" is about the call the paragraph before dated', () => {
    const text = (who: string) => `${on('2024-07-15')}Lloyd Austin spoke with Andrei Belousov on Friday.\n\nSo when Austin called Belousov on 25 June, no rule was broken.\n\nThat call, initiated by ${who}, was the first since 15 March 2023.`;
    assert.deepEqual(flagged(text('Austin')), []);
    assert.deepEqual(flagged(text('Belousov')), ['initiator-conflict: Belousov']);
  });

  test('a call put at another time is not the call in context: "last spoke in March 2023", "the same day as the ministers\' call"', () => {
    const brown = `${on('2025-03-01')}Gen. CQ Brown spoke with Gen. Valery Gerasimov on Nov. 27, 2024.`;
    assert.deepEqual(flagged(`${brown} Gen. Mark Milley last spoke with Gerasimov in March 2023, on the same day as the ministers' call about the drone.`), []);
    assert.deepEqual(flagged(`${brown} Gen. Mark Milley last spoke with Gerasimov in March 2024.`), ['sequence-conflict: March 2024']);
    assert.deepEqual(flagged(`${brown} Gen. Mark Milley spoke with Gerasimov that day.`), ['call-participant-conflict: Mark Milley']);
  });

  test('calls dated in coordinated parts: one named in another part, beside a date of its own, is not off this call', () => {
    const story = `${on('2025-03-01')}Lloyd Austin spoke with Sergei Shoigu and later with Andrei Belousov. `;
    assert.deepEqual(flagged(`${story}Shoigu initiated the Oct. 23, 2022 call, and Belousov initiated the last one, on July 12, 2024.`), []);
    assert.deepEqual(flagged(`${story}Moscow asked for the call of Oct. 23, 2022, and for the call of July 12, 2024, the second Austin–Belousov call in 17 days.`), []);
    assert.deepEqual(flagged(`${story}Austin and Belousov spoke on Oct. 23, 2022.`), ['call-participant-conflict: Belousov']);
  });

  test('a list item is a sentence of its own: its date is not the call of the item before', () => {
    const text = `${on('2023-03-17')}- A Russian jet struck a US drone over the Black Sea on Tuesday.\n- Gerasimov took Wednesday's call from Gen. CQ Brown.`;
    assert.deepEqual(flagged(text), ['call-participant-conflict: CQ Brown']);
  });

  test('a date before a noun modifies it: "the Nov. 27 call"', () => {
    const text = `${on('2025-02-10')}Moscow's account of the Nov. 27, 2024 call said Gerasimov had briefed Milley on a new missile.`;
    assert.deepEqual(flagged(text), ['call-participant-conflict: Milley']);
  });

  test('"the next day" and "that day" count from the day named before them', () => {
    assert.deepEqual(flagged(`${on('2022-10-25')}On May 18, a story said the generals had not spoken. Milley and Gerasimov spoke the next day.`), []);
    assert.deepEqual(flagged(`${on('2022-10-25')}On May 18, a story said the generals had not spoken. Milley and Gerasimov spoke two days later.`), [
      'call-date-conflict: two days later',
    ]);
    assert.deepEqual(flagged(`${on('2025-02-10')}The Nov. 27, 2024 call was first reported in December. Gerasimov spoke that day with Dan Caine.`), [
      'call-participant-conflict: Dan Caine',
    ]);
  });

  test('a year-less date takes the year its section is about', () => {
    const text = `${on('2026-01-15')}## 2021\n\nAustin and Shoigu spoke for the first time on Aug. 12, discussing risk reduction.`;
    assert.deepEqual(flagged(text), ['call-date-conflict: Aug. 12']);
    assert.deepEqual(flagged(text.replace('Aug. 12', 'Aug. 11')), []);
  });

  test('a year-less date only days ahead is upcoming, and its weekday is checked in that year', () => {
    assert.deepEqual(flagged(`${on('2024-07-15')}Tuesday, July 16: the summit's last session.`), []);
    assert.deepEqual(flagged(`${on('2024-07-15')}Wednesday, July 16: the summit's last session.`), ['weekday-mismatch: Wednesday']);
  });

  test('each date coordinated with a call date is a claim of its own', () => {
    assert.deepEqual(flagged(`${on('2022-10-28')}Austin and Shoigu spoke last Friday and again Sunday.`), []);
    assert.deepEqual(flagged(`${on('2022-10-28')}Austin and Shoigu spoke last Friday and again Saturday.`), ['call-date-conflict: Saturday']);
  });

  test('a call claimed in a month the record covers in full', () => {
    assert.deepEqual(flagged(`${on('2026-01-15')}Austin and Belousov spoke again in August 2024, as Ukraine pushed into Kursk.`), ['call-date-conflict: August 2024']);
    assert.deepEqual(flagged(`${on('2026-01-15')}Austin and Belousov spoke again in July 2024.`), []);
  });

  test('"the two generals" are the holders of the pair of offices, in the clause of the date', () => {
    assert.deepEqual(flagged(`${on('2022-10-24')}Before today, the generals' previous call was on May 19, their first after the invasion.`), []);
    assert.deepEqual(flagged(`${on('2022-10-24')}The two generals spoke on May 18.`), ['call-date-conflict: May 18']);
    assert.deepEqual(flagged(`${on('2022-02-20')}The Feb. 18 conversation came a week after the generals' call.`), []);
  });

  test('separate calls with respective counterparts are no joint call', () => {
    assert.deepEqual(flagged(`${on('2023-03-16')}Lloyd Austin and Gen. Mark Milley held separate calls with their Russian counterparts on Wednesday.`), []);
  });

  test('an undated call between two people who never spoke is checked against the call in context', () => {
    const text = `${on('2022-05-14')}Lloyd Austin spoke with Sergei Shoigu on Friday for about an hour.\n\n**Austin Talks to Gerasimov for an Hour**`;
    assert.deepEqual(flagged(text), ['call-participant-conflict: Gerasimov']);
    assert.deepEqual(flagged(`${on('2022-05-14')}Eight of those conversations were with Sergei Shoigu, and two with Andrei Belousov.`), []);
  });

  test('"said X" makes X the speaker only where X ends the clause', () => {
    assert.deepEqual(flagged(`${on('2022-05-14')}Austin spoke with Shoigu on Friday, said Milley.`), []);
  });
});

describe('calls told of, listed and headlined', () => {
  test('a table of calls is read row by row: each row\'s date is its call\'s, whatever its subject', () => {
    const table = (rows: string[]) => `${on('2024-12-10')}## Calls between the ministers\n\n| Date | Weekday | US participant | Russian participant | Subject |\n|---|---|---|---|---|\n${rows.join('\n')}\n`;
    const right = ['| 2022-10-24 | Monday | Mark Milley | Valery Gerasimov | the "dirty bomb" claim |', '| 15 March 2023 | Wednesday | Lloyd Austin | Sergei Shoigu | MQ-9 incident |'];
    assert.deepEqual(flagged(table(right)), []);
    const wrong = ['| 2022-10-24 | Tuesday | Mark Milley | Valery Gerasimov | the "dirty bomb" claim |', '| 16 March 2023 | Thursday | Lloyd Austin | Sergei Shoigu | MQ-9 incident |', '| 2024-11-27 | Wednesday | Mark Milley | Valery Gerasimov | missiles |'];
    assert.deepEqual(flagged(table(wrong)), ['weekday-mismatch: Tuesday', 'call-date-conflict: 16 March 2023', 'call-participant-conflict: Mark Milley']);
    // A fix that would leave the weekday in the next cell wrong is none.
    const fixes = checker.check(table(wrong), { languageId: 'markdown' }).findings.filter((f) => f.code === 'call-date-conflict').flatMap((f) => f.fixes);
    assert.deepEqual(fixes, []);
  });

  test('a table\'s column of who asked for each call is an initiator claim of its row', () => {
    const table = (rows: string[]) => `${on('2024-12-10')}## The calls\n\n| Date | Participants | Requested by |\n|---|---|---|\n${rows.join('\n')}\n`;
    assert.deepEqual(flagged(table(['| 2022-10-23 | Austin – Shoigu | Shoigu |', '| 2022-05-13 | Austin – Shoigu | United States |', '| 2022-10-24 | Milley – Gerasimov | not stated |'])), []);
    assert.deepEqual(flagged(table(['| 2024-07-12 | Austin – Belousov | Austin |'])), ['initiator-conflict: Austin']);
  });

  test('a list item under a heading of calls that tells of a meeting or a failed call is not a call', () => {
    assert.deepEqual(flagged(`${on('2024-12-10')}## Not calls\n\n- **2021-09-22**: Milley and Gerasimov met in person near Helsinki.\n- **2022-11-15**: Milley tried to reach Gerasimov; the call did not go through.\n`), []);
  });

  test('a date labelling a list item dates what the item tells', () => {
    assert.deepEqual(flagged(`${on('2024-12-10')}## Events\n\n- 14 March 2023: a Russian jet downs a US MQ-9 drone over the Black Sea.\n`), []);
    assert.deepEqual(flagged(`${on('2024-12-10')}## Events\n\n- 15 March 2023: a Russian jet downs a US MQ-9 drone over the Black Sea.\n`), ['event-date-conflict: 15 March 2023']);
  });

  test('the items of a list under a heading of calls are calls', () => {
    const list = (item: string) => `${on('2024-06-26')}Lloyd Austin and Mark Milley each spoke with Moscow before the war.\n\n## The calls, in order\n\n- **Friday, February 11, 2022:** Milley and Gerasimov.\n- ${item}`;
    assert.deepEqual(flagged(list('**Saturday, February 12, 2022:** Austin and Shoigu.')), []);
    assert.deepEqual(flagged(list('**Saturday, February 12, 2022:** Austin and Gerasimov.')), ['call-participant-conflict: Gerasimov']);
  });

  test('a headline over a dated call is about that call, not the draft’s', () => {
    const text = `${on('2024-06-26')}Austin spoke with Belousov on Tuesday.\n\n**Austin and Shoigu Speak in the New Year**\nAustin and Shoigu spoke on Jan. 6, 2022, the Pentagon said.`;
    assert.deepEqual(flagged(text), []);
  });

  test('a pair who did speak, named of a call when one of them held no such office, is flagged', () => {
    const text = `${on('2023-03-16')}Austin spoke with Shoigu on Wednesday, a day after the drone was downed.\n\n**Austin, Belousov Talk After Drone Incident**`;
    assert.deepEqual(flagged(text), ['call-participant-conflict: Belousov']);
    assert.deepEqual(flagged(`${on('2023-03-16')}Austin spoke with Shoigu on Wednesday. Austin would later speak with Belousov twice.`), []);
  });

  test('one person put on a call is checked against it', () => {
    assert.deepEqual(flagged(`${on('2024-12-05')}Andrei Belousov also took part in the Nov. 27 call.`), ['call-participant-conflict: Andrei Belousov']);
    assert.deepEqual(flagged(`${on('2024-12-05')}Valery Gerasimov took part in the Nov. 27 call.`), []);
  });

  test('a call reported on a day anchors the sentences after it', () => {
    const text = `${on('2024-07-20')}On June 25, it was reported that Lloyd Austin had his first call with Andrei Belousov. The conversation was initiated by the United States.`;
    assert.deepEqual(flagged(text), []);
    assert.deepEqual(flagged(text.replace('the United States', 'Russia')), ['initiator-conflict: Russia']);
  });

  test('someone named with the audience of a statement is not on the call', () => {
    const text = `${on('2023-03-16')}"I just got off the phone with Minister Shoigu," Lloyd Austin told reporters alongside Gen. Mark Milley.`;
    assert.deepEqual(flagged(text), []);
  });

  test('an undated story takes its reference date from its lede, not from a background call', () => {
    const text = 'Russia reaches out for call\n\nLloyd Austin on Friday spoke by phone with Andrei Belousov, a day after the NATO summit ended.\n\nTheir first call, on June 25, was at the American side’s request.';
    const result = checker.check(text, { languageId: 'plaintext' });
    assert.equal(result.referenceDate, '2024-07-12');
    assert.equal(result.referenceDateSource, 'inferred');
  });

  test('an undated story is not dated by the day of the last call before its own', () => {
    const lede = 'Defence chiefs talk by phone\n\nSergei Shoigu and Lloyd Austin discussed Ukraine in a telephone conversation.';
    const story = `${lede} The previous contact between the two dates back to May 13.\n\nPentagon press secretary Brig. Gen. Pat Ryder said Austin stressed the need for open lines.`;
    assert.equal(checker.check(story, { languageId: 'plaintext' }).referenceDate, null);
    assert.deepEqual(flagged(story), []);
    // The same date as the call's own is the story's day.
    assert.equal(checker.check(`${lede} They spoke on May 13.`, { languageId: 'plaintext' }).referenceDate, '2022-05-13');
  });
});

describe('weekdays said of a date', () => {
  test('"on June 25, … was held on a Wednesday": a weekday after "a" is the weekday of the sentence\'s one day', () => {
    const story = `${on('2024-07-13')}Lloyd Austin and Andrei Belousov spoke twice.`;
    assert.deepEqual(flagged(`${story} Their first, on June 25, was held on a Tuesday and came a day after the court issued warrants for Sergei Shoigu.`), []);
    assert.deepEqual(flagged(`${story} Their first, on June 25, was held on a Wednesday.`), ['weekday-mismatch: Wednesday']);
    assert.deepEqual(flagged(`${on('2025-10-10')}A story about the Anchorage summit of Aug. 15 mistakenly put it on a Saturday. It was a Friday.`), []);
  });
});

describe('timelines', () => {
  test('a row of a table of calls whose notes say it was none is no call', () => {
    const table = (notes: string) => `# US–Russian defence calls: a chronology\n\n| date | who | notes |\n|---|---|---|\n| 22 Sep 2021 | Milley – Gerasimov | ${notes} |\n`;
    assert.deepEqual(flagged(table('Met in person near Helsinki; not a call')), []);
    assert.deepEqual(flagged(table('Talked about Ukraine')), ['call-date-conflict: 22 Sep 2021']);
  });

  test('a weekday abbreviated in parentheses after its date is checked, and fixed in its own form', () => {
    const weekday = (text: string) => checker.check(text, { languageId: 'markdown' }).findings.filter((f) => f.code === 'weekday-mismatch').map((f) => `${text.slice(f.start, f.end)} → ${f.fixes[0]?.newText}`);
    assert.deepEqual(weekday(`${on('2026-02-10')}Mar. 15, 2023 (Thu): Lloyd Austin called Sergei Shoigu.`), ['Thu → Wed']);
    assert.deepEqual(weekday(`${on('2026-02-10')}Mar. 15, 2023 (Wed): Lloyd Austin called Sergei Shoigu.`), []);
    assert.deepEqual(weekday(`${on('2026-02-10')}March 15, 2023 (Thursday): Lloyd Austin called Sergei Shoigu.`), ['Thursday → Wednesday']);
  });

  test('a date labelling its entry past a weekday in parentheses dates what the entry tells, in the present tense too', () => {
    assert.deepEqual(flagged(`${on('2026-02-10')}Feb 24, 2022 (Thu): Russia launches its full-scale invasion of Ukraine.`), []);
    assert.deepEqual(flagged(`${on('2026-02-10')}Feb 25, 2022 (Fri): Russia launches its full-scale invasion of Ukraine.`), ['event-date-conflict: Feb 25, 2022']);
  });

  test('a full date that labels an entry ("**May 13, 2022.** The gap ended when…") dates it; a column\'s "**Oct. 2.**" does not', () => {
    const table = `${on('2025-03-01')}Gen. CQ Brown spoke with Gen. Valery Gerasimov last November.\n\n`;
    assert.deepEqual(flagged(`${table}**May 13, 2022.** The gap ended when Lloyd Austin called Sergei Shoigu.`), []);
    assert.deepEqual(flagged(`${table}**May 13, 2022.** The gap ended when Sergei Shoigu called Lloyd Austin.`), ['initiator-conflict: Sergei Shoigu called Lloyd Austin']);
    assert.deepEqual(flagged(`${on('2025-10-02')}**Oct. 2.** A look-back gave the wrong date for the ministers' second conversation.`), []);
  });

  test('"the same day" of a call counts from the call named before, not from another event\'s date', () => {
    const text = (day: string) => `${on('2026-02-10')}**March 15, 2023.** Lloyd Austin called Sergei Shoigu a day after a Russian jet downed a U.S. drone on ${day}. Gen. Mark Milley spoke with Gen. Valery Gerasimov the same day.`;
    assert.deepEqual(flagged(text('March 14')), []);
    assert.deepEqual(flagged(text('March 13')), ['event-date-conflict: March 13']);
  });

  test('an answer key\'s "1. February 24, 2022." on a line of its own labels nothing after it', () => {
    const text = `${on('2026-02-10')}### Answer key\n\n1. February 24, 2022.\n2. Shoigu; Russia asked for a follow-up call two days after Austin's call of October 21, 2022.`;
    assert.deepEqual(flagged(text), []);
  });

  test('a year stated before a year-less date is its year: "a single call in 2021, on 11 August"', () => {
    assert.deepEqual(flagged(`${on('2026-06-01')}The ministers, by contrast, held a single call in 2021, on 11 August, about risk reduction.`), []);
    assert.deepEqual(flagged(`${on('2026-06-01')}The ministers, by contrast, held a single call in 2021, on 12 August, about risk reduction.`), ['call-date-conflict: 12 August']);
  });

  test('a citation mark after a period ends the sentence', () => {
    const text = `${on('2026-02-10')}In May 2024 Andrei Belousov became Minister of Defence.[19] On 25 June 2024 he spoke with Lloyd Austin.`;
    assert.deepEqual(flagged(text), []);
  });
});
