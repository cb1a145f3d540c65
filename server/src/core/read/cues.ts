// Words that tell what a sentence claims. Kept together so the claim readers agree.
import type { Tokens } from '../text/tokens';
import { eventWords } from './frames';
const callWords = /\b(?:call|calls|called|phone|phoned|telephone|telephoned|spoke|speak|speaks|speaking|spoken|talk|talks|talked|conversation|conversations|discussed)\b/i;
const notACall = /\b(?:call(?:s|ed)?\s+(?:for|on|it|upon)|so-called|talks?\s+(?:about|of)\s+(?:war|peace))\b/gi;

export function hasCallCue(sentence: string): boolean {
  return callWords.test(sentence) && callWords.test(sentence.replace(notACall, ''));
}

/** Words after a name that make it the speaker of the sentence, not a party to the call. */
export const reportingVerbs: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'stated', 'states', 'added', 'noted', 'announced', 'confirmed', 'explained',
  'wrote', 'briefed', 'declined', 'quoted', 'according', 'emphasized', 'emphasised', 'stressed', 'claimed',
]);

/** Country words before a title, and the side they name. */
export function countryOf(word: string, raw: string): string | undefined {
  switch (word) {
    case 'us':
      return raw.startsWith('U') ? 'US' : undefined;
    case 'usa':
    case 'american':
    case 'america':
    case 'washington':
    case 'pentagon':
    case 'americans':
      return 'US';
    case 'russian':
    case 'russia':
    case 'moscow':
    case 'russians':
    case 'kremlin':
      return 'RU';
    case 'indian':
    case 'india':
      return 'IN';
    case 'ukrainian':
    case 'ukraine':
    case 'kyiv':
      return 'UA';
    case 'british':
    case 'uk':
    case 'britain':
      return 'GB';
    default:
      return undefined;
  }
}

/** The last or previous call named: "their last call", "the previous contact", "last spoke", "the line was last used". */
export const lastCall =
  /\b(?:(?:last|previous|prior)\s+(?:such\s+|known\s+|phone\s+|telephone\s+)?(?:call|conversation|contact|talks|time|one)\b|last\s+(?:spoke|spoken|talked|talk|speak)\b|\b(?:channel|line|hotline)\s+(?:was|had|has)\s+last\s+(?:been\s+)?used\b|(?:spoke|talked|spoken)\s+last\b(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|weekend|month|year|night)\b))/gi;

/** Verbs whose object is the one replaced or removed: "Belousov replaced Shoigu", "Trump fired Gen. CQ Brown". */
export const replacingVerbs: ReadonlySet<string> = new Set(['replaced', 'replacing', 'replaces', 'succeeded', 'succeeding', 'succeeds', 'ousted', 'sacked', 'fired', 'dismissed', 'removed']);

/** Prepositions that make a date a reference point rather than the time of the sentence ("unlike Friday's": a call set against it). */
export const pointPrepositions: ReadonlySet<string> = new Set(['since', 'before', 'after', 'until', 'by', 'from', 'unlike']);

/**
 * Words that let a sentence's dates carry a claim, besides a recorded name or a title: the
 * events claims are about (a call, a meeting, an incident, an appointment, the war; not a
 * statement or a report, whose dates only place someone's words), sequences ("the first since"),
 * terms of office ("took office", "until"), who asked for a call ("requested") and spans ("six days before", "the 28-month-old war").
 * Dates that no claim can rest on are never read (see `Sentences`): a claim reader that checks
 * dates beside other words names them here.
 */
const dateClaimWords: ReadonlySet<string> = new Set([
  ...[...eventWords].filter(([, kind]) => kind !== 'statement' && kind !== 'report').map(([word]) => word),
  'first', '1st', 'second', '2nd', 'third', '3rd', 'fourth', '4th', 'fifth', '5th', 'sixth', '6th', 'last', 'latest', 'previous', 'again', 'resumed', 'since',
  'taking', 'assumed', 'became', 'started', 'ended', 'expired', 'moved', 'installed', 'stepped', 'left', 'quit', 'removed', 'sacked', 'relieved',
  'replacing', 'succeeding', 'until', 'till', 'from', 'office', 'tenure', 'term',
  'initiated', 'initiate', 'initiates', 'requested', 'request', 'requests', 'arranged', 'placed', 'initiative', 'behest', 'invitation',
  'urging', 'instigation', 'asked', 'asks', 'ask', 'reached', 'reaches',
  'served', 'serving', 'held', 'holding', 'led', 'leading', 'headed', 'heading', 'post', 'job', 'role', 'helm',
  // Spans name their unit ("two days later", "six days before the invasion", "the 28-month-old war").
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'old', 'anniversary', 'elapsed',
]);

