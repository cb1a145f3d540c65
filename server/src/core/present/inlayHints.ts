import type { InlayHint } from '../api';
import type { Analysis } from '../check';
import { isoDay } from '../text/dates';

/** After each relative or year-less date between two offsets, the day it was resolved to. */
export function inlayHints(analysis: Analysis, from: number, to: number): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const s of analysis.ctx.sentences.within(from, to)) {
    for (const d of s.dates) {
      if (d.day === undefined || d.kind === 'absolute' || d.end < from || d.end > to) continue;
      hints.push({ offset: d.end, label: isoDay(d.day), tooltip: `Resolved as ${d.how ?? ''}`.trim() });
    }
  }
  return hints;
}
