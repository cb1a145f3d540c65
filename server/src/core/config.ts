// The project configuration (`readout.config.json`), parsed and validated: what the CLI and
// the language server both read. Pure: the caller finds and reads the file. A problem is
// reported at its line and column, and only the part it is about is dropped.
import type { FindingCode, RecordProblem, Severity } from './api';
import { findingCodes } from './findingDocs';
import { formatPath, type Path, readJsonObject, show, sortProblems } from './record/locate';

export type RuleLevel = Severity | 'off';

/** What `rules` may set a code to: as in the `readout.rules` setting. */
export const ruleLevels: readonly RuleLevel[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface ProjectConfig {
  /** Severity per finding code, or "off". */
  rules: Partial<Record<FindingCode, RuleLevel>>;
  houseSpelling: string[];
  /** Record files, as written (relative to the configuration file). */
  records: string[];
  /** Glob patterns of files not to check, as written (relative to the configuration file). */
  ignore: string[];
}

export const emptyConfig: Readonly<ProjectConfig> = Object.freeze({ rules: {}, houseSpelling: [], records: [], ignore: [] });

const listKeys = ['houseSpelling', 'records', 'ignore'] as const;

/** Parses a configuration file (JSON; comments and trailing commas allowed): what is valid in it, and what is not. */
export function parseConfigFile(file: string, text: string): { config: ProjectConfig; problems: RecordProblem[] } {
  const { value: data, at, problems } = readJsonObject(file, text, 'configuration file');
  const config: ProjectConfig = { rules: {}, houseSpelling: [], records: [], ignore: [] };
  if (!data) return { config, problems };
  const report = (path: Path, message: string): void => {
    problems.push(at.problem(path, `${formatPath(path)}: ${message}`));
  };
  for (const [key, value] of Object.entries(data)) {
    if (key === '$schema') {
      if (typeof value !== 'string') report([key], 'must be text in double quotes');
    } else if (key === 'rules') {
      if (!isObject(value)) {
        report([key], 'must be an object in braces { … }, e.g. { "unresolved-date": "off" }');
        continue;
      }
      for (const [code, level] of Object.entries(value)) {
        if (!(findingCodes as string[]).includes(code)) {
          problems.push(at.problemAtKey([key], code, `rules: unknown finding code ${show(code)} (one of ${findingCodes.join(', ')})`));
        } else if (typeof level !== 'string' || !(ruleLevels as string[]).includes(level)) {
          report([key, code], `${show(level)} is not one of ${ruleLevels.map(show).join(', ')}`);
        } else {
          config.rules[code as FindingCode] = level as RuleLevel;
        }
      }
    } else if ((listKeys as readonly string[]).includes(key)) {
      if (!Array.isArray(value)) {
        report([key], 'must be a list in brackets [ … ] of text in double quotes');
        continue;
      }
      value.forEach((item: unknown, i) => {
        if (typeof item === 'string' && item.trim() !== '') config[key as (typeof listKeys)[number]].push(item);
        else report([key, i], 'must be non-empty text in double quotes');
      });
    } else {
      problems.push(at.problemAtKey([], key, `unknown property ${show(key)} (one of "$schema", "rules", ${listKeys.map(show).join(', ')})`));
    }
  }
  return { config, problems: sortProblems(problems) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
