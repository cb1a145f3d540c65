// What the checker keeps between checks, bounded so that a long editing session does not grow it.
/**
 * A bounded cache in two generations: what was used since the last turnover stays, what was
 * not is dropped at the next one. Cheaper than a strict LRU: a hit costs one lookup.
 */
export class BoundedCache<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();
  constructor(private readonly limit: number) {}

  get(key: string, compute: () => V): V {
    let value = this.current.get(key);
    if (value !== undefined) return value;
    value = this.previous.get(key) ?? compute();
    if (this.current.size >= this.limit / 2) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
    return value;
  }
}
