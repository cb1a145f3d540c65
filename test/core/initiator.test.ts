// Who asked for a call, in the forms reporters write it: each test a class of sentence, a true
// one silent and a wrong one flagged.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createChecker, defaultRecord } from '../../server/src/core';

const checker = createChecker({ record: defaultRecord });

/** The initiator findings of a draft, as "words flagged". */
function initiators(text: string): string[] {
  return checker.check(text, { languageId: 'markdown' }).findings.filter((f) => f.code === 'initiator-conflict').map((f) => text.slice(f.start, f.end));
}

const on = (date: string) => `---\ndate: ${date}\n---\n\n`;
/** A draft about the call of Friday 2024-07-12, which Belousov asked for. */
const july = (sentence: string) => `${on('2024-07-13')}Andrei Belousov and Lloyd Austin spoke by phone on Friday. ${sentence}`;

describe('the call a claim is of', () => {
  test('of two dated calls in its clause, the one nearest before the claim', () => {
    const text = (tail: string) => `${on('2025-05-01')}Lloyd Austin first spoke with Belousov on June 25 of last year${tail}, in a call Moscow requested.`;
    assert.deepEqual(initiators(text(' and last on July 12')), []);
    assert.deepEqual(initiators(text('')), ['Moscow']);
  });

  test('"It was the Americans, not the Russians, who asked": the side before the contrast asked', () => {
    const may = (sentence: string) => `${on('2022-05-14')}Lloyd Austin and Sergei Shoigu spoke on Friday. ${sentence}`;
    assert.deepEqual(initiators(may('It was the Americans, not the Russians, who asked for the call.')), []);
    assert.deepEqual(initiators(may('It was the Russians, not the Americans, who asked for the call.')), ['who asked']);
  });

  test('"asked for that first call", "requested by Mr. Shoigu", "Sunday\'s call, like Friday\'s"', () => {
    assert.deepEqual(initiators(`${on('2025-03-10')}**A:** Andrei Belousov asked for that first call in June 2024 as well.`), ['Andrei Belousov']);
    const oct = (sentence: string) => `${on('2022-10-25')}Lloyd Austin and Sergei Shoigu spoke on Friday and again on Sunday. ${sentence}`;
    assert.deepEqual(initiators(oct("So Sunday's call, like Friday's, was made at Austin's request.")), ["Austin's"]);
    assert.deepEqual(initiators(oct("So Friday's call, unlike Sunday's, was made at Austin's request.")), []);
    assert.deepEqual(initiators(`${july('')}The call, requested by Mr. Belousov, was brief.`), []);
    assert.deepEqual(initiators(`${july('')}The call, requested by Mr. Austin, was brief.`), ['Austin']);
  });

  test('an aside of who said so is read past: "Sunday\'s call, the Pentagon said, was requested by Austin"', () => {
    const oct = (who: string) => `${on('2022-10-25')}Lloyd Austin and Sergei Shoigu spoke on Friday and again on Sunday. Sunday's call, the Pentagon said, was requested by ${who}.`;
    assert.deepEqual(initiators(oct('Austin')), ['Austin']);
    assert.deepEqual(initiators(oct('Shoigu')), []);
  });

  test('a date set off after the call named is read past: "The second call, on Sunday, was requested by Washington"', () => {
    const oct = (who: string) => `${on('2022-10-25')}Lloyd Austin and Sergei Shoigu spoke on Friday and again on Sunday. The second call, on Sunday, was requested by ${who}.`;
    assert.deepEqual(initiators(oct('Washington')), ['Washington']);
    assert.deepEqual(initiators(oct('Moscow')), []);
  });

  test('who asked for an earlier call a "since …, when" clause tells of is no claim on the call in context', () => {
    assert.deepEqual(initiators(`${on('2022-10-25')}Sergei Shoigu and Lloyd Austin had spoken on Sunday. Before that, the ministers had not been in contact since the spring, when a conversation was held at the request of the Pentagon.`), []);
  });

  test('with no reference date, the call the lede dates in full is the draft\'s', () => {
    const text = (who: string) => `U.S. Defense Secretary Lloyd Austin and Russian Defence Minister Sergei Shoigu spoke by telephone on Friday, May 13, 2022.\n\nThe call, requested by ${who}, reopened the line.`;
    assert.deepEqual(initiators(text('Mr. Shoigu')), ['Shoigu']);
    assert.deepEqual(initiators(text('Mr. Austin')), []);
  });

  test('a claim dated to a day the draft gives no year for is of no known call, not the one in context', () => {
    const text = '- Belousov\'s call to Lloyd Austin came on Friday, July 12, 2024.\n- Austin requested the June 25 call; the Russian side requested the July 12 one.';
    assert.deepEqual(initiators(text), []);
  });

  test('a call another clause dates is not the claim\'s; a relative clause on the claim\'s call dates it', () => {
    assert.deepEqual(initiators(`${on('2025-03-10')}Andrei Belousov asked for it, which surprised people, because Lloyd Austin had initiated their first conversation a couple of weeks earlier, in late June.`), []);
    assert.deepEqual(initiators(`${on('2025-03-10')}Lloyd Austin asked for the call, which took place on July 12.`), ['Lloyd Austin']);
    assert.deepEqual(initiators(`${on('2025-03-10')}Andrei Belousov asked for the call, which took place on July 12.`), []);
  });
});

