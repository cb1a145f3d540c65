// What each draft is checked with: the record (the embedded one, the `.readout/` files, the
// configuration's `records`, each `--record`) and the nearest `readout.config.json`'s rules
// and house spelling. Drafts the configuration ignores are left out.
import * as path from 'node:path';
import { type CheckOptions, type Checker, createChecker, loadRecord, type RecordProblem } from '../core';
import { ConfigFinder, configRecordFiles, isIgnored, type LoadedConfig } from '../node/config';
import { type Draft, displayPath, type Found, readTextFile } from './files';
import { oneLine } from './format';

export interface ProjectDraft extends Draft {
  checker: Checker;
  /** The configuration's rules and house spelling. */
  options: Pick<CheckOptions, 'rules' | 'houseSpelling'>;
}

/**
 * The drafts found, each with its checker and options. Problems in a
 * configuration file are printed and the rest of it applies; a broken record file is
 * printed and stops the check (undefined).
 */
export function findDrafts(found: Found, recordArgs: readonly string[], cwd: string, stderr: (line: string) => void): ProjectDraft[] | undefined {
  const extra = recordArgs.map((given) => path.resolve(cwd, given));
  const configs = new ConfigFinder((file) => displayPath(file, cwd));
  const checkers = new Map<string, Checker | undefined>();
  const printed = new Set<string>();
  const print = (severity: 'error' | 'warning', p: RecordProblem): void => {
    const line = `${p.file}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${severity}: ${oneLine(p.message)}`;
    if (!printed.has(line)) stderr(line);
    printed.add(line);
  };

  const checkerFor = (config: LoadedConfig | undefined): Checker | undefined => {
    const files = [...new Set([...found.records, ...(config ? configRecordFiles(config) : []), ...extra])];
    const key = files.join('\n');
    if (!checkers.has(key)) {
      const loaded = loadRecord(files.map((file) => ({ file: displayPath(file, cwd), text: readTextFile(file, displayPath(file, cwd)) })));
      for (const p of loaded.problems) print('error', p);
      checkers.set(key, loaded.problems.length === 0 ? createChecker({ record: loaded.record }) : undefined);
    }
    return checkers.get(key);
  };

  const drafts: ProjectDraft[] = [];
  let broken = false;
  for (const draft of found.drafts) {
    const config = configs.forFolder(path.dirname(draft.file));
    for (const p of config?.problems ?? []) print('warning', p);
    if (config && isIgnored(draft.file, config.config.ignore, path.dirname(config.file))) {
      // As ESLint does, a file named explicitly is not skipped silently.
      if (draft.named) stderr(`readout: file ignored because of a matching ignore pattern in ${displayPath(config.file, cwd)}: ${draft.path}`);
      continue;
    }
    const checker = checkerFor(config);
    if (!checker) {
      broken = true;
      continue;
    }
    const options = config ? { rules: config.config.rules, houseSpelling: config.config.houseSpelling } : {};
    drafts.push({ ...draft, checker, options });
  }
  // With no draft to check, a broken record file is still an error.
  if (found.drafts.length === 0 && checkerFor(undefined) === undefined) return undefined;
  return broken ? undefined : drafts;
}
