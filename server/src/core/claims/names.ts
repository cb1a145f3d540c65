// Names as printed: recorded people found in a sentence (full names, surnames alone, near
// misses of either), and the findings on them (misspellings, house spellings).
import type { Mention } from '../read/document';
import type { NameMatch, ParagraphReading, SentenceReading } from '../read/paragraph';
import type { SentenceView } from '../read/sentences';
import type { RecordIndex } from '../record/index';
import { normalizeWord, type Sentence, type Tokens } from '../text/tokens';
import { type Context, nameOf, type RawFinding } from './context';

export function readNames(tokens: Tokens, s: Sentence, index: RecordIndex, out: NameMatch[]): void {
  for (let i = s.first; i < s.last; i++) {
    if (!tokens.word(i) || !tokens.capital(i)) continue;
    const match = index.names.longest(tokens, i, s.last);
    if (match) {
      const homonym = match.values.find((v) => v.kind === 'homonym');
      const name = match.values.find((v) => v.kind !== 'homonym');
      let capitalised = true;
      for (let j = i; j < match.end; j++) if (tokens.word(j) && !tokens.capital(j)) capitalised = false;
      if (homonym || (name && capitalised)) {
        if (!homonym && name) out.push({ first: i, last: match.end, person: name.person, kind: name.kind as 'name' | 'misspelling' });
        i = match.end - 1;
        continue;
      }
    }
    const surname = index.surnames.get(tokens.norm(i));
    if (surname) {
      for (const person of surname) out.push({ first: i, last: i + 1, person, kind: 'surname' });
      continue;
    }
    const nearMiss = readNearMiss(tokens, i, s, index);
    if (nearMiss) {
      out.push(nearMiss);
      i = nearMiss.last - 1;
    }
  }
}

/** "Llyod Austin", "Lloyd Austen", "Belousev": a near miss of a recorded name. */
function readNearMiss(tokens: Tokens, i: number, s: Sentence, index: RecordIndex): NameMatch | undefined {
  const word = tokens.norm(i);
  const next = tokens.norm(i + 1);
  const nextIsName = i + 1 < s.last && tokens.word(i + 1) && tokens.capital(i + 1);
  if (index.nameWords.has(word)) {
    // A correct given name followed by a misspelt surname.
    if (!nextIsName || index.nameWords.has(next)) return undefined;
    for (const person of index.givenNames.get(word) ?? []) {
      const expected = closest(next, index.people.get(person)!.surname);
      if (expected) return { first: i, last: i + 2, person, kind: 'misspelling', wrong: i + 1, expected };
    }
    return undefined;
  }
  // A misspelt given name followed by a correct surname.
  if (nextIsName) {
    for (const person of index.surnames.get(next) ?? []) {
      const expected = closest(word, index.people.get(person)!.given);
      if (expected) return { first: i, last: i + 2, person, kind: 'misspelling', wrong: i, expected };
    }
  }
  return undefined;
}

/** The recorded spelling within a typing slip of `word`, if any. */
export function closest(word: string, spellings: string[]): string | undefined {
  if (word.length < 4) return undefined;
  for (const spelling of spellings) {
    const target = spelling.toLowerCase();
    if (target[0] !== word[0] || target === word || isOtherForm(word, target)) continue;
    const allowed = target.length >= 8 ? 2 : 1;
    if (Math.abs(target.length - word.length) <= allowed && editDistance(word, target, allowed) <= allowed) return spelling;
  }
  return undefined;
}

/** A real other form of a name, never a slip: feminine or plural ("Belousova", "Zelenska", "the Belousovs"). */
function isOtherForm(word: string, name: string): boolean {
  if (word === `${name}a` || word === `${name}s`) return true;
  const stem = /(?:iy|yy|y|i)$/.exec(name);
  return stem !== null && (word === `${name.slice(0, stem.index)}a` || word === `${name.slice(0, stem.index)}aya`);
}

