// Call claims: who spoke with whom on which day ("Austin spoke with his Russian counterpart
// Sergei Shoigu on Friday"), judged on the call the anchoring pass found the sentence names.
import type { Fix } from '../api';
import type { SentenceView } from '../read/sentences';
import { showDay } from '../text/dates';
import type { RawFinding } from './context';
import { type Context, describeCall, nameOf, reformatDate, renameLike } from './context';

export function readCallClaims(ctx: Context, s: SentenceView): RawFinding[] {
  const anchor = ctx.anchors.get(s.index);
  if (anchor?.kind === 'absent') {
    const { call, absent } = anchor;
    const others = call.participants.filter((p) => p !== absent.person && !s.mentions.some((m) => m.person === p));
    const fixes: Fix[] = others.length === 1
      ? [{ title: `Change to ${nameOf(ctx, others[0]!)}`, newText: renameLike(ctx, absent, others[0]!) }]
      : [];
    return [{
      code: 'call-participant-conflict',
      start: absent.start,
      end: absent.end,
      message: `The record has ${describeCall(ctx, call)}; ${nameOf(ctx, absent.person)} took no part in it.`,
      sourceIds: call.event.sources,
      fixes,
    }];
  }
  if (anchor?.kind !== 'unrecorded') return [];
  const { date, nearest, meant } = anchor;
  const names = anchor.people.map((p) => nameOf(ctx, p)).join(' and ');
  const nearestText = nearest.length
    ? `; the nearest recorded: ${nearest.map((c) => `${showDay(c.day)} (${c.participants.map((p) => nameOf(ctx, p)).join(' and ')})`).join(', ')}`
    : '';
  const fixes: Fix[] = [];
  if (meant) {
    const newText = reformatDate(date, meant.day);
    if (newText && newText !== date.text) fixes.push({ title: `Change the date to ${showDay(meant.day)}`, newText });
  }
  return [{
    code: 'call-date-conflict',
    start: date.start,
    end: date.end,
    message: `No call between ${names} is recorded on ${showDay(date.day!)}${nearestText}.`,
    sourceIds: nearest.flatMap((c) => c.event.sources),
    fixes,
  }];
}
