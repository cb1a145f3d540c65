// The checking core's public face, the one module callers import. Pure: text and a record in,
// plain data out; positions are offsets into the text (see api.ts).
import type { Checker, CheckOptions, CheckResult } from './api';
import { type Analysis, checkText, createCaches } from './check';
import { hoverAt, personAt } from './present/hover';
import { inlayHints } from './present/inlayHints';
import { timelineOf } from './present/timeline';
import { indexRecord } from './record/index';
import type { RecordFile } from './record/types';

export function createChecker(init: { record: RecordFile }): Checker {
  const index = indexRecord(init.record);
  const caches = createCaches();
  // Each result's reading of its draft, for the questions asked about it afterwards. Kept here
  // rather than on the result, which stays plain data; it goes when the caller drops the result.
  const analyses = new WeakMap<CheckResult, Analysis>();
  return Object.freeze({
    check: (text: string, options: CheckOptions = {}) => {
      const { result, analysis } = checkText(index, caches, text, options);
      if (analysis) analyses.set(result, analysis);
      return result;
    },
    hover: (result: CheckResult, offset: number) => {
      const analysis = analyses.get(result);
      return analysis ? hoverAt(analysis, offset) : null;
    },
    inlayHints: (result: CheckResult, from = 0, to = Infinity) => {
      const analysis = analyses.get(result);
      return analysis ? inlayHints(analysis, from, to) : [];
    },
    timeline: (result: CheckResult, offset: number) => {
      const analysis = analyses.get(result);
      const person = analysis ? personAt(analysis, offset) : null;
      return person ? timelineOf(init.record, person, result.referenceDate) : null;
    },
  });
}

export { MAX_DRAFT_LENGTH } from './check';
export { readingStages } from './stages';
export { defaultRecord, type LoadedRecord, loadRecord, mergeRecords, parseRecordFile, type RecordLayer, type RecordText } from './record/load';
export { findingCodes, findingDocs, type FindingDoc } from './findingDocs';
export { disableNextLine } from './present/directives';
export { isIsoDay } from './text/dates';
export * from './api';
export type * from './record/types';
export { emptyConfig, parseConfigFile, type ProjectConfig, type RuleLevel, ruleLevels } from './config';
