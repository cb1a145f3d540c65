// The checker: reads a draft, resolves its dates, runs every claim reader and
// returns findings as plain, LSP-shaped data.
import type { CheckOptions, Finding, FindingCode, ReferenceDateSource, Severity } from './api';
import type { Source } from './record/types';
import { checkCallClaims, isCovered } from './claims/calls';
import { type Context, type RawFinding } from './claims/context';
import { checkDates } from './claims/dates';
import { checkInitiatorClaims } from './claims/initiator';
import { checkNames } from './claims/names';
import { checkSequenceClaims } from './claims/sequence';
import { checkTermClaims } from './claims/terms';
import { checkTitleClaims } from './claims/titles';
import { findingDocs } from './findingDocs';
import type { Directive } from './read/markdown';
import { createReadingCaches, type DocumentReading, type Paragraph, type ReadingCaches, readDocument } from './read/document';
import type { ParagraphReading } from './read/paragraph';
import { findReferenceDate, type ReferenceDate } from './read/referenceDate';
import { Sentences } from './read/sentences';
import { type EventInfo, type RecordIndex, sourcesOf } from './record/index';
import { isoDay } from './text/dates';
import { LineIndex } from './text/lines';

/** Drafts longer than this are declined: no article is, and checking must stay instant. */
export const MAX_DRAFT_LENGTH = 2_000_000;

export interface CheckResult {
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource | null;
  findings: Finding[];
  /** Set, with no findings, when the draft is declined (binary or too large). */
  declined?: string;
  /** The draft as read, for hovers and inlay hints. */
  readonly analysis?: Analysis;
}

export interface Analysis {
  doc: DocumentReading;
  ref?: ReferenceDate;
  lines: LineIndex;
  ctx: Context;
}

export function declineReason(text: string): string | undefined {
  if (text.length > MAX_DRAFT_LENGTH) {
    return `This draft has ${text.length.toLocaleString('en-US')} characters; Readout checks drafts of up to ${MAX_DRAFT_LENGTH.toLocaleString('en-US')}.`;
  }
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return 'This file looks binary (it contains NUL bytes); Readout checks Markdown and plain-text drafts.';
  return undefined;
}

/** A paragraph's findings (offsets relative to the paragraph) and the calls its sentences are about. */
interface ParagraphClaims {
  findings: RawFinding[];
  calls: [sentence: number, call: EventInfo | null][];
}

/** What a checker keeps between checks so that an edit re-does only the paragraph it touched. */
export interface Caches extends ReadingCaches {
  /** Each reading's claims, by what they depend on beyond its text (see `checkText`). */
  claims: WeakMap<ParagraphReading, Map<string, ParagraphClaims>>;
}

export const createCaches = (): Caches => ({ ...createReadingCaches(), claims: new WeakMap() });

/** Contexts kept per paragraph: enough for the writer to undo a change of the reference date or of who is named. */
const CONTEXTS_PER_PARAGRAPH = 4;

