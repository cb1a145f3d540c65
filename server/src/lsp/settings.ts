// `readout.*` settings, read per resource through workspace/configuration and cached per
// document until the client says they changed. Whatever the client sends is normalised
// here, so the rest of the server never sees a malformed value.
import type { Connection } from 'vscode-languageserver/node';
import { findingCodes, type FindingCode, isIsoDay, type Severity } from '../core';

export interface ReadoutSettings {
  enable: boolean;
  /** YYYY-MM-DD, used when the draft has no front matter date or dateline. */
  referenceDate: string | undefined;
  /** Extra record files, as written in the setting (relative paths are resolved against the workspace folder). */
  recordFiles: string[];
  houseSpelling: string[];
  rules: Partial<Record<FindingCode, Severity | 'off'>>;
  inlayHints: boolean;
}

export const defaultSettings: Readonly<ReadoutSettings> = Object.freeze({
  enable: true,
  referenceDate: undefined,
  recordFiles: [],
  houseSpelling: [],
  rules: {},
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
    inlayHints: inlayHints.enabled !== false,
  };
}

export class Settings {
  /** Per resource URI ('' for the window): pending or settled, so concurrent asks make one request. */
  private readonly cache = new Map<string, Promise<ReadoutSettings>>();
  /** For clients without workspace/configuration: what didChangeConfiguration last pushed. */
  private pushed: ReadoutSettings = { ...defaultSettings };

  constructor(
    private readonly connection: Connection,
    private readonly canAskClient: boolean,
  ) {}

  /** The client says the settings changed: read them afresh (`pushed`: what it sent, for clients that cannot be asked). */
  changed(pushed: unknown): void {
    this.cache.clear();
    if (!this.canAskClient) this.pushed = normalizeSettings(isRecord(pushed) ? pushed.readout : undefined);
  }

  /** The settings that apply to a document or folder (undefined: the window's). */
  forResource(uri: string | undefined): Promise<ReadoutSettings> {
    if (!this.canAskClient) return Promise.resolve(this.pushed);
    const key = uri ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ ...(uri ? { scopeUri: uri } : {}), section: 'readout' }).then(
        (raw: unknown) => normalizeSettings(raw),
        () => {
          // A client that fails to answer should not leave the draft unchecked: use the defaults, ask again next time.
          this.cache.delete(key);
          return { ...defaultSettings };
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
