// The findings on names as printed (misspellings, house spellings). The names are found in
// read/names.ts and read/mentions.ts.
import { wordEnd } from '../read/mentions';
import { closest } from '../read/names';
import type { SentenceView } from '../read/sentences';
import { normalizeWord } from '../text/tokens';
import { type Context, nameOf, type RawFinding } from './context';

export function readNameClaims(ctx: Context, s: SentenceView): RawFinding[] {
  const out: RawFinding[] = [];
  const house = ctx.houseSpelling;
  for (const m of s.mentions) {
    const person = ctx.index.people.get(m.person)!;
    if (m.kind === 'misspelling') {
      const wrong = m.wrong ?? listedMisspelling(ctx, s, m.first, m.last, m.person);
      if (!wrong || quotedAlone(ctx.doc.text, wrong.start, wrong.end) || rejected(ctx.doc.text, wrong.start, wrong.expected) || spokenOf(ctx.doc.text, wrong.start)) continue;
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

/** "It is Belousov, not Belousev", "He is Gen. Mark Milley, not Gen. Marc Milley": a spelling set against the right one is a word spoken of. */
function rejected(text: string, start: number, expected: string): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const not = /,?\s*(?:and\s+|but\s+)?\b(?:not|never)\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.exec(before);
  const right = expected.split(/\s+/).at(-1)!.toLowerCase();
  return !!not && new RegExp(`\\b${right}\\b[^.;:!?]{0,40}$`, 'iu').test(before.slice(0, not.index));
}

/** "An earlier version misspelt his surname as Rider": a spelling told of, not used. */
const spokenOf = (text: string, start: number): boolean =>
  /\b(?:misspel(?:t|led|ling)|mis-spel(?:t|led)|spelt|spelled|spelling|written|rendered|given)\b[^.;]{0,30}\bas\s+["“']?$/i.test(text.slice(Math.max(0, start - 60), start));

/** 'Maria Zakharova, never "Zakharov"': a spelling quoted on its own is a word spoken of, not a name used. */
function quotedAlone(text: string, start: number, end: number): boolean {
  return /["“'‘]$/.test(text.slice(Math.max(0, start - 1), start)) && /^[,.;:!?]?["”'’](?!\p{L})/u.test(text.slice(end, end + 3));
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
