// Sequence claims: where a call stands in the series of calls between two offices or two
// people. "Their first since May 13", "the first call in 15 months", "the third call since the
// invasion", "the first conversation between A and B", "second call in two weeks", "first of
// 2022"; "last spoke in October 2022", "the generals' last before Milley retired"; "have not
// spoken since the invasion". A series counts only the calls the record's coverage vouches for.
import type { Fix } from '../api';
import type { ResolvedDate } from '../read/resolveDates';
import { isFunctionWord } from '../read/chunks';
import { attributive, type SentenceView } from '../read/sentences';
import { countOf, countWord, findSpans, ordinalWordOf, type Span, spanEnds, spanFits, spanStart } from '../read/spans';
import { type EventInfo, termsOn } from '../record/index';
import { dayNumber, daysInMonth, monthNames, showDay, ymd } from '../text/dates';
import { callsBetween, callsIn, contextCall, isCovered, judgeCallDate, namedPairs, participantsOf, seriesCalls } from './anchor';
import { hasCallCue, lastCall, pointPrepositions } from '../read/cues';
import { callDay, capitalize, type Context, nameOf, type RawFinding, reformatDate, tokenAt } from './context';
import { lastAtOrBefore } from '../text/ordered';

/** The calls a claim counts, and the days within which the record lists all of them. */
interface Series {
  calls: EventInfo[];
  from: number;
  to: number;
  /** For two people: the last day both held the channel's offices, where one has left within the coverage. */
  until?: number;
  /** For people: the record covers them from the day they took office, so their calls are all counted. */
  fromTheirStart?: boolean;
  label: string;
}

/** What "since …" or "before …" names: a date, an event, the start or end of a term; its first and last day. */
interface Point {
  first: number;
  last: number;
  /** The date as written, when it is one: a fix rewrites it. */
  date?: ResolvedDate;
  /** The range of the words "since …". */
  start: number;
  end: number;
  /** Who spoke then, where the words are of an earlier call ("since Milley spoke with him in October 2022"). */
  speakers?: string[];
}

type Window =
  | { kind: 'ever' }
  | { kind: 'since'; after: Point }
  | { kind: 'span'; span: Span }
  | { kind: 'year'; year: number };

/** The ordinals of calls that are read, "first" to "tenth" in words and figures, in the words spans read periods with. */
const ordinals: Record<string, number> = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => i + 1).flatMap((n) => [
    [ordinalWordOf(n)!, n],
    [`${n}${['st', 'nd', 'rd'][n - 1] ?? 'th'}`, n],
  ]),
);
export const ordinalWords: ReadonlySet<string> = new Set(Object.keys(ordinals));

const sequenceWords = new RegExp(`\\b(?:${Object.keys(ordinals).join('|')}|last|previous|since|once|twice|thrice|times|only|calls|conversations|spoken|talked|without|silence|hiatus|lull)\\b`, 'i');
const ordinalWord = new RegExp(`\\b(${Object.keys(ordinals).join('|')})\\b`, 'gi');
const nextOrdinal = new RegExp(`(?:\\s+(?:and|but)|,)\\s+(?:the\\s+|their\\s+|its\\s+)?(?:${Object.keys(ordinals).join('|')})\\b`, 'i');
/** The head nouns of a phrase that counts calls. */
const callNoun = /^(?:call|calls|conversation|conversations|contact|contacts|talks|time|one)$/i;
const callVerb = /\b(?:spoke|spoken|speak|talked|talk|phoned|called|conversed)\b/i;
const callWords = /\b(?:calls?|conversations?)\b/i;
/** Words that end the phrase an ordinal heads and begin what qualifies it. */
const qualifierWord = /^(?:since|after|in|within|over|of|this|before|between|with|among)$/i;

/** "In", "within", "over" or "for" before a span, with "the past" or "the last". */
const spanLead = /\b(?:in|within|over|for)\s+(?:the\s+(?:past|last)\s+)?/iy;
const yearPattern = /\b(?:of|in|during|for)\s+((?:19|20)\d{2})\b/iy;
const thisYear = /\bthis\s+year\b/iy;
const ofTheYear = /\bof\s+the\s+year\b/iy;
const thisWeek = /\bthis\s+(?:week|month)\b/iy;
const ofTheWar = /\bof\s+the\s+(?:war|invasion|conflict)\b/iy;
const beforeWord = /\bbefore\s+/iy;
const silence = /\b(?:(?:have|has|had)\s+(?:not|never)|haven['’]t|hasn['’]t|hadn['’]t)\s+(?:spoken|talked)\b|\b(?:silence|lull|hiatus)\b/gi;
/** Words of the war, not of "pre-war" or "anti-war" things. */
const warWords = /(?<!-)\b(?:war|invasion|invaded|special\s+military\s+operation|full-scale)\b/i;
const startVerbs = /^\s*(?:took\s+(?:office|over)|assumed\s+(?:office|the\s+post)|became|was\s+(?:appointed|named|sworn\s+in|confirmed)|replaced|succeeded|arrived)\b/i;
const endVerbs = /^\s*(?:retired|left(?:\s+office)?|stepped\s+down|was\s+(?:dismissed|fired|replaced)|resigned)\b/i;
/** Words that name no event of their own: articles, and the sides every event has. */
const stopWords = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'its', 'their', 'his', 'start', 'beginning', 'began', 'over', 'into', 'us', 'u.s.', 'russia', 'russian', 'russians', 'ukraine', 'ukrainian', 'american', 'america']);

export function readSequenceClaims(ctx: Context, s: SentenceView): RawFinding[] {
  if (!sequenceWords.test(s.text) || s.read.question) return [];
  return [...readOrdinals(ctx, s), ...readLastCalls(ctx, s), ...readSilences(ctx, s), ...readCounts(ctx, s), ...readSilenceSpans(ctx, s)];
}

