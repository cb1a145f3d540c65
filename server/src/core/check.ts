// The checker: reads a draft, resolves its dates, runs every claim reader and
// returns findings as plain data.
import type { CheckOptions, CheckResult, Finding, FindingCode, Severity } from './api';
import type { Source } from './record/types';
import { anchorParagraph, mainCall } from './claims/anchor';
import { type Context, fenceKeys, type RawFinding } from './claims/context';
import { claimReaders } from './claims/readers';
import { findingDocs } from './findingDocs';
import type { Directive } from './read/markdown';
import { reportedClaim, saidAgain } from './read/cues';
import { createReadingCaches, type DocumentReading, type Paragraph, type ReadingCaches, readDocument } from './read/document';
import type { ParagraphReading } from './read/paragraph';
import { findReferenceDate, type ReferenceDate } from './read/referenceDate';
import { type DatesShown, Sentences } from './read/sentences';
import { type RecordIndex, sourcesOf } from './record/index';
import { isoDay } from './text/dates';
import { LineIndex } from './text/lines';
import { normalizeWord } from './text/tokens';

/** Drafts longer than this are declined: no article is, and checking must stay instant. */
export const MAX_DRAFT_LENGTH = 2_000_000;

/** The draft as read, for hovers, inlay hints and timelines; kept by the checker beside its result, never on it. */
export interface Analysis {
  doc: DocumentReading;
  ref?: ReferenceDate;
  lines: LineIndex;
  ctx: Context;
}

function declineReason(text: string): string | undefined {
  if (text.length > MAX_DRAFT_LENGTH) {
    return `This draft has ${text.length.toLocaleString('en-US')} characters; Readout checks drafts of up to ${MAX_DRAFT_LENGTH.toLocaleString('en-US')}.`;
  }
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return 'This file looks binary (it contains NUL bytes); Readout checks Markdown and plain-text drafts.';
  return undefined;
}

/** What a checker keeps between checks so that an edit re-does only the paragraph it touched. */
export interface Caches extends ReadingCaches {
  /** Each reading's findings (offsets relative to the paragraph), by the context outside its fence (see `fenceKeys`). */
  claims: WeakMap<ParagraphReading, Map<string, RawFinding[]>>;
  /** The sources a finding cites and their citation, by its list of source ids, which a cached finding keeps from check to check. */
  cited: WeakMap<readonly string[], { sources: Source[]; citation: string }>;
}

export const createCaches = (): Caches => ({ ...createReadingCaches(), claims: new WeakMap(), cited: new WeakMap() });

/** Contexts kept per paragraph: enough for the writer to undo a change of the reference date or of who is named. */
const CONTEXTS_PER_PARAGRAPH = 4;

/** `datesShown`: the claim readers see only the dates a claim may rest on, or (to test that this changes nothing) all. */
export function checkText(
  index: RecordIndex,
  caches: Caches,
  text: string,
  options: CheckOptions,
  datesShown: DatesShown = 'for claims',
): { result: CheckResult; analysis?: Analysis } {
  const declined = declineReason(text);
  if (declined) return { result: { referenceDate: null, referenceDateSource: null, findings: [], declined } };

  const doc = readDocument(text, options.languageId, index, caches);
  const ref = findReferenceDate(doc, options, index);
  const houseSpelling = new Set((options.houseSpelling ?? []).map((w) => normalizeWord(w).norm));
  const ctx: Context = { index, doc, sentences: new Sentences(doc, ref, index, datesShown), anchors: new Map(), anchored: new Set(), callsOfDay: new Map(), houseSpelling, ...(ref ? { ref } : {}) };
  const main = mainCall(ctx);
  if (main) ctx.mainCall = main;

  const found: RawFinding[] = [];
  const keyOf = fenceKeys(ctx);
  for (const [k, p] of doc.paragraphs.entries()) {
    const claims = claimsOf(caches, p, keyOf(k), () => checkParagraph(ctx, k));
    for (const f of claims) found.push({ ...f, start: f.start + p.start, end: f.end + p.start });
    // Claims look only within their paragraph: its views can go once it is read.
    ctx.sentences.forget(k);
  }

  const lines = new LineIndex(text);
  const findings = finish(found, doc.prose.directives, lines, index, caches, options);
  // Hovers and hints place the paragraphs they need again: keeping every paragraph's views for
  // every open draft would cost megabytes, placing one costs microseconds.
  const analysis: Analysis = { doc, lines, ctx: { ...ctx, sentences: new Sentences(doc, ref, index) }, ...(ref ? { ref } : {}) };
  const result: CheckResult = {
    referenceDate: ref ? isoDay(ref.day) : null,
    referenceDateSource: ref?.source ?? null,
    findings,
  };
  return { result, analysis };
}

