import type { SortOrder } from '../../../shared/ipc/portfolio-schemas';

/**
 * How a list kept in ascending order is read in the requested direction. Entries without a value
 * for the sort key (no ICP number yet) sit at the end of the ascending order and stay last when it
 * is reversed, in name order. `at(k)` is the k-th position to visit; plain index arithmetic, so the
 * hot loops of the list queries stay loops.
 */
export class Walk {
  private readonly end: number;

  constructor(
    readonly length: number,
    private readonly order: SortOrder,
    missingFrom: number = length,
  ) {
    this.end = missingFrom;
  }

  at(k: number): number {
    if (this.order === 'asc') return k;
    return k < this.end ? this.end - 1 - k : k;
  }
}

/** Where the entries without a sort key start at the tail of an ascending list. */
export function missingFrom<E>(list: readonly E[], missing: (entry: E) => boolean): number {
  let end = list.length;
  while (end > 0 && missing(list[end - 1] as E)) end--;
  return end;
}

/** Keys compared with < (no collator), with '' sorting after everything. */
export function compareKeys(a: string | number, b: string | number): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  return a < b ? -1 : 1;
}

/** Counts every hit and keeps only those on the requested page. */
export class Pager<E> {
  total = 0;
  readonly rows: E[] = [];
  constructor(
    private readonly offset: number,
    private readonly limit: number,
  ) {}
  add(entry: E): void {
    if (this.total >= this.offset && this.rows.length < this.limit) this.rows.push(entry);
    this.total++;
  }
}

/** Every term occurs in the haystack (a loop, not a closure per entry: this runs 25,000 times a query). */
export function hasAll(haystack: string, terms: readonly string[]): boolean {
  for (let i = 0; i < terms.length; i++) if (!haystack.includes(terms[i] as string)) return false;
  return true;
}
