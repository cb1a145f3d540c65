// Call claims: who spoke with whom on which day ("Austin spoke with his Russian counterpart
// Sergei Shoigu on Friday"), judged on the call the anchoring pass found the sentence names.
import type { Fix } from '../api';
import type { ResolvedDate } from '../read/resolveDates';
import type { SentenceView } from '../read/sentences';
import { termsOn } from '../record/index';
import { showDay, showSpan } from '../text/dates';
import { callPeople, coordinatedDates, judgeCallDate, participantsOf, sameClause } from './anchor';
import { pointPrepositions } from '../read/cues';
import type { Anchor, RawFinding } from './context';
import { callDay, type Context, countedFrom, describeCall, nameOf, reformatDate, renameLike } from './context';

export function readCallClaims(ctx: Context, s: SentenceView): RawFinding[] {
  const anchor = ctx.anchors.get(s.index);
  if (!anchor || anchor.kind === 'context') return [];
  // "The Friday call" points to a call the draft told of: which day it was is told elsewhere, not claimed here.
  const findings = anchor.kind === 'recorded' || (anchor.kind === 'unrecorded' && anchor.date.orThisWeek) ? [] : [judge(ctx, s, anchor)];
  const first = anchor.kind === 'recorded' ? callDay(s) : anchor.date;
  if (!first) return findings;
  // "Austin and Shoigu spoke on Friday and again Saturday": each date a claim about the same people
  // (not "23 and 24 October — Shoigu calls Austin, and a day later Gerasimov repeats it to Milley": one date each).
  const people = callPeople(ctx, s, first, undefined);
  if (new Set(participantsOf(ctx, s).map((m) => m.person)).size > people.length) return [...findings, ...otherPairs(ctx, s, first)];
  for (const d of coordinatedDates(s, first)) {
    const also = judgeCallDate(ctx, d, people);
    if (also && (also.kind === 'absent' || also.kind === 'unrecorded')) findings.push(judge(ctx, s, also));
  }
  return findings;
}

/**
 * "Milley spoke with Gerasimov on 11 February; Austin spoke with Shoigu on 14 February": each
 * later call date of a sentence of several pairs, judged on the two people its own clause names.
 */
function otherPairs(ctx: Context, s: SentenceView, first: ResolvedDate): RawFinding[] {
  const out: RawFinding[] = [];
  for (const d of s.dates) {
    if (d.start <= first.start || d.event !== 'call' || d.day === undefined || d.kind === 'anaphoric' || d.kind === 'relative' || d.paired || d.preposition === 'and' || d.dateline || d.unasserted || d.quoted || pointPrepositions.has(d.preposition) || countedFrom(s, d)) continue;
    const people = callPeople(ctx, s, d, undefined);
    if (people.length !== 2 || !people.every((m) => sameClause(s, m.start, d.start))) continue;
    const judged = judgeCallDate(ctx, d, people);
    if (judged && judged.kind === 'unrecorded') out.push(judge(ctx, s, judged));
  }
  return out;
}

function judge(ctx: Context, s: SentenceView, anchor: Anchor & { kind: 'absent' | 'unrecorded' }): RawFinding {
  if (anchor.kind === 'absent') {
    const { call, absent } = anchor;
    const others = call.participants.filter((p) => p !== absent.person && !s.mentions.some((m) => m.person === p));
    // Renaming under a title ("Chief of the General Staff Valery Gerasimov") gives the title to the new name: only where they held it.
    const title = s.titles.find((t) => t.last === absent.first || (t.last === absent.first - 1 && !s.tokens.word(t.last)));
    const fits = (person: string) => !title || termsOn(ctx.index, person, call.day).some((t) => title.offices.includes(t.term.office));
    const fixes: Fix[] = others.length === 1 && fits(others[0]!)
      ? [{ title: `Change to ${nameOf(ctx, others[0]!)}`, newText: renameLike(ctx, absent, others[0]!) }]
      : [];
    return {
      code: 'call-participant-conflict',
      start: absent.start,
      end: absent.end,
      message: `The record has ${describeCall(ctx, call)}; ${nameOf(ctx, absent.person)} took no part in it.`,
      sourceIds: call.event.sources,
      fixes,
    };
  }
  const { date, nearest, meant } = anchor;
  const names = anchor.people.map((p) => nameOf(ctx, p)).join(' and ');
  // What the record has first, then what the draft says.
  const recorded = nearest.length
    ? `The nearest recorded ${nearest.length === 1 ? 'call is' : 'calls are'} ${nearest.map((c) => `${showDay(c.day)} (${c.participants.map((p) => nameOf(ctx, p)).join(' and ')})`).join(' and ')}`
    : `The record has no call between ${names}`;
  const fixes: Fix[] = [];
  if (meant) {
    const newText = reformatDate(date, meant.day);
    if (newText && newText !== date.text) fixes.push({ title: `Change the date to ${showDay(meant.day)}`, newText });
  }
  const when = date.day !== undefined ? `on ${showDay(date.day)}` : `in ${showSpan({ first: date.firstDay!, last: date.lastDay!, precision: 'month' })}`;
  return {
    code: 'call-date-conflict',
    start: date.start,
    end: date.end,
    message: `${recorded}; none between ${names} ${when}, as the draft has it.`,
    sourceIds: nearest.flatMap((c) => c.event.sources),
    fixes,
  };
}
