import type { FindingCode, Severity } from './api';

export interface FindingDoc {
  /** The default severity; `off` when the code reports nothing until configured. */
  severity: Severity | 'off';
  /** How the README's table states the default, where the severity alone would mislead. */
  severityNote?: string;
  /** One sentence: the settings' descriptions, the README's table, SARIF's short description. */
  summary: string;
  /** Markdown: examples, what is checked and the fix. The README's section, SARIF's full description and help. */
  description: string;
}

/**
 * Each finding code's words, in one place. `npm run docs` writes them into package.json's
 * `readout.rules` and the README; the SARIF rules are built from them at run time.
 */
export const findingDocs: Record<FindingCode, FindingDoc> = {
  'name-misspelling': {
    severity: 'warning',
    summary: 'A near miss of a recorded name ("Llyod Austin", "Belousev").',
    description: `"Llyod Austin", "Belousev": a word within one typing slip (two for long names) of a recorded
name, next to the rest of that name or in a draft that names the person. Listed misspellings
in the record are caught as well. Fix: the recorded spelling.`,
  },
  'title-conflict': {
    severity: 'warning',
    summary: 'A title, office or rank the person did not hold at the date the sentence is about (a missing "former" or "then-" counts).',
    description: `"Defence Minister Sergei Shoigu" in July 2024, "Indian Foreign Minister Ajit Doval",
"Brig. Gen. Pat Ryder" in 2024. A title is checked at the date of its sentence and at the
reference date, and flagged only when it fails at both; "then-" is checked at the sentence's
date, "former" requires the office held before and not then. Fixes: the title held that day,
"former", or the person who held the office.`,
  },
  'call-date-conflict': {
    severity: 'warning',
    summary: 'A call between the named people on a date when none is recorded; the message names the nearest recorded calls.',
    description: `"Austin and Shoigu spoke on May 12": the record lists every call between the US Secretary of
Defense and Russia's Minister of Defence, and between the Chairman of the Joint Chiefs and the
Chief of the General Staff; the message names the nearest recorded calls. Fix: the nearby
recorded date, in the draft's own format.`,
  },
  'call-participant-conflict': {
    severity: 'warning',
    summary: 'A call on a recorded date, but with someone who took no part in it.',
    description: `A call on a recorded day with someone who took no part ("Shoigu spoke with Austin on Friday"
for 2024-07-12, when Austin spoke with Belousov). Fix: the person who did.`,
  },
  'weekday-mismatch': {
    severity: 'warning',
    summary: "A stated weekday that is not that date's weekday.",
    description: `"Wednesday, February 24" in 2022. Fix: the date's weekday.`,
  },
  'initiator-conflict': {
    severity: 'warning',
    summary: 'Who initiated a recorded call is misstated.',
    description: `"initiated by", "at the request of", "at Moscow's request", "Austin initiated the call"
against the recorded initiator (a person or a side).`,
  },
  'term-date-conflict': {
    severity: 'warning',
    summary: 'When someone took up or left an office is misstated.',
    description: `"took office on", "was appointed", "replaced Sergei Shoigu in May", "stepped down in",
checked against the recorded start (or announcement) and end, at the precision written.`,
  },
  'sequence-conflict': {
    severity: 'warning',
    summary: '"First since", "last", "second in N days", "twice in 2023" and the like contradict the record.',
    description: `"their first call since May 13", "the first conversation between Austin and Belousov",
"last spoke on", "the second call in two weeks", "the third call since the invasion", "the
first in months", "spoke twice in 2023", "have spoken three times since the invasion", "their
only call of 2023", "the generals spoke twice that year" (the year of the sentence or its
section), against the recorded calls of the same people or, where the draft names the pair of
offices ("the two defence chiefs"), of that channel. A count is judged only where the record
lists every call of the whole period. Fixes: the right ordinal or count ("third" → "fourth",
"twice" → "six times"), the right date after "since", the whole months of "the first call in 15
months".`,
  },
  'event-date-conflict': {
    severity: 'warning',
    summary: 'A recorded event other than a call (the invasion, a downing, arrest warrants, a visit, a summit) given a date or weekday the record contradicts.',
    description: `"The drone was downed on Wednesday" for the MQ-9 downing of Tuesday 2023-03-14, "the war, which
began on Feb. 22, 2022": a recorded event other than a call given a date or weekday the record
contradicts. Fix: the recorded date, in the draft's own format.`,
  },
  'elapsed-conflict': {
    severity: 'warning',
    summary: 'A stated span or age ("the 28-month-old war", "six days before the invasion") that the record contradicts.',
    description: `"The 28-month-old war" in a draft of July 2024, "six days before the invasion", "had not spoken
for more than a year", "nearly a year without a call", "a 10-month silence": a span or age the
record contradicts. A silence runs to the call that ended it, or for "have not spoken" to the
draft's date; "the first call in 15 months" (a \`sequence-conflict\`) is a gap read the same way.
One rule judges every span, as generously as its words. A gap between calls is rounded down by
its writer, so a plain count there is a lower bound and "nearly" reaches to the end of its unit;
a count of calls in a span ("the second call in two weeks") reaches back at most its count:

| The words | A span or an age fits | A gap between calls fits | A count of calls reaches back |
| --- | --- | --- | --- |
| "two years", "15 months" | half a unit under to a unit over (rounded to the nearest unit, or down) | from half a unit under, however long | the count |
| "six days", "100 days" | under ten days exactly; from ten, a day either way | from the count (from ten days, a day under), however long | the count |
| "about", "around", "some" | a quarter either way, and at least half a unit ("about a month": 15 days to a month and a half) | the same | a quarter or half a unit over |
| "more than", "over", "at least" | from a day under, however long | the same | to every call |
| "just over" | from a day under to a quarter or half a unit over | the same | a quarter or half a unit over |
| "nearly", "almost", "just under" | a quarter or half a unit under, to a day over | a quarter or half a unit under, to its whole units ("nearly 20 months" of 20 months and 12 days) | a day over |
| "less than", "under", "within" | up to a day over | the same | a day over |
| "the 28-month-old war" | 28 full months, a day either way | — | — |
| "its 12th week", "the 100th day" | the days of that period, the first day as day 1, a day either way | — | — |
| "months", "several weeks", "a few days" | not judged | at least about three months, two weeks, days or years, three for "several" and "a few" | up to three times and one more ("in weeks": seven weeks) |`,
  },
  'name-variant': {
    severity: 'off',
    severityNote: 'information, off unless a house spelling is set',
    summary: 'A valid transliteration that is not the house spelling (off unless a house spelling is set).',
    description: `With \`readout.houseSpelling\` set (for example \`["Shoigu", "Sergei"]\`), other recorded
transliterations are reported as information with the house spelling as the fix.`,
  },
  'unresolved-date': {
    severity: 'hint',
    summary: 'A relative date that cannot be resolved for want of a reference date.',
    description: `"on Friday" in a draft with no reference date: add \`date:\` to the front matter, a dateline,
or set the reference date.`,
  },
};

export const findingCodes: readonly FindingCode[] = Object.freeze(Object.keys(findingDocs) as FindingCode[]);
