// `readout.*` settings, from whichever channel the client uses: read per resource through
// workspace/configuration and cached per document until the client says they changed, or given
// in initializationOptions and pushed with didChangeConfiguration. Whatever the client sends is
// normalised here, so the rest of the server never sees a malformed value.
import type { Connection } from 'vscode-languageserver/node';
import { findingCodes, type FindingCode, isIsoDay, type ProjectConfig, type Severity } from '../core';

export interface ReadoutSettings {
  enable: boolean;
  /** YYYY-MM-DD, used when the draft has no front matter date or dateline. */
  referenceDate: string | undefined;
  /** Extra record files, as written in the setting (relative paths are resolved against the workspace folder). */
  recordFiles: string[];
  houseSpelling: string[];
  rules: Partial<Record<FindingCode, Severity | 'off'>>;
  /** Glob patterns of drafts not to check, relative to the workspace folder. */
  ignore: string[];
  inlayHints: boolean;
}

export const defaultSettings: Readonly<ReadoutSettings> = Object.freeze({
  enable: true,
  referenceDate: undefined,
  recordFiles: [],
  houseSpelling: [],
  rules: {},
  ignore: [],
  inlayHints: true,
});

const ruleLevels = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : []);

/** The `readout` section as the client sent it (anything) → settings the server can use. */
export function normalizeSettings(raw: unknown): ReadoutSettings {
  if (!isRecord(raw)) return { ...defaultSettings };
  const record = isRecord(raw.record) ? raw.record : {};
  const inlayHints = isRecord(raw.inlayHints) ? raw.inlayHints : {};
  const rules: ReadoutSettings['rules'] = {};
  if (isRecord(raw.rules)) {
    for (const [code, level] of Object.entries(raw.rules)) {
      if ((findingCodes as string[]).includes(code) && typeof level === 'string' && ruleLevels.has(level)) {
        rules[code as FindingCode] = level as Severity | 'off';
      }
    }
  }
  const date = typeof raw.referenceDate === 'string' ? raw.referenceDate.trim() : '';
  return {
    enable: raw.enable !== false,
    referenceDate: isIsoDay(date) ? date : undefined,
    recordFiles: strings(record.files),
    houseSpelling: strings(raw.houseSpelling),
    rules,
    ignore: strings(raw.ignore),
    inlayHints: inlayHints.enabled !== false,
  };
}

/**
 * The `readout` section in what a client gives at start (initializationOptions) or pushes
 * (didChangeConfiguration's `settings`): `{ readout: {…} }` or `{ settings: { readout: {…} } }`.
 * Undefined when it holds none.
 */
export function givenSection(payload: unknown): Record<string, unknown> | undefined {
  if (!isRecord(payload)) return undefined;
  if (isRecord(payload.readout)) return payload.readout;
  return isRecord(payload.settings) && isRecord(payload.settings.readout) ? payload.settings.readout : undefined;
}

/**
 * The settings with the project configuration under them: a setting left at its default
 * takes the configuration's value, and a severity set in `readout.rules` wins over the
 * configuration's for that code. (Its `ignore` and `records` are applied where files are.)
 */
export function withProjectConfig(settings: ReadoutSettings, config: ProjectConfig | undefined): ReadoutSettings {
  if (!config) return settings;
  return {
    ...settings,
    rules: { ...config.rules, ...settings.rules },
    houseSpelling: settings.houseSpelling.length > 0 ? settings.houseSpelling : config.houseSpelling,
  };
}

export class Settings {
  /** Per resource URI ('' for the window): pending or settled, so concurrent asks make one request. */
  private readonly cache = new Map<string, Promise<ReadoutSettings>>();
  /** What initializationOptions or the last didChangeConfiguration gave: used when the client cannot be asked, or has no `readout` section to answer with. */
  private given: ReadoutSettings;

  constructor(
    private readonly connection: Connection,
    private readonly canAskClient: boolean,
    initializationOptions: unknown,
  ) {
    this.given = normalizeSettings(givenSection(initializationOptions));
  }

  /** The client says the settings changed: read them afresh. `pushed` is what it sent; null (VS Code's way) means "ask me". */
  changed(pushed: unknown): void {
    this.cache.clear();
    if (isRecord(pushed)) this.given = normalizeSettings(givenSection(pushed));
  }

  /** The settings that apply to a document or folder (undefined: the window's). */
  forResource(uri: string | undefined): Promise<ReadoutSettings> {
    if (!this.canAskClient) return Promise.resolve(this.given);
    const key = uri ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ ...(uri ? { scopeUri: uri } : {}), section: 'readout' }).then(
        // A client with nothing under `readout` answers null: then what it gave or pushed applies.
        (raw: unknown) => (isRecord(raw) ? normalizeSettings(raw) : this.given),
        () => {
          // A client that fails to answer should not leave the draft unchecked: use what it gave, ask again next time.
          this.cache.delete(key);
          return this.given;
        },
      );
      this.cache.set(key, settings);
    }
    return settings;
  }

  /** A closed document's settings are read afresh when it is opened again. */
  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
