// `readout`: the command-line checker (SPEC section 5). Parses arguments, reads files, delegates to the core, prints.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../../package.json';
import type { CheckResult, Finding } from '../core';
import { parseArgs, stdinPath, usage, UsageError } from './args';
import type { CheckCommand } from './args';
import { colored, colorWanted, plain } from './excerpt';
import { stripBom } from '../node/recordFiles';
import { repositoryPage } from '../node/repository';
import { describeFsError, draftExtensions, findInputs, InputError, readDraft, stdinInput } from './files';
import { fixDraft, writeFixedDraft } from './fix';
import { formatJson, formatSarif, formatText, oneLine } from './format';
import type { FileReport } from './format';
import { findDrafts, type ProjectDraft } from './project';

/** Exit status: 0 passed, 1 findings beyond what the flags allow, 2 bad usage or unreadable input (see `usage`). */
export type ExitStatus = 0 | 1 | 2;

export interface Io {
  cwd: string;
  /** For NO_COLOR and FORCE_COLOR; none when absent. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal: the text format is coloured only then, unless told otherwise. */
  isTTY?: boolean;
  /** All of standard input, for `readout check -`; without it, `-` reads an empty draft. */
  stdin?(): string;
  stdout(text: string): void;
  stderr(line: string): void;
}

export function run(argv: readonly string[], io: Io): ExitStatus {
  try {
    return runCommand(argv, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError) io.stderr(`readout: ${err.message}`);
    else io.stderr(`readout: internal error: ${oneLine(err instanceof Error ? err.message : String(err))}`);
    return 2;
  }
}

function runCommand(argv: readonly string[], io: Io): ExitStatus {
  const command = parseArgs(argv);
  if (command.kind === 'help') {
    io.stdout(usage);
    return 0;
  }
  if (command.kind === 'version') {
    io.stdout(`${version}\n`);
    return 0;
  }

  const fromStdin = command.paths[0] === stdinPath;
  const found = fromStdin ? stdinInput(command.stdinFilename, io.cwd) : findInputs(command.paths, io.cwd);
  const drafts = findDrafts(found, command.records, io.cwd, io.stderr);
  if (drafts === undefined) return 2;
  if (found.drafts.length === 0) {
    const where = command.paths.map((p) => (p.endsWith('/') ? p : `${p}/`)).join(', ');
    throw new InputError(`no drafts found in ${where} (looked for ${draftExtensions.join(', ')})`);
  }

  const checkText = (draft: ProjectDraft) => (text: string) =>
    checkDraft(draft.path, () =>
      draft.checker.check(text, {
        languageId: draft.languageId,
        ...draft.options,
        ...(command.date !== undefined ? { referenceDate: command.date } : {}),
      }),
    );
  // With --fix, what remains after the fixes.
  const checkOrFix = (text: string, check: (text: string) => CheckResult) =>
    command.fix ? fixDraft(text, check) : { text, result: check(text), fixed: 0 };

  const reports: FileReport[] = [];
  const stdinDraft = fromStdin ? drafts[0] : undefined;
  if (fromStdin) {
    // Ignored by the configuration, standard input's draft is reported as nothing, as a named file is.
    const text = stripBom(io.stdin?.() ?? '');
    const checked = stdinDraft ? checkOrFix(text, checkText(stdinDraft)) : undefined;
    if (checked && stdinDraft) reports.push(report(stdinDraft.path, checked.text, checked.result, checked.fixed, io));
    if (command.fix) {
      // As prettier and eslint --fix-dry-run do: the fixed draft on stdout, the report beside it.
      io.stdout(checked?.text ?? text);
      const shownReport = output(command, reports, io, false).trimEnd();
      if (shownReport !== '') io.stderr(shownReport);
      return exitStatus(command, reports);
    }
  }
  for (const draft of fromStdin ? [] : drafts) {
    const contents = readDraft(draft);
    if (contents.kind === 'binary') {
      io.stderr(`readout: skipping binary file: ${draft.path}`);
      continue;
    }
    if (contents.kind === 'too-large') {
      const declined = `the file is too large (${contents.bytes} bytes)`;
      reports.push(report(draft.path, '', { referenceDate: null, referenceDateSource: null, findings: [], declined }, 0, io));
      continue;
    }
    const check = checkText(draft);
    let checked = checkOrFix(contents.text, check);
    if (checked.fixed > 0 && !writeFixedDraft(draft.file, contents.text, checked.text)) {
      io.stderr(`readout: not fixing ${draft.path}: it changed while being checked, or is not UTF-8`);
      checked = { text: contents.text, result: check(contents.text), fixed: 0 };
    }
    reports.push(report(draft.path, checked.text, checked.result, checked.fixed, io));
  }

  io.stdout(output(command, reports, io, io.isTTY ?? false));
  return exitStatus(command, reports);
}

