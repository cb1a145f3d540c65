// Loading the record: a newsroom's record files, in order, over the embedded one. Pure:
// callers read the files and pass their text, so the language server and the CLI load
// the same way. Parsing is in parse.ts, merging in merge.ts, positions in locate.ts.
import type { RecordProblem } from '../api';
import { defaultRecord } from './embedded';
import { RecordMerger, type RecordLayer } from './merge';
import { parseRecordFile } from './parse';
import type { RecordFile } from './types';

export { defaultRecord } from './embedded';
export { mergeRecords, type RecordLayer } from './merge';
export { parseRecordFile } from './parse';

/** One record file to load: its name (as problems show it), its text, and its last version that loaded without problems, if any. */
export interface RecordText {
  file: string;
  text: string;
  lastGood?: RecordLayer;
}

export interface LoadedRecord {
  record: RecordFile;
  /** What is wrong with the files as they are now, at their lines and columns. */
  problems: RecordProblem[];
  /** Per file, in order: the file as it is now if it loaded without problems (its new last good version), else undefined. */
  good: (RecordLayer | undefined)[];
  /** Last good versions that no longer merge with the files before them, and so are left out too. */
  stale: RecordProblem[];
}

/**
 * Parses and merges the files in order over the embedded record. Each file may refer to
 * what the files before it define. A broken file (one that does not parse, or contradicts
 * those before it) is reported, and its last good version stays in force in its place, or
 * nothing does.
 */
export function loadRecord(files: readonly RecordText[]): LoadedRecord {
  if (files.length === 0) return { record: defaultRecord, problems: [], good: [], stale: [] };
  const merger = new RecordMerger();
  const loaded: LoadedRecord = { record: defaultRecord, problems: [], good: [], stale: [] };
  for (const { file, text, lastGood } of files) {
    const parsed = parseRecordFile(file, text, merger.record);
    const layer = parsed.data && { file, text, data: parsed.data };
    const problems = layer ? merger.add(layer) : parsed.problems;
    loaded.good.push(problems.length === 0 ? layer : undefined);
    if (problems.length === 0) continue;
    loaded.problems.push(...problems);
    if (lastGood) loaded.stale.push(...merger.add({ ...lastGood, file }));
  }
  loaded.record = merger.record;
  return loaded;
}
