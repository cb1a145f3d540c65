// Date findings: a weekday that is not the date's, and relative dates that
// cannot be resolved.
import type { ResolvedDate } from '../read/resolveDates';
import type { SentenceView } from '../read/sentences';
import { monthNames, weekdayNames, weekdayOf, ymd } from '../text/dates';
import type { Context, RawFinding } from './context';

export function readDateClaims(ctx: Context, s: SentenceView): RawFinding[] {
  const out: RawFinding[] = [];
  // A year-less date's year taken from a reference date that is itself inferred is a guess: its weekday may be the writer's year's.
  const guessed = (d: ResolvedDate) => d.kind === 'yearless' && ctx.ref?.source === 'inferred' && /^the (?:most recent|coming)\b/.test(d.how ?? '');
  for (const d of s.dates) {
    if (d.weekday !== undefined && d.day !== undefined && (d.kind === 'absolute' || d.kind === 'yearless') && weekdayOf(d.day) !== d.weekday && !guessed(d)) {
      const { year, month, day } = ymd(d.day);
      const actual = weekdayNames[weekdayOf(d.day)]!;
      const written = ctx.doc.text.slice(d.weekdayStart!, d.weekdayEnd!);
      // In the writer's form: "Thu" → "Wed", "Thursday" → "Wednesday".
      const form = written.length <= 5 ? actual.slice(0, 3) : actual;
      const newText = /^\p{Lu}/u.test(written) ? form : form.toLowerCase();
      out.push({
        code: 'weekday-mismatch',
        start: d.weekdayStart!,
        end: d.weekdayEnd!,
        message: `${day} ${monthNames[month - 1]} ${year} was a ${actual}, not a ${weekdayNames[d.weekday]}${d.kind === 'yearless' ? ` (the year from ${d.how})` : ''}.`,
        sourceIds: [],
        fixes: [{ title: `Change to "${newText}"`, newText }],
      });
    }
    if (!ctx.ref && (d.kind === 'weekday' || d.kind === 'relative' || (d.kind === 'yearless' && d.day === undefined))) {
      out.push({
        code: 'unresolved-date',
        start: d.start,
        end: d.end,
        message: `"${d.text}" cannot be resolved: the draft has no reference date. Add "date:" to the front matter, a dateline, or set readout.referenceDate.`,
        sourceIds: [],
        fixes: [],
      });
    }
  }
  return out;
}
