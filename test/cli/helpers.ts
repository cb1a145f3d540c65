// Shared by the CLI tests: run the built `dist/cli.js` and read positions back out of files.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const cliPath = path.join(repoRoot, 'dist', 'cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stderr split into its non-empty lines. */
  stderrLines: string[];
}

export interface CliInput {
  /** Standard input. */
  input?: string;
  /** Variables added to the environment, which otherwise has no NO_COLOR or FORCE_COLOR. */
  env?: Record<string, string>;
}

/** Runs `node dist/cli.js ...args` in `cwd` (build first: `npm test` does). */
export function runCli(args: readonly string[], cwd: string, given: CliInput = {}): CliRun {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run \`npm run build\` first`);
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...env } = process.env;
  const run = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    input: given.input ?? '',
    env: { ...env, ...given.env },
  });
  if (run.error) throw run.error;
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    stderrLines: run.stderr.split('\n').filter((l) => l !== ''),
  };
}

/** A fresh temporary folder holding `files` (relative path → contents); `remove()` deletes it. */
export function tempTree(files: Record<string, string | Buffer>): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'readout-cli-'));
  for (const [name, contents] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, contents);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Position {
  line: number;
  character: number;
}

/** `--format json` output, as SPEC section 5 gives it. */
export interface JsonFinding {
  code: string;
  severity: string;
  range: { start: Position; end: Position };
  message: string;
  sources: { publisher: string; title?: string; date?: string; url?: string }[];
  fixes: { title: string; newText: string }[];
}
export interface JsonFile {
  path: string;
  referenceDate: string | null;
  referenceDateSource: string | null;
  findings: JsonFinding[];
}

/** The text an LSP range (zero-based, UTF-16) covers. */
export function sliceRange(text: string, range: { start: Position; end: Position }): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** The UTF-16 offset of an LSP position; lines end at \r\n, \n or \r. */
export function offsetAt(text: string, position: Position): number {
  let line = 0;
  let offset = 0;
  while (line < position.line) {
    const next = text.slice(offset).search(/\r\n|\n|\r/);
    if (next < 0) throw new Error(`line ${position.line} is past the end of the text`);
    offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1);
    line++;
  }
  return offset + position.character;
}

/** The zero-based position of the first occurrence of `needle`. */
export function positionOf(text: string, needle: string): Position {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, offset).split(/\r\n|\n|\r/);
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

/** A stack trace's frame lines, should any leak onto stderr. */
export const stackFrame = /^\s+at .+\(?.*:\d+:\d+\)?$/m;
