import type { SortOrder } from '../../../shared/ipc/portfolio-schemas';
import type { Ranked } from './name-order';

/**
 * Sorts hits that arrive in name order by another key, name order breaking ties. Only numbers and
 * plain strings are compared here (no collator), which keeps 10,000 hits within a few ms. Empty
 * strings (no ICP number yet) go last in either direction.
 */
export function sortHits<E extends Ranked>(hits: E[], key: (entry: E) => number | string, order: SortOrder): void {
  const sign = order === 'asc' ? 1 : -1;
  hits.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) {
      if (ka === '') return 1;
      if (kb === '') return -1;
      return (ka < kb ? -1 : 1) * sign;
    }
    return a.rank - b.rank;
  });
}

/** Hits collected in name order, put in the requested order (a reversal for name descending). */
export function orderHits<E extends Ranked>(hits: E[], sort: { field: string; order: SortOrder } | undefined, keys: Readonly<Record<string, (entry: E) => number | string>>): void {
  if (!sort || sort.field === 'name') {
    if (sort?.order === 'desc') hits.reverse();
    return;
  }
  const key = keys[sort.field];
  if (key) sortHits(hits, key, sort.order);
}

export const page = <E>(hits: readonly E[], offset: number, limit: number): readonly E[] => hits.slice(offset, offset + limit);