describe('initiators in any form', () => {
  test('a passive with its agent: a side or a person', () => {
    assert.deepEqual(initiators(july('The conversation was requested by Moscow.')), []);
    assert.deepEqual(initiators(july('The conversation had been initiated by Washington.')), ['Washington']);
    assert.deepEqual(initiators(july('The call itself was placed by Washington.')), ['Washington']);
    assert.deepEqual(initiators(july('The call was arranged by the American side, officials said.')), ['American side']);
    // What a speaker went on to say is a clause of its own: a call sought in it does not unsay the request.
    assert.deepEqual(initiators(july('The call was made at the request of Washington, an official said, adding that Moscow had been seeking talks for weeks.')), ['Washington']);
  });

  test('request phrases: possessive, "of", and the translated "on the initiative of"', () => {
    assert.deepEqual(initiators(july('It took place at the Kremlin’s request.')), []);
    assert.deepEqual(initiators(july('The talk was held at the request of the Pentagon.')), ['Pentagon']);
    assert.deepEqual(initiators(july('The phone conversation was held on the initiative of the American side.')), ['American side']);
  });

  test('the fix of a possessive keeps its ending', () => {
    const text = july("The call came at Austin's own request.");
    const finding = checker.check(text, { languageId: 'markdown' }).findings.find((f) => f.code === 'initiator-conflict')!;
    assert.deepEqual(finding.fixes.map((f) => f.newText), ["Belousov's"]);
  });

  test('a subject before the verb: a person, a side, the antecedent of "who", the subject of a "which" clause', () => {
    assert.deepEqual(initiators(july('Russia reached out first.')), []);
    assert.deepEqual(initiators(july('U.S. officials had asked for the conversation.')), ['U.S. officials']);
    assert.deepEqual(initiators(july('Austin, who requested the call, pressed for restraint.')), ['who requested']);
    assert.deepEqual(initiators(july('The call, which the Pentagon requested, lasted an hour.')), ['Pentagon']);
  });

  test('a compound adjective names the side, not the first name after it', () => {
    assert.deepEqual(initiators(july('A Moscow-initiated call between Austin and Belousov followed.')), []);
    assert.deepEqual(initiators(july('It was an American-initiated conversation between Belousov and Austin.')), ['American']);
  });

  test('"requests" is a verb where no request phrase reads it as a noun ("Shoigu Requests Call")', () => {
    const story = (headline: string) => `${on('2022-02-20')}## ${headline} as Forces Mass\n\nLloyd Austin spoke with Sergei Shoigu on Feb. 18.`;
    assert.deepEqual(initiators(story('Austin Requests Call')), []);
    assert.deepEqual(initiators(story('Shoigu Requests Call')), ['Shoigu']);
  });

  test('a cleft puts who asked first: "It was the Russian MoD that requested the conversation"', () => {
    assert.deepEqual(initiators(july('It was the Russian MoD that requested the conversation.')), []);
    assert.deepEqual(initiators(july('It was Washington that requested the conversation.')), ['Washington that requested']);
  });

  test('"X called Y": the caller asked, and the fix swaps the two', () => {
    assert.deepEqual(initiators(july('Belousov phoned Austin to talk about escalation.')), []);
    const text = july('Austin called Belousov to talk about escalation.');
    assert.deepEqual(initiators(text), ['Austin called Belousov']);
    const finding = checker.check(text, { languageId: 'markdown' }).findings.find((f) => f.code === 'initiator-conflict')!;
    assert.deepEqual(finding.fixes.map((f) => f.newText), ['Belousov called Austin']);
  });
});

