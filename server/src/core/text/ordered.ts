// Searching lists kept in order.

/** Index of the last item for which `before` holds, given it holds for a prefix; -1 if none. */
export function lastAtOrBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