/** What the formats print of a check, after saying on stderr why a draft was not checked. */
function report(shown: string, text: string, result: CheckResult, fixed: number, io: Io): FileReport {
  if (result.declined !== undefined) io.stderr(`readout: not checking ${shown}: ${result.declined}`);
  // Lines and characters only here, at the edge, the way the language server counts them.
  const document = TextDocument.create('', 'plaintext', 0, text);
  const findings = result.findings.map((f) => ({ ...f, range: { start: document.positionAt(f.start), end: document.positionAt(f.end) } }));
  // Only what the formats print: the core's reading of the draft (for hovers) is not kept across files.
  const { referenceDate, referenceDateSource, declined } = result;
  return { path: shown, text, result: { referenceDate, referenceDateSource, findings, ...(declined !== undefined ? { declined } : {}) }, fixed };
}

/** 1 on an error; on warnings, 1 beyond --max-warnings N, or when there are any and neither it nor --quiet is given. */
function exitStatus(command: CheckCommand, reports: readonly FileReport[]): ExitStatus {
  const all = reports.flatMap((r) => r.result.findings);
  if (all.some((f) => f.severity === 'error')) return 1;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (command.maxWarnings !== undefined) return warnings > command.maxWarnings ? 1 : 0;
  return warnings > 0 && !command.quiet ? 1 : 0;
}

/** Runs the core on one draft; should it throw, the error names the draft. */
function checkDraft(shown: string, check: () => CheckResult): CheckResult {
  try {
    return check();
  } catch (err) {
    throw new Error(`while checking ${shown}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The report in the chosen format; --quiet keeps the errors only. */
function output(command: CheckCommand, reports: readonly FileReport[], io: Io, isTTY: boolean): string {
  const shown = command.quiet ? reports.map((r) => ({ ...r, result: { ...r.result, findings: r.result.findings.filter(isError) } })) : reports;
  switch (command.format) {
    case 'text':
      return formatText(shown, { style: colorWanted(command.color, io.env ?? {}, isTTY) ? colored : plain, verbose: command.verbose });
    case 'json':
      return formatJson(shown);
    case 'sarif':
      return formatSarif(shown, { version, repositoryUrl: repositoryPage, rootUri: pathToFileURL(io.cwd + path.sep).href });
  }
}

const isError = (f: Finding): boolean => f.severity === 'error';

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch (err) {
    throw new InputError(describeFsError(err, 'standard input'));
  }
}

if (require.main === module) {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // A closed pipe (`readout check . | head`) is not a failure of the check.
    if (err.code !== 'EPIPE') process.stderr.write(`readout: cannot write the output: ${err.code ?? err.message}\n`);
    process.exit(err.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
  });
  let status: ExitStatus = 2;
  try {
    status = run(process.argv.slice(2), {
      cwd: process.cwd(),
      env: process.env,
      isTTY: process.stdout.isTTY === true,
      stdin: readStdin,
      stdout: (text) => process.stdout.write(text),
      stderr: (line) => process.stderr.write(`${line}\n`),
    });
  } catch {
    process.stderr.write('readout: internal error\n');
  }
  process.exitCode = status;
}
