// What the suite tells its runners, shared by both sides (no `vscode` here: runners import it).

/** The first line the suite prints: runners show the extension host's output from there on. */
export const startBanner = 'Readout end-to-end suite';

/** Written as JSON to `$READOUT_E2E_RESULT` when the suite ends. */
export interface SuiteResult {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; error: string }[];
}
