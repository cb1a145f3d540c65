// `npm run test:e2e`: runs the end-to-end suite with the runner that can work here.
// READOUT_E2E_RUNNER=code-server|electron chooses; otherwise test-electron when a VS Code it
// downloaded before is at hand (.vscode-test/), else code-server when a Chromium is installed
// (these machines: VS Code cannot be downloaded, Debian's chromium and code-server from npm
// can), else test-electron. The last line is the suite's "N passed, N failed"; the exit status
// is non-zero on any failure or timeout.
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { findChromium, log, repoRoot } from './codeServer';
import { report, type RunOutcome } from './report';

type Runner = 'code-server' | 'electron';

function pickRunner(): Runner {
  const chosen = process.env.READOUT_E2E_RUNNER;
  if (chosen === 'code-server' || chosen === 'electron') return chosen;
  if (chosen) throw new Error(`READOUT_E2E_RUNNER must be code-server or electron, not "${chosen}"`);
  const downloaded = path.join(repoRoot, '.vscode-test');
  if (existsSync(downloaded) && readdirSync(downloaded).some((entry) => entry.startsWith('vscode-'))) return 'electron';
  return findChromium() ? 'code-server' : 'electron';
}

async function main(): Promise<number> {
  let outcome: RunOutcome;
  try {
    const runner = pickRunner();
    log(`runner: ${runner}${process.env.READOUT_E2E_RUNNER ? ' (READOUT_E2E_RUNNER)' : ''}`);
    outcome = runner === 'code-server' ? await (await import('./runCodeServer')).runInCodeServer() : await (await import('./runElectron')).runInElectron();
  } catch (err) {
    outcome = { exitCode: 1, problem: err instanceof Error ? err.message : String(err) };
  }
  return report(outcome);
}

void main().then((status) => process.exit(status));
