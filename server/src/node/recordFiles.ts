// Where a newsroom keeps its record files and how they are read from disk: shared by the
// CLI and the language server, so both find and decode the same files the same way.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The folder whose `*.json` files (at any depth) are workspace records. */
export const recordFolder = '.readout';

export function isRecordFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.json');
}

/** Editors may save a byte-order mark; it is not part of the text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A record file's text, decoded as UTF-8 without its byte-order mark. Throws what `fs` throws. */
export function readRecordText(file: string): string {
  return stripBom(fs.readFileSync(file, 'utf8'));
}

/**
 * The record files in `<root>/.readout/` and its subfolders, sorted by path; none when the
 * folder is missing. Unreadable subfolders are skipped: a record that cannot be listed is
 * not in force, and the caller reports nothing it cannot point at.
 */
export function listRecordFiles(root: string): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = (folder: string): void => {
    const real = realpath(folder);
    if (visited.has(real)) return;
    visited.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(folder, entry.name);
      const kind = kindOf(entry, full);
      if (kind === 'folder') walk(full);
      else if (kind === 'file' && isRecordFileName(entry.name)) found.push(full);
    }
  };
  walk(path.join(root, recordFolder));
  return found;
}

/** A folder entry's kind, following symbolic links; broken links and sockets are "other". */
export function kindOf(entry: fs.Dirent, full: string): 'file' | 'folder' | 'other' {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (!entry.isSymbolicLink()) return 'other';
  try {
    const stat = fs.statSync(full);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'other';
  }
}

/** The folder's real path (a link followed), or the path itself when it cannot be resolved. */
export function realpath(folder: string): string {
  try {
    return fs.realpathSync(folder);
  } catch {
    return folder;
  }
}

/** The nearest folder at or above `folder` that has a `.readout/` folder, up to `stopAt` or the filesystem root. */
export function findRecordRoot(folder: string, stopAt?: string): string | undefined {
  return findAbove(folder, (dir) => isFolder(path.join(dir, recordFolder)), stopAt);
}

function isFolder(full: string): boolean {
  try {
    return fs.statSync(full).isDirectory();
  } catch {
    return false;
  }
}

/** The nearest folder, from `folder` up to `stopAt` (or the filesystem root), for which `test` holds. */
export function findAbove(folder: string, test: (dir: string) => boolean, stopAt?: string): string | undefined {
  const last = stopAt === undefined ? undefined : path.resolve(stopAt);
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    if (test(dir)) return dir;
    if (dir === last || path.dirname(dir) === dir) return undefined;
  }
}
