// Reading a draft: everything that is not prose (front matter, code, link
// targets, URLs, HTML) is blanked out with spaces so that offsets never move.

export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Codes named in the directive; empty means every code. */
  codes: string[];
  start: number;
  end: number;
}

export interface Prose {
  /** The draft with non-prose blanked out, same length as the draft. */
  text: string;
  frontMatter?: { date?: { value: string; start: number; end: number } };
  directives: Directive[];
}

function blankRange(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

const directivePattern = /^\s*readout-(disable-next-line|disable|enable)\b([^]*)$/;

function readDirective(body: string, start: number, end: number): Directive | undefined {
  const m = directivePattern.exec(body);
  if (!m) return undefined;
  const codes = m[2]!.split(/[\s,]+/).filter((c) => /^[a-z]+(-[a-z]+)*$/.test(c));
  return { kind: m[1] as Directive['kind'], codes, start, end };
}

const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>()\[\]"']+/g;

/** Reads plain text: only URLs and directive comments are not prose. */
export function readPlainText(text: string): Prose {
  const chars = text.split('');
  const directives: Directive[] = [];
  blankComments(text, chars, directives);
  for (const m of text.matchAll(urlPattern)) blankRange(chars, m.index!, m.index! + m[0].length);
  return { text: chars.join(''), directives };
}

function blankComments(text: string, chars: string[], directives: Directive[]): void {
  const commentPattern = /<!--([^]*?)(?:-->|$)/g;
  for (const m of text.matchAll(commentPattern)) {
    const start = m.index!;
    const end = start + m[0].length;
    const directive = readDirective(m[1]!, start, end);
    if (directive) directives.push(directive);
    blankRange(chars, start, end);
  }
}

const frontMatterPattern = /^(?:\uFEFF)?---[ \t]*\r?\n([^]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const frontMatterDatePattern = /^date:[ \t]*["']?(\d{4}-\d{2}-\d{2})/m;

export function readMarkdown(text: string): Prose {
  const chars = text.split('');
  const directives: Directive[] = [];
  const prose: Prose = { text: '', directives };

  const fm = frontMatterPattern.exec(text);
  if (fm) {
    const bodyStart = fm[0].indexOf(fm[1]!);
    const date = frontMatterDatePattern.exec(fm[1]!);
    if (date) {
      const start = bodyStart + date.index + date[0].length - date[1]!.length;
      prose.frontMatter = { date: { value: date[1]!, start, end: start + date[1]!.length } };
    } else {
      prose.frontMatter = {};
    }
    blankRange(chars, 0, fm[0].length);
  }
  const bodyStart = fm ? fm[0].length : 0;

  blankCodeBlocks(text, chars, bodyStart);
  // Comments before inline code: a directive may sit anywhere outside code blocks.
  blankCommentsOutsideCode(text, chars, directives);
  blankInline(chars);
  prose.text = chars.join('');
  return prose;
}

function blankCodeBlocks(text: string, chars: string[], from: number): void {
  const linePattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  linePattern.lastIndex = from;
  let fence: string | undefined;
  let fenceStart = 0;
  let previousBlank = true;
  let m: RegExpExecArray | null;
  while ((m = linePattern.exec(text)) && m[0].length > 0) {
    const line = m[0].replace(/[\r\n]+$/, '');
    const start = m.index;
    const end = start + m[0].length;
    if (fence) {
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') {
        blankRange(chars, fenceStart, end);
        fence = undefined;
      }
    } else {
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (open) {
        fence = open[1];
        fenceStart = start;
      } else if (previousBlank && /^(?: {4}|\t)/.test(line) && line.trim() !== '') {
        blankRange(chars, start, end); // an indented code block line
        previousBlank = true;
        continue;
      }
    }
    previousBlank = line.trim() === '';
  }
  if (fence) blankRange(chars, fenceStart, text.length);
}

function blankCommentsOutsideCode(text: string, chars: string[], directives: Directive[]): void {
  const current = chars.join('');
  const commentPattern = /<!--([^]*?)(?:-->|$)/g;
  for (const m of current.matchAll(commentPattern)) {
    const start = m.index!;
    const end = start + m[0].length;
    const directive = readDirective(text.slice(start + 4, end).replace(/-->$/, ''), start, end);
    if (directive) directives.push(directive);
    blankRange(chars, start, end);
  }
}

function blankInline(chars: string[]): void {
  const text = chars.join('');
  const patterns: RegExp[] = [
    /(`+)[^`]*?\1/g, // inline code
    /\]\([^)\s]*(?:\s+"[^"]*")?\)/g, // link and image targets: ](url "title")
    /^ {0,3}\[[^\]]+\]:\s*\S+.*$/gm, // reference definitions
    /<(?:https?:|mailto:)[^>\s]*>/g, // autolinks
    /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, // HTML tags
    urlPattern,
  ];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) blankRange(chars, m.index!, m.index! + m[0].length);
  }
}
