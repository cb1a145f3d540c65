import type { Token } from './tokens';

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
   * `accept` can refuse a token (e.g. a lower-case word inside a name).
   */
  longest(tokens: Token[], i: number, last = tokens.length, accept: (t: Token, depth: number) => boolean = () => true):
    | { end: number; values: T[] }
    | undefined {
    let node = this.root;
    let best: { end: number; values: T[] } | undefined;
    let depth = 0;
    for (let j = i; j < last; j++) {
      const t = tokens[j]!;
      if (!t.word) {
        if (t.text === '.' && depth > 0) continue;
        if ((t.text === '-' || t.text === ',') && depth > 0 && node.next.has(t.text)) {
          node = node.next.get(t.text)!;
          continue;
        }
        break;
      }
      if (!accept(t, depth)) break;
      const child = node.next.get(t.norm);
      if (!child) break;
      node = child;
      depth++;
      if (node.values.length) best = { end: j + 1, values: node.values };
      if (t.possessive) break; // "Austin's" ends a name
    }
    return best;
  }
}

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}
