import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { daySpan, renderTimeline, showDate } from '../../client/src/timelineHtml';
import type { TimelineResult } from '../../server/src/shared/protocol';

const shoigu: TimelineResult = {
  name: 'Sergei Shoigu',
  description: "Russia's Minister of Defence (2012–2024) <then> Security Council",
  asOf: '2025-11-30',
  referenceDate: '2024-07-13',
  terms: [
    { title: 'Minister of Defence', kind: 'office', start: '2012-11-06', end: '2024-05-12', endUnknown: false, approximate: false, attested: [], confidence: 'high' },
    { title: 'General of the Army', kind: 'rank', endUnknown: false, approximate: false, attested: ['2022-02-24'], confidence: 'medium' },
  ],
  calls: [{ date: '2022-10-21', with: ['Lloyd Austin'], initiator: 'Lloyd Austin' }],
  sources: [{ publisher: 'Reuters', date: '2022-10' }],
};

describe('the timeline page', () => {
  test('draws a bar per term, a dot per call and the reference date', () => {
    const html = renderTimeline(shoigu, { cspSource: 'vscode-resource:' });
    assert.equal((html.match(/<rect class="term/g) ?? []).length, 1, 'an attested-only rank is a dot, not a bar');
    assert.equal((html.match(/<circle class="attested"/g) ?? []).length, 1);
    assert.equal((html.match(/<circle class="call"/g) ?? []).length, 1);
    assert.match(html, /<line class="reference"/);
    assert.match(html, /Fri 2022-10-21/);
  });

  test('escapes the record\'s text and runs no script', () => {
    const html = renderTimeline(shoigu, { cspSource: 'vscode-resource:' });
    assert.ok(!html.includes('<then>'));
    assert.ok(!/<script/i.test(html));
    assert.match(html, /default-src 'none'/);
  });

  test('reads partial dates as the span they name', () => {
    assert.deepEqual(daySpan('2024-05'), { first: Date.UTC(2024, 4, 1), last: Date.UTC(2024, 4, 31) });
    assert.deepEqual(daySpan('2024'), { first: Date.UTC(2024, 0, 1), last: Date.UTC(2024, 11, 31) });
    assert.equal(showDate('2024-07-12'), 'Fri 2024-07-12');
    assert.equal(showDate('2024-07'), '2024-07');
  });
});
