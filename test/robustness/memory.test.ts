// What a checker keeps between checks: an edit adds the paragraph it touched, never another
// copy of the whole draft. Heap sizes after a full garbage collection, not timings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createChecker, defaultRecord } from '../../server/src/core';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

/** About 140 KB of article prose in 600 distinct paragraphs. */
const paragraphs = Array.from({ length: 600 }, (_, i) =>
  `Paragraph ${i}: Defense Secretary Lloyd Austin spoke with Russian Defence Minister Sergei Shoigu on Oct. 21, 2022, ` +
  `their first call since May 13, a Pentagon spokesman said on Friday, adding that the two men discussed the war in Ukraine.`,
);

test('typing into a long draft keeps the edited paragraphs, not a copy of the draft per keystroke', () => {
  const checker = createChecker({ record: defaultRecord });
  const draft = paragraphs.join('\n\n');
  checker.check(draft, { languageId: 'markdown', referenceDate: '2022-10-22' });
  const before = heapAfterGc();
  const edits = 100;
  for (let i = 0; i < edits; i++) {
    // A word typed into a different paragraph each time, on a new string each time, as an editor sends it.
    const typed = paragraphs.map((p, k) => (k === i * 5 ? p.replace('discussed', `discussed (${i})`) : p)).join('\n\n');
    checker.check(typed, { languageId: 'markdown', referenceDate: '2022-10-22' });
  }
  const grown = heapAfterGc() - before;
  // Each edit's new paragraph reading is a few KB; a retained draft would be 140 KB per edit (14 MB here).
  assert.ok(grown < 4 * 1024 * 1024, `the heap grew by ${(grown / 1024 / 1024).toFixed(1)} MB over ${edits} edits`);
});
