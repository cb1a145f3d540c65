// Runs the end-to-end suite with @vscode/test-electron, in VS Code desktop (the version
// code-server runs, unless READOUT_E2E_VSCODE says otherwise), for machines that can download
// VS Code: a contributor's laptop, a hosted CI (on Linux without a display, under xvfb-run).
// `node --import tsx test/e2e/runElectron.ts` (after the builds; see run.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { baseSettings, codeServerVersion, copyWorkspace, log, repoRoot } from './codeServer';
import { missingBuilds, readResult, report, suiteEntry, type RunOutcome } from './report';

const timeoutMs = Number(process.env.READOUT_E2E_TIMEOUT ?? 600) * 1000;

export async function runInElectron(): Promise<RunOutcome> {
  const missing = missingBuilds();
  if (missing) return { exitCode: 1, problem: missing };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'readout-e2e-'));
  const resultFile = path.join(dir, 'result.json');
  let timer: NodeJS.Timeout | undefined;
  try {
    const workspace = copyWorkspace(dir);
    const userData = path.join(dir, 'user-data');
    mkdirSync(path.join(userData, 'User'), { recursive: true });
    writeFileSync(path.join(userData, 'User', 'settings.json'), `${JSON.stringify(baseSettings, null, 2)}\n`);
    const version = process.env.READOUT_E2E_VSCODE ?? '1.100.3'; // code-server ${codeServerVersion} is VS Code 1.100.3
    log(`VS Code ${version} through @vscode/test-electron (code-server ${codeServerVersion} runs the same VS Code)`);
    const run = runTests({
      version,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suiteEntry,
      extensionTestsEnv: { READOUT_E2E_RESULT: resultFile, ...(process.env.READOUT_E2E_GREP ? { READOUT_E2E_GREP: process.env.READOUT_E2E_GREP } : {}) },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${userData}`, `--extensions-dir=${path.join(dir, 'extensions')}`],
    }).then(
      (code) => code,
      (err: unknown) => {
        // runTests rejects when the tests fail as well as when VS Code cannot be had.
        const result = readResult(resultFile);
        if (result) return 1;
        throw err;
      },
    );
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(timeoutMs / 1000)} s (READOUT_E2E_TIMEOUT)`)), timeoutMs);
    });
    const exitCode = await Promise.race([run, timedOut]);
    const result = readResult(resultFile);
    return { result, exitCode, ...(result ? {} : { problem: 'the suite wrote no result (it did not start, or failed to load)' }) };
  } catch (err) {
    return { exitCode: 1, problem: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void runInElectron().then((outcome) => {
    // test-electron's VS Code is its child: exiting here ends it too after a timeout.
    process.exit(report(outcome));
  });
}
