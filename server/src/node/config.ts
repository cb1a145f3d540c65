// Finding and reading the project configuration on disk, shared by the CLI and the language
// server: the nearest `readout.config.json` in a file's folder or any folder above it, as
// ESLint and cspell find theirs. Parsing and validation are the core's.
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { emptyConfig, parseConfigFile, type ProjectConfig, type RecordProblem } from '../core';
import { findAbove, stripBom } from './recordFiles';

export const configFileName = 'readout.config.json';

export interface LoadedConfig {
  /** Absolute path of the configuration file. */
  file: string;
  /** What is valid in it (all of it, when `problems` is empty). */
  config: ProjectConfig;
  /** What is wrong with it, at lines and columns, named as the caller names files. */
  problems: RecordProblem[];
}

/** Reads and parses a configuration file; one that cannot be read is a problem at its start, and configures nothing. */
export function readConfigFile(file: string, name: string): LoadedConfig {
  let text: string;
  try {
    text = stripBom(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    const start = { line: 0, character: 0 };
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    return { file, config: { ...emptyConfig }, problems: [{ file: name, range: { start, end: start }, message: `cannot read the configuration file: ${code}` }] };
  }
  return { file, ...parseConfigFile(name, text) };
}

/** The record files a configuration names, as absolute paths. */
export function configRecordFiles(loaded: LoadedConfig): string[] {
  return loaded.config.records.map((given) => path.resolve(path.dirname(loaded.file), given));
}

/**
 * Whether `file` matches one of the glob patterns, taken relative to `base`. A pattern
 * without a slash matches a name at any depth (`CHANGELOG.md`, `*.draft.md`), and a
 * pattern that matches a folder matches everything in it (`drafts/old`). Files outside
 * `base` match nothing.
 */
export function isIgnored(file: string, patterns: readonly string[], base: string): boolean {
  if (patterns.length === 0) return false;
  const relative = path.relative(base, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
  const anywhere = picomatch(patterns.filter((p) => !p.includes('/')), { dot: true });
  const rooted = picomatch(patterns.filter((p) => p.includes('/')).map((p) => p.replace(/^\.?\//, '')), { dot: true });
  const steps = relative.split(path.sep);
  // A name matches at any step of the path; a folder that matches takes everything in it along.
  return steps.some((name, i) => anywhere(name) || rooted(steps.slice(0, i + 1).join('/')));
}

/**
 * The configurations of the folders files are in, each folder looked up once and each file
 * read once. `stopAt` (for the language server, the workspace folder) is the last folder
 * searched; otherwise the search goes up to the filesystem root.
 */
export class ConfigFinder {
  private readonly byFolder = new Map<string, LoadedConfig | undefined>();
  private readonly byFile = new Map<string, LoadedConfig>();

  /** `nameOf`: how problems name a configuration file. */
  constructor(private readonly nameOf: (file: string) => string) {}

  /** The configuration that applies to a file in `folder`, or undefined when there is none. */
  forFolder(folder: string, stopAt?: string): LoadedConfig | undefined {
    const key = `${folder}\n${stopAt ?? ''}`;
    if (this.byFolder.has(key)) return this.byFolder.get(key);
    const file = findConfigFile(folder, stopAt);
    let loaded = file === undefined ? undefined : this.byFile.get(file);
    if (file !== undefined && loaded === undefined) {
      loaded = readConfigFile(file, this.nameOf(file));
      this.byFile.set(file, loaded);
    }
    this.byFolder.set(key, loaded);
    return loaded;
  }

  /** Every configuration file read so far. */
  get loaded(): LoadedConfig[] {
    return [...this.byFile.values()];
  }
}

/** The nearest `readout.config.json` in `folder` or above it, up to `stopAt` or the filesystem root. */
function findConfigFile(folder: string, stopAt?: string): string | undefined {
  const dir = findAbove(folder, (d) => isFile(path.join(d, configFileName)), stopAt);
  return dir === undefined ? undefined : path.join(dir, configFileName);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
