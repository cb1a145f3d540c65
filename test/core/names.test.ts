// Names as printed (SPEC sections 3 and 7): each test a class of name, the true form silent and the slip flagged.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createChecker, defaultRecord } from '../../server/src/core';

const checker = createChecker({ record: defaultRecord });

/** The name findings of a Markdown draft, each as "written → fix". */
function names(text: string): string[] {
  return checker
    .check(text, { languageId: 'markdown' })
    .findings.filter((f) => f.code === 'name-misspelling')
    .map((f) => `${text.slice(f.start, f.end)} → ${f.fixes.map((x) => x.newText).join(' | ')}`);
}

/** Every warning of a Markdown draft, as "code: words". */
function flagged(text: string): string[] {
  return checker
    .check(text, { languageId: 'markdown' })
    .findings.filter((f) => f.severity !== 'hint')
    .map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
}

describe('a spelling spoken of', () => {
  test('a misspelling quoted on its own, as a style guide or a correction names it, is no use of the name', () => {
    assert.deepEqual(names('Feminine surnames keep their ending: Maria Zakharova, never "Zakharov".'), []);
    assert.deepEqual(names('Foreign Ministry spokeswoman Maria Zakharov said so.'), ['Zakharov → Zakharova']);
  });
});

describe('a surname alone', () => {
  test('misspelt, of someone the draft names, is flagged; a possessive keeps its "\'s"', () => {
    const draft = (word: string) => `Sergei Shoigu left the ministry in May. ${word} allies stayed on.`;
    assert.deepEqual(names(draft("Shoigu's")), []);
    assert.deepEqual(names(draft("Shoiku's")), ['Shoiku → Shoigu']);
    assert.deepEqual(names(draft("Shogiu's")), ['Shogiu → Shoigu']);
  });

  test('of a recorded call partner of someone the draft names, is flagged though the draft never names them in full', () => {
    assert.deepEqual(names('Lloyd Austin spoke by phone with his Russian counterpart. Shoiku raised the grain corridor, the ministry said.'), ['Shoiku → Shoigu']);
  });

  test('a short surname misheard ("-ie" for "-ey") is flagged beside the call partner that names it', () => {
    assert.deepEqual(names('Millie and Gerasimov kept a line open through the winter.'), ['Millie → Milley']);
    assert.deepEqual(names('Milley and Gerasimov kept a line open through the winter.'), []);
  });

  test('a short, common surname is read as a slip only with its person in view', () => {
    const inView = 'Pat Ryder took questions at the Pentagon. Rider added that the channel stayed open.';
    assert.deepEqual(names(inView), ['Rider → Ryder']);
    assert.deepEqual(names('Maj. Gen. Ryder took questions at the Pentagon. Rider added that the channel stayed open.'), ['Rider → Ryder']);
    const elsewhere = 'Pat Ryder took questions at the Pentagon.\n\nRider numbers on the city buses fell last year.';
    assert.deepEqual(names(elsewhere), []);
  });

  test('another name is no slip: a changed consonant, or a given name before another surname', () => {
    assert.deepEqual(names('Mark Milley retired in September. Christopher Miller, once acting secretary, was not asked; Miller declined to comment.'), []);
    assert.deepEqual(names('Mark Milley retired in September. Millie Harper, a neighbour, said he would be missed.'), []);
  });
});

