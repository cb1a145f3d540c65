// The evaluation corpus: drafts in many styles, each carrying what Readout should flag in
// comments of its own (see test/eval/README.md), and a scorer for precision and recall.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Checker, CheckOptions, Finding, FindingCode } from '../../server/src/core';

export const draftsDir = path.resolve(__dirname, 'drafts');

/** What a draft line says Readout must flag: a code on the words quoted. */
export interface Expectation {
  file: string;
  /** Zero-based line in the draft. */
  line: number;
  code: FindingCode;
  words: string;
  /** The fix the finding must offer, when the draft names one. */
  fix?: string;
}

export interface Draft {
  file: string;
  /** The draft with its expectation comments removed, as Readout reads it. */
  text: string;
  options: CheckOptions;
  expected: Expectation[];
}

const expectComment = /<!--\s*expect:(.*?)-->/g;
const dateComment = /<!--\s*eval-date:\s*(\d{4}-\d{2}-\d{2})\s*-->\n?/;
const oneExpectation = /^\s*([a-z-]+)\s+"([^"]+)"(?:\s+fix\s+"([^"]*)")?\s*$/;

/** Reads a draft: `<!-- expect: code "words" [fix "new"]; … -->` on a line names that line's findings. */
export function readDraft(file: string, raw: string): Draft {
  const options: CheckOptions = { languageId: file.endsWith('.md') ? 'markdown' : 'plaintext' };
  const date = dateComment.exec(raw);
  if (date) {
    options.referenceDate = date[1]!;
    raw = raw.replace(dateComment, '');
  }
  const expected: Expectation[] = [];
  const lines = raw.split('\n').map((line, n) => {
    for (const m of line.matchAll(expectComment)) {
      for (const part of m[1]!.split(';')) {
        const e = oneExpectation.exec(part);
        if (!e) throw new Error(`${file}:${n + 1}: cannot read the expectation "${part.trim()}" (write: code "words" [fix "new words"])`);
        const expectation: Expectation = { file, line: n, code: e[1] as FindingCode, words: e[2]! };
        if (e[3] !== undefined) expectation.fix = e[3];
        expected.push(expectation);
      }
    }
    return line.replace(expectComment, '').replace(/[ \t]+$/, '');
  });
  for (const e of expected) {
    if (!lines[e.line]!.includes(e.words)) throw new Error(`${file}:${e.line + 1}: "${e.words}" is not on its line`);
  }
  return { file, text: lines.join('\n'), options, expected };
}

export function readCorpus(dir = draftsDir): Draft[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|txt)$/.test(f) && !/(^|\/)README\.md$/.test(f))
    .sort();
  return files.map((f) => readDraft(f, readFileSync(path.join(dir, f), 'utf8')));
}

export interface Outcome {
  /** Findings that match an expectation, and those that match none (false alarms). */
  hits: { finding: Finding; expectation: Expectation; file: string; line: number }[];
  falseAlarms: { finding: Finding; file: string; line: number; words: string }[];
  misses: Expectation[];
  /** Fixes that do not make their line true: the finding stays, or another appears. */
  badFixes: { file: string; line: number; code: FindingCode; fix: string; why: string }[];
  drafts: number;
  sentences: number;
}

const counted = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

/** Where each expectation's words sit in the draft, as offsets. */
function spanOf(text: string, e: Expectation): [number, number] {
  let offset = 0;
  for (let n = 0; n < e.line; n++) offset = text.indexOf('\n', offset) + 1;
  const start = text.indexOf(e.words, offset);
  return [start, start + e.words.length];
}

export function evaluate(checker: Checker, drafts: Draft[]): Outcome {
  const outcome: Outcome = { hits: [], falseAlarms: [], misses: [], badFixes: [], drafts: drafts.length, sentences: 0 };
  for (const draft of drafts) {
    const result = checker.check(draft.text, draft.options);
    outcome.sentences += sentenceCount(draft.text);
    const findings = result.findings.filter(counted);
    const open = draft.expected.map((e) => ({ e, span: spanOf(draft.text, e), hit: false }));
    for (const f of findings) {
      const match = open.find((o) => o.e.code === f.code && f.start < o.span[1] && o.span[0] < f.end);
      const line = lineOf(draft.text, f.start);
      if (match) {
        match.hit = true;
        outcome.hits.push({ finding: f, expectation: match.e, file: draft.file, line });
      } else {
        outcome.falseAlarms.push({ finding: f, file: draft.file, line, words: draft.text.slice(f.start, f.end) });
      }
    }
    for (const o of open) {
      if (!o.hit) outcome.misses.push(o.e);
    }
    for (const hit of outcome.hits.filter((h) => h.file === draft.file)) {
      outcome.badFixes.push(...checkFixes(checker, draft, hit.finding, hit.expectation));
    }
  }
  return outcome;
}

/** The zero-based line of an offset (the drafts end lines with \n). */
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;

/** Applies each of a finding's fixes and reads the draft again: that finding must go and no other appear on its line. */
function checkFixes(checker: Checker, draft: Draft, f: Finding, e: Expectation): Outcome['badFixes'] {
  const bad: Outcome['badFixes'] = [];
  const line = lineOf(draft.text, f.start);
  const before = checker.check(draft.text, draft.options).findings.filter((g) => counted(g) && lineOf(draft.text, g.start) === line && g !== f);
  if (e.fix !== undefined && !f.fixes.some((x) => x.newText === e.fix)) {
    bad.push({ file: draft.file, line, code: f.code, fix: e.fix, why: `not offered (offered: ${f.fixes.map((x) => `"${x.newText}"`).join(', ') || 'none'})` });
  }
  for (const fix of f.fixes) {
    const text = draft.text.slice(0, f.start) + fix.newText + draft.text.slice(f.end);
    const end = f.start + fix.newText.length;
    const after = checker.check(text, draft.options).findings.filter((g) => counted(g) && lineOf(text, g.start) === line);
    const stays = after.find((g) => g.code === f.code && g.start < end && f.start < g.end);
    const added = after.filter((g) => !before.some((b) => b.code === g.code && b.message === g.message) && g !== stays);
    if (stays) bad.push({ file: draft.file, line, code: f.code, fix: fix.newText, why: `the finding stays: ${stays.message}` });
    else if (added.length) bad.push({ file: draft.file, line, code: f.code, fix: fix.newText, why: `a new finding: ${added[0]!.code} ${added[0]!.message}` });
  }
  return bad;
}

const sentenceCount = (text: string) => (text.match(/[.!?](?=\s|$)/g) ?? []).length;

export interface Score {
  code: string;
  expected: number;
  flagged: number;
  hits: number;
  precision: number;
  recall: number;
}

/** Precision and recall per code, and overall (code "all"). */
export function scores(o: Outcome): Score[] {
  const codes = new Set<string>([...o.hits.map((h) => h.finding.code), ...o.falseAlarms.map((f) => f.finding.code), ...o.misses.map((m) => m.code)]);
  const row = (code: string, keep: (c: string) => boolean): Score => {
    const hits = o.hits.filter((h) => keep(h.finding.code)).length;
    const flagged = hits + o.falseAlarms.filter((f) => keep(f.finding.code)).length;
    const expected = hits + o.misses.filter((m) => keep(m.code)).length;
    return { code, expected, flagged, hits, precision: flagged ? hits / flagged : 1, recall: expected ? hits / expected : 1 };
  };
  return [...[...codes].sort().map((c) => row(c, (x) => x === c)), row('all', () => true)];
}
