// Runs the end-to-end suite in code-server 4.100.3 (VS Code 1.100.3) through headless Debian
// Chromium: the way @vscode/test-electron runs it, for machines that cannot download VS Code.
// Installs code-server into a cache folder once, starts it on 127.0.0.1 with throwaway
// folders, opens the workbench with the extensionDevelopmentPath/extensionTestsPath payload,
// prints the suite's output as it comes, and stops everything it started, also on failure
// or timeout. `node --import tsx test/e2e/runCodeServer.ts` (after the builds; see run.ts).
import { rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import { copyWorkspace, ensureCodeServer, launchChromium, log, remoteUri, repoRoot, startCodeServer, tail, type CodeServer } from './codeServer';
import { missingBuilds, readResult, report, suiteEntry, type RunOutcome } from './report';
import { startBanner } from './suite/result';

/** The whole run, code-server's install and start included: `$READOUT_E2E_TIMEOUT` seconds, 10 minutes unless set. */
/** What the workbench itself logs while the suite runs (it arrives the same way as the suite's output). */
const workbenchChatter = /^(Ignoring fetching additional builtin extensions|Updating additional builtin extensions cache|\[Service Worker\]|ChatSessionStore:)/;

const timeoutMs = Number(process.env.READOUT_E2E_TIMEOUT ?? 600) * 1000;

export async function runInCodeServer(): Promise<RunOutcome> {
  const missing = missingBuilds();
  if (missing) return { exitCode: 1, problem: missing };
  const started = Date.now();
  let server: CodeServer | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const workbenchLines: string[] = [];
  try {
    ensureCodeServer();
    const resultFile = path.join(os.tmpdir(), `readout-e2e-result-${process.pid}-${Date.now()}.json`);
    server = await startCodeServer({
      env: { READOUT_E2E_RESULT: resultFile, ...(process.env.READOUT_E2E_GREP ? { READOUT_E2E_GREP: process.env.READOUT_E2E_GREP } : {}) },
    });
    const workspace = copyWorkspace(server.dir);
    const payload = [
      ['extensionDevelopmentPath', remoteUri(server, repoRoot)],
      ['extensionTestsPath', remoteUri(server, suiteEntry)],
    ];
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const verbose = !!process.env.READOUT_E2E_VERBOSE;
    let suiteStarted = false;
    page.on('pageerror', (err) => verbose && log(`page error: ${err.message}`));
    page.on('console', (msg) => verbose && log(`console.${msg.type()}: ${msg.text()}`));

    let exit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (exit = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => exit(Number(code)));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
      // The workbench logs here too: its lines before the suite's banner are kept for a failure.
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (!suiteStarted && text.startsWith(startBanner)) suiteStarted = true;
      if (suiteStarted && !verbose && workbenchChatter.test(text)) return;
      if (suiteStarted || verbose) (type === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
      else workbenchLines.push(`${type}: ${text}`);
    });
    const timedOut = new Promise<never>((_, reject) => {
      const left = Math.max(timeoutMs - (Date.now() - started), 1000);
      timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(timeoutMs / 1000)} s (READOUT_E2E_TIMEOUT)`)), left);
    });
    // A crashed page or a dead code-server ends the run at once rather than at the timeout.
    const crashed = new Promise<never>((_, reject) => {
      page.on('crash', () => reject(new Error('the workbench page crashed')));
      page.on('close', () => reject(new Error('the workbench page closed')));
    });
    crashed.catch(() => undefined);
    const failure = Promise.race([timedOut, crashed, server.died]);
    log(`opening the workbench on ${workspace}`);
    await Promise.race([page.goto(url, { waitUntil: 'domcontentloaded' }), failure]);
    const exitCode = await Promise.race([exited, failure]);
    const result = readResult(resultFile);
    rmSync(resultFile, { force: true });
    if (!result && workbenchLines.length > 0) log(`the workbench said:\n${workbenchLines.slice(-40).join('\n')}`);
    log(`the suite exited with ${exitCode} after ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
    return { result, exitCode, ...(result ? {} : { problem: 'the suite wrote no result (it did not start, or failed to load)' }) };
  } catch (err) {
    if (workbenchLines.length > 0) log(`the workbench said:\n${workbenchLines.slice(-40).join('\n')}`);
    return { exitCode: 1, problem: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => undefined);
    if (server) {
      if (process.env.READOUT_E2E_VERBOSE) log(`code-server log:\n${tail(server.logFile, 200)}`);
      await server.stop();
    }
  }
}

if (require.main === module) {
  void runInCodeServer().then((outcome) => {
    process.exitCode = report(outcome);
  });
}
