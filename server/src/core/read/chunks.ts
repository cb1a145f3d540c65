// A shallow parse: a part-of-speech tag per token and base phrase chunks (CoNLL-2000 style),
// read from word lists, a lexicon of the words these drafts use, suffixes and capitals. Each
// token is looked at with a few neighbours only, so a sentence is read in time linear in its length.
import type { Tokens } from '../text/tokens';

export type Tag = 'NOUN' | 'PROPN' | 'VERB' | 'AUX' | 'ADJ' | 'ADV' | 'ADP' | 'DET' | 'PRON' | 'NUM' | 'CCONJ' | 'SCONJ' | 'PART' | 'PUNCT' | 'X';

/** Token indices: [first, last), and the token the phrase is about. */
export interface Chunk {
  kind: 'NP' | 'VP' | 'PP' | 'ADVP' | 'ADJP' | 'SBAR' | 'O';
  first: number;
  last: number;
  head: number;
}

const set = (words: string) => new Set(words.split(' '));
const lexicon = new Map<string, Tag>();
const put = (tag: Tag, words: string) => words.split(' ').forEach((w) => lexicon.set(w, tag));

// Closed classes. Words that change class with context ("that", "to", "as", "after") are settled in `settle`.
put('DET', 'the a an this these those that no any each every some another neither either both all which');
put('PRON', 'i me my we us our you your he him his she her it its they them their mine ours theirs himself herself itself themselves who whom whose what nobody someone anyone everyone nothing something there');
put('ADP', 'of in on at by for with from to into onto about over under between among amid amidst during since after before until till against toward towards through throughout across around via per without within despite than upon near off up out down along beyond behind beside besides except inside outside unlike versus alongside');
put('SCONJ', 'because although though if whether while when unless whereas');
put('CCONJ', 'and or but nor');
put('AUX', "be am is are was were been being has have had having do does did will would shall should can could may might must didn't doesn't don't isn't wasn't weren't won't wouldn't can't couldn't hasn't haven't hadn't aren't shouldn't");
put('PART', "not n't");
put('NUM', 'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion dozen');
put('ADV', 'also never again soon later earlier late twice once yet still already only just even however then now ago recently ever rarely often too very so far back nearly almost roughly instead together why how where beforehand afterward afterwards away meanwhile ahead abroad anyway apparently here indeed moreover nonetheless nevertheless otherwise perhaps quite rather thereby therefore thus well right');
put('ADJ', 'senior top rare frank professional important possible further few several little open direct sharp strong dirty nuclear military civilian same separate previous last first second third next new unable able clear unclear useful productive cordial businesslike ongoing pressing high long short brief frequent unanswered committed privy own such many much other more most certain major key former current hourlong wide due familiar particular secure cold warm hot tense candid latest big small large great good bad difficult easy hard serious full fresh free public private real true false likely unlikely ready aware sure available unavailable willing final foreign joint main national political global regional strategic sole overall broad narrow deep tight heavy quick slow calm positive negative friendly hostile blunt polite');

const closedClasses: ReadonlySet<Tag> = new Set(['DET', 'PRON', 'ADP', 'SCONJ', 'CCONJ', 'AUX', 'PART', 'ADV']);
/** A word of a closed class or a listed adverb ("And", "Then", "Meanwhile"): capitalised, it opens a sentence, never a name. */
export const isFunctionWord = (norm: string): boolean => closedClasses.has(lexicon.get(norm) ?? 'X');

/** Names of days and months are proper nouns however they are written; "may" only with a capital. */
const calendar = set('monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec');
const weekdays = set('monday tuesday wednesday thursday friday saturday sunday');
/** Country adjectives: "Russian" is an adjective before its noun, not a name. */
const demonyms = set('russian american ukrainian british western indian european chinese soviet french german polish republican democratic');

