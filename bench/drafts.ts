// The benchmark's inputs: article-prose drafts of a given length and a large
// synthetic record. Seeded, so every run reads the very same text.
import { defaultRecord, type Person, type RecordedEvent, type RecordFile, type Term } from '../server/src/core';

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The draft's dateline: the day after the Oct. 21, 2022 Austin–Shoigu call. */
export const DRAFT_DATE = '2022-10-22';

/** "Oct. 21", "March 15, 2023" or "on Friday" style phrases for an ISO day. */
function datePhrase(iso: string, rand: () => number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const md = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  const r = rand();
  if (r < 0.3) return `on ${WEEKDAYS[d.getUTCDay()]}`;
  if (r < 0.6) return `on ${md}`;
  return `on ${md}, ${d.getUTCFullYear()}`;
}

/** Each recorded person with the capitalised title forms of the offices and ranks they held. */
function officials(record: RecordFile): { id: string; person: Person; titles: string[] }[] {
  const out = [];
  for (const [id, person] of Object.entries(record.people ?? {})) {
    const titles = (record.terms ?? [])
      .filter((t) => t.person === id)
      .flatMap((t) => (record.offices?.[t.office]?.forms ?? []).filter((f) => /^[A-Z]/.test(f) && f.length > 3).slice(0, 3));
    out.push({ id, person, titles: [...new Set(titles)] });
  }
  return out;
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

// Filler prose, put together from parts so paragraphs rarely repeat.
const SUBJECTS = ['The talks', 'The conversation', 'The exchange', 'Western officials', 'Analysts in Washington', 'Diplomats in Brussels', 'The readout', 'Military planners', 'European allies', 'Officials in Kyiv', 'The ministry', 'Lawmakers on Capitol Hill', 'Several former officials', 'The statement'];
const VERBS = ['come amid', 'followed weeks of', 'did not resolve', 'focused on', 'drew attention to', 'underscored', 'offered little detail about', 'were seen as a response to', 'reflected', 'raised questions about', 'did not mention', 'touched briefly on'];
const OBJECTS = ['growing concern over the nuclear plant', 'the deconfliction line between the two militaries', 'the war in Ukraine', 'the risk of escalation along NATO borders', 'strategic stability', 'grain shipments through the Black Sea', 'a possible prisoner exchange', 'drone incidents over the Black Sea', 'the arms control treaty', 'long-range missile deliveries', 'troop movements near the border', 'sanctions on defence exports'];
const TAILS = ['', '', ' according to two people familiar with the matter', ' a senior official said', ' in the view of several analysts', ' the ministry said in a brief statement', ' officials said later', ' without any sign of a breakthrough'];
const TOLD = ['told reporters', 'said in a statement', 'wrote in a readout', 'said at a briefing', 'told a news conference'];

function filler(rand: () => number): string {
  const tail = pick(rand, TAILS);
  return `${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)}${tail ? `,${tail}` : ''}.`;
}

/**
 * An article-prose Markdown draft of at least `words` words: front matter with the
 * dateline, a headline, then paragraphs of 2–5 sentences naming officials, their
 * titles, dates and calls among filler prose.
 */
export function generateDraft(words: number, seed = 42, record: RecordFile = defaultRecord): string {
  const rand = prng(seed + words);
  const people = officials(record).filter((o) => o.titles.length);
  const byId = new Map(people.map((o) => [o.id, o]));
  const calls = (record.events ?? []).filter((e): e is RecordedEvent & { participants: string[] } => e.type === 'call' && (e.participants?.length ?? 0) === 2 && e.participants!.every((p) => byId.has(p)));
  const name = (id: string) => {
    const p = byId.get(id)!.person;
    return rand() < 0.2 ? p.name : `${p.given[0]} ${p.surname[0]}`;
  };
  const titled = (id: string) => `${pick(rand, byId.get(id)!.titles)} ${name(id)}`;

  const sentence = (): string => {
    const r = rand();
    if (r < 0.2 && calls.length) {
      const k = Math.floor(rand() * calls.length);
      const call = calls[k]!;
      const [a, b] = call.participants;
      const since = calls.slice(0, k).reverse().find((c) => c.participants.every((p) => call.participants.includes(p))) ?? calls[0]!;
      return `${titled(a!)} spoke with his Russian counterpart ${name(b!)} ${datePhrase(call.date, rand)}, their first call since ${datePhrase(since.date, rand).replace(/^on /, '')}.`;
    }
    if (r < 0.45) {
      const o = pick(rand, people);
      return `${titled(o.id)} ${pick(rand, TOLD)} ${datePhrase(pick(rand, calls).date, rand)} that ${filler(rand).replace(/^The/, 'the').replace(/^([A-Z])(?=[a-z])/, (c) => c.toLowerCase())}`;
    }
    if (r < 0.55) {
      const o = pick(rand, people);
      return `"${filler(rand).replace(/\.$/, ',')}" said ${o.person.surname[0]}.`;
    }
    if (r < 0.7) return `${filler(rand).replace(/\.$/, '')} ${datePhrase(pick(rand, calls).date, rand)}.`;
    return filler(rand);
  };

  const parts = [`---\ndate: ${DRAFT_DATE}\n---\n`, '# Austin and Shoigu speak again as the war grinds on\n'];
  let count = 9;
  while (count < words) {
    const n = 2 + Math.floor(rand() * 4);
    const paragraph = Array.from({ length: n }, sentence).join(' ');
    count += paragraph.split(/\s+/).length;
    parts.push(`${paragraph}\n`);
  }
  return parts.join('\n');
}

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

const SYLLABLES = ['ka', 'lo', 'mi', 'ran', 'sel', 'to', 'vik', 'dor', 'an', 'bel', 'gri', 'sha', 'nov', 'lev', 'mar', 'ten', 'os', 'pet', 'ru', 'zin'];

/**
 * The default record grown to `people` people and `calls` calls: generated people
 * holding the four call offices in turn, and recorded calls between them.
 */
export function syntheticRecord(people = 10_000, calls = 100_000, seed = 7): RecordFile {
  const rand = prng(seed);
  const base = defaultRecord;
  const word = (n: number) => {
    const s = Array.from({ length: n }, () => pick(rand, SYLLABLES)).join('');
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const extraPeople: Record<string, Person> = {};
  const terms: Term[] = [];
  const ids: { us: string[]; ru: string[] } = { us: [], ru: [] };
  const sourceIds = Array.from({ length: 100 }, (_, i) => `synthetic-source-${i}`);
  const offices = { us: ['us-secretary-of-defense', 'us-chairman-joint-chiefs'], ru: ['ru-minister-of-defence', 'ru-chief-of-general-staff'] };
  for (let i = Object.keys(base.people ?? {}).length; i < people; i++) {
    const side = i % 2 ? 'ru' : 'us';
    const id = `synthetic-person-${i}`;
    const given = word(2);
    const surname = `${word(3)}${i.toString(36)}`; // unique
    extraPeople[id] = { name: `${given} ${surname}`, given: [given], surname: [surname], country: side.toUpperCase(), description: 'A synthetic official' };
    const year = 1950 + Math.floor(rand() * 70);
    terms.push({ person: id, office: pick(rand, offices[side]), start: `${year}-01-15`, end: `${year + 1}-01-14`, confidence: 'high', sources: [pick(rand, sourceIds)] });
    ids[side].push(id);
  }
  const events: RecordedEvent[] = [...(base.events ?? [])];
  for (let i = events.filter((e) => e.type === 'call').length; i < calls; i++) {
    const year = 1950 + Math.floor(rand() * 70);
    const date = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    events.push({ id: `synthetic-call-${i}`, type: 'call', date, participants: [pick(rand, ids.us), pick(rand, ids.ru)], confidence: 'medium', sources: [pick(rand, sourceIds)] });
  }
  return {
    ...base,
    sources: { ...base.sources, ...Object.fromEntries(sourceIds.map((id) => [id, { publisher: 'Synthetic Wire', date: '2020-01-01' }])) },
    people: { ...base.people, ...extraPeople },
    terms: [...(base.terms ?? []), ...terms],
    events,
  };
}
