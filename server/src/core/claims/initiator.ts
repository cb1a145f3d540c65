// Initiator claims: "initiated by Austin", "at the request of the US Defence
// Secretary", "Russia requested the call".
import { countryOf } from '../read/cues';
import type { Mention } from '../read/document';
import type { Frame } from '../read/frames';
import type { SentenceView } from '../read/sentences';
import { holdersOn } from '../record/index';
import type { Tokens } from '../text/tokens';
import { contextCall } from './anchor';
import { type Context, describeCall, nameOf, type RawFinding, renameLike } from './context';

interface Claimed {
  start: number;
  end: number;
  person?: string;
  mention?: Mention;
  country?: string;
}

const after = /\b(?:initiated|requested|sought|arranged|proposed)\s+by\s+|\bat\s+the\s+(?:request|initiative|behest|invitation)\s+of\s+/gi;
const possessiveRequest = /\bat\s+(\S+(?:\s+\S+){0,3}?)(?:'s|’s)\s+(?:request|initiative|behest|invitation)\b/gi;
const before = /\b(initiated|requested|asked\s+for|sought)\s+(?:the|this|that|a|\p{L}+['’]s)?\s*(?:phone\s+)?(?:call|conversation|talks|contact)\b/giu;
/** "a call Russia requested": the asker between the call and the verb. */
const inside = /\b(?:call|conversation|talks)\s+(?:that\s+|which\s+)?(?:the\s+)?\p{L}+(?:\s+\p{L}+)?\s+((?:had\s+)?(?:requested|initiated|sought))\b/giu;

/** What may stand between who asked and the verb: nothing, or an auxiliary. */
const auxiliaries = /^(?:(?:had|has|have|was|reportedly|personally|first)\s*)?$/i;

const failures = new Set(['refused', 'rebuffed', 'declined', 'failed', 'unable', 'tried', 'attempted']);
const failed = (f: Frame) => f.negated || (f.kind === 'sought' && failures.has(f.norm));

const initiatorWords = /initiat|request|sought|asked|arranged|proposed|behest|invitation/i;

export function readInitiatorClaims(ctx: Context, s: SentenceView): RawFinding[] {
  const out: RawFinding[] = [];
  // "The Pentagon sought a call but was refused": a call that did not happen has no initiator.
  if (!initiatorWords.test(s.text) || s.read.frames.some(failed)) return out;
  for (const claimed of readClaims(ctx, s)) {
    const call = contextCall(ctx, s);
    const initiator = call?.event.initiator;
    if (!call || !initiator || call.event.confidence === 'low') continue;
    const index = ctx.index;
    const sideOf = (person: string) => index.people.get(person)?.country;
    const recordedSide = initiator.country ?? (initiator.person ? sideOf(initiator.person) : undefined);
    let agrees: boolean;
    if (claimed.person && call.participants.includes(claimed.person) && initiator.person) agrees = claimed.person === initiator.person;
    else agrees = (claimed.country ?? (claimed.person ? sideOf(claimed.person) : undefined)) === recordedSide;
    if (agrees) continue;
    const who = initiator.person ? `${nameOf(ctx, initiator.person)} (${recordedSide})` : `the ${recordedSide} side`;
    const fixes = claimed.mention && initiator.person
      ? [{ title: `Change to ${nameOf(ctx, initiator.person)}`, newText: renameLike(ctx, claimed.mention, initiator.person) }]
      : [];
    out.push({
      code: 'initiator-conflict',
      start: claimed.start,
      end: claimed.end,
      message: `The record has ${describeCall(ctx, call)} initiated by ${who}.`,
      sourceIds: call.event.sources,
      fixes,
    });
  }
  return out;
}

function readClaims(ctx: Context, s: SentenceView): Claimed[] {
  const out: Claimed[] = [];
  const negated = (at: number) => /\b(?:not|never)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$/i.test(s.text.slice(Math.max(0, at - 20), at));
  for (const m of s.text.matchAll(after)) {
    if (negated(m.index!)) continue;
    const claimed = claimAt(ctx, s, s.start + m.index! + m[0].length, 'after');
    if (claimed) out.push(claimed);
  }
  for (const m of s.text.matchAll(possessiveRequest)) {
    const claimed = claimAt(ctx, s, s.start + m.index! + m[0].indexOf(m[1]!), 'after');
    if (claimed) out.push(claimed);
  }
  for (const m of s.text.matchAll(before)) {
    if (negated(m.index!)) continue;
    const claimed = claimAt(ctx, s, s.start + m.index!, 'before');
    if (claimed) out.push(claimed);
  }
  for (const m of s.text.matchAll(inside)) {
    const claimed = claimAt(ctx, s, s.start + m.index! + m[0].length - m[1]!.length, 'before');
    if (claimed) out.push(claimed);
  }
  return out;
}

/** Who or which side stands right after (or right before) an offset. */
function claimAt(ctx: Context, s: SentenceView, at: number, where: 'after' | 'before'): Claimed | undefined {
  const tokens = s.tokens;
  const abs = (i: number) => s.base + tokens.start(i);
  // The first token of the sentence at or after the offset.
  const firstAt = () => {
    for (let i = s.first; i < tokens.length; i++) if (abs(i) >= at) return i;
    return -1;
  };
  if (where === 'before') {
    // "Austin initiated", "Austin had requested", "the Russian side asked for".
    const gap = (end: number) => s.text.slice(end - s.start, at - s.start).trim();
    const mention = s.mentions.find((m) => auxiliaries.test(gap(m.end)));
    if (mention) return { start: mention.start, end: mention.end, person: mention.person, mention };
    const k = firstAt();
    for (let i = (k < 0 ? s.last : k) - 1; i >= Math.max(s.first, (k < 0 ? s.last : k) - 3); i--) {
      const norm = tokens.norm(i);
      const unitedStates = norm === 'states' && tokens.norm(i - 1) === 'united';
      const country = countryOf(norm, tokens.text(i)) ?? (unitedStates ? 'US' : undefined);
      if (country && auxiliaries.test(gap(s.base + tokens.end(i)).replace(/^(?:side|officials|government|ministry|military)\b\s*/i, ''))) {
        return { start: abs(norm === 'states' ? i - 1 : i), end: s.base + tokens.end(i), country };
      }
    }
    return undefined;
  }
  let k = firstAt();
  if (k < 0 || k >= s.last) return undefined;
  if (tokens.norm(k) === 'the') k++;
  // A named person, possibly behind a title: "by Defence Secretary Lloyd Austin".
  const mention = s.mentions.find((m) => m.first >= k && m.first <= k + 6 && !marksBetween(tokens, k, m.first));
  const title = s.titles.find((t) => t.first >= k && t.first <= k + 2);
  if (mention && (mention.first === k || (title && title.first <= mention.first))) {
    return { start: mention.start, end: mention.end, person: mention.person, mention };
  }
  const call = contextCall(ctx, s);
  if (title && call) {
    // "the US Defence Secretary": whoever held the office that day.
    const lead = title.first - 1;
    const country = lead >= k ? countryOf(tokens.norm(lead), tokens.text(lead)) : undefined;
    const offices = title.offices.filter((o) => !country || ctx.index.offices.get(o)?.country === country);
    const holders = [...new Set(offices.flatMap((o) => holdersOn(ctx.index, o, call.day)))];
    if (holders.length === 1) return { start: abs(k), end: s.base + tokens.end(title.last - 1), person: holders[0]! };
    return undefined;
  }
  for (let i = k; i < Math.min(k + 3, s.last); i++) {
    const country = countryOf(tokens.norm(i), tokens.text(i));
    if (country) return { start: abs(k), end: s.base + tokens.end(i), country };
    if (!tokens.word(i)) break;
  }
  return undefined;
}

/** A punctuation mark other than a full stop or a hyphen among tokens [from, to). */
function marksBetween(tokens: Tokens, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!tokens.word(i) && tokens.norm(i) !== '.' && tokens.norm(i) !== '-') return true;
  return false;
}
