// The end-to-end suite's entry, as @vscode/test-electron (and code-server's
// extensionTestsPath) expect it: run() runs every test inside VS Code's extension host.
// The test files are bundled into this one; each is loaded only once mocha has set up its
// `suite`/`test` functions. The summary ends with "N passed, N failed", and when
// READOUT_E2E_RESULT names a file the counts and failures are written there as JSON too,
// for the runner.
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { startBanner, type SuiteResult } from './result';

/** In the order they run; each loads lazily (esbuild keeps `import()` of a bundled module lazy). */
const files: Record<string, () => Promise<unknown>> = {
  'workbench.test.ts': () => import('./workbench.test'),
  'diagnostics.test.ts': () => import('./diagnostics.test'),
  'hovers.test.ts': () => import('./hovers.test'),
  'inlayHints.test.ts': () => import('./inlayHints.test'),
  'statusBar.test.ts': () => import('./statusBar.test'),
  'quickFixes.test.ts': () => import('./quickFixes.test'),
  'settings.test.ts': () => import('./settings.test'),
  'recordFile.test.ts': () => import('./recordFile.test'),
  'walkthrough.test.ts': () => import('./walkthrough.test'),
  'config.test.ts': () => import('./config.test'),
};

export async function run(): Promise<void> {
  console.log(`${startBanner} in ${vscode.env.appName} ${vscode.version} (${vscode.env.appHost}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} UI)`);
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  const only = process.env.READOUT_E2E_GREP;
  if (only) mocha.grep(only);
  for (const [file, load] of Object.entries(files)) {
    mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, file, mocha);
    await load();
    mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_POST_REQUIRE, globalThis, file, mocha);
  }

  const result: SuiteResult = { passed: 0, failed: 0, pending: 0, failures: [] };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, () => result.passed++);
    runner.on(Mocha.Runner.constants.EVENT_TEST_PENDING, () => result.pending++);
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test: Mocha.Runnable, err: Error) => {
      result.failed++;
      result.failures.push({ title: test.fullTitle(), error: err?.stack ?? String(err) });
    });
  });

  const summary = `${result.passed} passed, ${result.failed} failed${result.pending ? `, ${result.pending} skipped` : ''}`;
  console.log(summary);
  if (process.env.READOUT_E2E_RESULT) writeFileSync(process.env.READOUT_E2E_RESULT, `${JSON.stringify(result, null, 2)}\n`);
  if (result.passed + result.failed === 0) throw new Error('no end-to-end test ran');
  if (result.failed > 0) throw new Error(`${result.failed} end-to-end test(s) failed`);
}
