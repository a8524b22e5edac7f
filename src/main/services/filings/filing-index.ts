import type { Filing } from '../../../shared/domain/model/filing';
import type { Store } from '../../store';
import { IDX } from '../portfolio/indexes';
import { SortedOrder } from '../portfolio/name-order';
import { SlicedStoreIndex } from '../portfolio/sliced-store-index';
import type { Written } from '../portfolio/store-tracking';
import { buildFilingEntry, newestFirst, type FilingEntry } from './filing-entry';

/**
 * The orders' search index: one entry per filing (filing-entry.ts), kept newest first, so filing:list
 * is one pass over small entries instead of reading every order's entity and services and sorting
 * 15,000 orders per keystroke.
 *
 * Like the portfolio's index it follows every commit of its store (store-tracking): an entry is
 * rebuilt when its filing, its entity or one of its target services is written. A restored backup
 * or a different store (DataHost reopened) means a full build on the next query. The first build
 * runs in slices in the background after start (warmUp, as the portfolio's index does: ≈ 0.1 s at
 * 15,000 orders would otherwise fall on the first filing:list); a query arriving earlier finishes it
 * on the spot.
 */
export class FilingIndex extends SlicedStoreIndex {
  private readonly entries = new Map<string, FilingEntry>();
  /** Target service id → the filings naming it, to rebuild their labels when the service changes. */
  private readonly byTarget = new Map<string, Set<string>>();
  private readonly order = new SortedOrder<FilingEntry>(newestFirst);

  /** Every entry (archived ones too), newest change first. */
  newestFirst(): readonly FilingEntry[] {
    return this.order.ordered();
  }

  get(id: string): FilingEntry | undefined {
    return this.entries.get(id);
  }

  protected clear(): void {
    this.entries.clear();
    this.byTarget.clear();
  }

  /** The steps of a full build; the store's maps may change between steps (commits during a warm-up). */
  protected *build(store: Store): Generator<void> {
    for (const f of store.list<Filing>('filings')) {
      // A commit during the warm-up may have built it already, from newer data.
      if (!this.entries.has(f.id)) this.put(buildFilingEntry(store, f));
      yield;
    }
  }

  protected sortAll(): void {
    this.order.reset(this.entries.values());
  }

  protected committed(store: Store, written: readonly Written[]): void {
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
    // Mid-build the order is sorted whole at the end of the build.
    if (!this.building) this.order.update(removed, added);
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
