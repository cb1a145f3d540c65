// `--fix`: applies the unambiguous fixes (a finding with exactly one) and checks the draft again,
// as ESLint does, until no such fix is left or a few passes have run.
import { readFileSync, writeFileSync } from 'node:fs';
import type { CheckResult, Finding } from '../core';

/** Passes before giving up on fixes that keep making new ones (ESLint stops at ten as well). */
const maxPasses = 10;

export interface Fixed {
  text: string;
  /** The check of the fixed text: what remains. */
  result: CheckResult;
  /** How many fixes were applied. */
  fixed: number;
}

export function fixDraft(text: string, check: (text: string) => CheckResult): Fixed {
  let result = check(text);
  let fixed = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const applied = applyFixes(text, result.findings);
    if (applied.count === 0) break;
    text = applied.text;
    fixed += applied.count;
    result = check(text);
  }
  return { text, result, fixed };
}

/** Each finding's only fix; of fixes that overlap, the first is applied and the rest wait for the next pass. */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; count: number } {
  const edits: { start: number; end: number; newText: string }[] = [];
  for (const f of [...findings].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (f.fixes.length !== 1 || f.fixes[0]!.newText === text.slice(f.start, f.end)) continue;
    const last = edits[edits.length - 1];
    if (last !== undefined && f.start < last.end) continue;
    edits.push({ start: f.start, end: f.end, newText: f.fixes[0]!.newText });
  }
  let out = text;
  for (const e of edits.reverse()) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return { text: out, count: edits.length };
}

/**
 * Writes a fixed draft over its file, keeping its byte order mark; line endings are the draft's own,
 * as fixes replace words within lines. False, writing nothing, when the file no longer holds exactly
 * the text that was checked (changed meanwhile, or not valid UTF-8, which a rewrite would damage).
 */
export function writeFixedDraft(file: string, checked: string, fixed: string): boolean {
  const bytes = readFileSync(file);
  const bom = bytes.subarray(0, 3).equals(utf8Bom) ? '\ufeff' : '';
  if (!bytes.equals(Buffer.from(bom + checked, 'utf8'))) return false;
  writeFileSync(file, bom + fixed);
  return true;
}

const utf8Bom = Buffer.from([0xef, 0xbb, 0xbf]);