function claimsOf(caches: Caches, p: Paragraph, context: string, check: () => RawFinding[]): RawFinding[] {
  let byContext = caches.claims.get(p.reading);
  if (!byContext) caches.claims.set(p.reading, (byContext = new Map()));
  let claims = byContext.get(context);
  if (!claims) {
    claims = check();
    if (byContext.size >= CONTEXTS_PER_PARAGRAPH) byContext.delete(byContext.keys().next().value!);
    byContext.set(context, claims);
  }
  return claims;
}

/** A paragraph's findings, offsets relative to it: its sentences anchored to their calls, then read by every claim reader. */
function checkParagraph(ctx: Context, k: number): RawFinding[] {
  const p = ctx.doc.paragraphs[k]!;
  const findings: RawFinding[] = [];
  anchorParagraph(ctx, k);
  let reported = false;
  for (const s of ctx.sentences.inParagraph(k)) {
    // A claim quoted to be corrected ("An earlier version of this story said…", and after it "It also said…") is not the writer's.
    reported = reportedClaim.test(s.text) || (reported && saidAgain.test(s.text));
    if (reported) continue;
    for (const read of claimReaders) {
      for (const f of read(ctx, s)) findings.push({ ...f, start: f.start - p.start, end: f.end - p.start });
    }
  }
  return findings;
}

function severityOf(code: FindingCode, options: CheckOptions): Severity | 'off' {
  const configured = options.rules?.[code];
  if (configured) return configured;
  if (code === 'name-variant') return options.houseSpelling?.length ? 'information' : 'off';
  return findingDocs[code].severity;
}

function finish(raw: RawFinding[], directives: Directive[], lines: LineIndex, index: RecordIndex, caches: Caches, options: CheckOptions): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of raw.sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = `${f.code}:${f.start}:${f.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const severity = severityOf(f.code, options);
    if (severity === 'off' || isSuppressed(f, directives, lines)) continue;
    let cited = caches.cited.get(f.sourceIds);
    if (!cited) {
      const sources = sourcesOf(index, f.sourceIds);
      caches.cited.set(f.sourceIds, (cited = { sources, citation: citation(sources) }));
    }
    out.push({
      code: f.code,
      severity,
      start: f.start,
      end: f.end,
      message: f.message + cited.citation,
      sources: [...cited.sources],
      fixes: f.fixes,
    });
  }
  return out;
}

/** " [Reuters 2022-02-18; Axios 2022-05-13 and 2 more]": the record's sources, briefly. */
function citation(sources: Source[]): string {
  if (!sources.length) return '';
  // `sourcesOf` puts the strongest first; an article is where a claim was printed, never its authority.
  const shown = sources.slice(0, 2).map((s) => `${s.kind === 'printed' ? 'printed in ' : ''}${[s.publisher, s.date].filter(Boolean).join(' ')}`);
  return ` [${shown.join('; ')}${sources.length > 2 ? ` and ${sources.length - 2} more` : ''}]`;
}

function isSuppressed(f: RawFinding, directives: Directive[], lines: LineIndex): boolean {
  const line = lines.position(f.start).line;
  const applies = (d: Directive) => d.codes.length === 0 || d.codes.includes(f.code);
  let disabled = false;
  for (const d of directives) {
    if (d.start > f.start) break;
    if (d.kind === 'disable-next-line') {
      if (lines.position(d.end).line + 1 === line && applies(d)) return true;
    } else if (d.kind === 'disable' && applies(d)) disabled = true;
    else if (d.kind === 'enable') disabled = false;
  }
  return disabled;
}
