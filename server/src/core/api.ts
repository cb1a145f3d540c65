// The plain data the checking core returns. LSP-shaped (zero-based lines,
// characters in UTF-16 code units) so callers convert nothing.
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
  range: Range;
  /** The same range as offsets into the text (UTF-16 code units). */
  start: number;
  end: number;
  message: string;
  sources: Source[];
  fixes: Fix[];
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

export interface RecordProblem {
  /** The record file's path as the caller named it. */
  file: string;
  range: Range;
  message: string;
}
