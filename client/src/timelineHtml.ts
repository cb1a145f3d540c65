// A person's timeline as one static HTML page: an SVG with a bar per term, a dot per call and
// a line at the draft's reference date, then the same facts as lists. No script: the webview
// only shows it. Pure, so it is tested without an editor.
import { MS_PER_DAY, parsePartialDate, weekdayOf } from '../../server/src/shared/dates';
import type { TimelineResult } from '../../server/src/shared/protocol';

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** First and last day (UTC ms) of a partial date: "2024" → the year, "2024-05" → the month. */
export function daySpan(partial: string): { first: number; last: number } | undefined {
  const span = parsePartialDate(partial);
  return span && { first: span.first * MS_PER_DAY, last: span.last * MS_PER_DAY };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "Fri 2022-10-21" for a full date; the partial date as it is otherwise. */
export function showDate(partial: string): string {
  const span = parsePartialDate(partial);
  return span?.precision === 'day' ? `${weekdays[weekdayOf(span.first)]} ${partial}` : partial;
}

function termLabel(term: TimelineResult['terms'][number], asOf: string | undefined): string {
  const from = term.start ?? '…';
  const to = term.end ?? (term.endUnknown ? '?' : asOf ? `present (record as of ${asOf})` : 'present');
  const approximate = term.approximate ? ' (approximate)' : '';
  return `${from} – ${to}${approximate}`;
}

export interface TimelinePage {
  /** The webview's `cspSource`: the page loads nothing, so only inline styles are allowed. */
  cspSource: string;
}

export function renderTimeline(data: TimelineResult, page: TimelinePage): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${page.cspSource}; style-src 'unsafe-inline';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(data.name)}</title>
<style>
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1.5em 2em; }
  h1 { font-size: 1.4em; margin-bottom: 0.2em; }
  .description { color: var(--vscode-descriptionForeground); margin-top: 0; }
  svg { width: 100%; height: auto; overflow: visible; }
  svg text { fill: var(--vscode-foreground); font-size: 11px; }
  .axis { stroke: var(--vscode-editorRuler-foreground, #888); }
  .term { fill: var(--vscode-charts-blue, #3794ff); }
  .term.rank { fill: var(--vscode-charts-purple, #b180d7); }
  .term.uncertain { opacity: 0.45; }
  .attested { fill: var(--vscode-charts-blue, #3794ff); }
  .call { fill: var(--vscode-charts-orange, #d18616); }
  .reference { stroke: var(--vscode-charts-red, #f14c4c); stroke-dasharray: 4 3; }
  .muted { color: var(--vscode-descriptionForeground); }
  table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
  td, th { text-align: left; padding: 0.2em 1em 0.2em 0; vertical-align: top; }
  td.date { white-space: nowrap; }
</style>
</head>
<body>
<h1>${escapeHtml(data.name)}</h1>
<p class="description">${escapeHtml(data.description)}</p>
${timelineSvg(data)}
<h2>Terms and ranks</h2>
${data.terms.length ? termTable(data) : '<p class="muted">No terms recorded.</p>'}
<h2>Recorded calls</h2>
${data.calls.length ? callTable(data) : '<p class="muted">No calls recorded.</p>'}
<h2>Sources</h2>
${sourceList(data)}
</body>
</html>`;
}

function termTable(data: TimelineResult): string {
  const rows = data.terms.map((t) => {
    const attested = t.attested.length ? ` <span class="muted">(attested ${t.attested.map(escapeHtml).join(', ')})</span>` : '';
    const confidence = t.confidence === 'high' ? '' : ` <span class="muted">(${escapeHtml(t.confidence)} confidence)</span>`;
    return `<tr><td>${escapeHtml(t.title)}${t.kind === 'rank' ? ' <span class="muted">(rank)</span>' : ''}</td><td>${escapeHtml(termLabel(t, data.asOf))}${attested}${confidence}</td></tr>`;
  });
  return `<table><tr><th>Office or rank</th><th>Held</th></tr>${rows.join('')}</table>`;
}

function callTable(data: TimelineResult): string {
  const rows = data.calls.map((c) => {
    const by = c.initiator ? escapeHtml(c.initiator) : '<span class="muted">not recorded</span>';
    const notes = c.notes ? `<br><span class="muted">${escapeHtml(c.notes)}</span>` : '';
    return `<tr><td class="date">${escapeHtml(showDate(c.date))}</td><td>${c.with.map(escapeHtml).join(', ')}${notes}</td><td>${by}</td></tr>`;
  });
  return `<table><tr><th>Date</th><th>With</th><th>Initiated by</th></tr>${rows.join('')}</table>`;
}

function sourceList(data: TimelineResult): string {
  if (!data.sources.length) return '<p class="muted">None.</p>';
  const items = data.sources.map((s) => {
    const text = [s.publisher, s.title ? `“${s.title}”` : '', s.date ?? ''].filter(Boolean).map(escapeHtml).join(', ');
    // Addresses are shown, not linked: the page opens nothing.
    return `<li>${text}${s.url ? ` <span class="muted">${escapeHtml(s.url)}</span>` : ''}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/** The picture: one row per term, a row of calls, year ticks, and the reference date. */
function timelineSvg(data: TimelineResult): string {
  const asOfDay = data.asOf ? daySpan(data.asOf)?.last : undefined;
  const spans = data.terms.map((t) => ({ term: t, start: t.start ? daySpan(t.start) : undefined, end: t.end ? daySpan(t.end) : undefined }));
  const days: number[] = [];
  for (const s of spans) {
    if (s.start) days.push(s.start.first);
    if (s.end) days.push(s.end.last);
    for (const a of s.term.attested) days.push(daySpan(a)?.first ?? NaN);
  }
  for (const c of data.calls) days.push(daySpan(c.date)?.first ?? NaN);
  const reference = data.referenceDate ? daySpan(data.referenceDate)?.first : undefined;
  if (reference !== undefined) days.push(reference);
  if (asOfDay !== undefined) days.push(asOfDay);
  const known = days.filter((d) => Number.isFinite(d));
  if (known.length === 0) return '<p class="muted">Nothing dated to draw.</p>';

  // The axis starts a year before the first date at the latest, and ends at the record's date.
  const firstYear = new Date(Math.min(...known)).getUTCFullYear();
  const lastYear = new Date(Math.max(...known)).getUTCFullYear() + 1;
  const from = Date.UTC(firstYear, 0, 1);
  const to = Date.UTC(lastYear, 0, 1);
  const width = 800;
  const left = 230;
  const rowHeight = 22;
  const x = (day: number) => left + ((day - from) / (to - from)) * (width - left);
  const rows = spans.length + 1;
  const height = rows * rowHeight + 30;
  const out: string[] = [];

  for (let year = firstYear; year <= lastYear; year++) {
    const at = x(Date.UTC(year, 0, 1));
    out.push(`<line class="axis" x1="${at}" x2="${at}" y1="0" y2="${rows * rowHeight}" stroke-opacity="0.3"/>`);
    out.push(`<text x="${at}" y="${rows * rowHeight + 16}" text-anchor="middle">${year}</text>`);
  }
  spans.forEach(({ term, start, end }, i) => {
    const y = i * rowHeight;
    out.push(`<text x="0" y="${y + 15}">${escapeHtml(shorten(term.title))}</text>`);
    const barStart = start ? start.first : from;
    const barEnd = end ? end.last : term.endUnknown ? (start ? start.last : from) : (asOfDay ?? to);
    const uncertain = !start || (!end && term.endUnknown) || term.approximate || term.confidence !== 'high';
    if (start || end || !term.attested.length) {
      const classes = ['term', term.kind === 'rank' ? 'rank' : '', uncertain ? 'uncertain' : ''].filter(Boolean).join(' ');
      out.push(`<rect class="${classes}" x="${x(barStart)}" y="${y + 5}" width="${Math.max(3, x(barEnd) - x(barStart))}" height="12" rx="3"><title>${escapeHtml(`${term.title}: ${termLabel(term, data.asOf)}`)}</title></rect>`);
    }
    for (const attested of term.attested) {
      const day = daySpan(attested)?.first;
      if (day !== undefined) out.push(`<circle class="attested" cx="${x(day)}" cy="${y + 11}" r="4"><title>${escapeHtml(`${term.title}: attested ${attested}`)}</title></circle>`);
    }
  });
  const callsY = spans.length * rowHeight;
  out.push(`<text x="0" y="${callsY + 15}">Calls (${data.calls.length})</text>`);
  for (const call of data.calls) {
    const day = daySpan(call.date)?.first;
    if (day === undefined) continue;
    const title = `${showDate(call.date)}: with ${call.with.join(', ')}${call.initiator ? `, initiated by ${call.initiator}` : ''}`;
    out.push(`<circle class="call" cx="${x(day)}" cy="${callsY + 11}" r="5"><title>${escapeHtml(title)}</title></circle>`);
  }
  if (reference !== undefined) {
    const at = x(reference);
    out.push(`<line class="reference" x1="${at}" x2="${at}" y1="0" y2="${rows * rowHeight}"><title>The draft's reference date, ${escapeHtml(data.referenceDate!)}</title></line>`);
  }
  const summary = `Timeline of ${data.name}: ${data.terms.length} terms and ranks, ${data.calls.length} recorded calls`;
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(summary)}">${out.join('')}</svg>`;
}

function shorten(title: string): string {
  return title.length > 34 ? `${title.slice(0, 33)}…` : title;
}
