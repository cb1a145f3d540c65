// Linear-time text handling: 1 MB of each pathological run (test/robustness/pathological.ts)
// goes through the Markdown and plain-text readers and the whole core. There is no timing
// assertion: a regular expression or a scan that is quadratic on such input takes minutes to
// hours at 1 MB, so finishing at all is the test. Each draft is checked in a worker thread
// (linearCheck.ts) under a generous timeout, so such a regression fails instead of hanging:
// a test's timeout cannot interrupt work on its own thread. `npm run bench` times the same inputs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { pathologicalDrafts } from './pathological';

const size = 1024 * 1024;
/** Far above a linear pass even on a loaded machine (each takes seconds), far below a quadratic one at 1 MB. */
const timeout = 120_000;

/** Runs linearCheck.ts on one draft in a worker, stopped when the test is (at its timeout). */
function checkInWorker(name: string, signal: AbortSignal): Promise<void> {
  const script = `require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'linearCheck.ts'))});`;
  const worker = new Worker(script, { eval: true, workerData: { name, size } });
  signal.addEventListener('abort', () => void worker.terminate());
  return new Promise((resolve, reject) => {
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the check of "${name}" stopped (exit ${code})`))));
  });
}

/** The classic worst cases of text scanning, and the kinds that were quadratic before their fix; the benchmark times all of them. */
const inTest = new Set([
  'capitals',
  'digits',
  '"Gen. Gen. Gen."',
  'straight quotes',
  '"<!--"',
  'backticks',
  'spaces, then a word',
  'spaces and dots',
  'link openings "]("',
  '"[" lines, one "]:" at the end',
  'short lines with \\n',
  'one sentence of claims',
]);

describe('1 MB of pathological text', () => {
  for (const name of inTest) {
    test(`${name}: read as Markdown and as plain text, and checked`, { timeout }, (t) => checkInWorker(name, t.signal));
  }

  test('every kind named here is among the pathological drafts', () => {
    assert.equal(inTest.size, pathologicalDrafts(16).filter((d) => inTest.has(d.name)).length, 'a name in inTest matches no draft');
  });
});
