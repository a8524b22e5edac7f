import type { Filing } from '../../../shared/domain/model/filing';
import type { Store } from '../../store';
import { IDX } from '../portfolio/indexes';
import { SortedOrder } from '../portfolio/name-order';
import { listen, type StoreListener, type Written } from '../portfolio/store-tracking';
import type { StoreSource } from '../portfolio/store-source';
import { buildFilingEntry, newestFirst, type FilingEntry } from './filing-entry';

/**
 * The orders' search index: one entry per filing (filing-entry.ts), kept newest first, so filing:list
 * is one pass over small entries instead of reading every order's entity and services and sorting
 * 15,000 orders per keystroke.
 *
 * Like the portfolio's index it follows every commit of its store (store-tracking): an entry is
 * rebuilt when its filing, its entity or one of its target services is written. A restored backup
 * or a different store (DataHost reopened) means a full build on the next query.
 */
export class FilingIndex {
  private store: Store | undefined;
  private readonly listener: StoreListener = {
    committed: (s, written) => this.committed(s, written),
    replaced: (s) => {
      if (s === this.store) this.store = undefined;
    },
  };
  private readonly entries = new Map<string, FilingEntry>();
  /** Target service id → the filings naming it, to rebuild their labels when the service changes. */
  private readonly byTarget = new Map<string, Set<string>>();
  private readonly order = new SortedOrder<FilingEntry>(newestFirst);

  constructor(private readonly source: StoreSource) {}

  /** Up to date with the store: built whole the first time (or for a new store), else as is. */
  current(): this {
    const store = this.source.store;
    if (store !== this.store) this.build(store);
    return this;
  }

  /** Every entry (archived ones too), newest change first. */
  newestFirst(): readonly FilingEntry[] {
    return this.order.ordered();
  }

  get(id: string): FilingEntry | undefined {
    return this.entries.get(id);
  }

  private build(store: Store): void {
    this.store = store;
    // The same listener object each time: listen() keeps a set, so a store is followed once.
    listen(store, this.listener);
    this.entries.clear();
    this.byTarget.clear();
    for (const f of store.list<Filing>('filings')) this.put(buildFilingEntry(store, f));
    this.order.reset(this.entries.values());
  }

  private committed(store: Store, written: readonly Written[]): void {
    if (store !== this.store) return; // not built for this store: current() builds it whole
    const ids = new Set<string>();
    for (const { collection, id } of written) {
      if (collection === 'filings') ids.add(id);
      else if (collection === 'entities') for (const f of store.lookup(IDX.filingByEntity, id)) ids.add(f);
      else if (collection === 'services') for (const f of this.byTarget.get(id) ?? []) ids.add(f);
    }
    const removed: FilingEntry[] = [];
    const added: FilingEntry[] = [];
    for (const id of ids) {
      const old = this.entries.get(id);
      if (old) {
        removed.push(old);
        this.drop(old);
      }
      const f = store.get<Filing>('filings', id);
      if (!f) continue;
      const entry = buildFilingEntry(store, f);
      this.put(entry);
      added.push(entry);
    }
    this.order.update(removed, added);
  }

  private put(entry: FilingEntry): void {
    this.entries.set(entry.id, entry);
    for (const s of entry.filing.targetServiceIds) {
      let set = this.byTarget.get(s);
      if (!set) this.byTarget.set(s, (set = new Set()));
      set.add(entry.id);
    }
  }

  private drop(entry: FilingEntry): void {
    this.entries.delete(entry.id);
    for (const s of entry.filing.targetServiceIds) {
      const set = this.byTarget.get(s);
      set?.delete(entry.id);
      if (set?.size === 0) this.byTarget.delete(s);
    }
  }
}
