// The text format's picture of a finding: its line with a caret and tildes under the flagged
// words, and the colours of the text format. Columns count code points, so an emoji or other
// astral character before the finding moves the caret by one, as a terminal shows it.
import type { Finding, Range, Severity } from '../core';

/** ANSI styles; `plain` when colour is off, so callers never test for it. */
export interface Style {
  severity(severity: Severity, text: string): string;
  dim(text: string): string;
}

const ansi = (open: number, text: string): string => `\u001b[${open}m${text}\u001b[0m`;
const severityColor: Record<Severity, number> = { error: 31, warning: 33, information: 36, hint: 2 };

export const colored: Style = { severity: (s, text) => ansi(severityColor[s], text), dim: (text) => ansi(2, text) };
export const plain: Style = { severity: (_s, text) => text, dim: (text) => text };

/**
 * Colour as ESLint and Node decide it: `--color`/`--no-color` first, then FORCE_COLOR
 * (any value but 0 or false turns it on), then NO_COLOR (any non-empty value turns it off),
 * else only when stdout is a terminal.
 */
export function colorWanted(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env['NO_COLOR']) return false;
  return isTTY;
}

/** A longer line is cut to about this many code points around the flagged words, which keep up to `markedWidth`. */
const lineWidth = 120;
const contextWidth = 40;
const markedWidth = 60;

/** The finding's first line and a marker under it, in a gutter of the line's number; neither line ends in a newline. */
export function excerpt(text: string, finding: Pick<Finding, 'start' | 'end' | 'severity'> & { range: Range }, style: Style): string[] {
  const lineStart = Math.max(text.lastIndexOf('\n', finding.start - 1), text.lastIndexOf('\r', finding.start - 1)) + 1;
  const lineEnd = endOfLine(text, finding.start);
  const markedEnd = Math.min(Math.max(finding.end, finding.start), lineEnd);
  let before = codePoints(text.slice(lineStart, finding.start));
  let marked = codePoints(text.slice(finding.start, markedEnd));
  let after = codePoints(text.slice(markedEnd, lineEnd));
  if (before.length + marked.length + after.length > lineWidth) {
    if (before.length > contextWidth) before = ['…', ...before.slice(-contextWidth)];
    if (marked.length > markedWidth) marked = [...marked.slice(0, markedWidth), '…'];
    const room = Math.max(lineWidth - before.length - marked.length, contextWidth);
    if (after.length > room) after = [...after.slice(0, room), '…'];
  }

  const number = String(finding.range.start.line + 1);
  const gutter = (label: string): string => style.dim(`  ${label.padStart(number.length)} | `);
  const indent = before.map((c) => (c === '\t' ? '\t' : ' ')).join('');
  const marker = '^' + '~'.repeat(Math.max(marked.length - 1, 0));
  return [gutter(number) + [...before, ...marked, ...after].join(''), gutter('') + indent + style.severity(finding.severity, marker)];
}

function endOfLine(text: string, from: number): number {
  const cr = text.indexOf('\r', from);
  const lf = text.indexOf('\n', from);
  const ends = [cr, lf].filter((i) => i >= 0);
  return ends.length > 0 ? Math.min(...ends) : text.length;
}

/** The text's code points, control characters (but tabs) shown as U+FFFD so that a draft cannot steer the terminal. */
function codePoints(text: string): string[] {
  return [...text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd')];
}
