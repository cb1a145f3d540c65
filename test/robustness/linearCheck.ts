// One pathological draft read and checked, in a worker thread of linear.test.ts (so that its
// timeout can stop a scan that would never end). Throws on the first broken invariant.
import assert from 'node:assert/strict';
import { workerData } from 'node:worker_threads';
import { createChecker, defaultRecord, readingStages } from '../../server/src/core';
import { pathologicalDrafts } from './pathological';

const { name, size } = workerData as { name: string; size: number };
const draft = pathologicalDrafts(size).find((d) => d.name === name);
assert.ok(draft, `no pathological draft named ${name}`);
const { languageId, text } = draft;
assert.equal(text.length, size);
for (const prose of [readingStages.readMarkdown(text), readingStages.readPlainText(text)]) assert.equal(prose.text.length, text.length, 'blanking keeps every offset');
const result = createChecker({ record: defaultRecord }).check(text, { languageId, referenceDate: '2024-07-13' });
assert.equal(result.declined, undefined);
for (const f of result.findings) assert.ok(0 <= f.start && f.start < f.end && f.end <= text.length);
