// What both runners share: where the built suite is, and how a run's end is reported.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { log, repoRoot } from './codeServer';
import type { SuiteResult } from './suite/result';

/** The suite as test/e2e/build.mjs bundles it. */
export const suiteEntry = path.join(repoRoot, 'dist', 'test', 'e2e', 'suite', 'index.js');

/** Why the run cannot start (the suite's bundle, or the extension's package.json `main`, not built), or undefined. */
export function missingBuilds(): string | undefined {
  const { main } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { main?: string };
  const built = [...(main ? [path.join(repoRoot, main.endsWith('.js') ? main : `${main}.js`)] : []), suiteEntry];
  const missing = built.filter((file) => !existsSync(file)).map((file) => path.relative(repoRoot, file));
  return missing.length > 0 ? `${missing.join(' and ')} not built: run npm run build and node test/e2e/build.mjs first` : undefined;
}

export interface RunOutcome {
  /** The suite's own counts, when it got as far as writing them. */
  result?: SuiteResult;
  /** 0 when every test passed. */
  exitCode: number;
  /** Why the run ended early, if it did. */
  problem?: string;
}

export const readResult = (file: string): SuiteResult | undefined => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SuiteResult) : undefined);

/** Prints how the run ended; the last line is the suite's "N passed, N failed". Returns the exit status. */
export function report({ result, exitCode, problem }: RunOutcome): number {
  if (problem) log(`error: ${problem}`);
  if (result && result.failures.length > 0) {
    log('failures:');
    for (const { title, error } of result.failures) process.stdout.write(`  ✗ ${title}\n    ${error.split('\n').slice(0, 6).join('\n    ')}\n`);
  }
  // Without the suite's own counts (it never started, or the run timed out) the run counts as one failure.
  const passed = result?.passed ?? 0;
  const failed = result ? result.failed : 1;
  const failing = exitCode !== 0 || failed > 0 || !result || (result.passed === 0 && result.failed === 0);
  const skipped = result?.pending ? `, ${result.pending} skipped` : '';
  process.stdout.write(`${passed} passed, ${failing && failed === 0 ? 1 : failed} failed${skipped}\n`);
  return failing ? 1 : 0;
}
