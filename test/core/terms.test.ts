// Term claims: when someone took up or left an office, each test a class of sentence.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createChecker, defaultRecord } from '../../server/src/core';

const checker = createChecker({ record: defaultRecord });

/** The term findings of a draft dated `date`, as "words → fix". */
function terms(date: string, text: string): string[] {
  const draft = `---\ndate: ${date}\n---\n\n${text}`;
  return checker
    .check(draft, { languageId: 'markdown' })
    .findings.filter((f) => f.code === 'term-date-conflict')
    .map((f) => [draft.slice(f.start, f.end), ...f.fixes.map((x) => x.newText)].join(' → '));
}

describe('offices held since, from or until a date', () => {
  test('a true period of office is silent, in any words of holding it', () => {
    for (const sentence of [
      'Austin, a former Army general, has run the Pentagon since January 2021.',
      'Austin has held the post of Secretary of Defense since January 2021.',
      'Gerasimov, chief of the General Staff since 2012, oversaw the exercise.',
      'Shoigu was defence minister until May 2024.',
    ]) assert.deepEqual(terms('2024-07-01', sentence), [], sentence);
  });

  test('a wrong start or end of the period is flagged, its fix at the precision written', () => {
    assert.deepEqual(terms('2022-06-01', 'Shoigu, defence minister since 2015, denied the report.'), ['2015 → 2012']);
    assert.deepEqual(terms('2024-06-01', 'CQ Brown, Chairman Since 2022, Visits Troops'), ['2022 → 2023']);
    assert.deepEqual(terms('2024-08-01', 'Shoigu, who ran the ministry until April, has kept a low profile.'), ['April → May']);
  });

  test('"has been chairman since", "who had been chairman since": a role after "been", not a place', () => {
    assert.deepEqual(terms('2023-03-20', 'Gen. Mark Milley, who had been chairman since October 2019, said so.'), []);
    assert.deepEqual(terms('2023-03-20', 'Gen. Mark Milley, who had been chairman since October 2018, said so.').map((t) => t.split(' → ')[0]), ['October 2018']);
    assert.deepEqual(terms('2024-09-01', 'Belousov has been in Beijing since Monday.'), []);
  });

  test('a period of the verb after an apposition is not of the post the apposition names', () => {
    assert.deepEqual(terms('2026-01-15', 'Andrei Belousov, an economist and a former first deputy prime minister, has run the ministry since May 2024.'), []);
  });

  test('a period given to the verb after an apposition is no term claim', () => {
    assert.deepEqual(terms('2024-09-01', 'Austin has not spoken to Andrei Belousov, Russia’s defence minister, since July 12.'), []);
  });
});

describe('verbs of taking and leaving office', () => {
  test('a verb\'s object named with its title is the one whose term it ends ("removed Defence Minister Sergei Shoigu")', () => {
    assert.deepEqual(terms('2024-10-01', 'President Vladimir Putin removed Defence Minister Sergei Shoigu on 12 May.'), []);
    assert.deepEqual(terms('2024-10-01', 'President Vladimir Putin removed Defence Minister Sergei Shoigu on 12 June.'), ['12 June → 12 May']);
  });

  test('"retired" before a rank describes a person and claims no end of a term', () => {
    assert.deepEqual(terms('2023-05-01', 'Lloyd Austin, a retired Army general, led the department from January 2021.'), []);
  });

  test('a rank is not the office a verb of leaving is about', () => {
    assert.deepEqual(terms('2025-06-01', 'Gen. CQ Brown was dismissed on Feb. 21.'), []);
  });

  test('a date with no year is read in the year of the term, not the draft’s', () => {
    assert.deepEqual(terms('2026-03-01', 'Lloyd Austin became defense secretary in January.'), []);
    assert.deepEqual(terms('2025-08-20', 'Dan Caine, who became chairman in March, met the Russian delegation.'), ['March → April']);
  });

  test('a start known to the month agrees with any day of that month, not the month before', () => {
    assert.deepEqual(terms('2022-10-25', 'Pat Ryder took up the post in August 2022.'), []);
    assert.deepEqual(terms('2022-10-25', 'Pat Ryder took up the post in July 2022.'), ['July 2022 → August 2022']);
  });

  test('leaving office is flagged against the recorded end', () => {
    assert.deepEqual(terms('2024-01-10', 'Mark Milley, who stepped down in July 2023, has written a book.'), ['July 2023 → September 2023']);
  });

  test('negated and hedged term claims are not judged', () => {
    assert.deepEqual(terms('2023-03-01', 'Shoigu did not step down in January 2023.'), []);
    assert.deepEqual(terms('2024-04-01', 'Shoigu is expected to step down in June.'), []);
  });

  test('a date of another event in the clause is not the term’s', () => {
    assert.deepEqual(terms('2024-07-13', 'Belousov, the economist who replaced Shoigu, called Austin on July 12, 2024.'), []);
  });
});

