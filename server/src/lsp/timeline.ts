// `readout/timeline`: the record's terms and calls for the person named at a position, as
// plain data the client draws; the core finds the person and gathers the facts.
import type { Feature, ServerContext } from './context';
import { guard } from './guard';
import { TimelineRequest, type TimelineResult } from '../shared/protocol';

export function registerTimeline({ connection, drafts, records }: ServerContext): Feature {
  connection.onRequest(
    TimelineRequest,
    guard(connection, 'readout/timeline', null, async ({ uri, position }): Promise<TimelineResult | null> => {
      const check = await drafts.check(uri);
      if (!check) return null;
      return records.checker.timeline(check.result, check.document.offsetAt(position));
    }),
  );
  return {};
}