// Verbs these drafts use, inflected by rule; then the irregular forms of common English verbs.
const verbs = 'call phone telephone dial talk request initiate urge warn refuse decline confirm deny discuss express share note stress emphasize emphasise raise press ask answer return reach contact report announce release issue state add describe mention comment respond reply agree plan schedule arrange accuse reject accept appoint replace name crash use need want try expect hope keep remain continue last include invite visit host attend pick point touch exchange prevent maintain prolong prepare provide post brief quote delay worsen end start happen occur place reassure open close step convey inform recall learn focus reiterate underline highlight welcome condemn demand offer propose suggest insist claim allege assure caution address cover engage dismiss refer remind threaten sign support oppose ignore deploy launch attack mark seem look speak tell say take give make come go get see know show leave begin break bring draw lead meet hold seek set put think understand hear strike send become run ring mean fail';
const irregular = 'spoke spoken told said took taken gave given came went gone got gotten saw seen knew known drew drawn led met held sought kept began begun broke broken brought thought understood heard struck made left became ran rang rung meant learnt dialled dialling planned planning stepped stepping referred referring occurred occurring dropped stopped ' +
  'paid hung sent won lost built bought caught fought felt found hit laid lent let lit rode rose sat shot shut sold spent spread stood stuck taught threw thrown wrote written withdrew withdrawn forgot forgotten froze frozen grew grown hid hidden sank shook stole swore sworn tore torn upheld withheld overcame undertook arose arisen bore borne beat beaten bent bit bitten blew blown chose chosen cost cut dealt drove driven ate eaten fell fallen fed fled flew flown overtook ridden risen shed slept sped strode wept wound';
/** Words that are as often nouns as verbs: the tag is settled by the words around them. */
const either = set('call calls phone phones talk talks request requests reply replies comment comments report reports plan plans visit visits contact contacts return returns answer answers claim claims use uses need needs deal deals end ends start starts place places step steps point points change changes exchange exchanges attack attacks offer offers demand demands support supports delay delays crash crashes issue issues name names hope hopes state states mark marks focus cover show shows lead leads set strike strikes press telephone touch warning meeting briefing');
const nouns = set('official officials minister ministers secretary secretaries general generals chief chiefs counterpart counterparts spokesman spokeswoman spokesperson ministry ministries department side sides conversation conversations readout readouts statement statements time times day days week weeks month months year years hour hours minute minutes war invasion line lines leader leaders head heads official officer officers aide aides source sources agency media question questions reporters president deputy predecessor successor summit drone jet bomb weapons weapon concern concerns issue talks troops forces army navy staff council morning evening spring thing king bed seed hundred office news');
const verbForms = new Set<string>();
/** Past forms of the listed verbs: "called" is never a noun, whatever "call" is. */
const pastForms = new Set<string>();
for (const base of verbs.split(' ')) {
  const forms = inflect(base);
  forms.forEach((form) => verbForms.add(form));
  pastForms.add(forms[2]!);
}
for (const form of irregular.split(' ')) verbForms.add(form);

function inflect(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const s = /(?:s|sh|ch|x|z)$/.test(base) ? base + 'es' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ies' : base + 's';
  const ed = base.endsWith('e') ? base + 'd' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ied' : base + 'ed';
  return [base, s, ed, stem + 'ing'];
}

const possessivePronouns = set('my our your his her its their whose');
const modals = set("do does did will would shall should can could may might must didn't doesn't don't won't wouldn't can't couldn't shouldn't");
const subjects = set('i we you he she they');
const irregulars = set(irregular);
const objectPronouns = set('me him us them');
const relatives = set('who whom which that');
const timeWords = set('hour hours minute minutes day days week weeks month months year years dozen');
/** Nouns a "that" clause completes ("reports that ..."), rather than a relative "that" qualifies. */
const contentNouns = set('reports report claim claims assurance assurances fact news warning warnings word statement hope hopes concern concerns sign signs');
/** Words that are adjectives before a noun or after a determiner, adverbs elsewhere ("last week", "last spoke"). */
const adjOrAdv = set('earlier later late first last only further next early long second');
const nominal = (t: Tag | undefined) => t === 'NOUN' || t === 'PROPN' || t === 'PRON' || t === 'NUM';
const verbal = (t: Tag | undefined) => t === 'VERB' || t === 'AUX';
const opening = set('" “ ‘ \' ( [ — – - :');

/** A headline in Title Case capitalises every longer word: there a capital is no sign of a name. */
export function isTitleCase(tokens: Tokens, first: number, last: number): boolean {
  let words = 0;
  for (let i = first; i < last; i++) {
    if (!tokens.word(i)) continue;
    words++;
    if (!tokens.capital(i) && tokens.norm(i).length >= 4 && !/^\d/.test(tokens.norm(i))) return false;
  }
  return words >= 3;
}

