// Hovers: the record behind a person, a date, a title or the reference date, in Markdown.
import type { Hover } from '../api';
import type { Analysis } from '../check';
import { type Context, sentenceProbes } from '../claims/context';
import { elapsedClaims, measured } from '../claims/elapsed';
import { describeEvent, eventMentions } from '../claims/events';
import { readTitleClaims } from '../claims/titles';
import type { SentenceView } from '../read/sentences';
import { boundaryMargin, type RecordIndex, shortName, sourcesOf, type TermInfo, termStatus } from '../record/index';
import type { Source } from '../record/types';
import { isoDay, showDay, showSpan } from '../text/dates';

export function hoverAt(analysis: Analysis, offset: number): Hover | null {
  const { ref, ctx } = analysis;
  if (ref?.start !== undefined && offset >= ref.start && offset <= ref.end!) {
    const contents = `**Reference date: ${showDay(ref.day)}**\n\nTaken from ${ref.detail}. Relative dates ("on Friday") and every title are checked against it.`;
    return { contents, start: ref.start, end: ref.end! };
  }
  const s = ctx.sentences.around(offset);
  if (!s) return null;
  const day = sentenceDay(analysis, s);
  const mention = s.mentions.find((m) => m.start <= offset && offset <= m.end);
  if (mention) return { contents: personHover(ctx.index, mention.person, day), start: mention.start, end: mention.end };
  const date = s.dates.find((d) => d.start <= offset && offset <= d.end);
  if (date) {
    let contents: string;
    if (date.day !== undefined) contents = dateHover(ctx.index, date.day, `${date.text} → ${showDay(date.day)}, ${date.how ?? ''}`);
    else if (date.firstDay !== undefined) contents = `**${date.text}**: ${isoDay(date.firstDay)} to ${isoDay(date.lastDay!)}, ${date.how ?? ''}`;
    else contents = `**${date.text}** is not resolved: the draft has no reference date.`;
    return { contents, start: date.start, end: date.end };
  }
  const title = s.titles.find((t) => s.base + s.tokens.start(t.first) <= offset && offset <= s.base + s.tokens.end(t.last - 1));
  if (title && day !== undefined) {
    const claim = readTitleClaims(s, ctx.index).find((c) => c.titleFirst === title.first);
    const offices = title.offices.filter((o) => !claim?.country || ctx.index.offices.get(o)?.country === claim.country);
    const covering = offices.map((o) => ({ office: ctx.index.offices.get(o)!, terms: termsCovering(ctx.index, ctx.index.termsByOffice.get(o) ?? [], day) }));
    const lines = covering.map(({ office, terms }) => {
      const holders = terms.map((t) => `${shortName(ctx.index.people.get(t.info.term.person)!)}${t.sure ? '' : perhaps(t.info)}`);
      return `${office.title} (${office.country}): ${holders.length ? holders.join(', ') : 'no holder recorded'}`;
    });
    const sourceIds = covering.flatMap(({ terms }) => terms.flatMap((t) => t.info.term.sources));
    const contents = [section(`Who held it on ${showDay(day)}`, lines), sourceList(sourcesOf(ctx.index, sourceIds), inTheRecord)].filter(Boolean).join('\n\n');
    return { contents, start: s.base + s.tokens.start(title.first), end: s.base + s.tokens.end(title.last - 1) };
  }
  return spanHover(ctx, s, offset) ?? eventHover(ctx, s, offset);
}

/** The recorded person named at an offset, if any. */
export function personAt(analysis: Analysis, offset: number): string | null {
  return analysis.ctx.sentences.around(offset)?.mentions.find((m) => m.start <= offset && offset <= m.end)?.person ?? null;
}

/** The day a sentence is about, else the reference date. */
function sentenceDay(analysis: Analysis, s: SentenceView): number | undefined {
  const probe = sentenceProbes(analysis.ctx, s)[0];
  return probe?.days[0] ?? analysis.ref?.day;
}

/**
 * A hover is at most 250 px high in VS Code (a quarter of the editor's height, if more): about
 * twelve lines. So each part is one paragraph, its items run on, and long lists are cut.
 */
const section = (label: string, items: string[]) => `**${label}:** ${items.join(' · ')}`;
/** How many sources a hover lists, and how many calls. */
const shownSources = 2;
const shownCalls = 4;
/** Where a folded list is kept whole. */
const inTheTimeline = 'all in *Readout: Show Timeline*';
const inTheRecord = 'all in the record';

/**
 * The terms that cover a day: held for sure, or perhaps, where the day falls inside a term the
 * record dates only to the month or marks as uncertain. A term with neither start nor end is
 * not placed in time, so it covers no day.
 */
function termsCovering(index: RecordIndex, terms: readonly TermInfo[], day: number): { info: TermInfo; sure: boolean }[] {
  return terms.flatMap((info): { info: TermInfo; sure: boolean }[] => {
    const status = termStatus(index, info, day);
    if (status === 'held') return [{ info, sure: true }];
    const margin = boundaryMargin(info.term);
    const placed = (info.start || info.end) && (!info.start || day >= info.start.first - margin) && (!info.end || day <= info.end.last + margin);
    return status === 'unknown' && placed ? [{ info, sure: false }] : [];
  });
}

/** " *(perhaps: August 2022 – January 2025)*": a term the record cannot say covers the day. */
const perhaps = (info: TermInfo) => ` *(perhaps: ${termSpan(info)})*`;