const weekdays: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
const months: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** What tokens [first, last) say of the claims the dates among them could carry, in one walk over them. */
export function dateClaimCues(tokens: Tokens, first: number, last: number): { claimWord: boolean; weekdayBesideDate: boolean } {
  let claimWord = false;
  let weekday = false;
  let date = false;
  for (let i = first; i < last; i++) {
    const norm = tokens.norm(i);
    if (dateClaimWords.has(norm)) claimWord = true;
    if (weekdays.has(norm)) weekday = true;
    else if (months.has(norm) || (norm.charCodeAt(0) >= 48 && norm.charCodeAt(0) <= 57)) date = true;
  }
  return { claimWord, weekdayBesideDate: weekday && date };
}

/** Writings whose words a draft may quote to correct them: "the article said", "a Dec. 5 analysis said". */
export const writings: ReadonlySet<string> = new Set(['article', 'sidebar', 'chart', 'outlet', 'newspaper', 'website', 'broadcaster', 'headline', 'story', 'report', 'graphic', 'caption', 'piece', 'timeline', 'version', 'post', 'tweet', 'editorial', 'column', 'analysis', 'study', 'paper', 'memo', 'profile', 'explainer', 'factbox', 'chronology', 'chyron', 'bulletin', 'newsletter', 'dispatch', 'summary', 'item', 'segment', 'brief']);

/** "An article on May 14", "Editor's note: an earlier version of this story", and what may follow it up to its verb. */
const writingSubject = String.raw`^\W*(?:[^:.;]{1,40}:\W*)?(?:in\s+)?(?:an?|the|our|one|another|that|this|these|those)\s+(?:[\w.]+\s+){0,3}?(?:${[...writings].join('|')})s?\b(?:[^.;:]|\b(?:gen|lt|col|maj|brig|adm|mr|mrs|ms|dr|st|jr|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.)`;

/**
 * "An article on May 14 said…", "Editor's note: an earlier version of this story said", "a Dec. 5 analysis said",
 * "we wrongly reported": what an article, a headline or the paper itself said, quoted to be
 * corrected, is not the writer's claim.
 */
export const reportedClaim = new RegExp(
  String.raw`${writingSubject}{0,90}?\b(?:said|says|described|called|stated|reported|claimed|gave|had|misstated|misreported|wrote|put|dated|identified|misidentified|named|listed|referred)\b|\bwe\s+(?:incorrectly\s+|wrongly\s+|mistakenly\s+)?(?:said|reported|wrote|described|stated|gave|called|referred)\b` +
  // "An article on Tuesday about the court's warrants for Shoigu and Gerasimov said…": what it said, past a long subject.
  String.raw`|${writingSubject}{0,150}?\b(?:said|stated|reported|claimed|wrote|misstated|misreported)\b` +
  // "Several outlets reported it as the second call", "it would be wrong to suggest that Gerasimov is the minister".
  String.raw`|\b(?:several|some|many|other|few|multiple)\s+(?:[\w.]+\s+){0,2}?(?:outlets|reports|articles|stories|headlines|newspapers|papers|websites|sites|accounts|posts|broadcasters)\s+(?:\w+\s+){0,3}?(?:said|described|called|reported|gave|had|wrote|put|dated|misstated|misreported|claimed|stated|identified|named|listed)\b` +
  // "…, which he is not", "— that's wrong": the claim is told to be refuted.
  String.raw`|\b(?:wrong|false|incorrect|inaccurate|untrue|mistaken|misleading|a\s+mistake|an\s+error)(?:,[^,]{1,30},)?\s+to\s+(?:suggest|say|claim|report|describe|write|state|assume|think|call)\b` +
  String.raw`|\b(?:told|said|says|claimed|reported|stated|suggested|wrote|informed)\b[\s\w,]{0,20}?\b(?:wrongly|falsely|mistakenly|incorrectly|erroneously)\b` +
  String.raw`|,\s+which\s+(?:he|she|it|they)\s+(?:is|was|are|were)\s+not\b|[,;—–-]\s*(?:that|this)(?:['’]s|\s+is|\s+was)\s+(?:simply\s+|plainly\s+|just\s+)?(?:wrong|false|incorrect|untrue|not\s+(?:right|true|correct|so))\b`, 'i');

/** After a claim quoted to be corrected, "It also said…", "They called it…": more of what was quoted. */
export const saidAgain = /^\W*(?:it|they)\s+(?:also\s+)?(?:said|stated|reported|claimed|gave|misstated|described|called)\b/i;

/** "The call", "the phone conversation": the call a sentence takes as known. */
export const theCallWords = /\bthe\s+(?:(?:phone|telephone)\s+)?(?:call|conversation)\b/i;
