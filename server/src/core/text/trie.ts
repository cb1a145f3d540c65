import type { Tokens } from './tokens';

/** Marks a phrase keeps between its words: "Trump–Putin summit", "full-scale", "Moscow, Russia". */
export const phraseJoiners: ReadonlySet<string> = new Set([',', '-', '–']);

/** Phrases as sequences of normalized words; one longest-match walk per position. */
export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };

  add(words: string[], value: T): void {
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), values: [] }));
      node = child;
    }
    node.values.push(value);
  }

  /**
   * The longest phrase starting at token `i`, skipping full stops inside it ("Brig. Gen.").
   * A possessive ends a name ("Austin's"), unless phrases run on past one ("Modi's visit").
   */
  longest(tokens: Tokens, i: number, last = tokens.length, acrossPossessives = false):
    | { end: number; values: T[] }
    | undefined {
    let node = this.root;
    let best: { end: number; values: T[] } | undefined;
    let depth = 0;
    for (let j = i; j < last; j++) {
      const norm = tokens.norm(j);
      if (!tokens.word(j)) {
        if (norm === '.' && depth > 0) continue;
        if (phraseJoiners.has(norm) && depth > 0 && node.next.has(norm)) {
          node = node.next.get(norm)!;
          continue;
        }
        break;
      }
      const child = node.next.get(norm);
      if (!child) break;
      node = child;
      depth++;
      if (node.values.length) best = { end: j + 1, values: node.values };
      if (tokens.possessive(j) && !acrossPossessives) break;
    }
    return best;
  }
}

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}
