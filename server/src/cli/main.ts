// `readout`: the command-line checker (SPEC section 5). Parses arguments, reads files, delegates to the core, prints.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../../package.json';
import { createChecker, defaultRecord, mergeRecords, parseRecordFile } from '../core';
import type { CheckResult, RecordFile, RecordProblem } from '../core';
import { parseArgs, usage, UsageError } from './args';
import type { Format } from './args';
import { findInputs, InputError, readDraft, readTextFile, displayPath } from './files';
import { formatJson, formatSarif, formatText, oneLine } from './format';
import type { FileReport } from './format';

/** Exit status: 0 no warnings or errors, 1 some, 2 bad usage or unreadable input. */
export type ExitStatus = 0 | 1 | 2;

export interface Io {
  cwd: string;
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

  const found = findInputs(command.paths, io.cwd);
  const recordFiles = [...found.records];
  for (const given of command.records) {
    const file = path.resolve(io.cwd, given);
    if (!recordFiles.includes(file)) recordFiles.push(file);
  }
  const record = loadRecord(recordFiles, io);
  if (record === undefined) return 2;

  const checker = createChecker({ record });
  const reports: FileReport[] = [];
  for (const draft of found.drafts) {
    const contents = readDraft(draft);
    if (contents.kind === 'binary') {
      io.stderr(`readout: skipping binary file: ${draft.path}`);
      continue;
    }
    const result =
      contents.kind === 'too-large'
        ? { referenceDate: null, referenceDateSource: null, findings: [], declined: `the file is too large (${contents.bytes} bytes)` }
        : checkDraft(draft.path, () =>
            checker.check(contents.text, {
              languageId: draft.languageId,
              ...(command.date !== undefined ? { referenceDate: command.date } : {}),
            }),
          );
    if (result.declined !== undefined) io.stderr(`readout: not checking ${draft.path}: ${result.declined}`);
    // Lines and characters only here, at the edge, the way the language server counts them.
    const document = TextDocument.create('', draft.languageId, 0, contents.kind === 'text' ? contents.text : '');
    const findings = result.findings.map((f) => ({ ...f, range: { start: document.positionAt(f.start), end: document.positionAt(f.end) } }));
    reports.push({ path: draft.path, result: { ...result, findings } });
  }

  io.stdout(format(command.format, reports, io.cwd));
  const failing = reports.some((r) => r.result.findings.some((f) => f.severity === 'error' || f.severity === 'warning'));
  return failing ? 1 : 0;
}

/** Runs the core on one draft; should it throw, the error names the draft. */
function checkDraft(shown: string, check: () => CheckResult): CheckResult {
  try {
    return check();
  } catch (err) {
    throw new Error(`while checking ${shown}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The embedded record with every workspace and `--record` file merged over it; undefined (after printing each problem) when any is broken. */
function loadRecord(files: readonly string[], io: Io): RecordFile | undefined {
  if (files.length === 0) return defaultRecord;
  const layers: { file: string; text: string; data: RecordFile }[] = [];
  const problems: RecordProblem[] = [];
  for (const full of files) {
    const file = displayPath(full, io.cwd);
    const text = readTextFile(full, file);
    // A file may refer to what the files before it define.
    const parsed = parseRecordFile(file, text, layers.length ? mergeRecords(layers).record : defaultRecord);
    problems.push(...parsed.problems);
    if (parsed.data !== undefined) layers.push({ file, text, data: parsed.data });
  }
  if (problems.length === 0) {
    const merged = mergeRecords(layers);
    if (merged.problems.length === 0) return merged.record;
    problems.push(...merged.problems);
  }
  for (const p of problems) {
    io.stderr(`${p.file}:${p.range.start.line + 1}:${p.range.start.character + 1}: error: ${oneLine(p.message)}`);
  }
  return undefined;
}

function format(kind: Format, reports: readonly FileReport[], cwd: string): string {
  switch (kind) {
    case 'text':
      return formatText(reports);
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, { version, rootUri: pathToFileURL(cwd + path.sep).href });
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
      stdout: (text) => process.stdout.write(text),
      stderr: (line) => process.stderr.write(`${line}\n`),
    });
  } catch {
    process.stderr.write('readout: internal error\n');
  }
  process.exitCode = status;
}
