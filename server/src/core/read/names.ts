// Recorded people as printed in one sentence: full names, surnames alone, and near misses of
// either. What they refer to across the draft is settled in mentions.ts; the findings on
// them are judged in claims/names.ts.
import type { RecordIndex } from '../record/index';
import type { Person } from '../record/types';
import { normalizeWord, type Sentence, type Tokens } from '../text/tokens';

export interface NameMatch {
  first: number;
  last: number;
  person: string;
  kind: 'name' | 'misspelling' | 'surname';
  /** For misspellings found by near miss: the token that is wrong and what the record has. */
  wrong?: number;
  expected?: string;
}

/**
 * Whom a sentence names for the whole draft: anyone named by more than a surname, and a surname
 * that stands for one person only beside one of their call partners ("Austin calls Shoigu"), so
 * that "Austin" alone later in the draft is him too.
 */
export function namedPeople(names: readonly NameMatch[], index: RecordIndex, out: Set<string>): void {
  const sole = (n: NameMatch) => names.every((o) => o.first !== n.first || o.person === n.person);
  for (const n of names) {
    if (n.kind !== 'surname') out.add(n.person);
    else if (sole(n) && names.some((o) => o.person !== n.person && sole(o) && partners(index, n.person, o.person))) out.add(n.person);
  }
}

const partners = (index: RecordIndex, a: string, b: string) => (index.callsByPerson.get(a) ?? []).some((c) => c.participants.includes(b));

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
export function closest(word: string, spellings: string[]): string | undefined {
  if (word.length < 4) return undefined;
  for (const spelling of spellings) {
    const target = spelling.toLowerCase();
    const allowed = target.length >= 8 ? 2 : 1;
    // The cheap tests first: most words a draft capitalises are no name, nor near one.
    if (target[0] !== word[0] || target === word || Math.abs(target.length - word.length) > allowed || isOtherForm(word, target)) continue;
    if (editDistance(word, target, allowed) <= allowed) return spelling;
  }
  return undefined;
}

/**
 * A real other form of a name, never a slip: feminine or plural ("Belousova", "Zelenska", "the
 * Belousovs"), or another romanisation ("Valeri", "Valerij", "Andrej", "Zajárova", "Riabkov").
 */
export function isOtherForm(word: string, name: string): boolean {
  if (word === `${name}a` || word === `${name}s` || [word, asEnglish(word), fromUkrainian(word)].some((w) => romanised(w) === romanised(name))) return true;
  const stem = /(?:iy|yy|y|i)$/.exec(name);
  return stem !== null && (word === `${name.slice(0, stem.index)}a` || word === `${name.slice(0, stem.index)}aya`);
}

/**
 * A name with its final -i, -y, -iy, -ii or -ij as one, j as y, "ia" as "ya", and "kh" as the "j"
 * between vowels of a Spanish romanisation ("Zajárova", "Riabkov"): how romanisations of Russian names differ.
 */
const romanised = (name: string): string =>
  name.replace(/(?:iy|ii|ij|yi|yy|y|i|j)$/, 'i').replace(/(?<=[aeiou])j(?=[aeiou])/g, 'kh').replaceAll('j', 'y').replace(/i(?=[aeou])/g, 'y');

/**
 * A French or German romanisation written the English way ("Guérassimov", "Belooussov",
 * "Choïgou", "Sergueï"; "Schoigu", "Gerassimow"): "ou" for u, "ss" for s between vowels, "gu"
 * for g before e or i, "ch" and "sch" for sh, "w" for v. Only with a mark of the language (an accent, "sch", "gu", "ou"
 * with "ss"): "Gerasimow", "Gerassimov" and "Shoigou" alone are slips, as is "Belusov" for "Belousov".
 */
const asEnglish = (word: string): string =>
  !/[^\x00-\x7f]|sch|gu[eiy]|ou.*ss|ss.*ou/.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '').replace(/s?ch/g, 'sh').replace(/ou/g, 'u')
    .replace(/(?<=[aeiouy])ss(?=[aeiouy])/g, 's').replace(/gu(?=[eiy])/g, 'g').replaceAll('w', 'v');

/**
 * A Russian given name as Ukrainian outlets romanise it ("Andrii", "Serhii" for Andrei, Sergei): its
 * final -ii or -iy as -ei, and "h" for the "g" before a vowel.
 */
const fromUkrainian = (word: string): string =>
  /i[iy]$/.test(word) ? word.replace(/i[iy]$/, 'ei').replace(/(?<=[aeiour])h(?=[aeiouy])/g, 'g') : word;

/**
 * A short name misheard rather than mistyped ("Millie", "Shoiku", "Rider" for "Milley", "Shoigu",
 * "Ryder"): the same consonants as it sounds, one vowel off at most. Short names have many real
 * neighbours ("Miller", "Gray"); a changed consonant is another name, not a slip. `heard` is the
 * word's sound, asked for only past the cheap tests: most words fail those.
 */
export function soundsAlike(word: string, name: Sound, heard: () => Sound = () => soundOf(word)): boolean {
  if (word === name.word || !sameOnset(word[0]!, name.word[0]!) || Math.abs(word.length - name.word.length) > 1) return false;
  const { key, consonants } = heard();
  return consonants === name.consonants && editDistance(key, name.key, 1) <= 1 && !isOtherForm(word, name.word);
}

/** First letters that sound alike: "Kaine" for "Caine". */
const sameOnset = (a: string, b: string): boolean => a === b || (/[ck]/.test(a) && /[ck]/.test(b));

/** A word as it sounds, roughly: a final -ey, -ie or -ee and y as i, h after a consonant silent, g and a hard c as k, no doubled letters. */
export interface Sound {
  word: string;
  key: string;
  consonants: string;
}

export function soundOf(word: string): Sound {
  // One pass, not a chain of replacements: every capitalised word of a draft may be heard.
  const spoken = /(?:ey|ie|ee)$/.test(word) ? `${word.slice(0, -2)}i` : word;
  let key = '';
  let consonants = '';
  for (let n = 0; n < spoken.length; n++) {
    const letter = spoken[n]!;
    // A hard c ("Caine", "Kaine") as k; a soft one ("since") is not.
    const c = letter === 'y' ? 'i' : letter === 'g' || (letter === 'c' && !/[eiy]/.test(spoken[n + 1] ?? '')) ? 'k' : letter;
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
  // Three rows, reused: the one before last (for swaps), the last and this one.
  let [before, last, row] = rowsFor(b.length);
  for (let j = 0; j <= b.length; j++) last[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      row[j] = v;
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    [before, last, row] = [last, row, before];
  }
  return last[b.length]!;
}

let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;
const rowsFor = (length: number): readonly [Int32Array, Int32Array, Int32Array] => {
  if (length >= rows[0].length) rows = [new Int32Array(length + 1), new Int32Array(length + 1), new Int32Array(length + 1)];
  return rows;
};

/** Capitalised words that are no recorded name: near misses of a surname, perhaps. */
export function readStrangers(tokens: Tokens, s: Sentence, index: RecordIndex, names: NameMatch[]): number[] {
  const strangers: number[] = [];
  for (let i = s.first; i < s.last; i++) {
    const norm = tokens.norm(i);
    if (tokens.word(i) && tokens.capital(i) && norm.length >= 4 && !index.nameWords.has(norm) && !inName(names, i)) strangers.push(i);
  }
  return strangers;
}

function inName(names: NameMatch[], i: number): boolean {
  for (const n of names) if (n.first <= i && i < n.last) return true;
  return false;
}

