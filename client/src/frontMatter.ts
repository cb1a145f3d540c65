// Setting a Markdown draft's `date:` in its front matter. Pure text in, one edit out, so it is
// tested without an editor.

export interface TextChange {
  /** Offsets into the text (UTF-16 code units): the range to replace. */
  start: number;
  end: number;
  newText: string;
}

const opening = /^(\uFEFF?)---[ \t]*(\r?\n)/;

/** The edit that makes the front matter say `date: <date>`: the value replaced, the key added, or front matter added. */
export function setFrontMatterDate(text: string, date: string): TextChange {
  const open = opening.exec(text);
  if (!open) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { start: at, end: at, newText: `---${eol}date: ${date}${eol}---${eol}${eol}` };
  }
  const eol = open[2]!;
  const bodyStart = open[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(bodyStart));
  if (!close) {
    // An opening line with no closing one is not front matter: add a block of our own above it.
    return { start: open[1]!.length, end: open[1]!.length, newText: `---${eol}date: ${date}${eol}---${eol}${eol}` };
  }
  const bodyEnd = bodyStart + close.index;
  const body = text.slice(bodyStart, bodyEnd);
  // A top-level `date:` key; its value runs to the end of the line (a trailing comment is dropped with it).
  const key = /^date[ \t]*:[ \t]*(["']?)[^\r\n]*$/m.exec(body);
  if (key) {
    const valueStart = bodyStart + key.index + key[0].indexOf(':') + 1;
    const quote = key[1]!;
    return { start: valueStart, end: bodyStart + key.index + key[0].length, newText: ` ${quote}${date}${quote}` };
  }
  return { start: bodyEnd, end: bodyEnd, newText: `date: ${date}${eol}` };
}