/** Optimal string alignment distance (a swap of neighbours costs one), capped at `max` + 1. */
export function editDistance(a: string, b: string, max: number): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      best = Math.min(best, v);
    }
    if (i > 0 && best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** Long capitalised words that are no recorded name: near misses of a surname, perhaps. */
export function readStrangers(tokens: Tokens, s: Sentence, index: RecordIndex, names: NameMatch[]): number[] {
  const strangers: number[] = [];
  for (let i = s.first; i < s.last; i++) {
    const norm = tokens.norm(i);
    if (tokens.word(i) && tokens.capital(i) && norm.length >= 7 && !index.nameWords.has(norm) && !names.some((n) => n.first <= i && i < n.last)) strangers.push(i);
  }
  return strangers;
}

const titleNeighbours = new Set(['secretary', 'minister', 'gen', 'general', 'president', 'chairman', 'spokesman', 'spokesperson', 'governor']);

/** Surnames a lone near miss may stand for, by first letter: long, uncommon ones of people the draft names. */
export type LoneSurnames = Map<string, { person: string; surname: string }[]>;

export function loneSurnamesOf(named: Set<string>, index: RecordIndex): LoneSurnames {
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
export function resolveMentions(reading: ParagraphReading, s: SentenceReading, named: Set<string>, loneSurnames: LoneSurnames, index: RecordIndex): Mention[] {
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
  return mentions.sort((a, b) => a.start - b.start);
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

export function readNameClaims(ctx: Context, s: SentenceView): RawFinding[] {
  const out: RawFinding[] = [];
  const house = ctx.houseSpelling;
  for (const m of s.mentions) {
    const person = ctx.index.people.get(m.person)!;
    if (m.kind === 'misspelling') {
      const wrong = m.wrong ?? listedMisspelling(ctx, s, m.first, m.last, m.person);
      if (!wrong) continue;
      const description = `${person.name}, ${person.description}`;
      out.push({
        code: 'name-misspelling',
        start: wrong.start,
        end: wrong.end,
        message: `"${ctx.doc.text.slice(wrong.start, wrong.end)}" looks like a misspelling of "${wrong.expected}" (${description}).`,
        sourceIds: (ctx.index.termsByPerson.get(m.person) ?? []).flatMap((t) => t.term.sources).slice(0, 3),
        fixes: [{ title: `Change to "${wrong.expected}"`, newText: wrong.expected }],
      });
      continue;
    }
    if (!house.size) continue;
    const { tokens } = s;
    for (let i = m.first; i < m.last; i++) {
      if (!tokens.word(i)) continue;
      const norm = tokens.norm(i);
      for (const variants of [person.given, person.surname]) {
        const norms = variants.map((v) => normalizeWord(v).norm);
        const preferred = variants.find((_, k) => house.has(norms[k]!));
        if (!norms.includes(norm) || !preferred || normalizeWord(preferred).norm === norm) continue;
        const suffix = tokens.possessive(i) ? tokens.text(i).slice(-2) : '';
        out.push({
          code: 'name-variant',
          start: s.base + tokens.start(i),
          end: s.base + tokens.end(i),
          message: `The house spelling of ${nameOf(ctx, m.person)} is "${preferred}".`,
          sourceIds: [],
          fixes: [{ title: `Change to "${preferred}${suffix}"`, newText: preferred + suffix }],
        });
      }
    }
  }
  return out;
}

/** In a listed misspelling ("Llyod Austin"), the word that is wrong and what the record has. */
function listedMisspelling(ctx: Context, s: SentenceView, first: number, last: number, id: string) {
  const person = ctx.index.people.get(id)!;
  const { tokens } = s;
  for (let i = first; i < last; i++) {
    if (!tokens.word(i) || ctx.index.nameWords.has(tokens.norm(i))) continue;
    const expected = closest(tokens.norm(i), [...person.given, ...person.surname]) ?? person.given[0]!;
    return { start: s.base + tokens.start(i), end: s.base + tokens.end(i), expected };
  }
  return undefined;
}
