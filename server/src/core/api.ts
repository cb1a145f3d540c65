// The checking core's public types: what goes in and what comes out, plain data. The
// record's own types (the schema as types) are in record/types.ts, exported beside these.
//
// Positions cross into and out of the core as offsets into the draft's text, in UTF-16 code
// units (JavaScript string indexes). Only callers turn them into lines and characters, at
// their edge: the language server with its TextDocument, the CLI for its output formats.
// Record problems are the one exception: they point into a record file (not the draft) and
// carry an LSP range (zero-based lines, UTF-16 characters) into it.
import type { Source } from './record/types';

export type FindingCode =
  | 'name-misspelling'
  | 'title-conflict'
  | 'call-date-conflict'
  | 'call-participant-conflict'
  | 'weekday-mismatch'
  | 'initiator-conflict'
  | 'term-date-conflict'
  | 'sequence-conflict'
  | 'event-date-conflict'
  | 'elapsed-conflict'
  | 'name-variant'
  | 'unresolved-date';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A replacement for the finding's whole range. */
export interface Fix {
  title: string;
  newText: string;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The words it is about, as offsets into the draft. */
  start: number;
  end: number;
  message: string;
  sources: Source[];
  fixes: Fix[];
}

/** A replacement of the draft's text between two offsets (an insertion where they are equal). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export type ReferenceDateSource = 'front-matter' | 'dateline' | 'setting' | 'inferred';

export interface CheckOptions {
  /** "markdown" reads front matter and skips code, links and comments; anything else is plain text. */
  languageId?: string;
  /** The `readout.referenceDate` setting or the CLI's `--date` (YYYY-MM-DD). */
  referenceDate?: string;
  /** Per-code severity, or "off". */
  rules?: Partial<Record<FindingCode, Severity | 'off'>>;
  /** Preferred spellings ("Shoigu", "Sergei"): other transliterations get `name-variant`. */
  houseSpelling?: string[];
}

/** What `createChecker` makes: checks drafts, then answers questions about a result it returned. */
export interface Checker {
  check(text: string, options?: CheckOptions): CheckResult;
  /** Markdown describing what is under the offset (a person, a date, a title) and its range, or null. */
  hover(result: CheckResult, offset: number): Hover | null;
  /** Hints after the dates that end between two offsets (by default, anywhere in the draft). */
  inlayHints(result: CheckResult, from?: number, to?: number): InlayHint[];
  /** The recorded terms and calls of the person named at the offset, or null. */
  timeline(result: CheckResult, offset: number): Timeline | null;
}

export interface CheckResult {
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource | null;
  findings: Finding[];
  /** Set, with no findings, when the draft is declined (binary or too large). */
  declined?: string;
}

/** A hover's Markdown and the words it describes. */
export interface Hover {
  contents: string;
  start: number;
  end: number;
}

export interface InlayHint {
  /** Where the hint goes: after the date. */
  offset: number;
  /** The resolved date: "2022-10-21". */
  label: string;
  tooltip: string;
}

/** A person's recorded terms and calls, for drawing a timeline. */
export interface Timeline {
  name: string;
  description: string;
  /** The record's compilation date: ongoing terms are known to hold until then. */
  asOf?: string;
  /** The draft's reference date, to mark on the timeline. */
  referenceDate: string | null;
  terms: TimelineTerm[];
  calls: TimelineCall[];
  sources: Source[];
}

export interface TimelineTerm {
  /** The office's or rank's full title. */
  title: string;
  kind: 'office' | 'rank';
  /** Partial dates as the record gives them ("2024", "2024-05", "2024-05-12"); missing when not established. */
  start?: string;
  end?: string;
  /** No end recorded: held until the record's `asOf` (or the end is unknown, see `endUnknown`). */
  endUnknown: boolean;
  approximate: boolean;
  /** Days on which the person is attested holding it, where the term itself is unknown. */
  attested: string[];
  confidence: string;
}

export interface TimelineCall {
  date: string;
  /** The other participants' names. */
  with: string[];
  /** Who asked for the call, where the record says. */
  initiator?: string;
  notes?: string;
}

export interface RecordProblem {
  /** The record file's path as the caller named it. */
  file: string;
  range: Range;
  message: string;
}
