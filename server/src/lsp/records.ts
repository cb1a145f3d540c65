// The record in force: the embedded one with the workspace's `.readout/*.json` files, the
// `records` of each workspace folder's `readout.config.json` and the `readout.record.files`
// merged over it. Each file is validated on load; its problems become
// diagnostics in that file, and the last good version of a broken file stays in force.
// In a restricted (untrusted) workspace no file is read: the embedded record only, and each record file says so (a note in it, a message once).
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type Connection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  type Disposable,
  type FileSystemWatcher,
  MessageType,
  ShowMessageNotification,
} from 'vscode-languageserver/node';
import { type Checker, createChecker, defaultRecord, loadRecord, type RecordFile, type RecordLayer } from '../core';
import { configFileName, configRecordFiles } from '../node/config';
import { listRecordFiles, readRecordText, recordFolder } from '../node/recordFiles';
import { Configs } from './config';
import { FileProblems } from './fileProblems';
import { describeError } from './guard';
import type { Settings } from './settings';


interface RecordFileRef {
  /** Absolute path on disk. */
  path: string;
  /** How problems name it: relative to its workspace folder where it is in one. */
  name: string;
  /** Named in `readout.record.files` or `readout.config.json` (a missing one is worth a warning; a vanished `.readout/` file is not). */
  configured: boolean;
}

/** What a record file of a restricted workspace says in the editor. */
export const restrictedNote =
  'Not in force: this workspace is restricted (untrusted), so Readout checks drafts against its embedded record only. Trust the workspace to use this record file.';

export interface RecordOptions {
  /** False in a restricted workspace: read no files. */
  trusted: boolean;
  /** The client can watch files for the server (VS Code, Neovim ≥ 0.10); otherwise it must send didChangeWatchedFiles itself. */
  canRegisterWatchers: boolean;
  relativePatterns: boolean;
}

export class Records {
  private current: { record: RecordFile; checker: Checker } = { record: defaultRecord, checker: createChecker({ record: defaultRecord }) };
  /** Per file path: the version last merged without problems. */
  private readonly lastGood = new Map<string, RecordLayer>();
  private readonly problems: FileProblems;
  /** Workspace folders: their URIs as the client gave them, and their paths. */
  private folderUriList: string[] = [];
  private folders: string[] = [];
  private queue: Promise<void> = Promise.resolve();
  private firstLoad: Promise<void> | undefined;
  private watchers: { key: string; registration: Promise<Disposable | undefined> } | undefined;
  /** Restricted workspace: the record files already noted as not in force, and whether the client was told. */
  private readonly noted = new Set<string>();
  private restrictedMessageShown = false;

  /** The project configurations: the one at each workspace folder's root names record files too. */
  readonly configs: Configs;

  constructor(
    private readonly connection: Connection,
    private readonly settings: Settings,
    private readonly options: RecordOptions,
  ) {
    this.problems = new FileProblems(connection);
    this.configs = new Configs(connection, options.trusted, () => this.folders);
  }

  get checker(): Checker {
    return this.current.checker;
  }

  /** Resolves once the first load is done (drafts wait for it, so the first diagnostics use the workspace record). */
  get ready(): Promise<void> {
    return this.firstLoad ?? Promise.resolve();
  }

  /** Workspace folders (file: URIs; others are not on disk) whose `.readout/` files are read. */
  setFolders(uris: readonly string[]): void {
    this.folderUriList = [...new Set(uris)].filter((uri) => uri.startsWith('file:'));
    this.folders = this.folderUriList.map((uri) => fileURLToPath(uri));
  }

  get folderUris(): readonly string[] {
    return this.folderUriList;
  }

  /** Reloads every record file; reloads run one at a time, so the last one wins. Resolves to whether the record changed. */
  reload(): Promise<boolean> {
    const run = this.queue.then(() => this.load()).catch((err: unknown) => {
      this.connection.console.error(`Readout: loading the record failed: ${describeError(err)}`);
      return false;
    });
    this.queue = run.then(() => undefined);
    this.firstLoad ??= this.queue;
    return run;
  }

  private async load(): Promise<boolean> {
    if (!this.options.trusted) this.noteIgnoredFiles();
    const files = this.options.trusted ? await this.findFiles() : [];
    const read = this.readFiles(files);
    // The last good version is named as the file is named now (the workspace folders may have changed since).
    const loaded = loadRecord(read.map(({ ref, text }) => ({ file: ref.name, text, lastGood: this.lastGood.get(ref.path) })));
    for (const p of loaded.stale) this.connection.console.warn(`Readout: record file ${p.file} no longer merges: ${p.message}`);

    const paths = new Set(files.map((f) => f.path));
    for (const known of [...this.lastGood.keys()]) if (!paths.has(known)) this.lastGood.delete(known);
    read.forEach(({ ref }, i) => {
      const good = loaded.good[i];
      if (good) this.lastGood.set(ref.path, good);
    });
    this.problems.show(files.map((f) => ({ path: f.path, problems: loaded.problems.filter((p) => p.file === f.name) })));
    this.updateWatchers(files.filter((f) => f.configured).map((f) => f.path));

    const merged = loaded.record;
    if (JSON.stringify(merged) === JSON.stringify(this.current.record)) return false;
    this.current = { record: merged, checker: createChecker({ record: merged }) };
    return true;
  }

