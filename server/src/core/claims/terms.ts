// Term claims: "took office on", "was appointed", "replaced Sergei Shoigu in
// May", "stepped down in".
import type { Fix } from '../api';
import type { Mention } from '../read/document';
import type { ResolvedDate, SentenceView } from '../read/sentences';
import type { TermInfo } from '../record/index';
import { type DaySpan, showSpan } from '../text/dates';
import { type Context, nameOf, type RawFinding, reformatDate } from './context';
import { readTitleClaims } from './titles';

const startVerbs = /\b(?:took office|was sworn in|assumed office|became|was appointed|was named|was confirmed|took over|was promoted to)\b/gi;
const replaceVerbs = /\b(?:replaced|succeeded)\b/gi;
const endVerbs = /\b(?:stepped down|left office|left the post|resigned|retired|was dismissed|was fired|was removed|was ousted|was relieved|was replaced)\b/gi;

/** Whether a stated date agrees with a recorded boundary, at the coarser of the two precisions. */
function agrees(date: ResolvedDate, boundary: DaySpan | undefined, approximate: boolean): boolean {
  if (!boundary) return false;
  const first = date.day ?? date.firstDay;
  const last = date.day ?? date.lastDay;
  if (first === undefined || last === undefined) return true;
  const margin = approximate ? 31 : 1;
  return first <= boundary.last + margin && last >= boundary.first - margin;
}

const termWords = /\b(?:took|sworn|assumed|became|appointed|named|confirmed|promoted|replaced|succeeded|stepped|left|resigned|retired|dismissed|fired|removed|ousted|relieved)\b/i;

export function readTermClaims(ctx: Context, s: SentenceView): RawFinding[] {
  const out: RawFinding[] = [];
  if (!termWords.test(s.text) || !s.dates.length) return out;
  for (const [pattern, side] of [[startVerbs, 'start'], [endVerbs, 'end'], [replaceVerbs, 'replace']] as const) {
    for (const m of s.text.matchAll(pattern)) {
      const at = s.start + m.index!;
      const verbEnd = at + m[0].length;
      const date = s.dates.find((d) => d.start >= verbEnd && (d.day !== undefined || d.firstDay !== undefined));
      if (!date) continue;
      const subject = subjectOf(ctx, s, at);
      if (side === 'replace') {
        const object = s.mentions.find((o) => o.start >= verbEnd && s.text.slice(verbEnd - s.start, o.start - s.start).trim() === '');
        const replaced = object && checkReplacement(ctx, s, date, object, subject, verbEnd);
        if (replaced) out.push(replaced);
        continue;
      }
      if (!subject) continue;
      const offices = officesNamed(s, subject, verbEnd, date.start);
      const claimedFirst = date.day ?? date.firstDay!;
      const claimedLast = date.day ?? date.lastDay!;
      // With no office named, only terms that began or ended within a year of the date are in question.
      const near = (t: TermInfo) => {
        const boundary = side === 'start' ? t.start : t.end;
        return !!boundary && boundary.last >= claimedFirst - 366 && boundary.first <= claimedLast + 366;
      };
      const terms = (ctx.index.termsByPerson.get(subject.person) ?? []).filter((t) =>
        offices ? offices.has(t.term.office) : near(t) && (ctx.index.offices.get(t.term.office)?.kind ?? 'office') === 'office');
      if (!terms.length) continue;
      if (side === 'start') {
        if (terms.some((t) => !t.start || agrees(date, t.start, !!t.term.approximate) || agrees(date, t.announced, false))) continue;
        out.push(report(ctx, date, subject.person, terms, 'start'));
      } else {
        if (terms.some((t) => t.term.endUnknown || (t.end && agrees(date, t.end, !!t.term.approximate)))) continue;
        out.push(report(ctx, date, subject.person, terms, 'end'));
      }
    }
  }
  return out;
}

/** Who a term verb is about: the last person named before it, or "He"/"She" for the last one named just before. */
function subjectOf(ctx: Context, s: SentenceView, at: number): Mention | undefined {
  const named = s.mentions.filter((m) => m.end <= at).at(-1);
  if (named) return named;
  if (!/^\s*(?:he|she)\b/i.test(s.text)) return undefined;
  const previous = ctx.sentences.at(s.index - 1);
  return previous && previous.paragraph === s.paragraph ? previous.mentions.at(-1) : undefined;
}

/** The office a term claim is about: a title after the verb, or the subject's own title in the sentence. */
function officesNamed(s: SentenceView, subject: Mention, from: number, to: number): Set<string> | undefined {
  const title = s.titles.find((t) => s.base + s.tokens.start(t.first) >= from && s.base + s.tokens.start(t.first) < to);
  if (title) return new Set(title.offices);
  const own = readTitleClaims(s).find((c) => c.mention === subject && c.offices !== 'counterpart');
  return own && own.offices !== 'counterpart' ? new Set(own.offices) : undefined;
}

function checkReplacement(ctx: Context, s: SentenceView, date: ResolvedDate, object: Mention, subject: Mention | undefined, verbEnd: number): RawFinding | undefined {
  const named = officesNamed(s, object, verbEnd, s.end);
  const ended = (ctx.index.termsByPerson.get(object.person) ?? []).filter((t) => (!named || named.has(t.term.office)) && (ctx.index.offices.get(t.term.office)?.kind ?? 'office') === 'office');
  if (!ended.length || ended.some((t) => t.term.endUnknown || !t.end)) {
    if (!ended.some((t) => t.end)) return undefined;
  }
  if (ended.some((t) => t.end && agrees(date, t.end, !!t.term.approximate))) return undefined;
  if (subject && ended.some((t) => (ctx.index.termsByPerson.get(subject.person) ?? []).some((u) => u.term.office === t.term.office && agrees(date, u.start, !!u.term.approximate)))) return undefined;
  return report(ctx, date, object.person, ended.filter((t) => t.end), 'end');
}

function report(ctx: Context, date: ResolvedDate, person: string, terms: TermInfo[], side: 'start' | 'end'): RawFinding {
  const describe = (t: TermInfo) => {
    const title = ctx.index.offices.get(t.term.office)!.title;
    if (side === 'start') {
      return `${title} from ${t.start ? showSpan(t.start) : 'an unrecorded date'}${t.announced ? ` (announced ${showSpan(t.announced)})` : ''}`;
    }
    return t.end ? `${title} until ${showSpan(t.end)}` : `${title}, still held when the record was compiled`;
  };
  const boundaries = terms.map((t) => (side === 'start' ? t.start : t.end)).filter((b): b is DaySpan => !!b);
  const fixes: Fix[] = [];
  if (boundaries.length === 1 && boundaries[0]!.precision === 'day' && date.day !== undefined) {
    const newText = reformatDate(date, boundaries[0]!.first);
    if (newText) fixes.push({ title: `Change to "${newText}"`, newText });
  }
  return {
    code: 'term-date-conflict',
    start: date.start,
    end: date.end,
    message: `The record has ${nameOf(ctx, person)} as ${terms.map(describe).join('; ')}.`,
    sourceIds: terms.flatMap((t) => t.term.sources),
    fixes,
  };
}
