// A whole draft read: its paragraphs (from the cache where unchanged), its
// sentences, and who is mentioned where.
import type { RecordIndex } from '../record/index';
import type { Token } from '../text/tokens';
import type { DateMention } from './dates';
import { readMarkdown, readPlainText, type Prose } from './markdown';
import { closest, readParagraph, type ParagraphReading, type TitleMatch } from './paragraph';

export interface Mention {
  person: string;
  start: number;
  end: number;
  kind: 'name' | 'misspelling' | 'surname';
  sentence: number;
  /** Token range in the sentence's paragraph. */
  first: number;
  last: number;
  /** Misspellings: the wrong word's range and what the record has. */
  wrong?: { start: number; end: number; expected: string };
}

export interface ResolvedDate extends DateMention {
  /** The day it names, when it names one. */
  day?: number;
  /** First and last day of a month or a year. */
  firstDay?: number;
  lastDay?: number;
  /** How it was resolved, for hovers ("relative to the dateline 2022-10-22"). */
  how?: string;
}

export interface SentenceView {
  /** Token indices of long capitalised words that are no recorded name. */
  strangers: number[];
  index: number;
  paragraph: number;
  /** Offset of the paragraph in the draft: token offsets are relative to it. */
  base: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  first: number;
  last: number;
  titles: TitleMatch[];
  mentions: Mention[];
  dates: ResolvedDate[];
}

export interface Paragraph {
  text: string;
  start: number;
  /** Its sentences' indices in the draft: [first, last). */
  first: number;
  last: number;
}

export interface DocumentReading {
  text: string;
  prose: Prose;
  paragraphs: Paragraph[];
  sentences: SentenceView[];
  mentions: Mention[];
  /** People named in full somewhere in the draft. */
  named: Set<string>;
}

