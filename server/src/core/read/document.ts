// A whole draft read paragraph by paragraph: each paragraph's reading comes from the
// cache where its text is unchanged, and its mentions are resolved once per set of
// people the draft names. Past the paragraph an edit touched, a check here only walks
// cached readings, so an edit costs little more than re-reading that paragraph.
import type { RecordIndex } from '../record/index';
import type { DateMention } from './dates';
import { readMarkdown, readPlainText, type Prose } from './markdown';
import { detached } from '../text/strings';
import { closest, kept, readParagraph, type ParagraphReading, type SentenceReading } from './paragraph';

/** A recorded person named in a sentence. Offsets are the draft's, or the paragraph's before it is placed. */
export interface Mention {
  person: string;
  start: number;
  end: number;
  kind: 'name' | 'misspelling' | 'surname';
  /** Token range in the sentence's paragraph. */
  first: number;
  last: number;
  /** Misspellings: the wrong word's range and what the record has. */
  wrong?: { start: number; end: number; expected: string };
}

export interface Paragraph {
  /** Its prose (non-prose blanked out) and where it starts in the draft. */
  text: string;
  start: number;
  /** Its sentences' indices in the draft: [first, last). */
  first: number;
  last: number;
  reading: ParagraphReading;
  /** Each sentence's mentions, offsets relative to the paragraph. */
  mentions: Mention[][];
}

export interface DocumentReading {
  text: string;
  /** What the Markdown says besides its prose: the draft's own text is `text`. */
  prose: Omit<Prose, 'text'>;
  paragraphs: Paragraph[];
  sentenceCount: number;
  /** The people named in full somewhere in the draft, as a key: what mentions and claims depend on. */
  named: string;
}

/**
 * A bounded cache in two generations: what was used since the last turnover stays, what was
 * not is dropped at the next one. Cheaper than a strict LRU: a hit costs one lookup.
 */
export class BoundedCache<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();
  constructor(private readonly limit: number) {}

  get(key: string, compute: () => V): V {
    let value = this.current.get(key);
    if (value !== undefined) return value;
    value = this.previous.get(key) ?? compute();
    if (this.current.size >= this.limit / 2) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
    return value;
  }
}

export interface ReadingCaches {
  /** Paragraph readings keyed by the paragraph's text: an edit re-reads only the paragraph it touched. */
  paragraphs: BoundedCache<ParagraphReading>;
  /** Each reading's mentions, for the people the draft named when they were resolved. */
  mentions: WeakMap<ParagraphReading, { named: string; mentions: Mention[][] }>;
}

export const createReadingCaches = (): ReadingCaches => ({ paragraphs: new BoundedCache(20_000), mentions: new WeakMap() });

/** Paragraphs: runs of lines between blank lines, trimmed, with where they start. */
export function splitParagraphs(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let at = 0;
  const push = (end: number) => {
    const chunk = text.slice(at, end).trimEnd();
    const trimmed = chunk.trimStart();
    // Detached: the cache keeps paragraphs longer than the draft they were cut from.
    if (trimmed) out.push({ text: detached(trimmed), start: at + chunk.length - trimmed.length });
  };
  for (const m of text.matchAll(/(?:\r\n|\r(?!\n)|\n)[ \t]*(?=\r\n|\r|\n)/g)) {
    push(m.index!);
    at = m.index! + m[0].length;
  }
  push(text.length);
  return out;
}

export function readDocument(text: string, languageId: string | undefined, index: RecordIndex, caches: ReadingCaches): DocumentReading {
  const prose = languageId === 'markdown' ? readMarkdown(text) : readPlainText(text);
  const read = splitParagraphs(prose.text).map((p) => ({ ...p, reading: caches.paragraphs.get(p.text, () => readParagraph(p.text, index)) }));
  const named = new Set<string>();
  for (const { reading } of read) for (const s of reading.sentences) for (const n of s.names) if (n.kind !== 'surname') named.add(n.person);
  const namedKey = [...named].sort().join(',');
  let loneSurnames: LoneSurnames | undefined;
  const paragraphs: Paragraph[] = [];
  let sentenceCount = 0;
  for (const { text: paragraphText, start, reading } of read) {
    let resolved = caches.mentions.get(reading);
    if (resolved?.named !== namedKey) {
      loneSurnames ??= loneSurnamesOf(named, index);
      resolved = { named: namedKey, mentions: reading.sentences.map((s) => resolveMentions(reading, s, named, loneSurnames!, index)) };
      caches.mentions.set(reading, resolved);
    }
    const first = sentenceCount;
    sentenceCount += reading.sentences.length;
    paragraphs.push({ text: paragraphText, start, first, last: sentenceCount, reading, mentions: resolved.mentions });
  }
  return { text, prose: { directives: prose.directives, ...(prose.frontMatter ? { frontMatter: prose.frontMatter } : {}) }, paragraphs, sentenceCount, named: namedKey };
}

