// Names as printed: recorded people found in a sentence (full names, surnames alone, near
// misses of either), and the findings on them (misspellings, house spellings).
import { isTitleCase } from '../read/chunks';
import type { Mention } from '../read/document';
import type { NameMatch, ParagraphReading, SentenceReading, TitleMatch } from '../read/paragraph';
import type { SentenceView } from '../read/sentences';
import type { RecordIndex } from '../record/index';
import type { Person } from '../record/types';
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
    const initial = readWrongInitial(tokens, i, s, index);
    if (initial) return initial;
    // A correct given name followed by a misspelt surname.
    if (!nextIsName || index.nameWords.has(next)) return undefined;
    for (const person of index.givenNames.get(word) ?? []) {
      const expected = index.people.get(person)!.surname.find((surname) => isSurnameSlip(next, surname));
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

/**
 * Whether `word` is this surname misspelt: within a typing slip of a long one; sounding alike a
 * short one, which has many real neighbours ("Mark Miller" is no slip of "Mark Milley").
 */
function isSurnameSlip(word: string, surname: string): boolean {
  return surname.length >= 7 ? closest(word, [surname]) !== undefined : soundsAlike(word, soundOf(surname.toLowerCase()));
}

/** "Charles K. Brown": a given name, a middle initial the record does not have, and the surname. */
function readWrongInitial(tokens: Tokens, i: number, s: Sentence, index: RecordIndex): NameMatch | undefined {
  const initial = tokens.text(i + 1);
  const surname = tokens.norm(i + 2) === '.' ? i + 3 : i + 2;
  if (surname >= s.last || !/^\p{Lu}\.?$/u.test(initial)) return undefined;
  for (const person of index.surnames.get(tokens.norm(surname)) ?? []) {
    const recorded = recordedInitial(index.people.get(person)!, tokens.norm(i));
    // Where the record has no initial, any is as good as none: only a differing one is a slip.
    if (!recorded || recorded === initial.charAt(0)) continue;
    return { first: i, last: surname + 1, person, kind: 'misspelling', wrong: i + 1, expected: recorded + initial.slice(1) };
  }
  return undefined;
}

/** The middle initial the record's full forms put after this given name ("Q" of "Charles Q. Brown Jr."). */
function recordedInitial(person: Person, given: string): string | undefined {
  for (const alias of person.aliases ?? []) {
    const initial = /^(\S+) (\p{Lu})\.? /u.exec(alias);
    if (initial && normalizeWord(initial[1]!).norm === given) return initial[2];
  }
  return undefined;
}

/** The recorded spelling within a typing slip of `word`, if any. */
function closest(word: string, spellings: string[]): string | undefined {
  if (word.length < 4) return undefined;
  for (const spelling of spellings) {
    const target = spelling.toLowerCase();
    if (target[0] !== word[0] || target === word || isOtherForm(word, target)) continue;
    const allowed = target.length >= 8 ? 2 : 1;
    if (Math.abs(target.length - word.length) <= allowed && editDistance(word, target, allowed) <= allowed) return spelling;
  }
  return undefined;
}

/**
 * A real other form of a name, never a slip: feminine or plural ("Belousova", "Zelenska", "the
 * Belousovs"), or another romanisation of a final -ий or -й ("Valeri", "Valerij", "Andrej").
 */
function isOtherForm(word: string, name: string): boolean {
  if (word === `${name}a` || word === `${name}s` || romanised(word) === romanised(name)) return true;
  const stem = /(?:iy|yy|y|i)$/.exec(name);
  return stem !== null && (word === `${name.slice(0, stem.index)}a` || word === `${name.slice(0, stem.index)}aya`);
}

/** A name with its final -i, -y, -iy, -ii or -ij as one, and j as y: how romanisations of Russian names differ. */
const romanised = (name: string): string => name.replace(/(?:iy|ii|ij|yi|yy|y|i|j)$/, 'i').replaceAll('j', 'y');

/**
 * A short name misheard rather than mistyped ("Millie", "Shoiku", "Rider" for "Milley", "Shoigu",
 * "Ryder"): the same consonants as it sounds, one vowel off at most. Short names have many real
 * neighbours ("Miller", "Gray"); a changed consonant is another name, not a slip. `heard` is the
 * word's sound, asked for only past the cheap tests: most words fail those.
 */
function soundsAlike(word: string, name: Sound, heard: () => Sound = () => soundOf(word)): boolean {
  if (word === name.word || word[0] !== name.word[0] || Math.abs(word.length - name.word.length) > 1 || isOtherForm(word, name.word)) return false;
  const { key, consonants } = heard();
  return consonants === name.consonants && editDistance(key, name.key, 1) <= 1;
}

/** A word as it sounds, roughly: a final -ey, -ie or -ee and y as i, h after a consonant silent, g as k, no doubled letters. */
interface Sound {
  word: string;
  key: string;
  consonants: string;
}

function soundOf(word: string): Sound {
  // One pass, not a chain of replacements: every capitalised word of a draft may be heard.
  const spoken = /(?:ey|ie|ee)$/.test(word) ? `${word.slice(0, -2)}i` : word;
  let key = '';
  let consonants = '';
  for (const letter of spoken) {
    const c = letter === 'y' ? 'i' : letter === 'g' ? 'k' : letter;
    const last = key[key.length - 1];
    if (c === last || (c === 'h' && last !== undefined && !isVowel(last))) continue;
    key += c;
    if (!isVowel(c)) consonants += c;
  }
  return { word, key, consonants };
}

const isVowel = (c: string): boolean => 'aeiou'.includes(c);

/** Optimal string alignment distance (a swap of neighbours costs one), capped at `max` + 1. */
function editDistance(a: string, b: string, max: number): number {
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

/** Capitalised words that are no recorded name: near misses of a surname, perhaps. */
export function readStrangers(tokens: Tokens, s: Sentence, index: RecordIndex, names: NameMatch[]): number[] {
  const strangers: number[] = [];
  for (let i = s.first; i < s.last; i++) {
    const norm = tokens.norm(i);
    if (tokens.word(i) && tokens.capital(i) && norm.length >= 4 && !index.nameWords.has(norm) && !names.some((n) => n.first <= i && i < n.last)) strangers.push(i);
  }
  return strangers;
}

/** Words before a surname that make it a title and a surname, not another person's full name. */
const titleNeighbours = new Set(['secretary', 'minister', 'gen', 'general', 'president', 'chairman', 'spokesman', 'spokesperson', 'governor', 'mr', 'mrs', 'ms', 'dr']);

/** A recorded surname as a lone near miss is compared with it. */
interface SurnameEntry {
  person: string;
  surname: string;
  sound: Sound;
}

/** The people a lone near miss may stand for, and their surnames by first letter. */
export interface LoneSurnames {
  people: ReadonlySet<string>;
  byLetter: Map<string, SurnameEntry[]>;
}

/** The people the draft names, and their recorded call partners: the call context of the draft. */
export function loneSurnamesOf(named: Set<string>, index: RecordIndex): LoneSurnames {
  return surnamesOf(new Set([...named, ...callPartners([...named], index)]), index);
}

function surnamesOf(people: Set<string>, index: RecordIndex): LoneSurnames {
  const byLetter: LoneSurnames['byLetter'] = new Map();
  for (const person of people) {
    for (const entry of surnameEntriesOf(index, person)) {
      const key = entry.surname[0]!.toLowerCase();
      byLetter.set(key, [...(byLetter.get(key) ?? []), entry]);
    }
  }
  return { people, byLetter };
}

/** Each person's surnames with their sounds, worked out once per person and record: a paragraph brings people into view often. */
const entriesByIndex = new WeakMap<RecordIndex, Map<string, SurnameEntry[]>>();

function surnameEntriesOf(index: RecordIndex, person: string): SurnameEntry[] {
  let byPerson = entriesByIndex.get(index);
  if (!byPerson) entriesByIndex.set(index, (byPerson = new Map()));
  let entries = byPerson.get(person);
  if (!entries) {
    entries = index.people.get(person)!.surname.map((surname) => ({ person, surname, sound: soundOf(surname.toLowerCase()) }));
    byPerson.set(person, entries);
  }
  return entries;
}

/** A paragraph's mentions, sentence by sentence (see `resolveMentions`). */
export function resolveParagraphMentions(reading: ParagraphReading, named: Set<string>, loneSurnames: LoneSurnames, index: RecordIndex): Mention[][] {
  // Who the paragraph has mentioned so far: they are in view of the sentences after, named in full in the draft or not.
  const mentioned = new Set<string>();
  let inView = loneSurnames;
  return reading.sentences.map((s) => {
    const mentions = resolveMentions(reading, s, named, inView, index, mentioned);
    for (const m of mentions) mentioned.add(m.person);
    inView = withPeople(inView, mentioned, index);
    return mentions;
  });
}

function withPeople(lone: LoneSurnames, people: Iterable<string>, index: RecordIndex): LoneSurnames {
  const more = [...people].filter((p) => !lone.people.has(p));
  return more.length ? surnamesOf(new Set([...lone.people, ...more]), index) : lone;
}

/** A sentence's mentions: full names; a surname alone where it can only mean one recorded person; lone near misses. */
function resolveMentions(reading: ParagraphReading, s: SentenceReading, named: Set<string>, loneSurnames: LoneSurnames, index: RecordIndex, mentioned: Set<string>): Mention[] {
  const { tokens } = reading;
  const candidates: Mention[] = s.names.map((n) => ({
    person: n.person,
    start: tokens.start(n.first),
    end: tokens.end(n.last - 1),
    kind: n.kind,
    first: n.first,
    last: n.last,
    ...(n.wrong !== undefined ? { wrong: { start: tokens.start(n.wrong), end: wordEnd(tokens, n.wrong), expected: n.expected! } } : {}),
  }));
  // Lone misspellings first, of the people in view and the recorded call partners of anyone the
  // sentence may name: "Austin and Shoiku" names Shoigu, and so makes "Austin" his call partner.
  const inView = s.strangers.length ? withPeople(loneSurnames, callPartners(candidates.map((m) => m.person), index), index) : loneSurnames;
  const mentions = s.strangers.length ? readLoneMisspellings(reading, s, inView, candidates, mentioned, index) : [];
  const all = [...candidates, ...mentions];
  for (const m of candidates) {
    if (m.kind !== 'surname') {
      mentions.push(m);
      continue;
    }
    const rivals = candidates.filter((o) => o.kind === 'surname' && o.first === m.first);
    if (rivals[0] !== m) continue; // decided once per word
    const chosen = chooseSurname(reading, s, rivals, named, index, all);
    if (chosen) mentions.push(chosen);
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function callPartners(people: string[], index: RecordIndex): Set<string> {
  const out = new Set<string>();
  for (const person of people) for (const c of index.callsByPerson.get(person) ?? []) for (const p of c.participants) if (p !== person) out.add(p);
  return out;
}

function chooseSurname(reading: ParagraphReading, s: SentenceReading, rivals: Mention[], named: Set<string>, index: RecordIndex, all: Mention[]): Mention | undefined {
  const introduced = rivals.filter((r) => named.has(r.person));
  const m = introduced.length === 1 ? introduced[0]! : rivals.length === 1 ? rivals[0]! : undefined;
  if (!m) return undefined;
  const { tokens } = reading;
  const before = m.first - 1;
  const titled = isTitled(tokens, s, m.first);
  // A patronymic is part of the name ("Valery Vasilievich Gerasimov"), not another person's.
  // A possessive before the surname is no given name of it ("Thursday's Austin–Belousov call").
  if (before >= s.first && tokens.word(before) && tokens.capital(before) && !tokens.possessive(before) && !titled && !isPatronymic(tokens.norm(before))) {
    if (isWrongGivenName(tokens, s, before, m, index)) return wrongGivenName(tokens, before, m, index);
    // "Anna Austin", "LINDA MILLEY (GUEST):": another person's given name right before the surname (a
    // capital at a sentence's head is only a given name when it is one, or in a speaker label).
    // In a headline in Title Case ("Shoigu Calls Austin") a capital before the surname says nothing.
    if (((before > s.first && !isTitleCase(tokens, s.first, s.last)) || index.givenNames.has(tokens.norm(before))) || isSpeakerLabel(tokens, before, m.first)) return undefined;
  }
  const person = index.people.get(m.person)!;
  if (person.commonSurname && !named.has(m.person) && !titled && !besideCallPartner(all, m.person, index)) return undefined;
  return m;
}

/** A title, a rank or a form of address right before token `i` ("Gen. Milly", "Mr Kirbey"). */
function isTitled(tokens: Tokens, s: SentenceReading, i: number): boolean {
  const before = tokens.norm(i - 1) === '.' ? i - 2 : i - 1;
  return tokens.has(before) && (s.titles.some((t) => endsBefore(tokens, t, i)) || titleNeighbours.has(tokens.norm(before)));
}

/**
 * "Gen. Valentin Gerasimov, the chief of the General Staff", "Gen. Mike Milley": a given name that
 * is not theirs, where the title before the name or in apposition after it is theirs. A post held by
 * one person at a time is such evidence; a rank, held by many ("General Vitaly Gerasimov", "Gen.
 * Robert Brown"), is only for an uncommon surname after a given name the record knows.
 */
function isWrongGivenName(tokens: Tokens, s: SentenceReading, given: number, m: Mention, index: RecordIndex): boolean {
  if (s.titles.some((t) => t.first <= given && given < t.last)) return false; // a word of a title ("the General Staff Gerasimov")
  const norm = tokens.norm(given);
  if (index.people.get(m.person)!.given.some((g) => isOtherForm(norm, g.toLowerCase()))) return false; // "Valerij Gerasimov"
  const held = new Set((index.termsByPerson.get(m.person) ?? []).map((h) => h.term.office));
  const apposition = tokens.norm(m.last) === ',' ? (tokens.norm(m.last + 1) === 'the' ? m.last + 2 : m.last + 1) : -1;
  const titles = s.titles.filter((t) => endsBefore(tokens, t, given) || t.first === apposition).flatMap((t) => t.offices.filter((o) => held.has(o)));
  if (titles.some((o) => { const office = index.offices.get(o)!; return office.kind !== 'rank' && !office.multipleHolders; })) return true;
  return titles.length > 0 && !index.people.get(m.person)!.commonSurname && index.givenNames.has(norm);
}

/** A title ends right before token `i`, or before the period of its abbreviation ("Gen."). */
const endsBefore = (tokens: Tokens, t: TitleMatch, i: number): boolean => t.last === i || (t.last === i - 1 && tokens.norm(t.last) === '.');

function wrongGivenName(tokens: Tokens, given: number, m: Mention, index: RecordIndex): Mention {
  const p = index.people.get(m.person)!;
  // An initial is part of the name, not another given name.
  if (tokens.norm(given).length < 3) return m;
  const start = tokens.start(given);
  return { ...m, kind: 'misspelling', start, first: given, wrong: { start, end: wordEnd(tokens, given), expected: p.given[0]! } };
}

/** Where a word ends before its possessive "'s": a fix of the name keeps it. */
const wordEnd = (tokens: Tokens, i: number): number => tokens.end(i) - (tokens.possessive(i) ? 2 : 0);

const isPatronymic = (word: string): boolean => /(?:ovich|evich|ovna|evna)$/.test(word);

/** A transcript's speaker label, a name in capitals before a colon or a role ("LINDA MILLEY (GUEST):"), not a headline in capitals. */
function isSpeakerLabel(tokens: Tokens, given: number, surname: number): boolean {
  const upper = (i: number) => tokens.text(i) === tokens.text(i).toUpperCase();
  const after = tokens.norm(surname + 1);
  return upper(given) && upper(surname) && (after === ':' || after === '(');
}

/** "Shoigu spoke with Austin": a recorded call partner named in the same sentence. */
function besideCallPartner(sentence: Mention[], person: string, index: RecordIndex): boolean {
  return (index.callsByPerson.get(person) ?? []).some((c) => sentence.some((o) => o.person !== person && c.participants.includes(o.person)));
}

/** "Belousev", "Millie", "Austinand": a lone near miss of the surname of someone the draft or the sentence's call names. */
function readLoneMisspellings(reading: ParagraphReading, s: SentenceReading, surnames: LoneSurnames, mentions: Mention[], mentioned: Set<string>, index: RecordIndex): Mention[] {
  const out: Mention[] = [];
  const { tokens } = reading;
  for (const i of s.strangers) {
    const norm = tokens.norm(i);
    let sound: Sound | undefined;
    const heard = () => (sound ??= soundOf(norm));
    const glued = readGluedName(tokens, i, surnames.byLetter);
    const match = glued ?? (surnames.byLetter.get(norm[0]!) ?? []).find((entry) => isLoneSlip(reading, s, i, entry, heard, mentions, mentioned, index));
    if (!match) continue;
    const start = tokens.start(i);
    const end = tokens.end(i);
    out.push({ person: match.person, start, end, kind: 'misspelling', first: i, last: i + 1, wrong: { start, end: wordEnd(tokens, i), expected: glued?.expected ?? match.surname } });
  }
  return out;
}

/**
 * Whether word `i` is this surname misspelt. A long, uncommon surname is one within a typing slip;
 * a short or common one must also sound alike, stand where a surname stands (not before another
 * capitalised word, not after another person's given name), and, being easily a real word or
 * another name, have the person in view: a title before it, a call partner beside it, or the
 * person mentioned earlier in the paragraph.
 */
function isLoneSlip(
  reading: ParagraphReading, s: SentenceReading, i: number, { person, surname, sound }: SurnameEntry,
  heard: () => Sound, mentions: Mention[], mentioned: Set<string>, index: RecordIndex,
): boolean {
  const { tokens } = reading;
  const norm = tokens.norm(i);
  const p = index.people.get(person)!;
  if (surname.length >= 7 && !p.commonSurname) return closest(norm, [surname]) !== undefined;
  if (!soundsAlike(norm, sound, heard)) return false;
  if (i + 1 < s.last && tokens.word(i + 1) && tokens.capital(i + 1)) return false;
  const before = i - 1;
  const titled = isTitled(tokens, s, i);
  const givenBefore = before >= s.first && p.given.some((g) => normalizeWord(g).norm === tokens.norm(before));
  // Even at a sentence's head: a lone near miss is weaker evidence than a surname ("Jane Austen wrote").
  if (before >= s.first && tokens.word(before) && tokens.capital(before) && !titled && !givenBefore) return false;
  if (surname.length >= 6 && !p.commonSurname) return true;
  return titled || givenBefore || mentioned.has(person) || besideCallPartner(mentions, person, index);
}

/** Words a name is most often run into: "Austinand Shoigu", "Belousovsaid". */
const gluedWords = ['and', 'said', 'says', 'told', 'spoke', 'with', 'who', 'was', 'has', 'had', 'on', 'in', 'to', 'of', 'the'];

/** "Austinand": a surname of someone in view run into the word after it; the fix puts the space back. */
function readGluedName(tokens: Tokens, i: number, surnames: LoneSurnames['byLetter']) {
  const norm = tokens.norm(i);
  for (const word of gluedWords) {
    const at = norm.length - word.length;
    if (at < 4 || !norm.endsWith(word)) continue;
    const head = norm.slice(0, at);
    const match = (surnames.get(head[0]!) ?? []).find(({ surname }) => surname.toLowerCase() === head);
    const text = tokens.text(i);
    // Plain letters only: offsets in the normal form are then offsets in the text.
    if (match && text.toLowerCase() === norm) return { ...match, expected: `${text.slice(0, at)} ${text.slice(at)}` };
  }
  return undefined;
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
        message: `The record spells it "${wrong.expected}" (${description}); the draft has "${ctx.doc.text.slice(wrong.start, wrong.end)}".`,
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
    return { start: s.base + tokens.start(i), end: s.base + wordEnd(tokens, i), expected };
  }
  return undefined;
}
