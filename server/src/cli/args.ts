// Command-line arguments: `readout check [--format text|json|sarif] [--date YYYY-MM-DD] [--record FILE]... PATH...`.
// Pure: argv in, a command or a UsageError out.
import { isIsoDay } from '../core';

export type Format = 'text' | 'json' | 'sarif';

export const formats: readonly Format[] = ['text', 'json', 'sarif'];

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; format: Format; date?: string; records: string[]; paths: string[] };

/** Bad usage: the message is one line, printed as `readout: <message>`, and the exit status is 2. */
export class UsageError extends Error {}

export const usage = `Usage: readout check [options] PATH...

Fact-checks news drafts (Markdown or plain text) against Readout's sourced record.
PATH may be files or folders; folders are searched for .md, .markdown and .txt files
(node_modules and dot-folders are skipped). Every *.json file in a .readout/ folder
inside a checked folder is merged over the embedded record.

Options:
  --format text|json|sarif  output format (default: text)
  --date YYYY-MM-DD         reference date for drafts that state none
  --record FILE             a record file to merge over the embedded record (repeatable)
  -h, --help                show this help
  --version                 show the version

Exit status: 0 no warnings or errors, 1 some, 2 bad usage or unreadable input.
`;

const hint = "(try 'readout --help')";

export function parseArgs(argv: readonly string[]): Command {
  const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (options.includes('--help') || options.includes('-h')) return { kind: 'help' };
  if (options.includes('--version')) return { kind: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError(`missing command ${hint}`);
  if (command !== 'check') {
    throw new UsageError(command.startsWith('-') ? `unknown option: ${command} ${hint}` : `unknown command: ${command} ${hint}`);
  }

  let format: Format = 'text';
  let date: string | undefined;
  const records: string[] = [];
  const paths: string[] = [];
  let optionsEnded = false;

  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      paths.push(arg);
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
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`option ${name} needs an argument`);
      i++;
      return next;
    };
    switch (name) {
      case '--format': {
        const v = value();
        if (!(formats as readonly string[]).includes(v)) throw new UsageError(`unknown format: ${v} (expected text, json or sarif)`);
        format = v as Format;
        break;
      }
      case '--date': {
        const v = value();
        if (!isIsoDay(v)) throw new UsageError(`--date: ${v} is not a date (expected YYYY-MM-DD)`);
        date = v;
        break;
      }
      case '--record':
        records.push(value());
        break;
      default:
        throw new UsageError(`unknown option: ${name} ${hint}`);
    }
  }

  if (paths.length === 0) throw new UsageError(`no PATH given ${hint}`);
  return date === undefined ? { kind: 'check', format, records, paths } : { kind: 'check', format, date, records, paths };
}