describe('given names and initials', () => {
  test('a wrong given name after a title the person held is flagged, with the recorded one as the fix', () => {
    assert.deepEqual(names('Gen. Mike Milley told the committee the line to Moscow mattered.'), ['Mike → Mark']);
    assert.deepEqual(names('Gen. Mark Milley told the committee the line to Moscow mattered.'), []);
    assert.deepEqual(names('Mike Milley, the chairman of the Joint Chiefs, kept the line open.'), ['Mike → Mark']);
    assert.deepEqual(names('Linda Milley, a retired colonel, kept the line open.'), []);
    // A post one person holds at a time is evidence for any given name; a rank, held by many, is not.
    assert.deepEqual(names('Gen. Yuri Gerasimov, the chief of the General Staff, was not on the line.'), ['Yuri → Valery']);
    assert.deepEqual(names('Russian Gen. Yuri Gerasimov commanded a division near Kharkiv.'), []);
    assert.deepEqual(names('Gen. Robert Brown led the Army in the Pacific.'), []);
    // A word of a title between the rank and the name is no given name.
    assert.deepEqual(names('The chief of the General Staff Gerasimov took the call.'), []);
    // Beside a recorded call partner, a common given name not theirs is flagged; any other capitalised word is not.
    assert.deepEqual(names('On Tuesday, Defense Secretary Lloyd Austin picked up the phone to Alexei Belousov, the economist.'), ['Alexei → Andrei']);
    assert.deepEqual(names('Defense Secretary Lloyd Austin called Risks Belousov had raised.'), []);
    assert.deepEqual(names('Lloyd Austin spoke to Lyudmila Belousova.'), []);
    // Nor is a word that opens the sentence.
    assert.deepEqual(names('Valery Gerasimov is still in post. And Gerasimov, chief of the General Staff since 2012, rarely speaks.'), []);
  });

  test('after the right given name, a short surname misheard is flagged; another surname is not', () => {
    assert.deepEqual(names('Gen. Mark Millee took the call.'), ['Millee → Milley']);
    assert.deepEqual(names('Mark Miller, a historian, took questions.'), []);
  });

  test('someone else with the surname is not the person: a relative, a speaker label in capitals', () => {
    assert.deepEqual(names('Mark Milley retired in September. Hollyanne Milley spoke at the ceremony.'), []);
    const transcript = '---\ndate: 2022-10-21\n---\n\nPETER BROWN (CORRESPONDENT): Secretary Austin placed the call to Shoigu today.';
    assert.deepEqual(flagged(transcript).filter((f) => f.includes('BROWN')), []);
    // A headline in capitals still names the person.
    assert.deepEqual(flagged("---\ndate: 2024-07-13\n---\n\nRUSSIA'S SHOIGU SPOKE WITH LLOYD AUSTIN ON FRIDAY"), ['call-participant-conflict: SHOIGU']);
  });

  test('a middle initial other than the recorded one is flagged; one the record lacks is not', () => {
    assert.deepEqual(names('Gen. Charles K. Brown Jr. took over the Joint Chiefs.'), ['K → Q']);
    assert.deepEqual(names('Gen. Charles Q. Brown Jr. took over the Joint Chiefs.'), []);
    assert.deepEqual(names('Sergei K. Shoigu ran the ministry for years.'), []);
  });
});

describe('real other forms and run-together words', () => {
  test('transliterations, patronymics and feminine forms are names, not slips', () => {
    for (const sentence of [
      'Andrej Belousov took over the ministry.',
      'Valeri Gerasimov kept his post.',
      'Valerij Gerasimov, chief of the Russian General Staff, kept his post.',
      'Sergey Shoygu left the ministry.',
      'Sergej Shoigu left the ministry.',
      'Sergei Kuzhugetovich Shoigu left the ministry.',
      'Andrei Belousov took over. Lyudmila Belousova was not involved.',
    ]) {
      assert.deepEqual(names(sentence), [], sentence);
    }
  });

  test('a name run into the next word is flagged, and the fix puts the space back', () => {
    assert.deepEqual(names('Lloyd Austinand Sergei Shoigu discussed the war.'), ['Austinand → Austin and']);
    assert.deepEqual(names('Vladimir Putin spoke. Putinism, the essay argued, outlived its author.'), []);
  });
});

describe('house spellings', () => {
  test('another recorded transliteration is a name variant, its possessive kept; a misspelling is not a variant', () => {
    const text = "Sergey Shoygu's ministry answered. Sergei Shoigu later moved on.";
    const found = checker
      .check(text, { languageId: 'markdown', houseSpelling: ['Sergei', 'Shoigu'] })
      .findings.map((f) => `${f.code}: ${text.slice(f.start, f.end)} → ${f.fixes.map((x) => x.newText).join(' | ')}`);
    assert.deepEqual(found, ["name-variant: Sergey → Sergei", "name-variant: Shoygu's → Shoigu's"]);
  });
});
