// Hovers: the record behind a person, a date, a title or the reference date, in Markdown.
import type { Analysis } from '../check';
import { type Context, sentenceProbes } from '../claims/context';
import { elapsedClaims, measured } from '../claims/elapsed';
import { describeEvent, eventMentions } from '../claims/events';
import { readTitleClaims } from '../claims/titles';
import type { SentenceView } from '../read/sentences';
import { heldTermsOf, type RecordIndex, shortName, sourcesOf, termsOn } from '../record/index';
import type { Source } from '../record/types';
import { isoDay, showDay, showSpan } from '../text/dates';

/** A hover's Markdown and the words it describes. */
export interface Hover {
  contents: string;
  start: number;
  end: number;
}

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
    const claim = readTitleClaims(s).find((c) => c.titleFirst === title.first);
    const offices = title.offices.filter((o) => !claim?.country || ctx.index.offices.get(o)?.country === claim.country);
    const sourceIds: string[] = [];
    const lines = offices.map((o) => {
      const office = ctx.index.offices.get(o)!;
      const terms = heldTermsOf(ctx.index, o, day);
      sourceIds.push(...terms.flatMap((t) => t.term.sources));
      const holders = terms.map((t) => shortName(ctx.index.people.get(t.term.person)!));
      return `- ${office.title} (${office.country}): ${holders.length ? holders.join(', ') : 'no holder recorded'}`;
    });
    const contents = [`**Who held it on ${showDay(day)}**`, lines.join('\n'), sourceList(sourcesOf(ctx.index, sourceIds))].filter(Boolean).join('\n\n');
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

function personHover(index: RecordIndex, id: string, day: number | undefined): string {
  const person = index.people.get(id)!;
  const out = [`**${person.name}** — ${person.description}`];
  if (day !== undefined) {
    const held = termsOn(index, id, day).map((t) => index.offices.get(t.term.office)!.title);
    out.push(`On ${showDay(day)}: ${held.length ? held.join('; ') : 'no office recorded'}`);
  }
  const terms = [...(index.termsByPerson.get(id) ?? [])].sort((a, b) => (a.start?.first ?? -Infinity) - (b.start?.first ?? -Infinity));
  if (terms.length) {
    out.push('**Timeline**');
    out.push(terms.map((t) => {
      const from = t.start ? showSpan(t.start) : '…';
      const to = t.end ? showSpan(t.end) : t.term.endUnknown ? '?' : 'present';
      const attested = t.attested.length ? ` (attested ${t.attested.map(isoDay).join(', ')})` : '';
      const confidence = t.term.confidence === 'high' ? '' : ` *(${t.term.confidence} confidence)*`;
      return `- ${from} – ${to}: ${index.offices.get(t.term.office)!.title}${attested}${confidence}`;
    }).join('\n'));
  }
  const calls = index.callsByPerson.get(id) ?? [];
  if (calls.length) {
    out.push('**Recorded calls**');
    out.push(calls.map((c) => {
      const others = c.participants.filter((p) => p !== id).map((p) => shortName(index.people.get(p)!)).join(', ');
      const by = c.event.initiator?.person ? shortName(index.people.get(c.event.initiator.person)!) : c.event.initiator?.country;
      return `- ${showDay(c.day)} with ${others}${by ? `, initiated by ${by}` : ''}`;
    }).join('\n'));
  }
  const ids = [...terms.flatMap((t) => t.term.sources), ...calls.flatMap((c) => c.event.sources)];
  out.push(sourceList(sourcesOf(index, ids)));
  return out.join('\n\n');
}

function dateHover(index: RecordIndex, day: number, heading: string): string {
  const near = index.events.filter((e) => e.lastDay >= day - 3 && e.day <= day + 3);
  const out = [`**${heading.trim().replace(/,$/, '')}**`];
  if (near.length) {
    out.push('**Recorded events on or near it**');
    out.push(near.map((e) => {
      const what = e.event.label ?? `Call: ${e.participants.map((p) => shortName(index.people.get(p)!)).join(' – ')}`;
      return `- ${showDay(e.day)}: ${what}`;
    }).join('\n'));
    out.push(sourceList(sourcesOf(index, near.flatMap((e) => e.event.sources))));
  }
  return out.join('\n\n');
}

export function sourceList(sources: Source[]): string {
  if (!sources.length) return '';
  const items = sources.slice(0, 8).map((s) => {
    const title = s.title ? `"${s.title}", ` : '';
    // An article is cited as where a claim was printed, never as its authority (`sourcesOf` lists it last).
    const text = `${s.kind === 'printed' ? 'printed in ' : ''}${s.publisher}, ${title}${s.date ?? ''}`.replace(/, $/, '');
    return `- ${s.url ? `[${text}](${s.url})` : text}`;
  });
  return `**Sources**\n${items.join('\n')}${sources.length > 8 ? `\n- and ${sources.length - 8} more` : ''}`;
}

/** On a recorded event's words ("the invasion", "the MQ-9"): what it was, its days with their weekdays, its sources. */
function eventHover(ctx: Context, s: SentenceView, offset: number): Hover | null {
  const mention = eventMentions(ctx, s).find((m) => m.start <= offset && offset <= m.end);
  if (!mention) return null;
  const e = mention.event;
  const contents = [`**${e.event.label ?? e.event.id}**`, describeEvent(e), sourceList(sourcesOf(ctx.index, e.event.sources))].filter(Boolean).join('\n\n');
  return { contents, start: mention.start, end: mention.end };
}

/** On a span the record can measure ("the 28-month-old war", "six days before the invasion"): the days it runs between, and how long that is. */
function spanHover(ctx: Context, s: SentenceView, offset: number): Hover | null {
  const claim = elapsedClaims(ctx, s).find((c) => c.start <= offset && offset <= c.end);
  if (!claim) return null;
  const contents = [`**${claim.text}**: ${measured(claim)}`, `Between "${claim.event.event.label ?? claim.event.event.id}" (${describeEvent(claim.event)}) and ${claim.against}.`].join('\n\n');
  return { contents, start: claim.start, end: claim.end };
}