describe('the steps of taking office', () => {
  test('a confirmation or a swearing-in may come a few days before the term; taking office may not', () => {
    assert.deepEqual(terms('2025-04-20', 'The Senate confirmed Dan Caine on April 11.'), []);
    assert.deepEqual(terms('2025-02-01', 'Pete Hegseth was sworn in on Jan. 25.'), []);
    assert.deepEqual(terms('2025-04-20', 'Dan Caine took office on April 11.'), ['April 11 → April 12']);
  });

  test('an appointment may be dated to its announcement, taking office only to the start', () => {
    assert.deepEqual(terms('2024-06-01', 'Andrei Belousov was nominated defence minister on May 12, 2024.'), []);
    assert.deepEqual(terms('2024-06-01', 'Andrei Belousov took office as defence minister on May 12, 2024.'), ['May 12, 2024 → May 14, 2024']);
  });

  test('an acting term answers a claim of acting, the full term one that does not say so', () => {
    assert.deepEqual(terms('2025-06-10', 'Kingsley Wilson became acting press secretary on April 24.'), []);
    assert.deepEqual(terms('2025-06-10', 'Kingsley Wilson became press secretary on April 24.').length, 1);
  });
});

describe('whose term it is', () => {
  test('"was succeeded by" ends the subject\'s term and starts the agent\'s: either day agrees', () => {
    assert.deepEqual(terms('2025-09-08', 'Lloyd Austin, who left the Pentagon on Jan. 20 and was succeeded five days later by Pete Hegseth, has kept a low profile.'), []);
    assert.deepEqual(terms('2024-08-01', 'Sergei Shoigu was replaced by Andrei Belousov on May 2, 2024.'), ['May 2, 2024 → May 12, 2024']);
  });

  test('a date that heads the sentence dates the verb of taking office after it', () => {
    assert.deepEqual(terms('2025-09-08', 'On Jan. 25, 2025, Pete Hegseth took office.'), []);
    assert.deepEqual(terms('2025-09-08', 'On Jan. 20, 2025, Pete Hegseth took office.'), ['Jan. 20, 2025 → Jan. 25, 2025']);
    assert.deepEqual(terms('2024-08-01', 'In 2012, Sergei Shoigu became defence minister.'), []);
    assert.deepEqual(terms('2024-08-01', 'In 2014, Sergei Shoigu became defence minister.').length, 1);
    // Another event between the date and the verb has the date: "On May 13, Austin called Shoigu, who became…".
    assert.deepEqual(terms('2024-08-01', 'On May 13, 2022, Lloyd Austin called Sergei Shoigu, who became defence minister in 2012.'), []);
  });

  test('an office held from one date until another: each end is judged', () => {
    assert.deepEqual(terms('2025-03-01', 'Sergei Shoigu, defence minister from 2012 until May 2024, is now secretary of the Security Council.'), []);
    assert.deepEqual(terms('2025-03-01', 'Sergei Shoigu, defence minister from 2012 until May 2025, is now secretary of the Security Council.'), ['May 2025 → May 2024']);
  });

  test('the subject of a relative clause is its antecedent', () => {
    assert.deepEqual(terms('2024-08-01', 'Belousov, who replaced Shoigu in May 2024, visited the front.'), []);
    assert.deepEqual(terms('2024-08-01', 'Belousov, who replaced Shoigu in June 2024, visited the front.'), ['June 2024 → May 2024']);
  });

  test('the object of a transitive verb is the one appointed or removed', () => {
    assert.deepEqual(terms('2025-02-01', 'The Senate confirmed Pete Hegseth on Jan. 24.'), []);
    assert.deepEqual(terms('2024-08-01', 'The president dismissed Sergei Shoigu on May 2.'), ['May 2 → May 12']);
  });

  test('what an article said is quoted, not claimed: a correction repeats the error', () => {
    assert.deepEqual(terms('2025-01-30', 'An article said Pete Hegseth became defense secretary on Jan. 20.'), []);
    assert.deepEqual(terms('2025-01-30', 'Pete Hegseth became defense secretary on Jan. 20.'), ['Jan. 20 → Jan. 25']);
  });
});