const termSpan = (t: TermInfo) => `${t.start ? showSpan(t.start) : '…'} – ${t.end ? showSpan(t.end) : t.term.endUnknown ? '?' : 'present'}`;

function personHover(index: RecordIndex, id: string, day: number | undefined): string {
  const person = index.people.get(id)!;
  const recorded = index.termsByPerson.get(id) ?? [];
  const out = [`**${person.name}** — ${person.description}`];
  if (day !== undefined) {
    // Offices before ranks and grades; each kind in the record's order.
    const kind = (t: TermInfo) => (index.offices.get(t.term.office)?.kind === 'rank' ? 1 : 0);
    const held = termsCovering(index, [...recorded].sort((a, b) => kind(a) - kind(b)), day).map((t) => `${index.offices.get(t.info.term.office)!.title}${t.sure ? '' : perhaps(t.info)}`);
    out.push(`On ${showDay(day)}: ${held.length ? held.join('; ') : 'no office recorded'}`);
  }
  const terms = [...recorded].sort((a, b) => (a.start?.first ?? -Infinity) - (b.start?.first ?? -Infinity));
  if (terms.length) {
    out.push(section('Timeline', terms.map((t) => {
      const confidence = t.term.confidence === 'high' ? '' : ` *(${t.term.confidence} confidence)*`;
      return `${termSpan(t)} ${index.offices.get(t.term.office)!.title}${confidence}`;
    })));
  }
  const calls = index.callsByPerson.get(id) ?? [];
  if (calls.length) {
    // The calls nearest the day the sentence is about (else the latest), in date order.
    const near = day === undefined ? calls.slice(-shownCalls) : [...calls].sort((a, b) => Math.abs(a.day - day) - Math.abs(b.day - day)).slice(0, shownCalls).sort((a, b) => a.day - b.day);
    const lines = near.map((c) => {
      const others = c.participants.filter((p) => p !== id).map((p) => shortName(index.people.get(p)!)).join(', ');
      const by = c.event.initiator?.person ? index.people.get(c.event.initiator.person)!.surname[0] : c.event.initiator?.country;
      return `${showDay(c.day)} with ${others}${by ? `, initiated by ${by}` : ''}`;
    });
    if (calls.length > near.length) lines.push(`and ${calls.length - near.length} more, ${inTheTimeline}`);
    out.push(section('Recorded calls', lines));
  }
  const ids = [...terms.flatMap((t) => t.term.sources), ...calls.flatMap((c) => c.event.sources)];
  out.push(sourceList(sourcesOf(index, ids), inTheTimeline));
  return out.filter(Boolean).join('\n\n');
}

function dateHover(index: RecordIndex, day: number, heading: string): string {
  const near = index.events.filter((e) => e.lastDay >= day - 3 && e.day <= day + 3);
  const out = [`**${heading.trim().replace(/,$/, '')}**`];
  if (near.length) {
    out.push(section('Recorded events on or near it', near.map((e) => {
      const what = e.event.label ?? `Call: ${e.participants.map((p) => shortName(index.people.get(p)!)).join(' – ')}`;
      return `${showDay(e.day)}: ${what}`;
    })));
    out.push(sourceList(sourcesOf(index, near.flatMap((e) => e.event.sources)), inTheRecord));
  }
  return out.filter(Boolean).join('\n\n');
}

/** The two strongest sources, then how many more and where they all are (`rest`). */
export function sourceList(sources: Source[], rest: string): string {
  if (!sources.length) return '';
  const items = sources.slice(0, shownSources).map((s) => {
    const title = s.title ? `"${s.title}", ` : '';
    // An article is cited as where a claim was printed, never as its authority (`sourcesOf` lists it last).
    const text = `${s.kind === 'printed' ? 'printed in ' : ''}${s.publisher}, ${title}${s.date ?? ''}`.replace(/, $/, '');
    return s.url ? `[${text}](${s.url})` : text;
  });
  if (sources.length > shownSources) items.push(`and ${sources.length - shownSources} more, ${rest}`);
  return section('Sources', items);
}

/** On a recorded event's words ("the invasion", "the MQ-9"): what it was, its days with their weekdays, its sources. */
function eventHover(ctx: Context, s: SentenceView, offset: number): Hover | null {
  const mention = eventMentions(ctx, s).find((m) => m.start <= offset && offset <= m.end);
  if (!mention) return null;
  const e = mention.event;
  const contents = [`**${e.event.label ?? e.event.id}**`, describeEvent(e), sourceList(sourcesOf(ctx.index, e.event.sources), inTheRecord)].filter(Boolean).join('\n\n');
  return { contents, start: mention.start, end: mention.end };
}

/** On a span the record can measure ("the 28-month-old war", "six days before the invasion"): the days it runs between, and how long that is. */
function spanHover(ctx: Context, s: SentenceView, offset: number): Hover | null {
  const claim = elapsedClaims(ctx, s).find((c) => c.start <= offset && offset <= c.end);
  if (!claim) return null;
  const contents = [`**${claim.text}**: ${measured(claim)}`, `Between "${claim.event.event.label ?? claim.event.event.id}" (${describeEvent(claim.event)}) and ${claim.against}.`].join('\n\n');
  return { contents, start: claim.start, end: claim.end };
}
