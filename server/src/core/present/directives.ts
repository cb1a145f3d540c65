// Writing the directive comments that `read/markdown.ts` reads.
import type { FindingCode, TextEdit } from '../api';

/**
 * Inserts `<!-- readout-disable-next-line code -->` above the line where `offset` is, with that
 * line's indentation and the draft's line ending. Markdown only: plain text has no comments.
 */
export function disableNextLine(text: string, languageId: string | undefined, offset: number, code: FindingCode): TextEdit | undefined {
  if (languageId !== 'markdown') return undefined;
  let lineStart = Math.max(0, Math.min(offset, text.length));
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const blank = /[ \t]*/y;
  blank.lastIndex = lineStart;
  const indent = blank.exec(text)?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: lineStart, end: lineStart, newText: `${indent}<!-- readout-disable-next-line ${code} -->${eol}` };
}
