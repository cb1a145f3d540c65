// Repeated timings and what a row of the report holds.

export interface Sample {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(values: number[]): Sample {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/** Times `fn` `runs` times (after `warmup` untimed calls); `setup` runs untimed before each. */
export async function time<S>(runs: number, fn: (state: S) => unknown, setup: () => S = () => undefined as S, warmup = 1): Promise<Sample> {
  for (let i = 0; i < warmup; i++) await fn(setup());
  const values: number[] = [];
  for (let i = 0; i < runs; i++) {
    const state = setup();
    const t0 = performance.now();
    await fn(state);
    values.push(performance.now() - t0);
  }
  return summarize(values);
}

export type Unit = 'ms' | 'MB' | 'KB' | '×' | 'ms/1k words';

/** One line of the report: a figure, or why there is none. */
export interface Row {
  group: string;
  name: string;
  unit: Unit;
  value?: Sample | number;
  /** The target: the figure must be at most (or, for ratios, at least) this; `on`, the CPU an absolute target holds for. */
  target?: { max?: number; min?: number; on?: string };
  note?: string;
}

export const valueOf = (row: Row): number | undefined => (typeof row.value === 'number' ? row.value : row.value?.median);

export function met(row: Row): boolean | undefined {
  const v = valueOf(row);
  if (v === undefined || !row.target) return undefined;
  return (row.target.max === undefined || v <= row.target.max) && (row.target.min === undefined || v >= row.target.min);
}
