// A person's recorded terms and calls as plain data, for the client to draw: the facts come
// from the record the checker was made with.
import type { Timeline } from '../api';
import { shortName } from '../record/index';
import type { RecordFile } from '../record/types';

export function timelineOf(record: RecordFile, id: string, referenceDate: string | null): Timeline | null {
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