/** A sentence's dates as the writer wrote them, offsets relative to the paragraph. */
export function writtenDates(doc: DocumentReading, p: Paragraph, s: SentenceReading): DateMention[] {
  // A date read across a blanked URL, comment or code span ("yesterday www.July 13") is no date the writer wrote.
  return s.dates.filter((d) => doc.text.startsWith(p.text.slice(d.start, d.end), p.start + d.start));
}

const titleNeighbours = new Set(['secretary', 'minister', 'gen', 'general', 'president', 'chairman', 'spokesman', 'spokesperson', 'governor']);

/** Surnames a lone near miss may stand for, by first letter: long, uncommon ones of people the draft names. */
type LoneSurnames = Map<string, { person: string; surname: string }[]>;

function loneSurnamesOf(named: Set<string>, index: RecordIndex): LoneSurnames {
  const out: LoneSurnames = new Map();
  for (const person of named) {
    const { commonSurname, surname: spellings } = index.people.get(person)!;
    if (commonSurname) continue;
    for (const surname of spellings) {
      if (surname.length < 7) continue;
      const key = surname[0]!.toLowerCase();
      out.set(key, [...(out.get(key) ?? []), { person, surname }]);
    }
  }
  return out;
}

/** A sentence's mentions: full names; a surname alone where it can only mean one recorded person; lone near misses. */
function resolveMentions(reading: ParagraphReading, s: SentenceReading, named: Set<string>, loneSurnames: LoneSurnames, index: RecordIndex): Mention[] {
  const { tokens } = reading;
  const candidates: Mention[] = s.names.map((n) => ({
    person: n.person,
    start: tokens.start(n.first),
    end: tokens.end(n.last - 1),
    kind: n.kind,
    first: n.first,
    last: n.last,
    ...(n.wrong !== undefined ? { wrong: { start: tokens.start(n.wrong), end: tokens.end(n.wrong), expected: n.expected! } } : {}),
  }));
  const mentions: Mention[] = [];
  for (const m of candidates) {
    if (m.kind !== 'surname') {
      mentions.push(m);
      continue;
    }
    const rivals = candidates.filter((o) => o.kind === 'surname' && o.first === m.first);
    if (rivals[0] !== m) continue; // decided once per word
    const chosen = chooseSurname(reading, s, rivals, named, index, candidates);
    if (chosen) mentions.push(chosen);
  }
  if (s.strangers.length && loneSurnames.size) mentions.push(...readLoneMisspellings(reading, s, loneSurnames));
  return kept(mentions.sort((a, b) => a.start - b.start));
}

function chooseSurname(reading: ParagraphReading, s: SentenceReading, rivals: Mention[], named: Set<string>, index: RecordIndex, all: Mention[]): Mention | undefined {
  const introduced = rivals.filter((r) => named.has(r.person));
  const m = introduced.length === 1 ? introduced[0]! : rivals.length === 1 ? rivals[0]! : undefined;
  if (!m) return undefined;
  const { tokens } = reading;
  const before = m.first - 1;
  const titled = tokens.has(before) && (s.titles.some((t) => t.last === m.first) || titleNeighbours.has(tokens.norm(before)));
  // "Anna Austin": another person's given name right before the surname.
  if (tokens.word(before) && tokens.capital(before) && before > s.first && !titled) return undefined;
  const person = index.people.get(m.person)!;
  if (person.commonSurname && !named.has(m.person) && !titled && !besideCallPartner(all, m.person, index)) return undefined;
  return m;
}

/** "Shoigu spoke with Austin": a recorded call partner named in the same sentence. */
function besideCallPartner(sentence: Mention[], person: string, index: RecordIndex): boolean {
  return (index.callsByPerson.get(person) ?? []).some((c) => sentence.some((o) => o.person !== person && c.participants.includes(o.person)));
}

/** "Belousev": a lone near miss of the surname of someone the draft names. */
function readLoneMisspellings(reading: ParagraphReading, s: SentenceReading, surnames: LoneSurnames): Mention[] {
  const out: Mention[] = [];
  const { tokens } = reading;
  for (const i of s.strangers) {
    const norm = tokens.norm(i);
    const match = (surnames.get(norm[0]!) ?? []).find(({ surname }) => closest(norm, [surname]));
    if (!match) continue;
    const start = tokens.start(i);
    const end = tokens.end(i);
    out.push({ person: match.person, start, end, kind: 'misspelling', first: i, last: i + 1, wrong: { start, end, expected: match.surname } });
  }
  return out;
}
