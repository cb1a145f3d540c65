// The report: a readable table with each target beside its figure, or JSON.
import { met, type Row, valueOf } from './stats';

const fmt = (v: number | undefined, unit: string): string => {
  if (v === undefined || Number.isNaN(v)) return '';
  const digits = unit === '×' ? 1 : v < 1 ? 3 : v < 10 ? 2 : v < 1000 ? 1 : 0;
  return v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
};

function targetText(row: Row): string {
  if (!row.target) return '';
  const parts = [];
  if (row.target.max !== undefined) parts.push(`≤ ${fmt(row.target.max, row.unit)}`);
  if (row.target.min !== undefined) parts.push(`≥ ${fmt(row.target.min, row.unit)}`);
  return `${parts.join(' ')} ${row.unit}${row.target.on ? ` on ${row.target.on}` : ''}`;
}

function statusText(row: Row): string {
  const ok = met(row);
  return ok === undefined ? '' : ok ? 'met' : 'MISSED';
}

export function table(rows: Row[]): string {
  const header = ['', 'measure', 'median', 'min', 'max', 'unit', 'target', 'status', ''];
  const lines: string[][] = [];
  let group = '';
  for (const r of rows) {
    const s = typeof r.value === 'object' ? r.value : undefined;
    const value = valueOf(r);
    lines.push([
      r.group === group ? '' : r.group,
      r.name,
      value === undefined ? '—' : fmt(value, r.unit),
      s ? fmt(s.min, r.unit) : '',
      s ? fmt(s.max, r.unit) : '',
      value === undefined ? '' : r.unit,
      targetText(r),
      value === undefined ? 'n/a' : statusText(r),
      value === undefined ? (r.note ?? 'not available') : '',
    ]);
    group = r.group;
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const right = new Set([2, 3, 4]);
  const render = (cells: string[]) =>
    cells
      .map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const notes = rows.filter((r) => r.note && valueOf(r) !== undefined).map((r) => `  ${r.group} / ${r.name}: ${r.note}`);
  return [render(header), widths.slice(0, -1).map((w) => '-'.repeat(w)).join('  '), ...lines.map(render), ...(notes.length ? ['', 'Notes:', ...notes] : [])].join('\n');
}

export function json(rows: Row[], meta: Record<string, unknown>): string {
  return JSON.stringify({ ...meta, rows: rows.map((r) => ({ ...r, met: met(r) })) }, null, 2);
}