describe('which call a claim is about', () => {
  test('each clause of a sentence naming two calls is judged by its own date', () => {
    const base = `${on('2024-07-20')}Lloyd Austin and Andrei Belousov spoke twice this summer.`;
    assert.deepEqual(initiators(`${base} Austin requested the June 25 call; Belousov requested the July 12 one.`), []);
    assert.deepEqual(initiators(`${base} Belousov requested the June 25 call, and Austin requested the July 12 call.`), ['Belousov', 'Austin']);
  });

  test('a "when" clause after a date is about the call then; a month with two calls of the pair names neither', () => {
    const text = `${on('2024-07-15')}Andrei Belousov and Lloyd Austin spoke on Friday.`;
    assert.deepEqual(initiators(`${text} It was a change from June, when Austin called Belousov.`), []);
    const october = `${on('2023-03-15')}Lloyd Austin and Sergei Shoigu spoke today.`;
    assert.deepEqual(initiators(`${october} They had last talked in October 2022, when Shoigu called Austin.`), []);
  });

  test('an ordinal names the people\'s k-th call, where the record has all their calls', () => {
    const profile = `${on('2025-03-01')}Andrei Belousov became defence minister in May 2024.`;
    assert.deepEqual(initiators(`${profile} Belousov asked for the second call.`), []);
    assert.deepEqual(initiators(`${profile} Belousov asked for the first call.`), ['Belousov']);
    assert.deepEqual(initiators(`${profile} Belousov asked for the first call in a year.`), []);
    // Shoigu took office long before the record's coverage begins: the first call it has of his need not be his first.
    assert.deepEqual(initiators(`${on('2025-03-01')}Sergei Shoigu was defence minister until May 2024. Shoigu asked for the first call.`), []);
  });

  test('the call a dated report told of, named in a clause of its own', () => {
    const correction = `${on('2023-03-21')}Who asked. An article on March 17 gave the wrong side as having asked for the ministers' call.`;
    assert.deepEqual(initiators(`${correction} The call was requested by Washington.`), []);
    assert.deepEqual(initiators(`${correction} The call was requested by Moscow.`), ['Moscow']);
  });

  test('under a live blog\'s day heading, an undated entry is about the call reported that day', () => {
    const blog = (sentence: string) => `${on('2022-10-24')}# Live: the weekend's calls\n\n## Monday, October 24\n\nGen. Mark Milley spoke with Gen. Valery Gerasimov.\n\n## Sunday, October 23\n\nLloyd Austin spoke with Sergei Shoigu by phone this evening.\n\n${sentence}`;
    assert.deepEqual(initiators(blog('An official said Shoigu placed the call.')), []);
    assert.deepEqual(initiators(blog('An official said Austin placed the call.')), ['Austin']);
  });

  test('an indefinite "a second call" is another call, not one person\'s second', () => {
    const text = (call: string) => `${on('2025-03-01')}Andrei Belousov became defence minister in May 2024. ${call} with Belousov, requested by Washington, followed.`;
    assert.deepEqual(initiators(text('A second call')), []);
    assert.deepEqual(initiators(text('The second call')), ['Washington']);
  });

  test('a date that labels an item ("*July 12, 2024.* A second call…") dates what the item tells', () => {
    const text = (label: string) => `${on('2024-08-01')}Lloyd Austin and Andrei Belousov spoke twice.\n\n*${label}.* A call, initiated by Secretary Austin, was held.`;
    assert.deepEqual(initiators(text('June 25, 2024')), []);
    assert.deepEqual(initiators(text('July 12, 2024')), ['Austin']);
  });

  test('a date and a colon head the item after them', () => {
    const text = `${on('2024-07-01')}Lloyd Austin and Sergei Shoigu, a record.\n\n- **Sunday, Oct. 23, 2022:** Austin and Shoigu, at Austin's request.`;
    assert.deepEqual(initiators(text), ["Austin's"]);
  });
});

