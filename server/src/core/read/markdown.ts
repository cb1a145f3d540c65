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

type Span = [start: number, end: number];

/** The text with the spans replaced by spaces (line breaks kept), built in one pass. */
function blankSpans(text: string, spans: Span[]): string {
  if (!spans.length) return text;
  spans.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    parts.push(text.slice(at, from), text.slice(from, end).replace(/[^\r\n]/g, ' '));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

const directivePattern = /^\s*readout-(disable-next-line|disable|enable)\b([^]*)$/;

function readDirective(body: string, start: number, end: number): Directive | undefined {
  const m = directivePattern.exec(body);
  if (!m) return undefined;
  const codes = m[2]!.split(/[\s,]+/).filter((c) => /^[a-z]+(-[a-z]+)*$/.test(c));
  return { kind: m[1] as Directive['kind'], codes, start, end };
}

const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>()\[\]"']+/g;

/**
 * Reads plain text: only front matter, URLs and directive comments are not prose. Front matter
 * is known by its content, not the file's language: editors open Markdown drafts as text too.
 */
export function readPlainText(text: string): Prose {
  const directives: Directive[] = [];
  const prose: Prose = { text: '', directives };
  const spans = text.includes('<!--') ? readComments(text, directives) : [];
  const fm = readFrontMatter(text, prose);
  if (fm) spans.push(fm);
  for (const m of text.matchAll(urlPattern)) spans.push([m.index!, m.index! + m[0].length]);
  prose.text = blankSpans(text, spans);
  return prose;
}

/** HTML comments as spans to blank, with the directives among them. */
function readComments(text: string, directives: Directive[]): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/<!--([^]*?)(?:-->|$)/g)) {
    const span: Span = [m.index!, m.index! + m[0].length];
    const directive = readDirective(m[1]!, span[0], span[1]);
    if (directive) directives.push(directive);
    spans.push(span);
  }
  return spans;
}

const frontMatterPattern = /^(?:\uFEFF)?---[ \t]*(?:\r\n|\r|\n)([^]*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/;
const frontMatterDatePattern = /^date:[ \t]*["']?(\d{4}-\d{2}-\d{2})/m;

/** The front matter at the head of the draft, if any: its span, with its `date:` noted in `prose`. */
function readFrontMatter(text: string, prose: Prose): Span | undefined {
  const fm = frontMatterPattern.exec(text);
  if (!fm) return undefined;
  const bodyStart = fm[0].indexOf(fm[1]!);
  const date = frontMatterDatePattern.exec(fm[1]!);
  if (date) {
    const start = bodyStart + date.index + date[0].length - date[1]!.length;
    prose.frontMatter = { date: { value: date[1]!, start, end: start + date[1]!.length } };
  } else {
    prose.frontMatter = {};
  }
  return [0, fm[0].length];
}

export function readMarkdown(text: string): Prose {
  const directives: Directive[] = [];
  const prose: Prose = { text: '', directives };
  const spans: Span[] = [];

  const fm = readFrontMatter(text, prose);
  if (fm) spans.push(fm);
  spans.push(...readCodeBlocks(text, fm ? fm[1] : 0));
  // Comments outside code blocks: a directive may sit anywhere else. Each pass blanks a copy of
  // the draft only where the draft has what it looks for: most drafts have none of it.
  if (text.includes('<!--')) spans.push(...readComments(blankSpans(text, [...spans]), directives));
  const inline = inlinePatterns.filter(([, needed]) => text.includes(needed));
  const withoutComments = inline.length ? blankSpans(text, [...spans]) : '';
  for (const [pattern, needed] of inline) {
    if (!withoutComments.includes(needed)) continue;
    for (const m of withoutComments.matchAll(pattern)) spans.push([m.index!, m.index! + m[0].length]);
  }
  prose.text = blankSpans(text, spans);
  return prose;
}

/** What every code block has, found by substring (a pattern would try every offset): a fence, or a line indented by four spaces or a tab. */
const codeCues = ['```', '~~~', '\n    ', '\n\t', '\r    ', '\r\t'];
const mayHaveCode = (text: string): boolean => codeCues.some((cue) => text.includes(cue)) || /^(?: {4}|\t)/.test(text);

function readCodeBlocks(text: string, from: number): Span[] {
  const spans: Span[] = [];
  if (!mayHaveCode(text)) return spans;
  const linePattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  linePattern.lastIndex = from;
  let fence: string | undefined;
  let fenceStart = 0;
  let previousBlank = true;
  let m: RegExpExecArray | null;
  while ((m = linePattern.exec(text)) && m[0].length > 0) {
    const line = m[0].trimEnd();
    const start = m.index;
    const end = start + m[0].length;
    if (fence) {
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') {
        spans.push([fenceStart, end]);
        fence = undefined;
      }
    } else {
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (open) {
        fence = open[1];
        fenceStart = start;
      } else if (previousBlank && /^(?: {4}|\t)/.test(line) && line.trim() !== '') {
        spans.push([start, end]); // an indented code block line
        continue;
      }
    }
    previousBlank = line.trim() === '';
  }
  if (fence) spans.push([fenceStart, text.length]);
  return spans;
}

/** Inline constructs that are not prose, each with a substring it cannot match without. */
const inlinePatterns: [RegExp, string][] = [
  [/(`+)[^`]*?\1/g, '`'], // inline code
  // Link and image targets: ](url "title"). A target never contains "](", so no match
  // attempt scans past the next one: ']('.repeat(n) was quadratic.
  [/\]\((?:[^)\s\]]|\](?!\())*(?:\s+"[^"]*")?\)/g, ']('],
  // Reference definitions. A label has no unescaped bracket, so a scan stops at the next one:
  // thousands of lines starting with "[" and one "]:" at the end were quadratic.
  [/^ {0,3}\[[^\][]+\]:\s*\S+.*$/gm, ']:'],
  [/<(?:https?:|mailto:)[^>\s]*>/g, '<'], // autolinks
  [/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '<'], // HTML tags
  [urlPattern, 'http'],
  [urlPattern, 'www.'],
];