describe('words that look like others', () => {
  test('"in May" before the verb is the month, not a hedge', () => {
    assert.deepEqual(terms('2024-07-01', 'Andrei Belousov, nominated in May, became defence minister on May 20.'), ['May 20 → May 14']);
  });

  test('a role is the office all its words name: another ministry is not the defence ministry', () => {
    assert.deepEqual(terms('2024-07-01', 'Andrei Belousov was appointed economy minister in 2013.'), []);
    assert.deepEqual(terms('2024-07-01', 'Andrei Belousov was first appointed a minister in 2013.'), []);
    assert.deepEqual(terms('2024-07-01', 'Andrei Belousov was appointed to the post of minister in June.'), ['June → May']);
    assert.deepEqual(terms('2022-10-22', 'Pat Ryder became press secretary in July.'), ['July → August']);
  });

  test('a move to a place is judged by the terms near the date, not by the place’s name', () => {
    assert.deepEqual(terms('2022-10-22', 'John Kirby moved to the White House in June.'), []);
    assert.deepEqual(terms('2024-07-01', 'Sergei Shoigu moved to the Security Council in April.'), ['April → May']);
  });
});

describe('terms by other words', () => {
  test('a term that ended or began', () => {
    assert.deepEqual(terms('2024-01-10', 'Mark Milley, whose term ended on Sept. 30, 2023, has written a memoir.'), []);
    assert.deepEqual(terms('2024-01-10', 'Mark Milley, whose term ended on Aug. 30, 2023, has written a memoir.'), ['Aug. 30, 2023 → Sep. 30, 2023']);
  });

  test('a participle’s subject is its clause’s, not the person named just before it', () => {
    assert.deepEqual(terms('2022-06-01', 'Lloyd Austin has spoken to Sergei Shoigu three times since taking office in January 2021.'), []);
    assert.deepEqual(terms('2022-06-01', 'Lloyd Austin has spoken to Sergei Shoigu three times since taking office in March 2021.'), ['March 2021 → January 2021']);
  });
});

describe('someone else’s term', () => {
  test('a successor, a predecessor or a counterpart is not the person named before them', () => {
    assert.deepEqual(terms('2024-08-01', 'Andrei Belousov praised his predecessor, who left the ministry in April.'), []);
    assert.deepEqual(terms('2025-03-01', 'Lloyd Austin said his successor took office in March.'), []);
    assert.deepEqual(terms('2023-06-01', 'Lloyd Austin, a retired Army general who took office in March 2021, spoke.'), ['March 2021 → January 2021']);
  });
});

describe('ranks left', () => {
  test('"promoted from brigadier general" dates the end of that rank, not its start', () => {
    assert.deepEqual(terms('2025-06-14', 'In June 2024 the press secretary was Maj. Gen. Pat Ryder, promoted from brigadier general at the end of 2023.'), []);
    assert.deepEqual(terms('2025-06-14', 'Pat Ryder was promoted to major general in December 2023.'), []);
  });
});