export function checkText(index: RecordIndex, caches: Caches, text: string, options: CheckOptions): CheckResult {
  const declined = declineReason(text);
  if (declined) return { referenceDate: null, referenceDateSource: null, findings: [], declined };

  const doc = readDocument(text, options.languageId, index, caches);
  const ref = findReferenceDate(doc, options, index);
  const ctx: Context = { index, doc, sentences: new Sentences(doc, ref, index), findings: [], calls: new Map(), ...(ref ? { ref } : {}) };
  const main = mainCall(ctx);
  if (main) ctx.mainCall = main;

  // A paragraph's claims depend on its text and on this much of the draft around it.
  const around = [ref?.day, ref?.detail, doc.named, main?.event.id, options.houseSpelling?.join(',')].join('|');
  for (const [k, p] of doc.paragraphs.entries()) {
    const before = [p.first - 3, p.first - 2, p.first - 1].map((i) => {
      const call = ctx.calls.get(i);
      return call === undefined ? '-' : call === null ? '0' : call.event.id;
    });
    const claims = claimsOf(caches, p, `${around}\u0001${before.join(',')}`, () => checkParagraph(ctx, k, options));
    for (const f of claims.findings) ctx.findings.push({ ...f, start: f.start + p.start, end: f.end + p.start });
    for (const [j, call] of claims.calls) ctx.calls.set(p.first + j, call);
    // Claims look back at most to the paragraph before; older views would only be promoted garbage.
    ctx.sentences.forget(k - 1);
  }

  const lines = new LineIndex(text);
  const findings = finish(ctx.findings, doc.prose.directives, lines, index, options);
  // Hovers and hints place the paragraphs they need again: keeping every paragraph's views for
  // every open draft would cost megabytes, placing one costs microseconds.
  const analysis: Analysis = { doc, lines, ctx: { ...ctx, sentences: new Sentences(doc, ref, index) }, ...(ref ? { ref } : {}) };
  const result: CheckResult = {
    referenceDate: ref ? isoDay(ref.day) : null,
    referenceDateSource: ref?.source ?? null,
    findings,
  };
  Object.defineProperty(result, 'analysis', { value: analysis, enumerable: false });
  return result;
}

function claimsOf(caches: Caches, p: Paragraph, context: string, check: () => ParagraphClaims): ParagraphClaims {
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

function checkParagraph(ctx: Context, k: number, options: CheckOptions): ParagraphClaims {
  const p = ctx.doc.paragraphs[k]!;
  const from = ctx.findings.length;
  for (const s of ctx.sentences.inParagraph(k)) {
    checkCallClaims(ctx, s);
    checkTitleClaims(ctx, s);
    checkInitiatorClaims(ctx, s);
    checkSequenceClaims(ctx, s);
    checkTermClaims(ctx, s);
    checkNames(ctx, s, options.houseSpelling ?? []);
    checkDates(ctx, s);
  }
  const findings = ctx.findings.splice(from).map((f) => ({ ...f, start: f.start - p.start, end: f.end - p.start }));
  const calls: ParagraphClaims['calls'] = [];
  for (let i = p.first; i < p.last; i++) if (ctx.calls.has(i)) calls.push([i - p.first, ctx.calls.get(i)!]);
  return { findings, calls };
}

/**
 * The call the draft reports: recorded up to three days before the reference date, its
 * people named together in a sentence; of several, the one the draft names first.
 */
function mainCall(ctx: Context): EventInfo | undefined {
  const ref = ctx.ref?.day;
  if (ref === undefined) return undefined;
  const firstNamed = (c: EventInfo) => {
    for (const p of ctx.doc.paragraphs) {
      const j = p.mentions.findIndex((mentions) => c.participants.every((person) => mentions.some((m) => m.person === person)));
      if (j >= 0) return p.first + j;
    }
    return -1;
  };
  const window = [ref - 3, ref - 2, ref - 1, ref].flatMap((day) => ctx.index.callsByDay.get(day) ?? []);
  const recent = [...new Set(window)]
    .filter((c) => firstNamed(c) >= 0)
    .sort((a, b) => firstNamed(a) - firstNamed(b));
  const covered = recent.filter((c) => isCovered(ctx, c.participants, c.day));
  return (covered.length ? covered : recent)[0];
}

function severityOf(code: FindingCode, options: CheckOptions): Severity | 'off' {
  const configured = options.rules?.[code];
  if (configured) return configured;
  if (code === 'name-variant') return options.houseSpelling?.length ? 'information' : 'off';
  return findingDocs[code].severity;
}

function finish(raw: RawFinding[], directives: Directive[], lines: LineIndex, index: RecordIndex, options: CheckOptions): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of raw.sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = `${f.code}:${f.start}:${f.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const severity = severityOf(f.code, options);
    if (severity === 'off' || isSuppressed(f, directives, lines)) continue;
    const sources = sourcesOf(index, f.sourceIds);
    out.push({
      code: f.code,
      severity,
      range: lines.range(f.start, f.end),
      start: f.start,
      end: f.end,
      message: f.message + citation(sources),
      sources,
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
