import type { Store } from '../../store';

/**
 * Where the portfolio services find the open store: the DataHost in the app (its store may be
 * replaced by a restore), or `{ store }` in seeds, benchmarks and tests — no Electron either way.
 */
export interface StoreSource {
  readonly store: Store;
}
