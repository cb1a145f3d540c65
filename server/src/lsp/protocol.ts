// Readout's own messages between the VS Code client and the server. Shared by both sides
// (the client imports this file), so a change to a message is one change, checked by both
// type checks. Only protocol types here: no `vscode`, no server code.
import { type Position, RequestType } from 'vscode-languageserver-protocol';

/** Where a draft's reference date came from (the core's `ReferenceDateSource`). */
export type ReferenceDateOrigin = 'front-matter' | 'dateline' | 'setting' | 'inferred';

export interface ReferenceDateParams {
  uri: string;
}

export interface ReferenceDateResult {
  /** YYYY-MM-DD, or null when the draft has none. */
  referenceDate: string | null;
  source: ReferenceDateOrigin | null;
  /** How many findings the draft has now. */
  findings: number;
  /** Why the draft is not checked, when it is not (too large, binary, or `readout.enable` is off). */
  declined?: string;
}

/** The reference date of an open draft, for the status bar; null for a document the server does not have. */
export const ReferenceDateRequest = new RequestType<ReferenceDateParams, ReferenceDateResult | null, void>('readout/referenceDate');

export interface TimelineParams {
  uri: string;
  position: Position;
}

export interface TimelineSource {
  publisher: string;
  title?: string;
  date?: string;
  url?: string;
}

export interface TimelineTerm {
  /** The office's or rank's full title. */
  title: string;
  kind: 'office' | 'rank';
  /** Partial dates as the record gives them ("2024", "2024-05", "2024-05-12"); missing when not established. */
  start?: string;
  end?: string;
  /** No end recorded: held until the record's `asOf` (or the end is unknown, see `endUnknown`). */
  endUnknown: boolean;
  approximate: boolean;
  /** Days on which the person is attested holding it, where the term itself is unknown. */
  attested: string[];
  confidence: string;
}

export interface TimelineCall {
  date: string;
  /** The other participants' names. */
  with: string[];
  /** Who asked for the call, where the record says. */
  initiator?: string;
  notes?: string;
}

export interface TimelineResult {
  name: string;
  description: string;
  /** The record's compilation date: ongoing terms are known to hold until then. */
  asOf?: string;
  /** The draft's reference date, to mark on the timeline. */
  referenceDate: string | null;
  terms: TimelineTerm[];
  calls: TimelineCall[];
  sources: TimelineSource[];
}

/** The recorded terms and calls of the person named at a position; null where no person is named. */
export const TimelineRequest = new RequestType<TimelineParams, TimelineResult | null, void>('readout/timeline');

/** What the client tells the server when it starts it. */
export interface InitializationOptions {
  /** False in a restricted (untrusted) workspace: then only the embedded record is used, no workspace files are read. */
  trustedWorkspace?: boolean;
  /** The `readout` settings, for clients that give them at start (Helix's `config`); `settings: { readout }` is read too. */
  readout?: unknown;
}