  /**
   * In a restricted workspace the `.readout/` files are listed, never read: each gets a note
   * (an information diagnostic) that it is not in force, and the first time there are any the
   * client shows a message saying why and what to do.
   */
  private noteIgnoredFiles(): void {
    const ignored = this.folders.flatMap((folder) => listRecordFiles(folder)).filter((file) => !this.noted.has(file));
    if (ignored.length === 0) return;
    const start = { line: 0, character: 0 };
    for (const file of ignored) {
      this.noted.add(file);
      void this.connection.sendDiagnostics({
        uri: pathToFileURL(file).href,
        diagnostics: [{ range: { start, end: start }, severity: DiagnosticSeverity.Information, source: 'readout', message: restrictedNote }],
      });
    }
    const names = ignored.map((file) => this.displayName(file)).join(', ');
    this.connection.console.info(`Readout: restricted workspace: record files not read: ${names}`);
    if (!this.restrictedMessageShown) {
      this.restrictedMessageShown = true;
      // A notification, not a request: nothing to answer, nothing to fail.
      void this.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Info,
        message: `Readout: this workspace is restricted, so its record files (${names}) are not used and drafts are checked against the embedded record only. Trust the workspace to use them.`,
      });
    }
  }

  /** Reads each file; one that cannot be read is left out. */
  private readFiles(files: readonly RecordFileRef[]): { ref: RecordFileRef; text: string }[] {
    const read: { ref: RecordFileRef; text: string }[] = [];
    for (const ref of files) {
      try {
        read.push({ ref, text: readRecordText(ref.path) });
      } catch (err) {
        if (ref.configured) this.connection.console.warn(`Readout: cannot read the record file ${ref.path} (readout.record.files or readout.config.json): ${(err as NodeJS.ErrnoException).code ?? describeError(err)}`);
      }
    }
    return read;
  }

  /** The `.readout/` files of every workspace folder, then those its configuration names, then the settings' ones, each once. */
  private async findFiles(): Promise<RecordFileRef[]> {
    const found = new Map<string, RecordFileRef>();
    const add = (file: string, configured: boolean) => {
      if (!found.has(file)) found.set(file, { path: file, name: this.displayName(file), configured });
    };
    for (const folder of this.folders) for (const file of listRecordFiles(folder)) add(file, false);
    for (const folder of this.folders) {
      const config = this.configs.forWorkspaceFolder(folder);
      if (config) for (const file of configRecordFiles(config)) add(file, true);
    }
    const scopes = this.folders.length > 0 ? this.folders.map((folder, i) => ({ folder, uri: this.folderUriList[i] })) : [{ folder: undefined, uri: undefined }];
    for (const { folder, uri } of scopes) {
      const settings = await this.settings.forResource(uri);
      for (const given of settings.recordFiles) {
        if (path.isAbsolute(given)) add(path.normalize(given), true);
        else if (folder !== undefined) add(path.resolve(folder, given), true);
      }
    }
    return [...found.values()];
  }

  private displayName(file: string): string {
    const folder = this.folders.find((f) => !path.relative(f, file).startsWith('..') && !path.isAbsolute(path.relative(f, file)));
    if (folder === undefined) return file;
    const relative = path.relative(folder, file).split(path.sep).join('/');
    return this.folders.length > 1 ? `${path.basename(folder)}/${relative}` : relative;
  }

  /** Asks the client to watch `.readout/` folders and the configured files, and to tell the server of changes. */
  private updateWatchers(configured: readonly string[]): void {
    if (!this.options.canRegisterWatchers || !this.options.trusted) return;
    const key = configured.join('\n');
    if (this.watchers?.key === key) return;
    const previous = this.watchers?.registration;
    const watchers: FileSystemWatcher[] = [{ globPattern: `**/${recordFolder}/**/*.json` }, { globPattern: `**/${configFileName}` }];
    for (const file of configured) {
      watchers.push({
        globPattern: this.options.relativePatterns
          ? { baseUri: pathToFileURL(path.dirname(file)).href, pattern: path.basename(file) }
          : file.split(path.sep).join('/'),
      });
    }
    const registration = this.connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers })
      .catch((err: unknown) => {
        this.connection.console.warn(`Readout: the client cannot watch record files: ${describeError(err)}`);
        return undefined;
      });
    this.watchers = { key, registration };
    void previous?.then((old) => old?.dispose());
  }
}
