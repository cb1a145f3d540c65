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
  const walk = (folder: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (isRecordFileName(entry.name) && (entry.isFile() || isFileLink(full))) found.push(full);
    }
  };
  walk(path.join(root, recordFolder));
  return found;
}

function isFileLink(full: string): boolean {
  try {
    return fs.statSync(full).isFile();
  } catch {
    return false;
  }
}