/** One tag per token in [first, last). */
export function tagTokens(tokens: Tokens, first: number, last: number): Tag[] {
  const title = isTitleCase(tokens, first, last);
  const tags: Tag[] = [];
  for (let i = first; i < last; i++) {
    const initial = i === first || opening.has(tokens.norm(i - 1));
    tags.push(lexical(tokens, i, initial || title));
  }
  for (let k = 0; k < tags.length; k++) tags[k] = settle(tokens, first, tags, k);
  // A headline's unknown capital words in -s: after its opening names, the verb ("Kremlin Downplays Talks");
  // after a modifier, a plural ("Rising Tensions").
  for (let k = 1, opened = tags[0] === 'ADP' || tags[0] === 'DET'; title && k + 1 < tags.length && !verbal(tags[k]); k++) {
    if (tags[k] !== 'PROPN' || !/[^su]s$/.test(tokens.norm(first + k)) || tokens.possessive(first + k)) {
      opened ||= tags[k] === 'ADP' || tags[k] === 'DET';
      continue;
    }
    if (nominal(tags[k - 1]) && !opened) {
      tags[k] = 'VERB';
      if (either.has(tokens.norm(first + k + 1))) tags[k + 1] = 'NOUN';
      break;
    }
  }
  for (let k = 1; title && k < tags.length; k++)
    if (tags[k] === 'PROPN' && /[^su]s$/.test(tokens.norm(first + k)) && ['ADJ', 'VERB', 'NOUN', 'DET'].includes(tags[k - 1]!)) tags[k] = 'NOUN';
  return tags;
}

/** The tag a word has on its own. `free`: a capital here is no sign of a name (a sentence's first word, a headline). */
function lexical(tokens: Tokens, i: number, free: boolean): Tag {
  if (!tokens.word(i)) return 'PUNCT';
  const w = tokens.norm(i);
  const text = tokens.text(i);
  if (/^\d/.test(w)) return 'NUM';
  const capital = tokens.capital(i);
  if (capital && text.length > 1 && text === text.toUpperCase() && (w === 'us' || !lexicon.has(w))) return 'PROPN'; // US, TASS, WASHINGTON
  if (calendar.has(w) || (w === 'may' && capital && !free)) return 'PROPN';
  if (demonyms.has(w)) return 'ADJ';
  const known = lexicon.get(w);
  if (tokens.possessive(i)) return known ?? (capital ? 'PROPN' : 'NOUN'); // "Shoigu's", "ministry's"; "it's" stays a pronoun
  if (known && (!capital || free || known !== 'ADJ')) return known;
  if (capital && !free) return 'PROPN';
  if (nouns.has(w)) return 'NOUN';
  if (either.has(w)) return pastForms.has(w) || w.endsWith('ing') ? 'VERB' : 'NOUN';
  if (verbForms.has(w)) return 'VERB';
  // Suffixes; a capital word that none explains stays a name.
  if (/.{3}ly$/.test(w)) return 'ADV';
  if (/.{2}(?:ing|ed)$/.test(w)) return /^un.*ed$/.test(w) ? 'ADJ' : 'VERB';
  if (/.{3}(?:tion|sion|ment|ness|ity|ance|ence|ism)$/.test(w)) return 'NOUN';
  if (/.{3}(?:ical|ous|ive|ful|less|able|ible|ic|[^e]al|ary|ant|ent|est)$/.test(w)) return 'ADJ'; // not "reveal"
  return capital ? 'PROPN' : 'NOUN';
}

/** Whether a clause starts at `k`: a short noun phrase, then a verb ("as Russia stepped up"). */
function clauseAt(tags: Tag[], k: number): boolean {
  let j = k;
  while (j < tags.length && j < k + 5 && (nominal(tags[j]) || tags[j] === 'DET' || tags[j] === 'ADJ')) j++;
  return j > k && (verbal(tags[j]) || (tags[j] === 'ADV' && verbal(tags[j + 1])));
}

