// Command-line arguments: `readout check [options] PATH...` (see `usage`).
// Pure: argv in, a command or a UsageError out.
import { isIsoDay } from '../core';

export type Format = 'text' | 'json' | 'sarif';

export const formats: readonly Format[] = ['text', 'json', 'sarif'];

/** The PATH that reads the draft from standard input. */
export const stdinPath = '-';

export interface CheckCommand {
  kind: 'check';
  format: Format;
  date?: string;
  records: string[];
  /** Files and folders, or `-` alone for standard input. */
  paths: string[];
  /** The name standard input's draft is shown under; its extension gives the format. */
  stdinFilename?: string;
  /** Report errors only. */
  quiet: boolean;
  /** Exit 1 when more warnings than this are found. */
  maxWarnings?: number;
  /** Apply each finding's fix where it has exactly one. */
  fix: boolean;
  /** `--color` / `--no-color`; unset, the environment and the terminal decide. */
  color?: boolean;
  /** Also print each draft's reference date in the text format. */
  verbose: boolean;
}

export type Command = { kind: 'help' } | { kind: 'version' } | CheckCommand;

/** Bad usage: the message is one line, printed as `readout: <message>`, and the exit status is 2. */
export class UsageError extends Error {}

export const usage = `Usage: readout check [options] PATH...
       readout check [options] - [--stdin-filename PATH]

Fact-checks news drafts (Markdown or plain text) against Readout's sourced record.
PATH may be files or folders; folders are searched for .md, .markdown and .txt files
(node_modules and dot-folders are skipped). Every *.json file in a .readout/ folder
inside a checked folder is merged over the embedded record. A PATH of - reads one
draft from standard input.

Options:
  --format text|json|sarif  output format (default: text)
  --date YYYY-MM-DD         reference date for drafts that state none
  --record FILE             a record file to merge over the embedded record (repeatable)
  --stdin-filename PATH     the name of the draft read from -, shown in the output; its
                            extension gives the format (default: Markdown)
  --quiet                   report errors only; warnings do not fail the run
  --max-warnings N          fail the run when there are more than N warnings
  --fix                     apply every fix that is the only one for its finding, in place,
                            then report what remains; with -, print the fixed draft on
                            stdout and the report on stderr
  --color, --no-color       colour the text format or not (default: when stdout is a
                            terminal; NO_COLOR and FORCE_COLOR are honoured)
  --verbose                 also print each draft's reference date and where it came from
  -h, --help                show this help
  --version                 show the version

Exit status:
  0  no errors, and no warnings (or no more than --max-warnings N; any number with --quiet)
  1  an error, or warnings beyond what the above allows
  2  bad usage, unreadable input, a broken record file, or no draft found
`;

const hint = "(try 'readout --help')";

/** The options that take no value, and what each sets. */
const switches: Record<string, (check: CheckCommand) => void> = {
  '--quiet': (check) => (check.quiet = true),
  '--fix': (check) => (check.fix = true),
  '--verbose': (check) => (check.verbose = true),
  '--color': (check) => (check.color = true),
  '--no-color': (check) => (check.color = false),
};

export function parseArgs(argv: readonly string[]): Command {
  const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (options.includes('--help') || options.includes('-h')) return { kind: 'help' };
  if (options.includes('--version')) return { kind: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError(`missing command ${hint}`);
  if (command !== 'check') {
    throw new UsageError(command.startsWith('-') ? `unknown option: ${command} ${hint}` : `unknown command: ${command} ${hint}`);
  }

  const check: CheckCommand = { kind: 'check', format: 'text', records: [], paths: [], quiet: false, fix: false, verbose: false };
  let optionsEnded = false;

  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (optionsEnded || !arg.startsWith('-') || arg === stdinPath) {
      check.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const next = rest[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== stdinPath)) throw new UsageError(`option ${name} needs an argument`);
      i++;
      return next;
    };
    const set = switches[name];
    if (set !== undefined) {
      if (eq > 0) throw new UsageError(`option ${name} takes no argument`);
      set(check);
      continue;
    }
    switch (name) {
      case '--format': {
        const v = value();
        if (!(formats as readonly string[]).includes(v)) throw new UsageError(`unknown format: ${v} (expected text, json or sarif)`);
        check.format = v as Format;
        break;
      }
      case '--date': {
        const v = value();
        if (!isIsoDay(v)) throw new UsageError(`--date: ${v} is not a date (expected YYYY-MM-DD)`);
        check.date = v;
        break;
      }
      case '--record':
        check.records.push(value());
        break;
      case '--stdin-filename':
        check.stdinFilename = value();
        break;
      case '--max-warnings': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings: ${v} is not a count (expected 0 or more)`);
        check.maxWarnings = Number(v);
        break;
      }
      default:
        throw new UsageError(`unknown option: ${name} ${hint}`);
    }
  }

  if (check.paths.length === 0) throw new UsageError(`no PATH given ${hint}`);
  if (check.paths.includes(stdinPath) && check.paths.length > 1) {
    throw new UsageError(`- reads one draft from standard input and takes no other PATH`);
  }
  if (check.stdinFilename !== undefined && !check.paths.includes(stdinPath)) {
    throw new UsageError(`--stdin-filename names the draft read from -, and no - was given`);
  }
  return check;
}
