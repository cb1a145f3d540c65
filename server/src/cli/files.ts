// Finding and reading the drafts and record files the command line names.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findRecordRoot, kindOf, listRecordFiles, readRecordText, realpath, recordFolder, stripBom } from '../node/recordFiles';

/** Extensions of the drafts found in folders (files named explicitly are checked whatever their name). */
export const draftExtensions: readonly string[] = ['.md', '.markdown', '.txt'];

/** Input that cannot be read: the message is one line, printed as `readout: <message>`, and the exit status is 2. */
export class InputError extends Error {}

export interface Draft {
  /** Absolute path. */
  file: string;
  /** Path relative to the current directory, with `/` separators: what the output shows. */
  path: string;
  languageId: 'markdown' | 'plaintext';
  /** Named on the command line, not found in a folder. */
  named: boolean;
}

export interface Found {
  drafts: Draft[];
  /** Absolute paths of the `*.json` files in the `.readout/` folders in and above the paths, in walk order. */
  records: string[];
}

/** A draft's contents, or why it is not checked. */
export type DraftText = { kind: 'text'; text: string } | { kind: 'binary' } | { kind: 'too-large'; bytes: number };

/** Larger files are not read at all (the core declines far smaller ones). */
export const maxReadBytes = 64 * 1024 * 1024;

const binarySniffBytes = 8 * 1024;

export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

export function languageIdOf(file: string): Draft['languageId'] {
  const ext = path.extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'plaintext';
}

/** Expands the PATH arguments: files as they are, folders into their drafts and records. Each file once, folders sorted by name. */
export function findInputs(paths: readonly string[], cwd: string): Found {
  const drafts: Draft[] = [];
  const records: string[] = [];
  const seen = new Set<string>();
  const visitedFolders = new Set<string>();

  const addDraft = (file: string, named: boolean): void => {
    if (seen.has(file)) return;
    seen.add(file);
    drafts.push({ file, path: displayPath(file, cwd), languageId: languageIdOf(file), named });
  };

  const addRecords = (root: string): void => {
    for (const file of listRecordFiles(root)) {
      if (seen.has(file)) continue;
      seen.add(file);
      records.push(file);
    }
  };

  const walk = (folder: string): void => {
    const real = realpath(folder);
    if (visitedFolders.has(real)) return;
    visitedFolders.add(real);
    for (const entry of readFolder(folder, cwd)) {
      const full = path.join(folder, entry.name);
      const kind = kindOf(entry, full);
      if (kind === 'folder') {
        if (entry.name === recordFolder) addRecords(folder);
        else if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full);
      } else if (kind === 'file' && draftExtensions.includes(path.extname(entry.name).toLowerCase())) {
        addDraft(full, false);
      }
    }
  };

  for (const given of paths) {
    const full = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (err) {
      throw new InputError(describeFsError(err, given));
    }
    // The nearest `.readout/` at or above a named file or folder is in force for it, as those inside a folder are.
    const above = findRecordRoot(stat.isDirectory() ? full : path.dirname(full));
    if (above !== undefined) addRecords(above);
    if (stat.isDirectory()) walk(full);
    else addDraft(full, true);
  }
  return { drafts, records };
}

/**
 * Standard input's draft: named by --stdin-filename (its extension gives its format) or shown
 * as `<stdin>` and read as Markdown, with the records in force in the folder its name places it.
 */
export function stdinInput(name: string | undefined, cwd: string): Found {
  const file = path.resolve(cwd, name ?? 'stdin.md');
  const above = findRecordRoot(path.dirname(file));
  const draft: Draft = { file, path: name === undefined ? '<stdin>' : displayPath(file, cwd), languageId: languageIdOf(file), named: true };
  return { drafts: [draft], records: above === undefined ? [] : listRecordFiles(above) };
}

/** Reads a draft; binary (a NUL byte in its first 8 KB) and huge files are reported, not decoded. A leading BOM is dropped, as editors do. */
export function readDraft(draft: Draft): DraftText {
  let bytes: Buffer;
  try {
    const size = fs.statSync(draft.file).size;
    if (size > maxReadBytes) return { kind: 'too-large', bytes: size };
    bytes = fs.readFileSync(draft.file);
  } catch (err) {
    throw new InputError(describeFsError(err, draft.path));
  }
  if (bytes.subarray(0, binarySniffBytes).includes(0)) return { kind: 'binary' };
  return { kind: 'text', text: stripBom(bytes.toString('utf8')) };
}

/** Reads a record file as text; `shown` is the path as the user should see it. */
export function readTextFile(file: string, shown: string): string {
  try {
    return readRecordText(file);
  } catch (err) {
    throw new InputError(describeFsError(err, shown));
  }
}

function readFolder(folder: string, cwd: string): fs.Dirent[] {
  try {
    return fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    throw new InputError(describeFsError(err, displayPath(folder, cwd)));
  }
}

/** One line for a failed file-system call, naming the path as the user gave it. */
export function describeFsError(err: unknown, shown: string): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `no such file or directory: ${shown}`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied: ${shown}`;
    case 'EISDIR':
      return `is a directory: ${shown}`;
    default:
      return `cannot read ${shown}: ${code ?? (err instanceof Error ? err.message : String(err))}`;
  }
}
