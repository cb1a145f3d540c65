// `readout/timeline`: the record's terms and calls for the person named at a position, as
// plain data the client draws. The person comes from the core's reading of the draft; the
// facts from the record in force.
import { type RecordFile, shortName } from '../core';
import type { Feature, ServerContext } from './context';
import { guard } from './guard';
import { TimelineRequest, type TimelineResult } from './protocol';

export function registerTimeline({ connection, drafts, records }: ServerContext): Feature {
  connection.onRequest(
    TimelineRequest,
    guard(connection, 'readout/timeline', null, async ({ uri, position }): Promise<TimelineResult | null> => {
      const check = await drafts.check(uri);
      if (!check) return null;
      const offset = check.document.offsetAt(position);
      const person = records.checker.personAt(check.result, offset);
      return person ? timelineOf(records.record, person, check.result.referenceDate) : null;
    }),
  );
  return {};
}

export function timelineOf(record: RecordFile, id: string, referenceDate: string | null): TimelineResult | null {
  const person = record.people?.[id];
  if (!person) return null;
  const nameOf = (other: string) => {
    const person = record.people?.[other];
    return person ? shortName(person) : other;
  };
  const terms = (record.terms ?? []).filter((t) => t.person === id);
  const calls = (record.events ?? []).filter((e) => e.type === 'call' && e.participants?.includes(id)).sort((a, b) => (a.date < b.date ? -1 : 1));
  const sourceIds = new Set([...terms.flatMap((t) => t.sources), ...calls.flatMap((c) => c.sources)]);
  return {
    name: person.name,
    description: person.description,
    ...(record.asOf ? { asOf: record.asOf } : {}),
    referenceDate,
    terms: terms.map((t) => {
      const office = record.offices?.[t.office];
      return {
        title: office?.title ?? t.office,
        kind: office?.kind ?? 'office',
        ...(t.start ? { start: t.start } : {}),
        ...(t.end ? { end: t.end } : {}),
        endUnknown: t.endUnknown === true,
        approximate: t.approximate === true,
        attested: t.attested ?? [],
        confidence: t.confidence,
      };
    }),
    calls: calls.map((c) => {
      const by = c.initiator?.person ? nameOf(c.initiator.person) : c.initiator?.country;
      return {
        date: c.date,
        with: (c.participants ?? []).filter((p) => p !== id).map(nameOf),
        ...(by ? { initiator: by } : {}),
        ...(c.notes ? { notes: c.notes } : {}),
      };
    }),
    sources: [...sourceIds].flatMap((s) => (record.sources?.[s] ? [record.sources[s]] : [])),
  };
}
