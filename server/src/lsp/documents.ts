// Open drafts (incrementally synced) and the last check of each, by version. Hovers, inlay
// hints, code actions and diagnostics of one version share one check; a document's state is
// dropped when it closes. The core caches paragraphs, so re-checking after an edit is cheap.
import { type Connection, Emitter, TextDocuments, type TextDocumentsConfiguration } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core';
import type { Records } from './records';
import { type ReadoutSettings, type Settings, withProjectConfig } from './settings';

export interface DraftCheck {
  /** The open document; it changes in place, so compare its version with `version` after any await. */
  document: TextDocument;
  version: number;
  /** Unique to this check: a pull-diagnostics client that has it already needs nothing new. */
  resultId: string;
  result: CheckResult;
  settings: ReadoutSettings;
  /** Matched an ignore pattern (`readout.ignore` or the configuration's `ignore`): not checked. */
  ignored: boolean;
}

interface Cached {
  version: number;
  /** Which record and settings the check used: bumped when either changes. */
  generation: number;
  check: DraftCheck;
}

/** TextDocument, except that a change at a version the document already has or has passed (a stale message arriving late) is ignored: the newer version wins. */
const newestWins: TextDocumentsConfiguration<TextDocument> = {
  create: TextDocument.create,
  update: (document, changes, version) => (version <= document.version ? document : TextDocument.update(document, changes, version)),
};

const disabledResult: CheckResult = { referenceDate: null, referenceDateSource: null, findings: [] };

export class Drafts {
  readonly documents = new TextDocuments(newestWins);
  private readonly checks = new Map<string, Cached>();
  private generation = 0;
  private checksMade = 0;
  private readonly invalidated = new Emitter<void>();
  /** Fires when every draft must be checked again (the record or the settings changed). */
  readonly onInvalidated = this.invalidated.event;

  constructor(
    private readonly settings: Settings,
    private readonly records: Records,
  ) {}

  listen(connection: Connection): void {
    this.documents.onDidClose(({ document }) => {
      this.checks.delete(document.uri);
      this.settings.forget(document.uri);
    });
    this.documents.listen(connection);
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return this.documents.all();
  }

  /** Checks of this version from now on are stale. */
  invalidate(): void {
    this.generation++;
    this.checks.clear();
    this.invalidated.fire();
  }

  /**
   * The check of the document's current version: cached, or made now. Undefined when the
   * document is not open, or changed (or closed) while its settings were read — the caller
   * then has nothing current to answer with.
   */
  async check(uri: string): Promise<DraftCheck | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.checks.get(uri);
    if (cached && cached.version === document.version && cached.generation === this.generation) return cached.check;

    // TextDocuments updates a document in place: remember which version this check is for.
    const version = document.version;
    const generation = this.generation;
    const [given] = await Promise.all([this.settings.forResource(uri), this.records.ready]);
    if (this.documents.get(uri) !== document || document.version !== version) return undefined;
    const again = this.checks.get(uri);
    if (again && again.version === version && again.generation === this.generation) return again.check;

    const config = this.records.configs.forDocument(uri);
    const merged = withProjectConfig(given, config?.config);
    const ignored = merged.enable && this.records.configs.ignores(uri, merged, config);
    // An ignored draft is treated as one Readout is off for: no diagnostics, hovers or hints.
    const settings = ignored ? { ...merged, enable: false } : merged;
    const result = settings.enable
      ? this.records.checker.check(document.getText(), {
          languageId: document.languageId === 'markdown' ? 'markdown' : 'plaintext',
          ...(settings.referenceDate ? { referenceDate: settings.referenceDate } : {}),
          rules: settings.rules,
          houseSpelling: settings.houseSpelling,
        })
      : disabledResult;
    const check = { document, version, resultId: String(++this.checksMade), result, settings, ignored };
    // A check made while the settings or record changed is still the best answer now, but not kept.
    if (generation === this.generation) this.checks.set(uri, { version, generation, check });
    return check;
  }
}