/** Paragraphs: runs of lines between blank lines, trimmed, with where they start. */
function splitParagraphs(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let at = 0;
  const push = (end: number) => {
    const chunk = text.slice(at, end).trimEnd();
    const trimmed = chunk.trimStart();
    if (trimmed) out.push({ text: trimmed, start: at + chunk.length - trimmed.length });
  };
  for (const m of text.matchAll(/(?:\r\n|\r(?!\n)|\n)[ \t]*(?=\r\n|\r|\n)/g)) {
    push(m.index!);
    at = m.index! + m[0].length;
  }
  push(text.length);
  return out;
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

/** Paragraph readings keyed by the paragraph's text: an edit re-reads only the paragraph it touched. */
export type ParagraphCache = BoundedCache<ParagraphReading>;

export function readDocument(text: string, languageId: string | undefined, index: RecordIndex, cache: ParagraphCache): DocumentReading {
  const prose = languageId === 'markdown' ? readMarkdown(text) : readPlainText(text);
  const paragraphs: Paragraph[] = [];
  const sentences: SentenceView[] = [];
  const candidates: Mention[][] = [];
  for (const { text: paragraphText, start: base } of splitParagraphs(prose.text)) {
    const reading = cache.get(paragraphText, () => readParagraph(paragraphText, index));
    const paragraph: Paragraph = { text: paragraphText, start: base, first: sentences.length, last: sentences.length + reading.sentences.length };
    for (const s of reading.sentences) {
      const view: SentenceView = {
        index: sentences.length,
        paragraph: paragraphs.length,
        base,
        start: base + s.start,
        end: base + s.end,
        text: paragraphText.slice(s.start, s.end),
        tokens: reading.tokens,
        first: s.first,
        last: s.last,
        titles: s.titles,
        strangers: s.strangers,
        mentions: [],
        dates: s.dates
          // A date read across a blanked URL, comment or code span ("yesterday www.July 13") is no date the writer wrote.
          .filter((d) => text.startsWith(paragraphText.slice(d.start, d.end), base + d.start))
          .map((d) => ({ ...d, start: base + d.start, end: base + d.end, ...(d.weekdayStart !== undefined ? { weekdayStart: base + d.weekdayStart, weekdayEnd: base + d.weekdayEnd! } : {}) })),
      };
      sentences.push(view);
      candidates.push(
        s.names.map((n) => ({
          person: n.person,
          start: base + reading.tokens[n.first]!.start,
          end: base + reading.tokens[n.last - 1]!.end,
          kind: n.kind,
          sentence: view.index,
          first: n.first,
          last: n.last,
          ...(n.wrong !== undefined
            ? { wrong: { start: base + reading.tokens[n.wrong]!.start, end: base + reading.tokens[n.wrong]!.end, expected: n.expected! } }
            : {}),
        })),
      );
    }
    paragraphs.push(paragraph);
  }
  const named = new Set<string>();
  for (const list of candidates) for (const m of list) if (m.kind !== 'surname') named.add(m.person);
  const mentions = resolveMentions(sentences, candidates, named, index);
  return { text, prose, paragraphs, sentences, mentions, named };
}

const titleNeighbours = new Set(['secretary', 'minister', 'gen', 'general', 'president', 'chairman', 'spokesman', 'spokesperson', 'governor']);

/** Keeps full names; keeps a surname alone where it can only mean one recorded person. */
function resolveMentions(sentences: SentenceView[], candidates: Mention[][], named: Set<string>, index: RecordIndex): Mention[] {
  const all: Mention[] = [];
  // Surnames a lone near miss may stand for, by first letter: long, uncommon ones of people the draft names.
  const loneSurnames = new Map<string, { person: string; surname: string }[]>();
  for (const person of named) {
    if (index.people.get(person)!.commonSurname) continue;
    for (const surname of index.people.get(person)!.surname) {
      if (surname.length < 7) continue;
      const key = surname[0]!.toLowerCase();
      loneSurnames.set(key, [...(loneSurnames.get(key) ?? []), { person, surname }]);
    }
  }
  for (const s of sentences) {
    const list = candidates[s.index]!;
    for (let k = 0; k < list.length; k++) {
      const m = list[k]!;
      if (m.kind !== 'surname') {
        s.mentions.push(m);
        continue;
      }
      const rivals = list.filter((o) => o.kind === 'surname' && o.first === m.first);
      if (rivals[0] !== m) continue; // decided once per word
      const chosen = chooseSurname(s, rivals, named, index, list);
      if (chosen) s.mentions.push(chosen);
    }
    if (s.strangers.length && loneSurnames.size) readLoneMisspellings(s, loneSurnames);
    s.mentions.sort((a, b) => a.start - b.start);
    all.push(...s.mentions);
  }
  return all;
}

function chooseSurname(s: SentenceView, rivals: Mention[], named: Set<string>, index: RecordIndex, all: Mention[]): Mention | undefined {
  const introduced = rivals.filter((r) => named.has(r.person));
  const m = introduced.length === 1 ? introduced[0]! : rivals.length === 1 ? rivals[0]! : undefined;
  if (!m) return undefined;
  const before = s.tokens[m.first - 1];
  const titled = !!before && s.titles.some((t) => t.last === m.first) || (!!before && titleNeighbours.has(before.norm));
  // "Anna Austin": another person's given name right before the surname.
  if (before?.word && before.capital && m.first - 1 > s.first && !titled) return undefined;
  const person = index.people.get(m.person)!;
  if (person.commonSurname && !named.has(m.person) && !titled && !besideCallPartner(all, m.person, index)) return undefined;
  return m;
}

/** "Shoigu spoke with Austin": a recorded call partner named in the same sentence. */
function besideCallPartner(sentence: Mention[], person: string, index: RecordIndex): boolean {
  return (index.callsByPerson.get(person) ?? []).some((c) => sentence.some((o) => o.person !== person && c.participants.includes(o.person)));
}

/** "Belousev": a lone near miss of the surname of someone the draft names. */
function readLoneMisspellings(s: SentenceView, surnames: Map<string, { person: string; surname: string }[]>): void {
  for (const i of s.strangers) {
    const t = s.tokens[i]!;
    const match = (surnames.get(t.norm[0]!) ?? []).find(({ surname }) => closest(t.norm, [surname]));
    if (!match) continue;
    const start = s.base + t.start;
    const end = s.base + t.end;
    const wrong = { start, end, expected: match.surname };
    s.mentions.push({ person: match.person, start, end, kind: 'misspelling', sentence: s.index, first: i, last: i + 1, wrong });
  }
}
