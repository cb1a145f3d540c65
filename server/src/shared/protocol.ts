// Readout's own messages between the VS Code client and the server. Shared by both sides
// (the client imports this file), so a change to a message is one change, checked by both
// type checks. Only protocol types here: no `vscode`, no server code; the core's types are
// imported as types only, so nothing of the core reaches the client's bundle.
import { type Position, RequestType } from 'vscode-languageserver-protocol';
import type { ReferenceDateSource, Timeline } from '../core';

export interface ReferenceDateParams {
  uri: string;
}

export interface ReferenceDateResult {
  /** YYYY-MM-DD, or null when the draft has none. */
  referenceDate: string | null;
  source: ReferenceDateSource | null;
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

/** The core's timeline of the person, as the client draws it. */
export type TimelineResult = Timeline;

/** The recorded terms and calls of the person named at a position; null where no person is named. */
export const TimelineRequest = new RequestType<TimelineParams, TimelineResult | null, void>('readout/timeline');

/** What the client tells the server when it starts it. */
export interface InitializationOptions {
  /** False in a restricted (untrusted) workspace: then only the embedded record is used, no workspace files are read. */
  trustedWorkspace?: boolean;
  /** The `readout` settings, for clients that give them at start (Helix's `config`); `settings: { readout }` is read too. */
  readout?: unknown;
}
