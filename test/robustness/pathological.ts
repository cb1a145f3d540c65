// Adversarial drafts of a given size: long runs of what regular expressions, the sentence
// splitter and the name matcher might backtrack or rescan on. Shared by the linear-time test
// (1 MB each) and the benchmark, which times them.

/** `unit` repeated to `size` characters (cut at a code unit), with `tail` after it. */
const run = (unit: string, size: number, tail = '') => unit.repeat(Math.ceil((size - tail.length) / unit.length)).slice(0, size - tail.length) + tail;

export interface PathologicalDraft {
  name: string;
  /** The language it is checked as (the Markdown reader runs on every one regardless). */
  languageId: 'markdown' | 'plaintext';
  text: string;
}

export function pathologicalDrafts(size: number): PathologicalDraft[] {
  const drafts: [string, 'markdown' | 'plaintext', string][] = [
    ['capitals', 'plaintext', run('A', size)],
    ['capitalised words', 'plaintext', run('Defence Minister Lloyd Sergei Austin Shoigu ', size)],
    ['digits', 'plaintext', run('1', size)],
    ['digits and separators', 'plaintext', run('12/05-2022 ', size)],
    ['"Gen. Gen. Gen."', 'plaintext', run('Gen. ', size)],
    ['straight quotes', 'plaintext', run('"', size)],
    ['curly quotes', 'plaintext', run('“', size)],
    ['"<!--"', 'markdown', run('<!--', size)],
    ['"<!--" closed at the end', 'markdown', run('<!--', size, '-->')],
    ['backticks', 'markdown', run('`', size)],
    ['backticks and words', 'markdown', run('`` a ', size)],
    ['spaces', 'markdown', run(' ', size)],
    ['spaces, then a word', 'markdown', run(' ', size, 'Austin')],
    ['spaces and dots', 'plaintext', run(' .', size)],
    ['dots', 'plaintext', run('.', size)],
    ['tabs and blank lines', 'markdown', run('\t\n', size)],
    ['link openings "]("', 'markdown', run('](', size)],
    ['"[" lines, one "]:" at the end', 'markdown', run('[a\n', size, ']: x')],
    ['HTML tag openings', 'markdown', run('<a ', size)],
    ['URL starts', 'markdown', run('http://', size)],
    ['short lines with \\n', 'plaintext', run('Word\n', size)],
    ['short lines with \\r', 'plaintext', run('Word\r', size)],
    ['weekdays', 'plaintext', run('Friday ', size)],
    ['dates', 'plaintext', run('May 12, 2022 ', size)],
    ['one sentence of claims', 'plaintext', run('Defence Minister Sergei Shoigu spoke with his Russian counterpart Llyod Austin on Friday, July 12 — ', size)],
    ['possessives', 'plaintext', run("Austin's ", size)],
    ['lone surrogates', 'plaintext', run('\ud800', size)],
    ['emoji', 'plaintext', run('😀', size)],
  ];
  return drafts.map(([name, languageId, text]) => ({ name, languageId, text }));
}
