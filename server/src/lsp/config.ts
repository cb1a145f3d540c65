// The project configuration in the editor: for each draft, the nearest `readout.config.json`
// at or above its folder, up to its workspace folder. Each file is read once until a
// watched change; its problems are diagnostics in that file. Not read in a restricted workspace.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { ConfigFinder, isIgnored, type LoadedConfig } from '../node/config';
import { FileProblems } from './fileProblems';
import type { ReadoutSettings } from './settings';

export class Configs {
  private finder = new ConfigFinder((file) => file);
  private readonly problems: FileProblems;

  /** `folders`: the workspace folders' paths, where the search for a draft's configuration stops. */
  constructor(
    connection: Connection,
    private readonly trusted: boolean,
    private readonly folders: () => readonly string[],
  ) {
    this.problems = new FileProblems(connection);
  }

  /** The configuration for a document (a file: URI), or undefined. */
  forDocument(uri: string): LoadedConfig | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const file = fileURLToPath(uri);
    return this.forFolder(path.dirname(file), this.folderOf(file));
  }

  /** The configuration of a workspace folder itself: the one at its root. */
  forWorkspaceFolder(folder: string): LoadedConfig | undefined {
    return this.forFolder(folder, folder);
  }

  /** Whether the document is not to be checked: `readout.ignore` (relative to its workspace folder) if set, else the configuration's `ignore`. */
  ignores(uri: string, settings: ReadoutSettings, config: LoadedConfig | undefined): boolean {
    if (!uri.startsWith('file:')) return false;
    const file = fileURLToPath(uri);
    if (settings.ignore.length > 0) {
      const folder = this.folderOf(file);
      return folder !== undefined && isIgnored(file, settings.ignore, folder);
    }
    return config !== undefined && isIgnored(file, config.config.ignore, path.dirname(config.file));
  }

  /** A configuration file changed: read each again when it is next needed, and show the problems of those read before afresh. */
  reset(): void {
    const before = this.finder.loaded;
    this.finder = new ConfigFinder((file) => file);
    for (const { file } of before) this.forFolder(path.dirname(file), path.dirname(file));
    this.showProblems();
  }

  private forFolder(folder: string, stopAt: string | undefined): LoadedConfig | undefined {
    if (!this.trusted) return undefined;
    const known = this.finder.loaded.length;
    const config = this.finder.forFolder(folder, stopAt);
    if (this.finder.loaded.length !== known) this.showProblems();
    return config;
  }

  private folderOf(file: string): string | undefined {
    return this.folders().find((folder) => {
      const relative = path.relative(folder, file);
      return !relative.startsWith('..') && !path.isAbsolute(relative);
    });
  }

  private showProblems(): void {
    this.problems.show(this.finder.loaded.map(({ file, problems }) => ({ path: file, problems })));
  }
}
