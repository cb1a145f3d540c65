// The corpus of broken record files (test/fixtures/broken-records/) and its table of expected
// problems, shared by the CLI and core tests and the language server's protocol test.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export const corpus = path.resolve(__dirname, '..', 'fixtures', 'broken-records');

export interface ExpectedProblem {
  message: string;
  /** One-based, as the CLI prints it. */
  line: number;
  column: number;
}

/** File name → where its problems are found and what they are. */
export const expected: Record<string, { stage: 'load' | 'merge'; problems: ExpectedProblem[] }> = JSON.parse(
  readFileSync(path.join(corpus, 'expected.json'), 'utf8'),
);

export const corpusFiles = readdirSync(corpus)
  .filter((name) => name.endsWith('.json') && name !== 'expected.json')
  .sort();

/** A record file's text as the CLI and the server read it: UTF-8, without a byte-order mark. */
export const readRecord = (file: string): string => {
  const text = readFileSync(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};

/**
 * A valid record of `bytes` characters (about 136,000 sources for 20 MB) whose last source has
 * the date 2024-13-45; returns the text and where that date is.
 */
export function hugeRecord(bytes: number): { text: string; problem: ExpectedProblem } {
  const lines: string[] = ['{', '  "sources": {'];
  let size = 20;
  for (let i = 0; size < bytes; i++) {
    const line = `    "desk-${String(i).padStart(7, '0')}": { "publisher": "Our newsroom", "title": "Desk notes number ${i} on the calls between the defence ministers", "date": "2024-07-12" },`;
    lines.push(line);
    size += line.length + 1;
  }
  const last = '    "desk-last": { "publisher": "Our newsroom", "title": "The last desk note", "date": "2024-13-45" }';
  lines.push(last, '  }', '}', '');
  return {
    text: lines.join('\n'),
    problem: {
      message: 'sources.desk-last.date: "2024-13-45" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)',
      line: lines.length - 3,
      column: last.indexOf('"2024-13-45"') + 1,
    },
  };
}
