// A whole draft read paragraph by paragraph: each paragraph's reading comes from the
// cache where its text is unchanged, and its mentions are resolved once per set of
// people the draft names. Past the paragraph an edit touched, a check here only walks
// cached readings, so an edit costs little more than re-reading that paragraph.
import type { RecordIndex } from '../record/index';
import type { DateMention } from './dates';
import { readMarkdown, readPlainText, type Prose } from './markdown';
import { loneSurnamesOf, type LoneSurnames, type Mention, resolveParagraphMentions } from './mentions';
import { BoundedCache } from '../text/boundedCache';
import { detached } from '../text/strings';
import { kept, readParagraph, type ParagraphReading, type SentenceReading } from './paragraph';

/** A recorded person named in a sentence. Offsets are the draft's, or the paragraph's before it is placed. */
export interface Paragraph {
  /** Its prose (non-prose blanked out) and where it starts in the draft. */
  text: string;
  start: number;
  /** Its sentences' indices in the draft: [first, last). */
  first: number;
  last: number;
  reading: ParagraphReading;
  /** Each sentence's mentions, offsets relative to the paragraph. */
  mentions: (readonly Mention[])[];
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

export interface ReadingCaches {
  /** Paragraph readings keyed by the paragraph's text: an edit re-reads only the paragraph it touched. */
  paragraphs: BoundedCache<ParagraphReading>;
  /** Each reading's mentions, for the people the draft named when they were resolved. */
  mentions: WeakMap<ParagraphReading, { named: string; mentions: (readonly Mention[])[] }>;
  /** The dates chrono-node read in a sentence, by its text, offsets relative to it. */
  dates: BoundedCache<readonly DateMention[]>;
  /** The last prose read and its paragraphs: the next check takes those before and after its edit from here. */
  last?: { prose: string; paragraphs: readonly ReadParagraph[] };
}

export const createReadingCaches = (): ReadingCaches => ({ paragraphs: new BoundedCache(20_000), mentions: new WeakMap(), dates: new BoundedCache(20_000) });

interface ReadParagraph {
  text: string;
  start: number;
  reading: ParagraphReading;
}

/** Paragraphs: runs of lines between blank lines, trimmed, with where they start. */
export function splitParagraphs(text: string, from = 0, to = text.length): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let at = from;
  const push = (end: number) => {
    const chunk = text.slice(at, end).trimEnd();
    const trimmed = chunk.trimStart();
    // Detached: the cache keeps paragraphs longer than the draft they were cut from.
    if (trimmed) out.push({ text: detached(trimmed), start: at + chunk.length - trimmed.length });
  };
  const breaks = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?=\r\n|\r|\n)/g;
  breaks.lastIndex = from;
  for (let m = breaks.exec(text); m && m.index < to; m = breaks.exec(text)) {
    push(m.index);
    at = m.index + m[0].length;
  }
  push(to);
  return out;
}

/**
 * The paragraphs of `prose` with their readings. Those wholly before or after the part that
 * changed since the last check are the last check's, moved: a blank line decides a paragraph
 * break by itself, so an edit can change only the paragraphs it touches or joins.
 */
function readParagraphs(prose: string, index: RecordIndex, caches: ReadingCaches): readonly ReadParagraph[] {
  const last = caches.last ?? { prose: '', paragraphs: [] };
  if (last.prose === prose) return last.paragraphs;
  const old = last.paragraphs;
  const { head, tail } = unchangedEnds(last.prose, prose);
  // Kept before the edit: each paragraph whose next one begins in the unchanged head.
  let before = 0;
  while (before + 1 < old.length && old[before + 1]!.start < head) before++;
  // Kept after it: each paragraph whose previous one ends in the unchanged tail.
  let after = old.length;
  while (after - 1 > before && endOf(old[after - 2]!) > last.prose.length - tail) after--;
  const shift = prose.length - last.prose.length;
  const from = before > 0 ? endOf(old[before - 1]!) : 0;
  const to = after < old.length ? old[after]!.start + shift : prose.length;
  const middle = splitParagraphs(prose, from, to).map((p) => ({ ...p, reading: caches.paragraphs.get(p.text, () => readParagraph(p.text, index, caches.dates)) }));
  const read = [...old.slice(0, before), ...middle, ...old.slice(after).map((p) => ({ ...p, start: p.start + shift }))];
  caches.last = { prose, paragraphs: read };
  return read;
}

const endOf = (p: ReadParagraph): number => p.start + p.text.length;

/** How many characters two texts share at their start, and then at their end. */
function unchangedEnds(a: string, b: string): { head: number; tail: number } {
  const most = Math.min(a.length, b.length);
  let head = 0;
  // Blocks first: comparing slices is the engine's memory compare, not a loop of characters.
  while (head + 256 <= most && a.slice(head, head + 256) === b.slice(head, head + 256)) head += 256;
  while (head < most && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (tail + 256 <= most - head && a.slice(a.length - tail - 256, a.length - tail) === b.slice(b.length - tail - 256, b.length - tail)) tail += 256;
  while (tail < most - head && a.charCodeAt(a.length - tail - 1) === b.charCodeAt(b.length - tail - 1)) tail++;
  return { head, tail };
}

export function readDocument(text: string, languageId: string | undefined, index: RecordIndex, caches: ReadingCaches): DocumentReading {
  const prose = languageId === 'markdown' ? readMarkdown(text) : readPlainText(text);
  const read = readParagraphs(prose.text, index, caches);
  const named = new Set<string>();
  for (const { reading } of read) for (const person of reading.people) named.add(person);
  const namedKey = [...named].sort().join(',');
  let loneSurnames: LoneSurnames | undefined;
  const paragraphs: Paragraph[] = [];
  let sentenceCount = 0;
  for (const { text: paragraphText, start, reading } of read) {
    let resolved = caches.mentions.get(reading);
    if (resolved?.named !== namedKey) {
      loneSurnames ??= loneSurnamesOf(named, index);
      resolved = { named: namedKey, mentions: resolveParagraphMentions(reading, named, loneSurnames, index).map(kept) };
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
