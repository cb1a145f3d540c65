// The record in force: the embedded one with the workspace's `.readout/*.json` files and the
// `readout.record.files` merged over it. Each file is validated on load; its problems become
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
import { type Checker, createChecker, defaultRecord, mergeRecords, parseRecordFile, type RecordFile, type RecordLayer, type RecordProblem } from '../core';
import { listRecordFiles, readRecordText, recordFolder } from '../node/recordFiles';
import { describeError } from './guard';
import type { Settings } from './settings';


interface RecordFileRef {
  /** Absolute path on disk. */
  path: string;
  /** How problems name it: relative to its workspace folder where it is in one. */
  name: string;
  /** Named in `readout.record.files` (a missing one is worth a warning; a vanished `.readout/` file is not). */
  configured: boolean;
}

interface LoadedLayers {
  /** In file order: what will be merged. */
  layers: RecordLayer[];
  /** By path: the layers read from disk just now (not last good versions). */
  fresh: Map<string, RecordLayer>;
  /** By path: what is wrong with each file. */
  problems: Map<string, RecordProblem[]>;
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
  /** Record file URIs that show problems now. */
  private readonly shown = new Set<string>();
  /** Workspace folders: their URIs as the client gave them, and their paths. */
  private folderUriList: string[] = [];
  private folders: string[] = [];
  private queue: Promise<void> = Promise.resolve();
  private firstLoad: Promise<void> | undefined;
  private watchers: { key: string; registration: Promise<Disposable | undefined> } | undefined;
  /** Restricted workspace: the record files already noted as not in force, and whether the client was told. */
  private readonly noted = new Set<string>();
  private restrictedMessageShown = false;

  constructor(
    private readonly connection: Connection,
    private readonly settings: Settings,
    private readonly options: RecordOptions,
  ) {}

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
    const read = this.readLayers(files);
    const merged = this.mergeLayers(files, read);

    const paths = new Set(files.map((f) => f.path));
    for (const known of [...this.lastGood.keys()]) if (!paths.has(known)) this.lastGood.delete(known);
    for (const [file, layer] of read.fresh) this.lastGood.set(file, layer);
    this.showProblems(files, read.problems);
    this.updateWatchers(files.filter((f) => f.configured).map((f) => f.path));

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

  /** Each file as it is on disk if it is valid, else its last good version. */
  private readLayers(files: readonly RecordFileRef[]): LoadedLayers {
    const loaded: LoadedLayers = { layers: [], fresh: new Map(), problems: new Map() };
    for (const file of files) {
      let text: string;
      try {
        text = readRecordText(file.path);
      } catch (err) {
        if (file.configured) this.connection.console.warn(`Readout: cannot read the record file ${file.path} (readout.record.files): ${(err as NodeJS.ErrnoException).code ?? describeError(err)}`);
        continue;
      }
      // A file may refer to what the files before it define.
      const parsed = parseRecordFile(file.name, text, loaded.layers.length ? mergeRecords(loaded.layers).record : defaultRecord);
      if (parsed.data) {
        const layer = { file: file.name, text, data: parsed.data };
        loaded.layers.push(layer);
        loaded.fresh.set(file.path, layer);
      } else {
        loaded.problems.set(file.path, parsed.problems);
        const good = this.lastGoodAs(file);
        if (good) loaded.layers.push(good);
      }
    }
    return loaded;
  }

  /** Merges the layers; a fresh one that contradicts the others is reported, and its last good version merged instead. */
  private mergeLayers(files: readonly RecordFileRef[], loaded: LoadedLayers): RecordFile {
    const merge = (layers: RecordLayer[]) => (layers.length > 0 ? mergeRecords(layers) : { record: defaultRecord, problems: [] });
    const first = merge(loaded.layers);
    if (first.problems.length === 0) return first.record;
    const rejected = new Set(first.problems.map((p) => p.file));
    const retry: RecordLayer[] = [];
    for (const file of files) {
      const layer = loaded.layers.find((l) => l.file === file.name);
      if (!layer) continue;
      if (!rejected.has(file.name)) {
        retry.push(layer);
      } else if (loaded.fresh.get(file.path) === layer) {
        loaded.problems.set(file.path, first.problems.filter((p) => p.file === file.name));
        loaded.fresh.delete(file.path);
        const good = this.lastGoodAs(file);
        if (good) retry.push(good);
      }
    }
    const second = merge(retry);
    for (const p of second.problems) this.connection.console.warn(`Readout: record file ${p.file} no longer merges: ${p.message}`);
    return second.record;
  }

  /** The file's last good version, named as it is named now (the workspace folders may have changed since). */
  private lastGoodAs(file: RecordFileRef): RecordLayer | undefined {
    const good = this.lastGood.get(file.path);
    return good && { ...good, file: file.name };
  }

  /** The `.readout/` files of every workspace folder, then the configured ones, each once. */
  private async findFiles(): Promise<RecordFileRef[]> {
    const found = new Map<string, RecordFileRef>();
    const add = (file: string, configured: boolean) => {
      if (!found.has(file)) found.set(file, { path: file, name: this.displayName(file), configured });
    };
    for (const folder of this.folders) for (const file of listRecordFiles(folder)) add(file, false);
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

  private showProblems(files: readonly RecordFileRef[], problems: ReadonlyMap<string, RecordProblem[]>): void {
    const now = new Set<string>();
    for (const file of files) {
      const list = problems.get(file.path);
      if (!list?.length) continue;
      const uri = pathToFileURL(file.path).href;
      now.add(uri);
      const diagnostics = list.map((p) => ({ range: p.range, severity: DiagnosticSeverity.Error, source: 'readout', message: p.message }));
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
    for (const uri of this.shown) if (!now.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.shown.clear();
    for (const uri of now) this.shown.add(uri);
  }

  /** Asks the client to watch `.readout/` folders and the configured files, and to tell the server of changes. */
  private updateWatchers(configured: readonly string[]): void {
    if (!this.options.canRegisterWatchers || !this.options.trusted) return;
    const key = configured.join('\n');
    if (this.watchers?.key === key) return;
    const previous = this.watchers?.registration;
    const watchers: FileSystemWatcher[] = [{ globPattern: `**/${recordFolder}/**/*.json` }];
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