/** "The first since …", "the third call in a week", "Brown's second call with Gerasimov". */
function readOrdinals(ctx: Context, s: SentenceView): RawFinding[] {
  const out: RawFinding[] = [];
  if (s.text.search(ordinalWord) < 0) return out;
  const inContext = claimCall(ctx, s);
  const sentenceChannel = seriesOf(ctx, s, inContext);
  if (!sentenceChannel || strangerOnCall(ctx, s)) return out;
  const draftWide = anchoredToDraft(ctx, s);
  const dated = callDay(s);
  for (const m of s.text.matchAll(ordinalWord)) {
    // "The generals spoke on 22 December, while Austin held his first call with Shoigu on 11 August": a clause's own pair.
    const pair = clausePair(ctx, s, m.index!) ?? theirPair(ctx, s, m.index!);
    const theirs = pair && !sentenceChannel.calls.some((c) => pair.every((p) => c.participants.includes(p))) ? peopleSeries(ctx, pair) : undefined;
    const channel = theirs ?? sentenceChannel;
    const ordinalEnd = m.index! + m[0].length;
    const written = writtenCall(ctx, s, channel, m.index!, ordinalEnd + (headPhrase(clauseAfter(s.text, ordinalEnd)) ?? '').length);
    // "It was then the first since March": of a call told of before, which "then" does not say; nor is a count of a
    // sentence that names a call the record lacks of the call it may have meant ("their second call — was the June 24th call…?").
    if (!written && (/\bthen\s+(?:the|their|its)\s+$/i.test(s.text.slice(Math.max(0, m.index! - 12), m.index!)) || ctx.anchors.get(s.index)?.kind === 'unrecorded')) continue;
    // "The earlier call, held on June 26, had been the first…": a call the sentence dates to a day of no call of the channel is not the one in context.
    if (!written && dated && !channel.calls.some((c) => c.day === dated.day)) continue;
    const call = written ?? undatedCall(ctx, s, channel, inContext, draftWide);
    if (!call) continue;
    // "He spoke first with France's Lecornu": the order of the day's calls, not a count.
    if (/\b(?:spoke|called|phoned|talked|rang)\s+$/i.test(s.text.slice(Math.max(0, m.index! - 10), m.index!))) continue;
    const k = ordinals[m[1]!.toLowerCase()]!;
    // "Russia requested a second call": another one, not a count; "17 days after their first conversation": an earlier call named.
    const lead = s.text.slice(Math.max(0, m.index! - 40), m.index!);
    // "His first call with Austin": of someone a pronoun stands for, with the one person named.
    if (!written && /\b(?:his|her)\s+$/i.test(lead) && new Set(participantsOf(ctx, s).map((p) => p.person)).size === 1) continue;
    if ((k > 1 && /\b(?:a|another)\s+$/i.test(lead)) || /\b(?:after|before|since|following|than)\s+(?:(?:their|the|his|its|that|this)\s+)?(?:\p{L}+['’]s?\s+)?$/iu.test(lead)) continue;
    const at = m.index! + m[0].length;
    const tail = clauseAfter(s.text, at);
    // "The second of the ministers' two calls": one of a set named, not a count; "the first call of a Hegseth Pentagon, if there
    // is one": no call yet; "two days after the two men held their first conversation in months": of the earlier call.
    if (partitive.test(tail) || /\bif\s+(?:there|it|one|any|ever)\b/i.test(tail) || inEarlierClause(s, m.index!)) continue;
    // "The first Russian-requested call since October 2022", "his first placed at Moscow's request": a count of some calls only.
    if (initiatorQualifier.test(tail.split(',')[0]!)) continue;
    const phrase = headPhrase(tail);
    // "Reversing the pattern of their first conversation less than three weeks earlier": an earlier call, named by its distance.
    if (!phrase || earlierBy.test(tail.slice(phrase.length)) || /\bphysical\b/i.test(phrase) || ofAnotherEvent(s, m.index!, phrase)) continue;
    const wartime = /\b(?:war-?time|post-invasion)\b/i.exec(phrase);
    const window = wartime ? sinceTheWar(ctx, call, s.start + at + wartime.index, s.start + at + wartime.index + wartime[0].length) : windowOf(ctx, s, call, at + phrase.length, tail.slice(phrase.length));
    // "The second call, on July 12": naming one of the calls, not counting; "their second call", "the second call with Gerasimov" count.
    if (!window || (window.kind === 'ever' && !owned(s.text.slice(0, m.index!), tail, isHeadline(s)))) continue;
    // "The ministers' second call": of these two ministers; a count within a period is of the channel, and
    // "the first since Milley spoke with him", of Brown's call, of the offices the two generals held.
    const byOthers = window.kind === 'since' && window.after.speakers?.some((p) => !call.participants.includes(p));
    const whole = window.kind === 'ever' ? peopleSeries(ctx, call.participants) : byOthers ? channelOf(ctx, call) : channel;
    if (!whole) continue;
    // "The calls on Friday and Sunday were the first since May 13": the calls the sentence names are not in between, nor another of the same day.
    const named = new Set([...s.dates.map((d) => d.day), call.day]);
    const series = k === 1 ? { ...whole, calls: whole.calls.filter((c) => c === call || !named.has(c.day)) } : whole;
    if (judge(series, call, k, window) !== 'false') continue;
    if (!written) {
      // With no call of its own or of its paragraph, a sentence may be of any call the draft reports (a headline, of any in its
      // weeks); with none in context at all, of any call of its series: wrong only if wrong of each ("Brown's second call with Gerasimov").
      const others = inContext ? (draftWide ? draftCalls(ctx, series, isHeadline(s)) : []) : upToRef(ctx, s, series);
      if (others.some((c) => judge(series, c, k, window) !== 'false')) continue;
    }
    out.push(ordinalFinding(s, m.index!, at + phrase.length, call, series, m[1]!, window, !!written || (!!inContext && !draftWide)));
  }
  return out;
}

/** "Wallace spoke to Shoigu on Sunday, the second time in a week": one of the record's people on a call with someone it does not hold. */
function strangerOnCall(ctx: Context, s: SentenceView): boolean {
  if (participantsOf(ctx, s).length !== 1 || !s.strangers.length) return false;
  const inDate = (i: number) => s.dates.some((d) => d.start <= s.base + s.tokens.start(i) && s.base + s.tokens.start(i) < d.end);
  const strangers = new Set(s.strangers.filter((i) => !isFunctionWord(s.tokens.norm(i)) && !inDate(i)));
  return s.read.frames.some((f) => f.kind === 'call' && (strangers.has(f.word - 1) || ((s.tokens.norm(f.word + 1) === 'to' || s.tokens.norm(f.word + 1) === 'with') && strangers.has(f.word + 2))));
}

/** "Austin has not spoken with Shoigu since August, when the two held their first call": the two a "their" stands for, named even in a negation. */
function theirPair(ctx: Context, s: SentenceView, offset: number): string[] | undefined {
  if (!/\btheir\s+$/i.test(s.text.slice(Math.max(0, offset - 8), offset))) return undefined;
  const named = [...new Set(participantsOf(ctx, s, true).map((m) => m.person))];
  return named.length === 2 ? named : undefined;
}

/** The two people the clause at `offset` names. */
function clausePair(ctx: Context, s: SentenceView, offset: number): string[] | undefined {
  const clause = s.read.clauses.find((c) => s.base + s.tokens.start(c.first) - s.start <= offset && offset < s.base + s.tokens.end(c.last - 1) - s.start);
  // (The people of a "when" clause are on no call of the sentence's, but the clause's own ordinal is of them.)
  const people = clause && s.tokens.norm(clause.first) === 'when' ? s.mentions.filter((m) => ctx.index.callsByPerson.has(m.person)) : participantsOf(ctx, s);
  const own = clause && [...new Set(people.filter((m) => m.first >= clause.first && m.first < clause.last).map((m) => m.person))];
  return own?.length === 2 ? own : undefined;
}

/**
 * The call of a count with no date of its own: the call in context; else (a story of the
 * ministers' call speaking of the generals') the channel's call of the draft's days; with none in
 * context, the series' latest up to the reference date. None that rests on an inferred reference
 * date (a guess), nor for "that conversation" left to the draft (a call named in an earlier paragraph).
 */
function undatedCall(ctx: Context, s: SentenceView, channel: Series, inContext: EventInfo | undefined, draftWide: boolean): EventInfo | undefined {
  if (ctx.ref?.source === 'inferred' || (draftWide && /\bthat\s+(?:call|conversation|contact)\b/i.test(s.text))) return undefined;
  if (!inContext) return upToRef(ctx, s, channel).at(-1);
  return channel.calls.includes(inContext) ? inContext : draftCalls(ctx, channel, isHeadline(s)).at(-1);
}

/**
 * The call a count is about: the one the anchoring pass found, unless that rests on a date of an
 * earlier call the sentence refers back to: then the call before it in context.
 */
function claimCall(ctx: Context, s: SentenceView): EventInfo | undefined {
  const anchor = ctx.anchors.get(s.index);
  // The date the sentence's call rests on: a day, or a month ("after Austin phoned Belousov in late June").
  const own = callDay(s) ?? (anchor?.kind === 'recorded' ? s.dates.find((d) => d.event === 'call' && d.firstDay !== undefined && d.firstDay <= anchor.call.day && anchor.call.day <= d.lastDay!) : undefined);
  const lead = own && s.text.slice(0, own.start - s.start);
  // "…, after Austin reached Shoigu on Friday", "– the previous one was held on 25 June", "in three days: on Friday, Austin had
  // telephoned", "in a month (they had spoken on Nov. 23)": an earlier call, not this one.
  // (So is "…in three days, the first having been placed on Friday".)
  if (lead && (/\b(?:after|following|followed|follows)\b[^,.;]*$/i.test(lead) || /\b(?:previous|prior|earlier|last)\s+(?:one|call|conversation|contact)\b[^.;]*$/i.test(lead) || earlierOne.test(lead) || /:\s*(?:on\s+)?$|\([^)]*$/.test(lead))) return previousCall(ctx, s);
  // "That earlier call, Austin's initiative, was the first…": with no date of its own, the call before the one in context.
  if (!own && /^\W*(?:that|the)\s+(?:earlier|previous|prior)\s+(?:call|conversation)\b/i.test(s.text)) {
    const later = contextCall(ctx, s);
    const channel = later && channelOf(ctx, later);
    return channel ? channel.calls[channel.calls.indexOf(later!) - 1] : undefined;
  }
  // "That June call was their first…", in a story of the July one: the channel's one call in that month.
  // ("That June": of the story's year, the last June up to the call in context.)
  const month = own ? undefined : s.dates.find((d) => d.event === 'call' && d.kind === 'month' && d.month !== undefined && attributive(s, d));
  if (month) {
    const later = contextCall(ctx, s);
    const inMonth = (c: EventInfo) => (month.firstDay !== undefined ? c.day >= month.firstDay && c.day <= month.lastDay! : ymd(c.day).month === month.month && c.day <= later!.day);
    const calls = (later && channelOf(ctx, later)?.calls.filter(inMonth)) ?? [];
    return calls.length === 1 || month.firstDay === undefined ? calls.at(-1) : undefined;
  }
  // "Their call on August 11 was their first" in a story of another call: that day's call, not the one in context.
  if (own && ctx.anchors.get(s.index)?.kind === 'context') {
    const that = judgeCallDate(ctx, own, participantsOf(ctx, s));
    return that?.kind === 'recorded' ? that.call : undefined;
  }
  return contextCall(ctx, s);
}

/** Words that narrow a count to the calls one side asked for. */
const initiatorQualifier = /(?:russian|moscow|kremlin|american|us|u\.s\.|pentagon|washington)[-\s](?:requested|initiated)\b|\b(?:requested|initiated|placed|sought)\s+by\b|\bat\s+(?:the\s+)?(?:request|initiative)\s+of\b|\bat\s+[\p{L}.]+(?:['’]s?|\s+side['’]s)\s+(?:request|initiative)\b/iu;

const earlierOne = /,\s*the\s+(?:first|other|earlier)(?:\s+(?:one|call|conversation))?\s+(?:having|was|had|being|coming|came)\b[^.;]*$/i;

/** Whether the text at `at` is in a clause of "after", "before" or "since" after the sentence's own: "two days after they held their first…". */
function inEarlierClause(s: SentenceView, at: number): boolean {
  const word = tokenAt(s, s.start + at);
  const clause = s.read.clauses.find((x) => x.first <= word && word < x.last);
  return !!clause && clause.first > s.first && /^(?:after|before|since|until)$/.test(s.tokens.norm(clause.first));
}

/** The words an ordinal heads: nothing ("their first since"), or a phrase ending in a call noun. */
function headPhrase(tail: string): string | undefined {
  const words = [...tail.matchAll(/[^\s,]+/g)];
  // "First US–Russia Defence Ministers' Call": a few modifiers; "First Deputy Defense Minister … had a call": a title.
  for (const [j, w] of words.slice(0, 5).entries()) {
    const word = w[0].replace(/[’']s?$/, '');
    if (qualifierWord.test(word)) return j === 0 ? tail.slice(0, w.index) : undefined;
    // "In its fourth year, and one of…": a period of something, and the phrase ends at a comma.
    if ((j === 0 && /^(?:day|week|month|year)s?$/i.test(word)) || tail.slice(0, w.index).includes(',')) return undefined;
    if (!callNoun.test(word)) continue;
    const end = w.index! + w[0].length;
    // "the first time the two had spoken since May": a clause after "time" is about the call only with a call verb.
    const next = words[j + 1]?.[0];
    // "The third call people remember", "the second call we covered": ranked within what the clause picks out.
    if (next && restrictingSubjects.test(next)) return undefined;
    // ("The first time they have talked twice in a week": the first of a pattern, not of a call.)
    if (word.toLowerCase() === 'time' && next && !qualifierWord.test(next)) return callVerb.test(tail.slice(end)) && !/\b(?:twice|thrice|times|again)\b/i.test(tail.slice(end)) ? tail.slice(0, end) : undefined;
    // "The first time since the start of the war that US and Russian aircraft came into contact": of what the clause tells.
    // (A "that" past a comma is another noun's: "for the first time since February, a break in a silence that…".)
    const told = word.toLowerCase() === 'time' ? /\b(?:that|when)\b/i.exec(tail.slice(end).split(',')[0]!) : null;
    if (told && !callVerb.test(tail.slice(end + told.index))) return undefined;
    return tail.slice(0, end);
  }
  // "for the first time": the end of the clause.
  return words.length ? undefined : tail;
}

/** "Modi's two-day visit to Russia, his first since the war began": an ordinal with no noun of its own, after an event that is no call. */
function ofAnotherEvent(s: SentenceView, at: number, phrase: string): boolean {
  if (phrase.trim()) return false;
  const word = tokenAt(s, s.start + at);
  const clause = s.read.clauses.findIndex((c) => c.first <= word && word < c.last);
  const before = s.read.frames.filter((f) => f.word < word && f.clause === clause).at(-1);
  return !!before && before.kind !== 'call' && before.kind !== 'statement' && before.kind !== 'report';
}

const ownerAfterAnd = /\band\s+(?:(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}\p{L}*['’]s?|their|his|her|its)\s+$/u;

const earlierBy = /^\s+(?:(?:less|more)\s+than\s+|about\s+|some\s+|nearly\s+|just\s+|only\s+)?(?:an?|\d+|\p{L}+)\s+(?:days?|weeks?|months?|years?)\s+(?:earlier|before|previously|prior)\b/iu;

const restrictingSubjects = /^(?:people|we|i|you|readers|reporters|most|many|everyone|anyone|historians|analysts)$/i;

/**
 * Whether an ordinal with no period has an owner: "their", "Brown's", "between them", "with Shoigu".
 * A headline leaves out the period it means ("Ministers' Second Call", in days): there only a pair named owns it.
 */
function owned(before: string, tail: string, headline: boolean): boolean {
  return (!headline && /(?:\b(?:their|his|its)|\p{L}['’]s?)\s+$/iu.test(before)) || /\b(?:between|with)\b/i.test(tail);
}

/** "The second of the two calls": an ordinal choosing among a set, unlike "the first of 2022" or "of the war". */
const partitive = /^\s+of\s+(?!(?:19|20)\d{2}\b|this\s+year\b|the\s+(?:year|war|invasion|conflict)\b)/i;

/** The clause from `at`: to the next sentence mark, semicolon or dash (not the en dash of "Austin–Shoigu"). */
function clauseAfter(text: string, at: number): string {
  const rest = text.slice(at, at + 140);
  // Not the stop of an abbreviation or an initial ("Mr. Austin", "U.S. Secretary", "Charles Q. Brown").
  const end = rest.search(/(?<!\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Adm|Maj|Brig|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|St|\p{Lu}))[.]|[;!?:—]|\s[–-]\s/u);
  return end < 0 ? rest : rest.slice(0, end);
}

/** What the phrase counts within: "since X", "in two weeks", "of 2022", "this year", or ever. */
function windowOf(ctx: Context, s: SentenceView, call: EventInfo, at: number, whole: string): Window | undefined {
  // "For the first time, in a rare contact since the invasion": the "since" is of another phrase.
  if (/^\s*,/.test(whole)) return { kind: 'ever' };
  // "Their sixth conversation of the year and the third since the invasion": the next ordinal has a window of its own.
  const next = nextOrdinal.exec(whole);
  const tail = next ? whole.slice(0, next.index) : whole;
  // "The second in three days, after Austin phoned Shoigu on Friday": the clause after the comma tells of another call.
  const since = /^[^,]*?\b(?:since|after)\s+/i.exec(tail);
  if (since) {
    const after = pointAt(ctx, s, call.day, at + since[0].length);
    return after && after.last < call.day ? { kind: 'since', after } : undefined;
  }
  const spans = findSpans(s.text);
  // Within the phrase's own part: "came on June 25, 2024, in the 30th month of the war" dates it; it does not count since the war.
  const own = tail.split(',')[0]!;
  for (let i = 0; i < own.length; i = own.indexOf(' ', i) + 1 || own.length) {
    const span = spanAfter(s.text, at + i, spans);
    if (span) return { kind: 'span', span };
    const year = sticky(yearPattern, tail, i);
    if (year) return { kind: 'year', year: Number(year[1]) };
    if (sticky(thisYear, tail, i) || sticky(ofTheYear, tail, i)) return { kind: 'year', year: ymd(call.day).year };
    // "For the second time this week, the Kremlin said": a week or month whose bounds the draft leaves to the reader.
    if (sticky(thisWeek, tail, i)) return undefined;
    const war = sticky(ofTheWar, tail, i);
    if (war) return sinceTheWar(ctx, call, s.start + at + i, s.start + at + i + war[0].length);
    if (sticky(beforeWord, tail, i)) return undefined;
  }
  return { kind: 'ever' };
}

/** Counted from the invasion: "the first of the war", "their first wartime call", "his first post-invasion conversation". */
function sinceTheWar(ctx: Context, call: EventInfo, start: number, end: number): Window | undefined {
  const invasion = eventNamed(ctx, ['invasion'], call.day);
  return invasion ? { kind: 'since', after: { first: invasion.day, last: invasion.lastDay, start, end } } : undefined;
}

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** The span of the text's `spans` a phrase looks back over, from `at`: "in 15 months", "within a week", "for more than a year". */
function spanAfter(text: string, at: number, spans: Span[]): Span | undefined {
  const lead = sticky(spanLead, text, at);
  // ("Within a week" is a span whose qualifier is the lead itself.)
  return lead ? spans.find((x) => x.form === 'span' && (x.start === at + lead[0].length || x.start === at)) : undefined;
}

/**
 * What the words at `at` name, looking back from `day`: a date as written ("May", "last May"),
 * the start or end of a named person's term ("Belousov took office", "Milley retired"), or a
 * recorded event named by a word of its label ("the invasion", "the drone incident").
 */
function pointAt(ctx: Context, s: SentenceView, day: number, at: number): Point | undefined {
  const start = s.start + at;
  const since = start - 'since '.length;
  const date = s.dates.find((d) => d.start === start);
  if (date) return datePoint(ctx, s, date, day, since);
  // "Since the start of the war that the two had spoken": what "since" names ends where a clause begins.
  const words = s.text.slice(at, at + 60).split(/[.,;:!?—–*]|\s(?:that|when)\s/)[0]!;
  // "Since last May", or a month alone that the date reader left ("since May."): the one before.
  const monthWord = /^(last\s+)?(\p{L}+)/iu.exec(words);
  const month = monthWord ? monthNames.findIndex((n) => n.toLowerCase() === monthWord[2]!.toLowerCase()) + 1 : 0;
  if (month && (monthWord![1] || /^\p{Lu}/u.test(monthWord![2]!))) {
    const end = start + monthWord![0].length;
    const span = monthBefore(ctx, s, month, end, monthWord![1] ? ctx.ref?.day ?? day : day);
    return span && { ...span, start: since, end };
  }
  // "Before that, they had last spoken on Feb. 18": the last day the sentence before named.
  if (/^(?:that|then)\s*$/i.test(words)) {
    const previous = ctx.sentences.at(s.index - 1);
    const told = previous?.paragraph === s.paragraph ? previous.dates.filter((d) => d.day !== undefined && !d.dateline).at(-1) : undefined;
    return told && { first: told.day!, last: told.day!, start, end: start + words.trimEnd().length };
  }
  const person = s.mentions.find((m) => m.start === start);
  const rest = person && s.text.slice(person.end - s.start);
  const edge = rest === undefined ? undefined : startVerbs.test(rest) ? 'start' : endVerbs.test(rest) ? 'end' : undefined;
  if (person && edge) {
    const edgeDay = termEdge(ctx, person.person, edge, day);
    return edgeDay === undefined ? undefined : { first: edgeDay, last: edgeDay, start, end: person.end };
  }
  // "Since Milley spoke with him in October 2022", "since their call of May 13": an earlier call, at the date its clause gives.
  const clause = clauseAfter(s.text, at).split(/,|\s(?:that|when)\s/)[0]!;
  if (callVerb.test(clause) || callWords.test(clause)) {
    const said = s.dates.find((d) => d.start > start && d.start < start + clause.length && !d.dateline);
    const point = said && datePoint(ctx, s, said, day, since);
    if (!point) return undefined;
    // "Before the June call": of a month, the day of the one recorded call of the channels in it.
    const [only, ...more] = point.first < point.last ? callsIn(ctx, point.first, point.last).filter((c) => isCovered(ctx, c.participants, c.day)) : [];
    const when = only && !more.length ? { first: only.day, last: only.day } : {};
    return { ...point, ...when, speakers: s.mentions.filter((m) => m.start >= start && m.start < said!.start).map((m) => m.person) };
  }
  if (person) return undefined;
  // "Before Belousov, the secretary had not spoken…": before that person took up the office of the channel.
  const named = ctx.index.surnames.get(words.trim().toLowerCase());
  if (named?.length === 1) {
    const edgeDay = termEdge(ctx, named[0]!, 'start', day);
    return edgeDay === undefined ? undefined : { first: edgeDay, last: edgeDay, start, end: start + words.trimEnd().length };
  }
  // A person's name is no event's: "before Belousov" is not the summit he attended.
  const content = words.toLowerCase().split(/\s+/).filter((w) => w.length > 4 && !stopWords.has(w) && !ctx.index.surnames.has(w)).slice(0, 5);
  if (warWords.test(words)) content.push('invasion');
  const event = eventNamed(ctx, content, day);
  return event ? { first: event.day, last: event.lastDay, start, end: start + words.trimEnd().length } : undefined;
}

/** A date as a point, "since" at `since`: "their first since January", of a call in May 2022, is the January before that call, not before the draft. */
function datePoint(ctx: Context, s: SentenceView, date: ResolvedDate, day: number, since: number): Point | undefined {
  const yearless = date.kind === 'month' && date.year === undefined;
  const month = yearless ? monthBefore(ctx, s, date.month!, date.end, day) : undefined;
  if (yearless && !month) return undefined;
  const first = month?.first ?? date.day ?? date.firstDay;
  const last = month?.last ?? date.day ?? date.lastDay;
  return first === undefined || last === undefined ? undefined : { first, last, date, start: since, end: date.end };
}

/**
 * A month the writer gave no year, looking back from `day`: of "last year" or "this year" (the
 * reference date's) if the words after it say so, else the most recent one before the month of
 * `day`; none when it is that very month ("the first since May" of a call in May: which May?).
 */
function monthBefore(ctx: Context, s: SentenceView, month: number, end: number, day: number): { first: number; last: number } | undefined {
  const from = Number.isFinite(day) ? day : ctx.ref?.day;
  if (from === undefined) return undefined;
  const said = /^\s*(last|this)\s+year\b/i.exec(s.text.slice(end - s.start));
  const { year, month: current } = ymd(said ? ctx.ref?.day ?? from : from);
  if (!said && current === month) return undefined;
  const y = said ? year - (said[1]!.toLowerCase() === 'last' ? 1 : 0) : month < current ? year : year - 1;
  return { first: dayNumber(y, month, 1), last: dayNumber(y, month, daysInMonth(y, month)) };
}

/** The start (or end) of the person's latest term in a channel's office that began before `day`. */
function termEdge(ctx: Context, person: string, edge: 'start' | 'end', day: number): number | undefined {
  const terms = (ctx.index.termsByPerson.get(person) ?? []).filter((t) => ctx.index.coveredOffices.has(t.term.office) && t.start && t.start.first <= day);
  const term = terms.at(-1);
  return edge === 'start' ? term?.start?.last : term?.end?.last;
}

/** The latest recorded event before `day` whose label has one of the words. */
function eventNamed(ctx: Context, words: string[], day: number): EventInfo | undefined {
  if (!words.length) return undefined;
  let found: EventInfo | undefined;
  for (const e of ctx.index.events) {
    if (e.event.type === 'call' || e.day >= day) continue;
    const label = (e.event.label ?? '').toLowerCase().split(/[^\p{L}\d-]+/u);
    if (words.some((w) => label.includes(w))) found = e;
  }
  return found;
}

type Verdict = 'true' | 'false' | 'unknown';

/** Whether `call` is the k-th of the series within the window. */
function judge(series: Series, call: EventInfo, k: number, window: Window): Verdict {
  const upTo = series.calls.filter((c) => c.day <= call.day);
  const count = (after: number) => upTo.filter((c) => c.day > after).length;
  // Fewer calls than claimed proves the claim wrong only where the record lists every call of the window.
  const versus = (n: number, after: number): Verdict => (n === k ? 'true' : n > k || after >= series.from - 1 ? 'false' : 'unknown');
  switch (window.kind) {
    case 'ever':
      // The series starts when both could first have spoken: no call of theirs before it.
      return versus(upTo.length, series.from - 1);
    case 'since': {
      // "The seventh since March 2021", counting the March call: past the first, a month or a year may count itself.
      const inclusive = k > 1 && window.after.first < window.after.last ? versus(count(window.after.first - 1), window.after.first - 1) : 'false';
      return inclusive === 'true' ? 'true' : versus(count(window.after.last), window.after.last);
    }
    case 'year':
      return versus(count(dayNumber(window.year, 1, 1) - 1), dayNumber(window.year, 1, 1) - 1);
    case 'span': {
      const after = countedAfter(call, window);
      if (k > 1) return versus(count(after), after);
      const previous = upTo.at(-2);
      // With no call before it, "the first in 15 months" is wrong where the record reaches back that far: it is the first of all.
      if (!previous) return spanEnds(window.span, series.from, 'gap').first <= call.day ? 'false' : 'unknown';
      // "The first in less than a month" says nothing of the gap before it.
      return window.span.qualifier === 'less' || spanFits(window.span, previous.day, call.day, 'gap') ? 'true' : 'false';
    }
  }
}

/**
 * The day before the first a count in a span looks back to: "the second in just over two weeks"
 * reaches 18 days back, "the second in two weeks" 14, "in more than a week" every call.
 */
const countedAfter = (call: EventInfo, { span }: Window & { kind: 'span' }) => spanStart(span, call.day, 'within') - 1;

function ordinalFinding(s: SentenceView, start: number, phraseEnd: number, call: EventInfo, series: Series, ordinal: string, window: Window, certain: boolean): RawFinding {
  const k = ordinals[ordinal.toLowerCase()]!;
  const upTo = series.calls.filter((c) => c.day <= call.day);
  const previous = upTo.at(-2);
  const end = s.start + phraseEnd + spanLength(s, phraseEnd);
  if (window.kind === 'span' && k === 1) {
    // (Through the span: "the first between a US defense secretary and a Russian defense minister in 18 months".)
    const spanEnd = Math.max(end, s.start + window.span.end);
    const record = previous ? `The record's call ${series.label} before ${showDay(call.day)} was on ${showDay(previous.day)}, ${call.day - previous.day} days earlier` : `The record has no call ${series.label} before ${showDay(call.day)}`;
    const fix = certain && previous ? spanFix(s.text, start, spanEnd - s.start, window.span, previous.day, call.day) : [];
    return report(s.start + start, spanEnd, call, `${record}; the draft has "${s.text.slice(start, spanEnd - s.start)}".`, previous ? [previous] : [], fix);
  }
  const after = window.kind === 'since' ? window.after.last : window.kind === 'span' ? countedAfter(call, window) : window.kind === 'year' ? dayNumber(window.year, 1, 1) - 1 : series.from - 1;
  const within = upTo.filter((c) => c.day > after);
  const n = within.length;
  const since = window.kind === 'since' ? window.after : undefined;
  const dateFix = k === 1 && previous && since?.date && expressible(since.date, previous, call) ? sinceFix(s, since, previous) : [];
  const rangeEnd = since ? since.end : end;
  // The right ordinal, where the record lists every call of the window and the call counted is the only reading.
  const counted = certain && !dateFix.length && window.kind !== 'span' && (after >= series.from - 1 || series.fromTheirStart) ? ordinalFix(s, start, rangeEnd, ordinal, n) : [];
  const rangeStart = since?.date && !counted.length ? since.start : s.start + start;
  const from = window.kind === 'ever' || after === -Infinity ? '' : ` from ${showDay(after + 1)}`;
  const message = `The record lists ${n} call${n === 1 ? '' : 's'} ${series.label}${from} to ${showDay(call.day)}${listed(within)}; the draft has it as the ${ordinal.toLowerCase()}.`;
  return report(rangeStart, rangeEnd, call, message, within, [...dateFix, ...counted]);
}

/** The words from the ordinal to `end` with the ordinal made `n`'s, in the writer's style ("third" → "fourth", "3rd" → "4th"). */
function ordinalFix(s: SentenceView, start: number, end: number, ordinal: string, n: number): Fix[] {
  const digits = /^\d/.test(ordinal);
  const word = Object.keys(ordinals).find((w) => ordinals[w] === n && /^\d/.test(w) === digits);
  if (!word || n < 1) return [];
  const newText = (/^\p{Lu}/u.test(ordinal) ? capitalize(word) : word) + s.text.slice(start + ordinal.length, end - s.start);
  return [{ title: `Change to "${newText}"`, newText }];
}

/** The length of a span or year qualifier right after the phrase, so the finding covers it. */
function spanLength(s: SentenceView, at: number): number {
  const tail = clauseAfter(s.text, at);
  const m = /^\s*(?:between\s+[^,]{0,50}?\s+)?(?:(?:in|within|over|of|during)\s+[^,]{0,30}?\b(?:days?|weeks?|fortnights?|months?|years?|\d{4}|war|invasion)\b|this\s+year)/i.exec(tail);
  return m ? m[0].length : 0;
}

const listed = (calls: EventInfo[]) => (calls.length ? `: ${calls.map((c) => showDay(c.day)).join(', ')}` : '');

/** Whether "since <the previous call's date>" at the writer's precision leaves the call first: not "since February" for two February calls. */
function expressible(date: ResolvedDate, previous: EventInfo, call: EventInfo): boolean {
  const [a, b] = [ymd(previous.day), ymd(call.day)];
  if (date.kind === 'year') return a.year !== b.year;
  if (date.kind === 'month') return a.year !== b.year || a.month !== b.month;
  return true;
}

function sinceFix(s: SentenceView, after: Point, previous: EventInfo): Fix[] {
  const newDate = reformatDate(after.date!, previous.day);
  if (!newDate) return [];
  const newText = s.text.slice(after.start - s.start, after.date!.start - s.start) + newDate;
  return [{ title: `Change to "${newText}"`, newText }];
}

/** "Last spoke on X", "the previous call was in X", and "the call was their last before X". */
function readLastCalls(ctx: Context, s: SentenceView): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of s.text.matchAll(lastCall)) {
    const finding = lastCallFinding(ctx, s, m);
    if (finding) out.push(finding);
  }
  for (const m of s.text.matchAll(/\blast\s+before\s+/gi)) {
    const finding = lastBeforeFinding(ctx, s, m);
    if (finding) out.push(finding);
  }
  return out;
}

/** A bound as a message reads it: the day after the reference date is "up to" that date. */
function beforeBound(bound: number, ref: number | undefined): string {
  return ref !== undefined && bound === ref + 1 ? `up to ${showDay(ref)}` : `before ${showDay(bound)}`;
}

/** "Last spoke in October 2022": wrong if the last call of the series before each day it may look back from is not then. */
function lastCallFinding(ctx: Context, s: SentenceView, m: RegExpMatchArray): RawFinding | undefined {
  const at = m.index! + m[0].length;
  const clause = clauseAfter(s.text, at);
  const clauseEnd = s.start + at + clause.length;
  const found = s.dates.find((d) => d.start >= s.start + at && d.start < clauseEnd && !d.dateline && !pointPrepositions.has(d.preposition) && (d.day ?? d.lastDay) !== undefined);
  // "Had last spoken on October 21 and 23": the last of the days joined.
  let date = found;
  for (const d of s.dates) if (date && d.start > date.start && d.day !== undefined && /^\s*(?:,|and|&|,\s*and)\s*$/i.test(s.text.slice(date.end - s.start, d.start - s.start))) date = d;
  // "The last time he visited Kyiv was in May" is not about a call: "the last time" must be of speaking, or stand alone.
  if (!date || (/time$/i.test(m[0]) && !/^\s*(?:was|came)\b/i.test(clause) && !callVerb.test(s.text.slice(at, date.start - s.start)))) return undefined;
  // A day must be a call the record has (another pair's, perhaps); a date with no call at all is a call-date claim.
  if (date.day !== undefined && !ctx.index.callsByDay.has(date.day)) return undefined;
  // "His predecessor's last call with Austin", "Wallace's last call with Shoigu": of someone the record does not name here.
  if (unnamedOwner(s, m.index!)) return undefined;
  // "Austin and Shoigu last spoke in October 2022, and Austin would call Belousov": the people named up to the date, if any,
  // else in its clause ("…eight days ago; Milley's with Gerasimov, fifteen" names another call).
  // "The last conversation with Shoigu": the last call of the one person named, whoever was at the other end.
  const series = seriesOf(ctx, s, pairCall(ctx, s), false, s.mentions.some((p) => p.start < date.start) ? date.end : clauseEnd, s.start + m.index!, true);
  const first = date.day ?? date.firstDay!;
  const last = date.day ?? date.lastDay!;
  if (!series || first < series.from) return undefined;
  const bounds = lastBounds(ctx, s, series, last, /^(?:previous|prior)/i.test(m[0])).filter((b) => b > last);
  const latest = bounds.map((b) => series.calls.filter((c) => c.day < b).at(-1));
  if (!bounds.length || latest.some((c) => !c || (c.day >= first && c.day <= last))) return undefined;
  const bound = bounds[0]!;
  const later = series.calls.filter((c) => c.day > last && c.day < bound);
  // A fix only where every reading agrees on the call it names.
  const agreed = new Set(latest).size === 1 ? reformatDate(date, latest[0]!.day) : undefined;
  return report(date.start, date.end, latest[0]!, `The record's last call ${series.label} ${beforeBound(bound, ctx.ref?.day)} was on ${showDay(latest[0]!.day)}, not ${date.text}.`,
    later.length ? later : [latest[0]!], agreed ? [{ title: `Change to "${agreed}"`, newText: agreed }] : []);
}

/** Whether the possessive right before `at` is of a relation ("predecessor's") or of a name the record does not hold. */
function unnamedOwner(s: SentenceView, at: number): boolean {
  const owner = /(\p{L}+)['’]s?\s+$/u.exec(s.text.slice(Math.max(0, at - 30), at));
  if (!owner) return false;
  const start = s.start + at - owner[0].length;
  return relationNouns.test(owner[1]!) || (/^\p{Lu}/u.test(owner[1]!) && !s.mentions.some((p) => p.start <= start && start < p.end) && !/^(?:US|U\.S|Russia|America|Moscow|Washington|Pentagon|Kremlin|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)$/i.test(owner[1]!));
}

const relationNouns = /^(?:predecessor|successor|deputy|aide|spokes(?:man|woman|person)|wife|husband)$/i;

/** "The October 24 call was the generals' last before Milley retired": no call of the series after it and before that. */
function lastBeforeFinding(ctx: Context, s: SentenceView, m: RegExpMatchArray): RawFinding | undefined {
  const inContext = contextCall(ctx, s);
  const series = inContext && seriesOf(ctx, s, inContext);
  if (!inContext || !series?.calls.includes(inContext)) return undefined;
  // "February 12 and February 18: …; the second was the last before the invasion": of the calls it dates, the latest.
  const call = s.dates.map((d) => series.calls.find((c) => c.day === d.day)).filter((c): c is EventInfo => !!c).sort((a, b) => a.day - b.day).at(-1) ?? inContext;
  const edge = pointAt(ctx, s, Infinity, m.index! + m[0].length)?.first;
  if (edge === undefined || edge <= call.day) return undefined;
  const later = series.calls.filter((c) => c.day > call.day && c.day < edge);
  if (!later.length) return undefined;
  return report(s.start + m.index!, s.start + m.index! + m[0].length, call, `The record has calls ${series.label} after ${showDay(call.day)} and before ${showDay(edge)}: ${listed(later).slice(2)}.`, later, []);
}

/**
 * The days before which "last" may look: a "before …" in the sentence ("before the invasion",
 * "Before Wednesday"), else the call its paragraph is about when later than the date; else each
 * call the draft may report (the draft's, its channel's calls of the week before the reference
 * date) and, for a plain "last spoke", the reference date itself. "Previous" and "had last" speak
 * of a moment in the story: with no call in context, nothing is claimed of now.
 */
function lastBounds(ctx: Context, s: SentenceView, series: Series, last: number, previous: boolean): number[] {
  const before = beforePoint(ctx, s);
  if (before) return [before.first];
  // "The last call before the tanks rolled": a bound the record cannot place.
  if (frontedBound.test(s.text) || /\blast\s+(?:call|conversation|contact|time)\b[^,.;]{0,40}?\bbefore\s+(?!(?:this|that|then)\b)/i.test(s.text)) return [];
  // The call in context, or the one the sentence before told of (in the paragraph before, for a paragraph's first sentence).
  const sentenceBefore = ctx.sentences.at(s.index - 1);
  const told = [contextCall(ctx, s), previousCall(ctx, s), sentenceBefore && contextCall(ctx, sentenceBefore)];
  const inSeries = [...new Set(told.filter((c): c is EventInfo => !!c && c.day > last && series.calls.includes(c) && c !== ctx.mainCall))];
  if (inSeries.length) return inSeries.map((c) => c.day);
  const ref = ctx.ref?.day;
  const plain = !previous && !/\bhad\b/i.test(s.text);
  // The calls the story may be reporting: of its last days, or of its week for a plain "last spoke".
  const week = ref === undefined ? [] : series.calls.filter((c) => c.day > last && c.day >= ref - (plain ? 7 : 3) && c.day <= ref).map((c) => c.day);
  // The day the draft reports, on whichever channel: "the generals had last spoken on Oct. 24" in a story of the ministers' call.
  const main = ctx.mainCall && ctx.mainCall.day > last ? [ctx.mainCall.day] : [];
  const now = !plain || ref === undefined ? [] : [Math.min(ref + 1, series.to + 1)];
  // "Milley, who last spoke with Gerasimov in October 2022": a pair that can speak no more has a last call on any date.
  const ended = plain && series.until !== undefined ? [series.until + 1] : [];
  const bounds = [...main, ...week, ...now];
  return bounds.length ? bounds : ended;
}

/**
 * "Before this summer, the last conversation…", "Until last week, they had not spoken": a bound set
 * before the sentence (read only where `beforePoint` cannot place it), so no claim of now either.
 * ("Before this, the channel had last been used…" counts back from the call in context.)
 */
const frontedBound = /^\W*(?:before|until|till)\s+(?!(?:this|that|then)\s*,)[^,]{1,30},/i;

/** The first "before …" or "until …" of the sentence that names a date or an event. */
function beforePoint(ctx: Context, s: SentenceView): Point | undefined {
  // "Less than two weeks before the invasion" places a call in time; it does not bound "last".
  // ("Until that June call, Austin had gone 15 months without speaking": "until" bounds it too.)
  // ("Testifies before the Senate Armed Services Committee": a place in front of which, not a time.)
  for (const m of s.text.matchAll(/(?<!\b(?:days?|weeks?|months?|years?|hours?|shortly|just|long|soon|testif\w*|appear\w*|stood|stands|brought|summoned)\s+)\b(?:before|until|till)\s+/gi)) {
    const point = pointAt(ctx, s, Infinity, m.index! + m[0].length);
    if (point) return point;
  }
  return undefined;
}

/** The call the sentence before this one (in its paragraph) was about, else the draft's. */
function previousCall(ctx: Context, s: SentenceView): EventInfo | undefined {
  const previous = ctx.sentences.at(s.index - 1);
  return previous?.paragraph === s.paragraph ? contextCall(ctx, previous) : ctx.mainCall;
}

/** A call that tells which channel a sentence speaks of: its own, else the one before it. */
function pairCall(ctx: Context, s: SentenceView): EventInfo | undefined {
  return contextCall(ctx, s) ?? previousCall(ctx, s);
}

/**
 * "Have not spoken since the invasion", "a silence between the ministers that had lasted since
 * October 2022": no call of the pair the sentence names after that point, up to the call that
 * ended the silence, a "before …", or (for "have not") the reference date.
 */
function readSilences(ctx: Context, s: SentenceView): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of s.text.matchAll(silence)) {
    // "The longest silence on that channel since 2021" ranks a silence; it does not say there was no call since.
    if (quotedAt(s, s.start + m.index!) || /\b(?:longest|shortest|biggest|longer|shorter)\s+(?:such\s+)?$/i.test(s.text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    const since = /^[^.;,*]{0,40}?\bsince\s+/i.exec(s.text.slice(m.index! + m[0].length));
    // Of whom: the people or the channel the sentence names, never a pair it leaves to context ("the two leaders").
    // The people named before "since": "the two have not spoken since Feb. 11, before the call between Austin and Shoigu" is not of Austin and Shoigu.
    const series = since && seriesOf(ctx, s, undefined, true, s.start + m.index! + m[0].length + since.index + since[0].length);
    if (!series) continue;
    const after = pointAt(ctx, s, ctx.ref?.day ?? Infinity, m.index! + m[0].length + since[0].length);
    if (!after || after.last < series.from - 1) continue;
    const call = contextCall(ctx, s);
    const ended = call && call.day > after.last && series.calls.includes(call) && !/\b(?:have|has|haven|hasn)\b/i.test(m[0]) ? call.day : undefined;
    const point = beforePoint(ctx, s);
    if (!point && frontedBound.test(s.text)) continue;
    // "…testifies on April 7, 2022; he had not spoken with his counterpart since Feb. 11": as of the day the sentence tells.
    const told = s.dates.find((d) => d.day !== undefined && !d.dateline && !pointPrepositions.has(d.preposition) && d.end <= s.start + m.index!);
    const bound = point?.first ?? (told && told.day! > after.last ? told.day! + 1 : undefined) ?? ended ?? (/\b(?:have|has|haven|hasn)/i.test(m[0]) && ctx.ref ? Math.min(ctx.ref.day + 1, series.to + 1) : undefined);
    if (bound === undefined) continue;
    const broken = series.calls.filter((c) => c.day > after.last && c.day < bound);
    // "Has not spoken since…" in a story of a call of the past week may have been written before it.
    if (!broken.length || (ctx.ref && bound > ctx.ref.day && broken[0]!.day >= ctx.ref.day - 7)) continue;
    const range = after.date ? [after.start, after.end] : [s.start + m.index!, after.end];
    out.push(report(range[0]!, range[1]!, broken.at(-1)!, `The record has calls ${series.label} after ${showDay(after.last)} and before ${showDay(bound)}: ${listed(broken).slice(2)}.`, broken, []));
  }
  return out;
}

/** A count before "times" or "calls": a number of one or two digits or words ("2022 calls" is a year's). */
const countNumber = String.raw`\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`;
/** "Twice", "three times", "only once", "at least four times": how often a verb of speaking says they spoke. */
const timesCount = new RegExp(String.raw`\b(?:(at\s+least|more\s+than|only|just)\s+)?(once|twice|thrice|(${countNumber})\s+times)\b(?!\s+(?:a|an|per|each|as|more|over|longer|higher)\b|\s+th(?:e|at)\s+(?!year|week|month)\w)`, 'gi');
/** The words `timesCount` ends on: a cheap test that spares most sentences the pattern. */
const timesWord = /\b(?:once|twice|thrice|times)\b/i;
/** "Two calls", "only three conversations", "their only call": a count of the calls themselves. */
const callsCount = new RegExp(String.raw`\b(?:(at\s+least|more\s+than|only|just)\s+)?(?:(${countNumber})\s+(?:(?:phone|telephone|known|recorded|direct)\s+)?(?:calls|conversations)|(?<=(?:\b(?:the|their|his|its)|\p{L}['’]s?)\s+)(only)\s+(?:(?:phone|telephone|known|direct)\s+)?(?:call|conversation))\b`, 'giu');
/** What may stand between a verb of speaking and how often or how long: "by phone", "with Shoigu", "to his Russian counterpart" — not "to reporters". */
const speechFiller = String.raw`(?:\s+(?:by\s+(?:tele)?phone|directly|only|just|again|(?:to|with)\s+(?:each\s+other|(?:his|her|their)\s+(?:\p{L}+\s+)?counterparts?|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})))*\s+`;
/** A verb of speaking just before "twice": "have spoken only twice", "spoke by phone with Shoigu three times". */
const spokeBefore = new RegExp(String.raw`\b(?:spoke|spoken|speak|talked|talk|phoned|called|conversed)${speechFiller}$`, 'iu');
/** Words that may stand between a count and its period: "twice with Shoigu in 2023", "three times so far this year". */
const countFiller = String.raw`^\s*(?:(?:with|between)\s+[^,.;]{1,40}?\s+)?(?:(?:by\s+(?:tele)?phone|so\s+far|in\s+all|in\s+total|altogether)\s+)?`;
const periodLead = new RegExp(`${countFiller}(?:in|during|throughout|of|for)\\s+(?:all\\s+of\\s+)?$`, 'i');
const relativeYearWords = new RegExp(`${countFiller}(?:(?:in|during|throughout|for|of)\\s+)?(this|last|that)\\s+year\\b`, 'i');
const sinceLead = new RegExp(`${countFiller}since\\s+`, 'i');
const afterLead = new RegExp(`${countFiller}after\\s+`, 'i');
const fromLead = new RegExp(`${countFiller}(?:from|between)\\s+`, 'i');
/** "Last year the two ministers spoke only twice": the year opening the sentence. */
const openingRelativeYear = /^\W*(?:(?:in|during|throughout)\s+)?(this|last)\s+year\b[^.;]*$/i;
const howOften: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

/**
 * "Spoke twice in 2023", "have spoken three times since the invasion", "their only call of
 * 2023", "the generals spoke twice that year": the calls of the pair the sentence names, counted
 * in the period, judged only where the record lists every call of the whole period.
 */
function readCounts(ctx: Context, s: SentenceView): RawFinding[] {
  const out: RawFinding[] = [];
  // "Spoke three times in 2022 after the invasion, and four times before it": the verb of the count before carries on.
  let spokenUpTo = -1;
  for (const m of timesWord.test(s.text) ? s.text.matchAll(timesCount) : []) {
    const carried = spokenUpTo >= 0 && /^[^.;:]{0,60}?,?\s+(?:and|but|while)\s+(?:only\s+|just\s+)?$/i.test(s.text.slice(spokenUpTo, m.index!));
    if (!carried && !spokeBefore.test(s.text.slice(Math.max(0, m.index! - 60), m.index!))) continue;
    spokenUpTo = m.index! + m[0].length;
    const count = { k: howOften[m[2]!.toLowerCase()] ?? countOf(m[3]!)!, how: m[1], number: m.index! + m[0].length - m[2]!.length };
    const finding = countFinding(ctx, s, m, count);
    if (finding) out.push(finding);
  }
  for (const m of s.text.matchAll(callsCount)) {
    const count = m[3] ? { k: 1, how: 'only' } : { k: countOf(m[2]!)!, how: m[1], number: m.index! + (m[1] ? m[0].indexOf(m[2]!, m[1].length) : 0) };
    const finding = countFinding(ctx, s, m, count);
    if (finding) out.push(finding);
  }
  // "**5** — Austin's calls with Shoigu after the invasion": a by-the-numbers figure and what it counts.
  const figure = figureCount.exec(s.text);
  const finding = figure && countFinding(ctx, s, figure, { k: Number(figure[1]), how: undefined, asOfNow: true });
  if (finding) out.push(finding);
  return out;
}

const figureCount = /(?<=^\W*\*\*)(\d{1,2})\*\*\s*[—–:-]\s+(?:[\p{L}’'.-]+\s+){0,3}?(?:calls|conversations)\b/u;

/** A count as written: the number, "at least" or "more than" before it, and where its number starts (for a fix). */
interface Count {
  k: number;
  how: string | undefined;
  /** A figure with no verb ("**4** — calls since the invasion"): counted up to the draft's date, as the perfect is. */
  asOfNow?: true;
  number?: number;
}

function countFinding(ctx: Context, s: SentenceView, m: RegExpMatchArray, count: Count): RawFinding | undefined {
  const at = m.index!;
  const end = at + m[0].length;
  if (quotedAt(s, s.start + at) || unasserted.test(s.text.slice(Math.max(0, at - 50), at))) return undefined;
  // "Has spoken with his Russian counterparts only four times": the perfect may stand a few words back.
  const before = s.text.slice(Math.max(0, at - 70), at);
  const perfect = count.asOfNow || (/\b(?:have|has|['’]ve)\b/i.test(before) && !/\bhad\b/i.test(before));
  const period = countedPeriod(ctx, s, at, end, perfect);
  // Of the channel or the people the sentence names: "they" is left to context, which may mean either.
  // "Austin and Shoigu spoke twice in three days, and the generals spoke the next day": the pair named up to the next clause
  // (or a colon: "six calls with a Russian defence minister: four with Shoigu and two with his successor").
  const clauseEnd = /,\s+(?:and|but|while)\s|;|:\s/.exec(s.text.slice(end));
  const series = period && pairNamed(ctx, s, false) ? seriesOf(ctx, s, undefined, false, clauseEnd ? s.start + end + clauseEnd.index : s.end, s.start + at) : undefined;
  if (!period || !series || period.first < (series.fromTheirStart ? -Infinity : series.from) || period.last > series.to) return undefined;
  const within = series.calls.slice(lastAtOrBefore(series.calls, (c) => c.day < period.first) + 1, lastAtOrBefore(series.calls, (c) => c.day <= period.last) + 1);
  const n = within.length;
  const how = count.how?.toLowerCase().replace(/\s+/g, ' ');
  if (how === 'at least' ? n >= count.k : how === 'more than' ? n > count.k : n === count.k) return undefined;
  const fix = how === 'at least' || how === 'more than' || count.number === undefined ? [] : countFix(s.text.slice(at, count.number), s.text.slice(count.number, end), n);
  const message = `The record lists ${n} call${n === 1 ? '' : 's'} ${series.label} from ${showDay(period.first)} to ${showDay(period.last)}${listed(within)}; the draft has "${s.text.slice(at, end)}".`;
  return report(s.start + at, s.start + end, within[0] ?? series.calls[0], message, within, fix);
}

/**
 * The period a count is of, written right after it ("in 2023", "in October 2022", "this year",
 * "that year", "since the invasion" for "have spoken") or opening the sentence ("In 2023, …"). A
 * period still running on the draft's date is counted up to it; "since" runs to it.
 */
function countedPeriod(ctx: Context, s: SentenceView, at: number, end: number, perfect: boolean): { first: number; last: number } | undefined {
  const ref = ctx.ref?.source === 'inferred' ? undefined : ctx.ref?.day;
  const rest = s.text.slice(end, end + 80);
  const since = sinceLead.exec(rest);
  // "Spoke seven times after the invasion": "after" counts from its point whatever the tense, as "since" does the perfect.
  const from = since ?? afterLead.exec(rest);
  if (from) {
    const point = (perfect || !since) && ref !== undefined ? pointAt(ctx, s, ref, end + from[0].length) : undefined;
    return point && { first: point.last + 1, last: ref! };
  }
  // "Eight calls between the ministers from August 2021 to July 2024".
  const range = fromLead.exec(rest);
  const opens = range && s.dates.find((d) => d.start === s.start + end + range[0].length && (d.firstDay ?? d.day) !== undefined);
  const closes = opens && s.dates.find((d) => d.start > opens.end && /^\s*(?:to|until|through|and|–|-)\s*$/i.test(s.text.slice(opens.end - s.start, d.start - s.start)));
  if (opens && closes) {
    const last = closes.lastDay ?? closes.day;
    return last === undefined ? undefined : { first: opens.firstDay ?? opens.day!, last: ref === undefined ? last : Math.min(last, ref) };
  }
  // "Three times between the invasion and the end of 2022": from an event to a date.
  const opened = range && !opens ? s.start + end + range[0].length : undefined;
  const event = opened === undefined ? undefined : pointAt(ctx, s, ref ?? Infinity, opened - s.start);
  if (opened !== undefined && event) {
    const close = s.dates.find((d) => d.start > opened && /^[^,.;]{1,40}?\s(?:and|to|until|through)\s+(?:the\s+(?:end|close)\s+of\s+)?$/i.test(s.text.slice(opened - s.start, d.start - s.start)));
    const last = close?.lastDay ?? close?.day;
    return last === undefined ? undefined : { first: event.last + 1, last: ref === undefined ? last : Math.min(last, ref) };
  }
  const periods = s.dates.filter((d) => (d.kind === 'year' || d.kind === 'month') && d.firstDay !== undefined && d.lastDay !== undefined && !d.dateline);
  const after = periods.find((d) => d.start >= s.start + end && periodLead.test(s.text.slice(end, d.start - s.start)));
  const opening = periods.find((d) => d.end <= s.start + at && /^\W*(?:in|during|throughout)\s+$/i.test(s.text.slice(0, d.start - s.start)));
  const following = relativeYearWords.exec(rest);
  const relative = following ?? openingRelativeYear.exec(s.text.slice(0, at));
  const year = relative ? relativeYear(ctx, s, relative[1]!.toLowerCase(), ref) : undefined;
  const date = after ?? opening;
  // "In June and July 2024": the period runs to the last of the dates joined.
  const joined = date && periods.find((d) => d.start > date.end && /^\s*(?:and|to|through|–|-)\s*$/i.test(s.text.slice(date.end - s.start, d.start - s.start)));
  let first = date ? date.firstDay! : year === undefined ? undefined : dayNumber(year, 1, 1);
  let last = date ? (joined ?? date).lastDay! : year === undefined ? undefined : dayNumber(year, 12, 31);
  if (first === undefined || last === undefined || (ref !== undefined && first > ref)) return undefined;
  // "Three times in 2022 after the invasion", "twice in 2022 before the invasion": the part of the period on that side of it.
  const periodEnd = date ? (joined ?? date).end - s.start : following ? end + following.index + following[0].length : end;
  // "After the invasion, Austin spoke to Shoigu three times in 2022": a side put before the sentence's counts is theirs too.
  const trailing = /^\s+(after|since|before)\s+/i.exec(s.text.slice(periodEnd));
  const fronted = trailing ? null : /^[\W_]*(?:\p{L}+:\s*)?(after|since|before)\s+/iu.exec(s.text.slice(0, at));
  const side = trailing ?? fronted;
  const point = side && pointAt(ctx, s, last + 1, trailing ? periodEnd + trailing[0].length : side[0].length);
  if (side && !point) return undefined;
  if (point && side![1]!.toLowerCase() === 'before') last = Math.min(last, point.first - 1);
  else if (point) first = Math.max(first, point.last + 1);
  return { first, last: ref === undefined ? last : Math.min(last, ref) };
}

/** "This year" and "last year" of the reference date; "that year": the one year the sentence dates, else its section's. */
function relativeYear(ctx: Context, s: SentenceView, which: string, ref: number | undefined): number | undefined {
  if (which !== 'that') return ref === undefined ? undefined : ymd(ref).year - (which === 'last' ? 1 : 0);
  const years = new Set(s.dates.flatMap((d) => {
    const day = d.day ?? d.firstDay;
    return day === undefined ? [] : [ymd(day).year];
  }));
  return years.size === 1 ? [...years][0] : years.size ? undefined : ctx.sentences.sectionOf(s.paragraph).year;
}

/** "Only twice" → "only six times", "two calls" → "six calls", in the writer's style (digits stay digits, a capital stays). */
function countFix(lead: string, old: string, n: number): Fix[] {
  const word = /^\d/.test(old) ? String(n) : countWord(n);
  if (!word || n === 0) return [];
  const times = /^(?:once|twice|thrice|\S+\s+times)$/i.test(old);
  const replaced = times ? (n === 1 ? 'once' : n === 2 ? 'twice' : `${word} times`) : n > 1 ? old.replace(/^\S+/, word) : undefined;
  if (!replaced) return [];
  const newText = lead + (/^\p{Lu}/u.test(old) ? capitalize(replaced) : replaced);
  return [{ title: `Change to "${newText}"`, newText }];
}

/** Whether the sentence names a pair: a channel, or two people ("Austin spoke to reporters twice" names none). */
function pairNamed(ctx: Context, s: SentenceView, negated: boolean): boolean {
  const people = negated ? s.mentions.filter((m) => ctx.index.callsByPerson.has(m.person)) : participantsOf(ctx, s);
  const named = [...new Set(people.map((m) => m.person))];
  return channelNamed(ctx, s.text, named) !== undefined || named.length >= 2 || withCounterparts(s, named) || (named.length === 1 && countersTitled(ctx, s, named[0]!));
}

/** "Austin spoke with Russia's defence minister seven times": one person and, by title alone, the other office of a channel of theirs. */
function countersTitled(ctx: Context, s: SentenceView, person: string): boolean {
  const untitled = s.titles.filter((t) => !s.mentions.some((m) => m.first >= t.last && m.first <= t.last + 1) && !s.mentions.some((m) => m.last <= t.first && m.last >= t.first - 2));
  return ctx.index.coverage.some((c) => heldAny(ctx, person, c.offices) && untitled.some((t) => t.offices.some((o) => c.offices.includes(o) && !heldAny(ctx, person, [o]))));
}

/** Whether a draft offset lies in a quotation: what a speaker said is theirs, not the writer's claim. */
function quotedAt(s: SentenceView, offset: number): boolean {
  return s.read.clauses.some((c) => c.quoted && s.base + s.tokens.start(c.first) <= offset && offset < s.base + s.tokens.end(c.last - 1));
}

/** "Will speak twice", "hoped to talk three times", "have not spoken twice": no count is claimed. */
const unasserted = /\b(?:will|would|could|should|may|might|plan(?:s|ned)?\s+to|expect(?:s|ed)?\s+to|hope[sd]?\s+to|not|never|n['’]t)\b[^.;,]{0,30}$/i;

/** "Had not spoken for", "haven't talked in the past": a silence whose length follows. */
const silentFor = new RegExp(String.raw`\b(?:(?:have|has|had)\s+not|haven['’]t|hasn['’]t|hadn['’]t)\s+(?:spoken|talked)${speechFiller}(?:for|in)\s+(?:the\s+(?:past|last)\s+)?$`, 'iu');
/** What follows a span that names a silence: "a year without a call", "gone five months without speaking", "15 months of silence", "an 18-month hiatus". */
const silenceNoun = /^(?:\s+(?:without|with\s+no)\s+(?:a\s+|any\s+)?(?:(?:phone\s+)?calls?|contact|conversations?|talks|speaking|talking)\b|(?:[\s-]+long)?\s+(?:of\s+)?(?:silence|hiatus|lull)\b)/i;
const silenceCue = /\b(?:spoken|talked|without|silence|hiatus|lull)\b/i;

/**
 * "Had not spoken for more than a year", "nearly a year without a call", "a 15-month silence":
 * the gap before the call that ended it (for "have not", before the draft's date), as an
 * elapsed-conflict, read as generously as its words.
 */
function readSilenceSpans(ctx: Context, s: SentenceView): RawFinding[] {
  // A heading ("The months of silence") names a subject, not a claim.
  if (!silenceCue.test(s.text) || isHeadline(s)) return [];
  const out: RawFinding[] = [];
  for (const span of findSpans(s.text)) {
    if (span.form !== 'span') continue;
    const i = span.start;
    const lead = s.text.slice(Math.max(0, i - 80), i);
    const verb = silentFor.exec(lead);
    // "After a year without a call, they spoke": a silence named by a noun is of the call the sentence tells.
    const noun = verb || !hasCallCue(s.text) ? null : silenceNoun.exec(s.text.slice(span.end));
    const start = verb ? i - lead.length + verb.index + verb[0].search(/\S/) : i;
    const finding = (verb || noun) && !quotedAt(s, s.start + i) ? silenceFinding(ctx, s, span, start, noun ? span.end + noun[0].length : span.end, !!verb && !/\bhad/i.test(verb[0])) : undefined;
    if (finding) out.push(finding);
  }
  return out;
}

/**
 * A silence of the pair the sentence names (else of its call's channel) up to the call in
 * context that ended it, a "before …", or for "have not spoken" the draft's date; a story of a
 * call of its last week may speak of the silence that call ended.
 */
function silenceFinding(ctx: Context, s: SentenceView, span: Span, start: number, end: number, perfect: boolean): RawFinding | undefined {
  // "The fifteen months of silence that preceded the June call": bounded by a call the sentence names but does not date.
  if (/^\s+(?:that|which)\s+(?:preceded|came\s+before|ended)\b/i.test(s.text.slice(end))) return undefined;
  const call = pairCall(ctx, s);
  const named = pairNamed(ctx, s, true) ? seriesOf(ctx, s, undefined, true, s.end, s.start + start) : undefined;
  const ref = ctx.ref?.source === 'inferred' ? undefined : ctx.ref?.day;
  // Two people who had never spoken ("Austin and Belousov … after a year without a call"): the silence is of their offices.
  const series = named && (!call || named.calls.some((c) => c.day < call.day)) ? named : call && seriesOf(ctx, s, call, true, s.start);
  // "Blinken, who has not spoken to Sergey Lavrov in months": of people none of whom is on the channel in context.
  if (!series || (!named && s.mentions.length && !s.mentions.some((m) => series.calls.some((c) => c.participants.includes(m.person))))) return undefined;
  const ended = call && series.calls.includes(call) ? call.day : undefined;
  const recent = ref === undefined ? [] : series.calls.filter((c) => c.day <= ref && c.day >= ref - 7).map((c) => c.day);
  // "Had not spoken for 15 months before the June call": a "before" right after the silence bounds it.
  const right = /^\s+before\s+/i.exec(s.text.slice(end));
  const before = (right ? pointAt(ctx, s, Infinity, end + right[0].length) : undefined) ?? beforePoint(ctx, s);
  const begun = startedAt(s, series, end);
  // A silence named by a noun may be the one any call the sentence dates ended ("two days after a Friday call that ended five months of silence").
  const dated = perfect ? [] : series.calls.filter((c) => c.day !== ended && s.dates.some((d) => d.day === c.day)).map((c) => c.day);
  // "Two calls in 17 days, after fifteen months of silence": the silence the first of the calls counted ended.
  const counted = /\b(two|three|four|\d)\s+(?:calls|conversations)\b|\b(twice)\b/i.exec(s.text);
  const k = counted ? (counted[2] ? 2 : countOf(counted[1]!) ?? 1) : 1;
  const firstCounted = ended === undefined || k < 2 ? [] : [series.calls[series.calls.findIndex((c) => c.day === ended) - (k - 1)]?.day].filter((d): d is number => d !== undefined);
  const bounds = begun ? [begun] : before ? [before.first] : perfect ? (ref === undefined || ref > series.to ? [] : [ref + 1, ...recent]) : ended === undefined ? dated : [ended, ...firstCounted, ...dated];
  const gaps = bounds.map((b) => {
    const last = series.calls[lastAtOrBefore(series.calls, (c) => c.day < b)];
    return last && { bound: b, last, days: b - last.day - (b === (ref ?? NaN) + 1 ? 1 : 0) };
  });
  if (!gaps.length || gaps.some((g) => !g || spanFits(span, g.last.day, g.last.day + g.days, 'gap'))) return undefined;
  const { bound, last, days } = gaps[0]!;
  const message = `The record's last call ${series.label} ${beforeBound(bound, ref)} was on ${showDay(last.day)}, ${days} days earlier; the draft has "${s.text.slice(start, end)}".`;
  const fix = gaps.length === 1 ? spanFix(s.text, start, end, span, last.day, bound) : [];
  return { ...report(s.start + start, s.start + end, last, message, [], fix), code: 'elapsed-conflict' };
}

/**
 * "Had gone 15 months without speaking, following a call on March 15, 2023": a silence begun at a
 * dated call of the series runs to the series' next call; its day, if the record has one.
 */
function startedAt(s: SentenceView, series: Series, end: number): number | undefined {
  const follows = /^[\s,]+(?:following|after|since)\s/i.exec(s.text.slice(end));
  if (!follows) return undefined;
  const from = s.start + end + follows[0].length;
  const date = s.dates.find((d) => d.day !== undefined && d.start >= from && d.start <= from + 30);
  const k = date ? series.calls.findIndex((c) => c.day === date.day) : -1;
  return k >= 0 ? series.calls[k + 1]?.day : undefined;
}

/**
 * The words from `start` to `end` with a plain count of months made the gap's whole months ("the
 * first call in 15 months" → "in 20 months"); none for any other span, nor under two months.
 */
function spanFix(text: string, start: number, end: number, span: Span, from: number, to: number): Fix[] {
  if (span.unit !== 'month' || span.qualifier !== 'exact' || !span.number || span.number.start < start) return [];
  const [a, b] = [ymd(from), ymd(to)];
  const months = (b.year - a.year) * 12 + b.month - a.month - (b.day < a.day ? 1 : 0);
  const number = text.slice(span.number.start, span.number.end);
  const word = /^\d/.test(number) ? String(months) : countWord(months);
  if (months < 2 || !word) return [];
  const newText = text.slice(start, span.number.start) + (/^\p{Lu}/u.test(number) ? capitalize(word) : word) + text.slice(span.number.end, end);
  return [{ title: `Change to "${newText}"`, newText }];
}

/**
 * The series a sentence counts in: of a channel it names ("between the ministers", "the
 * generals'", "either channel"), else of the two people it names, else of the offices of the
 * call it is about ("Gerasimov's first with a US chairman"), else of the one office of a person named.
 * `negated`: the people of "have not spoken" count, though they took part in no call.
 */
function seriesOf(ctx: Context, s: SentenceView, call: EventInfo | undefined, negated = false, upTo = s.end, at?: number, onePerson = false): Series | undefined {
  // "Milley last talked with his counterpart in March 2023, the day the ministers spoke": the channel named up to the claim.
  const participants = participantsOf(ctx, s);
  const named = channelNamed(ctx, upTo < s.end ? s.text.slice(0, upTo - s.start) : s.text, [...new Set(participants.map((m) => m.person))]);
  if (named === 'all') return everyChannel(ctx);
  if (named) return channelSeries(ctx, named);
  const titled = titledChannel(ctx, s, upTo);
  if (titled) return channelSeries(ctx, titled);
  const mentioned = negated ? s.mentions.filter((m) => ctx.index.callsByPerson.has(m.person)) : participants;
  const people = nearest([...new Map(mentioned.filter((m) => m.start < upTo).map((m) => [m.person, m.start])).entries()], at);
  // "Shoigu's contacts: he last spoke with Austin in March 2023": the one named is not who the pronoun before the claim is.
  if (people.length === 1 && at !== undefined && pronounBefore.test(s.text.slice(0, at - s.start)) && mentioned.every((m) => m.start > at)) return undefined;
  if (people.length === 2 || withCounterparts(s, people) || (onePerson && people.length === 1)) return peopleSeries(ctx, people);
  if (people.length > 2) return undefined;
  // "Milley called Gerasimov on Monday. Their previous contact, on May 19, …": the two the sentence before named.
  const theirs = !people.length && /^\W*their\b/i.test(s.text) ? pairBefore(ctx, s) : undefined;
  if (theirs) return peopleSeries(ctx, theirs);
  // "He then rang Lloyd Austin for the second time in three days", in a story of the generals' call: the one named's channel.
  const personal = people.length === 1 ? onlyEntry(ctx.index.coverage.filter((c) => heldAny(ctx, people[0]!, c.offices))) : undefined;
  const entry = (call && (!personal || call.participants.includes(people[0]!)) ? callEntry(ctx, call) : undefined) ?? personal;
  return entry && channelSeries(ctx, entry);
}

/**
 * "The fourth call between an American defense secretary and his Russian counterpart", "between
 * the Pentagon chief and Russia's defence minister": a channel named by the titles of its offices,
 * with no one named (a title of one office and "counterpart" names both).
 */
function titledChannel(ctx: Context, s: SentenceView, upTo: number): CoverageEntry | undefined {
  if (s.mentions.length) return undefined;
  const titles = s.titles.filter((t) => s.base + s.tokens.end(t.last - 1) <= upTo);
  if (!titles.length) return undefined;
  const counterpart = /\bcounterparts?\b/i.test(s.text.slice(0, upTo - s.start));
  return onlyEntry(ctx.index.coverage.filter((c) => {
    const named = c.offices.filter((o) => titles.some((t) => t.offices.includes(o)));
    return named.length === 2 || (named.length === 1 && counterpart);
  }));
}

const pronounBefore = /\b(?:he|she)\s+(?:had\s+|has\s+)?$/i;

/** "Austin has spoken with his Russian counterparts four times", "a call to his Russian counterpart": the calls of the one person named, with whoever held the other office. */
const withCounterparts = (s: SentenceView, people: readonly string[]) => people.length === 1 && /\bcounterparts?\b/i.test(s.text);

/** The two counterparts the sentence before, in the same paragraph, names. */
function pairBefore(ctx: Context, s: SentenceView): string[] | undefined {
  const previous = ctx.sentences.at(s.index - 1);
  if (!previous || previous.paragraph !== s.paragraph) return undefined;
  const people = [...new Set(participantsOf(ctx, previous).map((m) => m.person))];
  return people.length === 2 ? people : undefined;
}

function channelOf(ctx: Context, call: EventInfo): Series | undefined {
  const entry = callEntry(ctx, call);
  return entry && channelSeries(ctx, entry);
}

function channelSeries(ctx: Context, entry: CoverageEntry): Series {
  return { calls: inCoverage(seriesCalls(ctx, entry.offices), entry.from, entry.to), from: entry.from, to: entry.to, label: `between the ${officeLabel(ctx, entry.offices)}` };
}

function everyChannel(ctx: Context): Series | undefined {
  const coverage = ctx.index.coverage;
  if (!coverage.length) return undefined;
  const from = Math.max(...coverage.map((c) => c.from));
  const to = Math.min(...coverage.map((c) => c.to));
  const calls = [...new Set(coverage.flatMap((c) => seriesCalls(ctx, c.offices)))].sort((a, b) => a.day - b.day);
  return { calls: inCoverage(calls, from, to), from, to, label: 'on either channel' };
}

/**
 * The people a claim at `at` is of, of those named: all of them, or of three or more the two
 * beside it ("Brown replaced Milley, who last spoke with Gerasimov": Milley and Gerasimov).
 */
function nearest(named: [string, number][], at: number | undefined): string[] {
  if (named.length <= 2 || at === undefined) return named.map(([p]) => p);
  const before = named.filter(([, start]) => start < at);
  const after = named.filter(([, start]) => start > at);
  const pair = after.length ? [before.at(-1), after[0]] : before.slice(-2);
  return pair.filter((x): x is [string, number] => !!x).map(([p]) => p);
}

/** The calls of two people, counted from the first day both held the offices of a covered channel. */
function peopleSeries(ctx: Context, people: string[]): Series | undefined {
  // Two on the two sides of the channel: Shoigu and Belousov, both ministers of defence, are no pair of it.
  const [a, b] = people as [string, string | undefined];
  const sides = (x: string, y: string) => heldAny(ctx, a, [x]) && (b === undefined || heldAny(ctx, b, [y]));
  const entry = ctx.index.coverage.find(({ offices: [x, y] }) => sides(x, y) || sides(y, x));
  if (!entry) return undefined;
  const started = Math.max(...people.map((p) => firstDayIn(ctx, p, entry.offices)));
  const from = Math.max(entry.from, started);
  const until = Math.min(...people.map((p) => lastDayIn(ctx, p, entry.offices)));
  const series: Series = { calls: inCoverage(callsBetween(ctx, people), from, entry.to), from, to: entry.to, label: people.length === 1 ? `of ${nameOf(ctx, people[0]!)}` : `between ${people.map((p) => nameOf(ctx, p)).join(' and ')}` };
  if (until < entry.to) series.until = until;
  if (started >= entry.from) series.fromTheirStart = true;
  return series;
}

/**
 * The call an ordinal names of one or two people with no period ("Belousov asked for the first call"): their k-th,
 * where the record lists their calls from the day they took office, not only from the start of its coverage.
 */
export function nthCallOf(ctx: Context, people: string[], ordinal: string): EventInfo | undefined {
  const k = ordinals[ordinal.toLowerCase()];
  const series = k === undefined ? undefined : peopleSeries(ctx, people);
  return series?.fromTheirStart ? series.calls[k! - 1] : undefined;
}

type CoverageEntry = Context['index']['coverage'][number];

const onlyEntry = (entries: CoverageEntry[]) => (entries.length === 1 ? entries[0] : undefined);
const inCoverage = (calls: EventInfo[], from: number, to: number) => calls.filter((c) => c.day >= from && c.day <= to);

/** The channel a call was on: the coverage entry whose two offices its participants held that day. */
function callEntry(ctx: Context, call: EventInfo): CoverageEntry | undefined {
  const held = new Set(call.participants.flatMap((p) => termsOn(ctx.index, p, call.day).map((t) => t.term.office)));
  return ctx.index.coverage.find((c) => held.has(c.offices[0]) && held.has(c.offices[1]));
}

const heldAny = (ctx: Context, person: string, offices: string[]) => (ctx.index.termsByPerson.get(person) ?? []).some((t) => offices.includes(t.term.office));

/** The first day a person held one of the offices: before it, they had no call of that channel. */
function firstDayIn(ctx: Context, person: string, offices: string[]): number {
  const starts = (ctx.index.termsByPerson.get(person) ?? []).filter((t) => offices.includes(t.term.office)).map((t) => t.start?.first ?? -Infinity);
  return Math.min(...starts);
}

/** The last day a person held one of the offices; Infinity while a term runs on. */
function lastDayIn(ctx: Context, person: string, offices: string[]): number {
  const ends = (ctx.index.termsByPerson.get(person) ?? []).filter((t) => offices.includes(t.term.office)).map((t) => t.end?.last ?? Infinity);
  return Math.max(...ends);
}

/**
 * A channel named by its holders' plural: by a pair name of the record, else ("the chiefs of the
 * general staffs", "the two military officials") the one coverage entry one of whose offices has
 * that word in its title or labels; "either channel" or "both channels": every entry.
 */
function channelNamed(ctx: Context, text: string, people: readonly string[] = []): CoverageEntry | 'all' | undefined {
  // "The third call between the two militaries in four days": the ministers' calls and the generals' alike.
  // ("The two militaries' top officers" are the generals.) "The Russian side has held its third conversation with the American side in four days": any channel between them.
  // The record's own names for its pairs first ("the two defence chiefs", "the chiefs of staff", "the top officers of the two militaries").
  const pairs = new Set(namedPairs(ctx, { text, start: 0 }).map((p) => p.offices));
  if (pairs.size) return onlyEntry(ctx.index.coverage.filter((c) => pairs.has(c.offices)));
  if (/\b(?:either|both|any)\s+channels?\b|(?<!\bofficers\s+of\s+the\s+two\s+)\bmilitaries\b(?!['’])|\bmilitary\s+(?:officials|leaders)\s+of\b|\b(?:russian|american|us|u\.s\.)\s+side\b.*\bwith\s+the\s+(?:russian|american|us|u\.s\.)\s+side\b/i.test(text)) return 'all';
  // "Austin has spoken with Russian defence ministers": of the channels, the one the person named is on.
  const ofPeople = (entries: CoverageEntry[]) => (entries.length > 1 && people.length ? entries.filter((c) => people.some((p) => heldAny(ctx, p, c.offices))) : entries);
  const plural = /\b(generals|general\s+staffs|ministers|ministries|secretaries|(?:defen[cs]e|military)\s+(?:chiefs|officials|leaders))\b/i.exec(text);
  if (!plural) return undefined;
  const stem = plural[1]!.toLowerCase().slice(0, 6);
  const names = (o: string) => { const office = ctx.index.offices.get(o); return office ? [office.title, ...(office.labels ?? [])] : []; };
  return onlyEntry(ofPeople(ctx.index.coverage.filter((c) => c.offices.some((o) => names(o).some((n) => n.toLowerCase().includes(stem))))));
}

function officeLabel(ctx: Context, offices: [string, string]): string {
  return offices.map((o) => ctx.index.offices.get(o)?.title ?? o).join(' and the ');
}

/** The calls of a series a draft may report: of its last days up to its reference date, or of its month for a headline. */
function draftCalls(ctx: Context, series: Series, headline: boolean): EventInfo[] {
  const ref = ctx.ref?.day;
  const days = headline ? 31 : 3;
  return ref === undefined ? [] : series.calls.filter((c) => c.day <= ref && c.day >= ref - days);
}

/**
 * The calls of a series up to the reference date that have the people named ("the Brown call"): those a sentence with no
 * call in context may speak of. A sentence that names no one is of the people its paragraph named just before ("It was
 * Brown. It was the generals' first call…"); with no reference date, only a call of people named is told apart.
 */
function upToRef(ctx: Context, s: SentenceView, series: Series): EventInfo[] {
  const ref = ctx.ref?.day;
  const previous = ctx.sentences.at(s.index - 1);
  const own = participantsOf(ctx, s);
  const named = (own.length || previous?.paragraph !== s.paragraph ? own : participantsOf(ctx, previous)).map((m) => m.person);
  if (ref === undefined && !named.length) return [];
  return series.calls.filter((c) => (ref === undefined || c.day <= ref) && named.every((p) => c.participants.includes(p)));
}

/**
 * The call a date written before the ordinal names, where the channel had exactly one then: "the
 * previous call was on May 19, their first after the invasion", "The May 19 call was their first".
 */
function writtenCall(ctx: Context, s: SentenceView, series: Series, before: number, phraseEnd: number): EventInfo | undefined {
  // "…and Belousov's first call with Austin on June 25, 2024": a date in the ordinal's own phrase is its call's, whatever came before.
  const own = s.dates.find((d) => d.start >= s.start + phraseEnd && !/[,;:()—]|\s[–-]\s/.test(s.text.slice(phraseEnd, d.start - s.start)));
  const ownCall = own && !own.dateline && !pointPrepositions.has(own.preposition) && own.day !== undefined ? series.calls.find((c) => c.day === own.day) : undefined;
  if (ownCall) return ownCall;
  let found: EventInfo | undefined;
  for (const d of s.dates) {
    if (d.start >= s.start + before || d.dateline || (ctx.ref?.source === 'inferred' && (d.kind === 'weekday' || d.kind === 'relative'))) continue;
    // "Between the crisis of March 2023 and Andrei Belousov's first call": an ordinal whose owner follows "and" is another phrase's.
    if (ownerAfterAnd.test(s.text.slice(d.end - s.start, before))) continue;
    // "Since May 13, so the first in five months": a point to count from, not the call; but "since May, when … their first" is May's.
    if (pointPrepositions.has(d.preposition) && !/^\s*,?\s*when\b/i.test(s.text.slice(d.end - s.start))) continue;
    const first = d.day ?? d.firstDay;
    const last = d.day ?? d.lastDay;
    if (first === undefined || last === undefined) continue;
    const then = series.calls.filter((c) => c.day >= first && c.day <= last);
    if (then.length === 1) found = then[0];
  }
  return found;
}

/** A headline: no closing stop, its words capitalised ("Austin and Belousov Hold First Call"). */
function isHeadline(s: SentenceView): boolean {
  if (endsAsSentence.test(s.text)) return false; // most sentences end so: their words need no counting
  const words = s.text.replace(/[*#_]+/g, '').split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.6;
}

/** A closing stop, past any emphasis marks and spaces after it. */
const endsAsSentence = /[.!?][\s*#_]*$/;

/** Whether the sentence's call is the draft's, not one its own paragraph dated. */
function anchoredToDraft(ctx: Context, s: SentenceView): boolean {
  const anchor = ctx.anchors.get(s.index);
  return anchor?.kind === 'context' && anchor.fromDraft === true;
}

function report(start: number, end: number, call: EventInfo | undefined, message: string, evidence: EventInfo[], fixes: Fix[]): RawFinding {
  return {
    code: 'sequence-conflict',
    start,
    end,
    message,
    sourceIds: [...(call?.event.sources ?? []), ...evidence.flatMap((c) => c.event.sources)],
    fixes,
  };
}