/** The tag in context, left to right: the tags before `k` are settled, those after it lexical. */
function settle(tokens: Tokens, first: number, tags: Tag[], k: number): Tag {
  const i = first + k;
  const w = tokens.norm(i);
  const tag = tags[k]!;
  const prev = tags[k - 1];
  const next = tags[k + 1];
  const nextWord = k + 1 < tags.length ? tokens.norm(i + 1) : '';
  const afterDeterminer = prev === 'DET' || prev === 'ADJ' || prev === 'NUM' || tokens.possessive(i - 1) || possessivePronouns.has(tokens.norm(i - 1));
  if (either.has(w) && !pastForms.has(w) && tag !== 'PROPN') {
    if (afterDeterminer || prev === 'ADP') return 'NOUN';
    let j = k - 1;
    while (tags[j] === 'ADV' || (tags[j] === 'PART' && tokens.norm(first + j) !== 'to')) j--;
    if (prev === 'PART' || (j < k - 1 || prev === 'AUX') && tags[j] === 'AUX') return 'VERB'; // "to call", "did not immediately comment"
    if (prev === 'PRON' && !objectPronouns.has(tokens.norm(i - 1))) return 'VERB';
    if (prev === 'NOUN' || prev === 'PROPN') {
      // "the phone call" is one noun; "Austin calls Shoigu" is a subject and its verb.
      j = k - 1;
      while (j > 0 && j > k - 6 && (tags[j - 1] === 'NOUN' || tags[j - 1] === 'PROPN' || tags[j - 1] === 'ADJ')) j--; // a compound is short
      if (j > 0 && tags[j - 1] === 'DET' && !w.endsWith('s')) return 'NOUN';
      return next === 'DET' || next === 'PRON' || next === 'PROPN' || next === 'NUM' || next === 'ADP' || next === 'ADV' ? 'VERB' : 'NOUN';
    }
    if (prev === undefined || prev === 'PUNCT') return objectPronouns.has(nextWord) ? 'VERB' : 'NOUN'; // "Call me"
    return 'NOUN';
  }
  // A word nobody listed is a verb where only a verb can stand: after "did not", "would", "to", "we".
  if (tag === 'NOUN' && !nouns.has(w) && !either.has(w) && !/(?:tion|sion|ment|ness|ity|ance|ence|ism)$/.test(w)) {
    let j = k - 1;
    while (tags[j] === 'ADV' || (tags[j] === 'PART' && tokens.norm(first + j) !== 'to')) j--;
    if (tags[j] === 'AUX' && modals.has(tokens.norm(first + j))) return 'VERB';
    if (prev === 'PART' && tokens.norm(i - 1) === 'to') return 'VERB';
    if (prev === 'PRON' && subjects.has(tokens.norm(i - 1)) && next !== 'VERB') return 'VERB';
  }
  // A verb's present form straight after a lexical verb is its object: "took notes".
  if (tag === 'VERB' && prev === 'VERB' && !pastForms.has(w) && !irregulars.has(w) && !w.endsWith('ing')) return 'NOUN';
  switch (w) {
    case 'has': case 'have': case 'had': case 'having': {
      // An auxiliary before a participle ("had told"), the verb itself before an object ("had a call").
      let j = k + 1;
      while (tags[j] === 'ADV' || tags[j] === 'PART') j++;
      return verbal(tags[j]) ? 'AUX' : 'VERB';
    }
    case 'is': case 'are': case 'was': case 'were': case 'be': case 'been':
      // Existential "there is": the verb of its clause.
      return tokens.norm(i - 1) === 'there' || (tokens.norm(i - 2) === 'there' && prev === 'AUX') ? 'VERB' : tag;
    case 'there':
      return tokens.norm(i + 1) === 'is' || tokens.norm(i + 1) === 'was' || tokens.norm(i + 1) === 'were' || tokens.norm(i + 1) === 'are' || next === 'AUX' ? 'PRON' : 'ADV';
    case 'to': {
      // The infinitive marker before a verb ("to speak", "to call", "to avoid the"), a preposition before a noun or a gerund.
      const unknownThenObject = next === 'NOUN' && !nouns.has(nextWord) && !either.has(nextWord) && !tokens.capital(i + 1) && !/s$/.test(nextWord) && ['DET', 'PRON', 'ADJ', 'NUM', 'ADV'].includes(tags[k + 2] ?? '');
      return tag === 'ADP' && (next === 'AUX' || (next === 'VERB' && !nextWord.endsWith('ing')) || (either.has(nextWord) && !nextWord.endsWith('s')) || unknownThenObject) ? 'PART' : tag;
    }
    case 'that':
      if (next === 'NOUN' && prev !== 'NOUN' && prev !== 'PROPN') return 'DET'; // "that call"
      if ((prev === 'NOUN' || prev === 'PROPN') && verbal(next)) return 'PRON'; // "the call that was"
      if (contentNouns.has(tokens.norm(i - 1))) return 'SCONJ';
      // A relative "that" follows a common noun ("the call that Milley placed"); after a name it opens what was said ("told Austin that").
      return prev === 'NOUN' ? 'PRON' : 'SCONJ';
    case 'which': case 'those':
      return next === 'NOUN' || next === 'ADJ' ? 'DET' : 'PRON';
    case 'neither':
      for (let j = k + 1; j < tags.length && j < k + 6; j++) if (tokens.norm(first + j) === 'nor') return 'CCONJ';
      return tag;
    case 'one':
      return afterDeterminer && prev !== 'NUM' ? 'NOUN' : 'NUM';
    case 'as':
      if (nextWord === 'per') return 'ADP';
      return (next === 'VERB' && nextWord.endsWith('ing')) || clauseAt(tags, k + 1) ? 'SCONJ' : 'ADP';
    case 'after': case 'before': case 'since': case 'until': case 'than':
      if (next === undefined || next === 'PUNCT' || (prev === 'AUX' && next === 'VERB')) return 'ADV'; // "spoken before.", "has since left"
      return (next === 'VERB' && nextWord.endsWith('ing')) || clauseAt(tags, k + 1) ? 'SCONJ' : 'ADP';
    case 'about': case 'around':
      // Before a quantity: "about an hour", "about 45 minutes".
      return next === 'NUM' || ((nextWord === 'an' || nextWord === 'a') && timeWords.has(tokens.norm(i + 2))) ? 'ADV' : tag;
  }
  // After a determiner a word is no verb or adverb, whatever its ending says: "the spring", "the supply", "the initiative".
  const inPhrase = prev === 'DET' || ((prev === 'NOUN' || prev === 'ADJ') && afterDeterminer) || possessivePronouns.has(tokens.norm(i - 1)) || (prev === 'NOUN' && (tags[k - 2] === 'DET' || possessivePronouns.has(tokens.norm(i - 2))));
  if (inPhrase && !lexicon.has(w) && !demonyms.has(w) && !nominal(next) && next !== 'ADJ' && ((tag === 'ADV' && prev === 'DET') || tag === 'ADJ' || (tag === 'VERB' && (verbForms.has(w) ? !pastForms.has(w) && !w.endsWith('ing') && !irregulars.has(w) : w.endsWith('ing'))))) return 'NOUN';
  if (adjOrAdv.has(w) && (tag === 'ADJ' || tag === 'ADV')) {
    if (afterDeterminer && prev !== 'ADJ') return 'ADJ';
    return next === 'NOUN' || next === 'ADJ' || (either.has(nextWord) && !verbal(prev)) ? 'ADJ' : 'ADV';
  }
  return tag;
}