describe('who asked, in the shapes a clause takes', () => {
  test('a title, an adverb or an aside between the words and who asked', () => {
    assert.deepEqual(initiators(july('A second call, this time requested by Mr Belousov, followed.')), []);
    assert.deepEqual(initiators(july('A second call, this time requested by Mr Austin, followed.')), ['Austin']);
    assert.deepEqual(initiators(july('It was a call initiated then by Moscow.')), []);
    assert.deepEqual(initiators(july('It was a call initiated then by Washington.')), ['Washington']);
    assert.deepEqual(initiators(july('The call, initiated by Secretary Austin, lasted an hour.')), ['Austin']);
  });

  test('"and Austin asked for the one on July 12": a call named before, and the people of the claim\'s own part', () => {
    const text = (who: string) => `${on('2024-07-13')}Lloyd Austin spoke with Andrei Belousov on Friday. Shoigu asked for the Oct. 23, 2022 call, and ${who} asked for the one on July 12, 2024.`;
    assert.deepEqual(initiators(text('Belousov')), []);
    assert.deepEqual(initiators(text('Austin')), ['Austin']);
  });

  test('who called, past an aside between dashes whose "not" is the aside\'s', () => {
    const may = (who: string, other: string) => `${on('2022-05-14')}${who} — who had not been seen for weeks — rang ${other} on Friday.`;
    assert.deepEqual(initiators(may('Lloyd Austin', 'Sergei Shoigu')), []);
    assert.deepEqual(initiators(may('Sergei Shoigu', 'Lloyd Austin')), ['Sergei Shoigu — who had not been seen for weeks — rang Lloyd Austin']);
  });

  test('the call and who took part, then who asked', () => {
    assert.deepEqual(initiators(july('The telephone call between the two ministries, on Friday, was requested by Moscow.')), []);
    assert.deepEqual(initiators(july('The telephone call between the two ministries, on Friday, was requested by Mr Austin.')), ['Austin']);
  });

  test('a relative clause whose verb has no object: "which Austin placed after…"', () => {
    assert.deepEqual(initiators(july('It was a short call, which Belousov placed after a week of strikes.')), []);
    assert.deepEqual(initiators(july('It was a short call, which Austin placed after a week of strikes.')), ['Austin']);
  });

  test('"it was held at Moscow\'s request": the call in context', () => {
    assert.deepEqual(initiators(july('According to the Pentagon, it was held at Moscow\'s request.')), []);
    assert.deepEqual(initiators(july('According to the Pentagon, it was held at Washington\'s request.')), ["Washington's"]);
  });

  test('a date leading an item heads the relative clause on it', () => {
    const item = (who: string) => `${on('2023-09-29')}Gen. Mark Milley and Gen. Valery Gerasimov, a record.\n\n- May 19, 2022: their first conversation since the invasion, which the Russian ministry said had been arranged at ${who} request.`;
    assert.deepEqual(initiators(item("Milley's")), []);
    assert.deepEqual(initiators(item("Gerasimov's")), ["Gerasimov's"]);
  });
});

describe('what is no claim about who asked', () => {
  test('a speaker is not the initiator', () => {
    assert.deepEqual(initiators(july('"The Russian side asked for this call," spokesperson Sabrina Singh said.')), []);
    assert.deepEqual(initiators(july('The call was initiated by Moscow, Pentagon press secretary Pat Ryder told reporters.')), []);
  });

  test('a sought, refused or hedged call has no initiator', () => {
    const march = `${on('2022-03-25')}Lloyd Austin and Sergei Shoigu have not spoken since February.`;
    assert.deepEqual(initiators(`${march} The Pentagon requested a call, but Moscow turned it down.`), []);
    assert.deepEqual(initiators(july('Austin would not have requested the call.')), []);
  });

  test('what an article is said to have claimed is quoted, not claimed', () => {
    assert.deepEqual(initiators(july('An earlier version of this story said Austin had requested the call.')), []);
  });

  test('a call whose initiator the record does not state never conflicts', () => {
    assert.deepEqual(initiators(`${on('2022-02-13')}Lloyd Austin and Sergei Shoigu spoke on Saturday. The call was requested by Moscow.`), []);
  });
});

describe('who asked, past what is set between the call and its verb', () => {
  test('a relative clause ("The call, which lasted an hour, was initiated by"), and the names and date of the call ("between … on Nov. 27")', () => {
    assert.deepEqual(initiators(july('The call, which lasted roughly an hour, was initiated by Belousov.')), []);
    assert.deepEqual(initiators(july('The call, which lasted roughly an hour, was initiated by Austin.')), ['Austin']);
    const brown = (side: string) => `${on('2024-12-10')}The call between Gen. CQ Brown and Gen. Valery Gerasimov on Nov. 27 was requested by ${side}.`;
    assert.deepEqual(initiators(brown('Moscow')), []);
    assert.deepEqual(initiators(brown('Washington')), ['Washington']);
  });
});
