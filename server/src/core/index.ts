// The checking core's public face. Pure: text and a record in, plain data out.
import type { CheckOptions } from './api';
import { type CheckResult, checkText, createCaches } from './check';
import { type Hover, hoverAt, personAt } from './present/hover';
import { type InlayHint, inlayHints } from './present/inlayHints';
import { indexRecord } from './record/index';
import type { RecordFile } from './record/types';

export interface Checker {
  check(text: string, options?: CheckOptions): CheckResult;
  /** Markdown describing what is under the offset (a person, a date, a title) and its range, or null. */
  hover(result: CheckResult, offset: number): Hover | null;
  /** The id of the recorded person named at the offset, or null. */
  personAt(result: CheckResult, offset: number): string | null;
  /** Hints after the dates that end between two offsets (by default, anywhere in the draft). */
  inlayHints(result: CheckResult, from?: number, to?: number): InlayHint[];
}

export function createChecker(init: { record: RecordFile }): Checker {
  const index = indexRecord(init.record);
  const caches = createCaches();
  return Object.freeze({
    check: (text: string, options: CheckOptions = {}) => checkText(index, caches, text, options),
    hover: (result: CheckResult, offset: number) => (result.analysis ? hoverAt(result.analysis, offset) : null),
    personAt: (result: CheckResult, offset: number) => (result.analysis ? personAt(result.analysis, offset) : null),
    inlayHints: (result: CheckResult, from = 0, to = Infinity) => (result.analysis ? inlayHints(result.analysis, from, to) : []),
  });
}

export type { CheckResult, Hover, InlayHint };
export { MAX_DRAFT_LENGTH } from './check';
export { defaultRecord, type LoadedRecord, loadRecord, mergeRecords, parseRecordFile, type RecordLayer, type RecordText } from './record/load';
export { findingCodes, findingDocs, type FindingDoc } from './findingDocs';
export { isIsoDay } from './text/dates';
export { shortName } from './record/index';
export * from './api';
export type * from './record/types';
export { emptyConfig, parseConfigFile, type ProjectConfig, type RuleLevel, ruleLevels } from './config';