const npStart = (t: Tag) => t === 'DET' || t === 'NUM' || t === 'ADJ' || t === 'NOUN' || t === 'PROPN';
const npGoesOn = (t: Tag | undefined) => t === 'ADJ' || t === 'NOUN' || t === 'PROPN' || t === 'NUM';
const quantifiers = set('about nearly almost roughly around some only');
const twoWordPrepositions = new Map([['according', 'to'], ['as', 'per'], ['because', 'of'], ['ahead', 'of'], ['instead', 'of']]);

/** Base phrases over [first, last), CoNLL-2000 style: a PP is its preposition alone, an SBAR its subordinator or relative pronoun. */
export function chunk(tokens: Tokens, first: number, last: number, tags = tagTokens(tokens, first, last)): Chunk[] {
  const chunks: Chunk[] = [];
  const tag = (i: number) => (i >= first && i < last ? tags[i - first] : undefined);
  const attached = (a: number, b: number) => tokens.end(a) === tokens.start(b);
  const abbreviation = (i: number) =>
    tokens.norm(i) === '.' && attached(i - 1, i) && tokens.capital(i - 1) && (tokens.norm(i - 1).length <= 4 || tokens.text(i - 1).includes('.'));
  let i = first;
  while (i < last) {
    const t = tag(i)!;
    const w = tokens.norm(i);
    const start = i;
    const run = t === 'ADV' ? afterAdverbs(tag, i) : i; // where a run of adverbs ends: into a verb, or not
    let kind: Chunk['kind'] = 'O';
    let head = i;
    if (twoWordPrepositions.get(w) === tokens.norm(i + 1) && i + 1 < last) {
      kind = 'PP';
      head = i + 1;
      i += 2;
    } else if (w === 'regarding' || (t === 'PRON' && !possessivePronouns.has(w))) {
      // A relative pronoun opens an SBAR; at the start ("Who called") or after a verb ("called whom") it is a noun phrase.
      const relative = relatives.has(w) && !(i === first || (w === 'whom' && tag(i - 1) === 'VERB'));
      kind = w === 'regarding' ? 'PP' : relative ? 'SBAR' : 'NP';
      i++;
    } else if (npStart(t) || (t === 'PRON' && possessivePronouns.has(w)) || (t === 'ADV' && quantifiers.has(w) && (tag(i + 1) === 'NUM' || tag(i + 1) === 'DET'))) {
      kind = 'NP';
      i++;
      for (;;) {
        const n = tag(i);
        if (npGoesOn(n)) {
          // A weekday after a noun is a phrase of its own ("told reporters Tuesday").
          if (weekdays.has(tokens.norm(i)) && (tag(i - 1) === 'NOUN' || tag(i - 1) === 'PROPN')) break;
          i++;
        } else if (n === 'PUNCT' && i + 1 < last && tokens.norm(i) === '-' && attached(i - 1, i) && attached(i, i + 1) && tokens.word(i + 1)) {
          i += 2; // "security-related", "follow-up": a compound, whatever its second half
        } else if (n === 'PUNCT' && i + 1 < last && abbreviation(i)) {
          i++; // "Gen. Milley", "U.S. officials"; and "Arlington, Va." ends there unless its phrase goes on
          if (!npGoesOn(tag(i))) break;
        } else if (n === 'PUNCT' && tokens.norm(i) === ',' && tag(i - 1) === 'NUM' && /^\d{4}$/.test(tokens.norm(i + 1))) {
          i++; // "March 15, 2023"
        } else if (n === 'VERB' && /(?:ed|ing|en|wn)$/.test(tokens.norm(i)) && (tokens.possessive(i - 1) || tag(i - 1) === 'DET' || tag(i - 1) === 'ADJ' || tag(i - 1) === 'NUM') && tag(i + 1) === 'NOUN') {
          i++; // "the last known call", "Russia's armed forces"
        } else if (n === 'CCONJ' && tag(i - 1) === 'ADJ' && tag(i + 1) === 'ADJ') {
          i += 2; // "a frank and professional conversation"
        } else break;
      }
      head = start;
      for (let j = start; j < i; j++) if (nominal(tag(j))) head = j;
      // An adjective alone is an adjective phrase ("was unable"), unless a determiner makes it a noun phrase ("the first").
      if (!nominal(tag(head)) && tag(start) !== 'DET') kind = tag(head) === 'ADJ' ? 'ADJP' : 'NP';
    } else if (verbal(t) || (t === 'PART' && w === 'to' && verbal(tag(i + 1))) || (t === 'ADV' && verbal(tag(run)))) {
      kind = 'VP';
      i = t === 'ADV' ? run : i + 1;
      for (;;) {
        const n = tag(i);
        if (verbal(n) || (n === 'PART' && tokens.norm(i) !== 'to')) i++;
        else if (n === 'PART' && verbal(tag(i + 1))) i++;
        else if (n === 'ADV' && verbal(tag(afterAdverbs(tag, i)))) i = afterAdverbs(tag, i);
        else break;
      }
      // The head is the first lexical verb ("refused to take": refused), or the last auxiliary of a copula.
      head = -1;
      for (let j = start; j < i; j++) if (tag(j) === 'VERB') { head = j; break; }
      if (head < 0) for (let j = start; j < i; j++) if (tag(j) === 'AUX') head = j;
      if (head < 0) head = i - 1;
    } else if (t === 'ADV') {
      kind = 'ADVP';
      i = run;
      head = i - 1;
    } else {
      kind = t === 'ADP' ? 'PP' : t === 'SCONJ' ? 'SBAR' : 'O';
      i++;
    }
    chunks.push({ kind, first: start, last: i, head });
  }
  return chunks;
}

/** The first token after the adverbs from `i` on: a verb there takes them into its phrase ("did not immediately comment", "also spoke"). */
function afterAdverbs(tag: (i: number) => Tag | undefined, i: number): number {
  while (tag(i) === 'ADV') i++;
  return i;
}
