// Who each name in a paragraph refers to: a lone surname is the person of that surname the
// draft has named (or the one the record makes likely), a near miss of a lone surname a
// misspelling of it.
import type { RecordIndex } from '../record/index';
import { normalizeWord, type Tokens } from '../text/tokens';
import { isFunctionWord, isTitleCase } from './chunks';
import { closest, isOtherForm, type Sound, soundOf, soundsAlike } from './names';
import type { ParagraphReading, SentenceReading, TitleMatch } from './paragraph';

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

/** Words before a surname that make it a title and a surname, not another person's full name. */
export const titleNeighbours: ReadonlySet<string> = new Set(['secretary', 'minister', 'gen', 'general', 'president', 'chairman', 'spokesman', 'spokesperson', 'governor', 'mr', 'mrs', 'ms', 'dr']);

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
    if (isWrongGivenName(tokens, s, before, m, index) || givenBesidePartner(tokens, s, before, m, all, index)) return wrongGivenName(tokens, before, m, index);
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
  if (isFunctionWord(norm)) return false; // "And Gerasimov, chief of the General Staff"
  if (index.people.get(m.person)!.given.some((g) => isOtherForm(norm, g.toLowerCase()))) return false; // "Valerij Gerasimov"
  const held = new Set((index.termsByPerson.get(m.person) ?? []).map((h) => h.term.office));
  const apposition = tokens.norm(m.last) === ',' ? (tokens.norm(m.last + 1) === 'the' ? m.last + 2 : m.last + 1) : -1;
  const titles = s.titles.filter((t) => endsBefore(tokens, t, given) || t.first === apposition).flatMap((t) => t.offices.filter((o) => held.has(o)));
  if (titles.some((o) => { const office = index.offices.get(o)!; return office.kind !== 'rank' && !office.multipleHolders; })) return true;
  return titles.length > 0 && !index.people.get(m.person)!.commonSurname && index.givenNames.has(norm);
}

/**
 * "Austin picked up the phone to Alexei Belousov", "Sergei Belousov spoke to Austin": another
 * given name before an uncommon surname, beside a recorded call partner of its person.
 */
function givenBesidePartner(tokens: Tokens, s: SentenceReading, given: number, m: Mention, all: Mention[], index: RecordIndex): boolean {
  const norm = tokens.norm(given);
  const person = index.people.get(m.person)!;
  if (person.commonSurname || isFunctionWord(norm) || person.given.some((g) => isOtherForm(norm, g.toLowerCase()))) return false;
  if (s.titles.some((t) => t.first <= given && given < t.last) || !besideCallPartner(all, m.person, index)) return false;
  return index.givenNames.has(norm) || commonGivenNames.has(norm);
}

/** Given names common in these countries' news, beyond the record's own: what a wrong given name most often is. */
const commonGivenNames: ReadonlySet<string> = new Set([
  'alexei', 'aleksei', 'alexey', 'alexander', 'aleksandr', 'dmitry', 'dmitri', 'andrey', 'vladimir', 'nikolai', 'mikhail', 'igor', 'yuri', 'yury',
  'viktor', 'victor', 'oleg', 'pavel', 'ivan', 'valentin', 'vitaly', 'anatoly', 'boris', 'yevgeny', 'evgeny', 'gennady', 'konstantin', 'maxim', 'roman', 'vadim',
  'michael', 'mike', 'john', 'james', 'robert', 'david', 'william', 'richard', 'thomas', 'peter', 'paul', 'daniel', 'joseph', 'george', 'steven', 'kevin',
]);

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
export const wordEnd = (tokens: Tokens, i: number): number => tokens.end(i) - (tokens.possessive(i) ? 2 : 0);

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
  if (surname.length >= 7 && !p.commonSurname) return closest(norm, [sound.word]) !== undefined;
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
  const entries = surnames.get(norm[0]!);
  if (!entries) return undefined;
  for (const word of gluedWords) {
    const at = norm.length - word.length;
    if (at < 4 || !norm.endsWith(word)) continue;
    const match = entries.find(({ sound }) => sound.word.length === at && norm.startsWith(sound.word));
    if (!match) continue;
    const text = tokens.text(i);
    // Plain letters only: offsets in the normal form are then offsets in the text.
    if (text.toLowerCase() === norm) return { ...match, expected: `${text.slice(0, at)} ${text.slice(at)}` };
  }
  return undefined;
}

