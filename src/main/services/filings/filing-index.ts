import type { Filing } from '../../../shared/domain/model/filing';
import type { Store } from '../../store';
import { IDX } from '../portfolio/indexes';
import { SortedOrder } from '../portfolio/name-order';
import { listen, type StoreListener, type Written } from '../portfolio/store-tracking';
import type { StoreSource } from '../portfolio/store-source';
import { buildFilingEntry, newestFirst, type FilingEntry } from './filing-entry';

/** Entries built per slice of the background warm-up: a few ms of work between other events. */
const WARM_UP_SLICE = 500;

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
  /** A full build under way: each step builds one filing's entry. */
  private pending: Iterator<void> | undefined;
  private readonly slice: number;
  private readonly pause: () => Promise<void>;

  constructor(
    private readonly source: StoreSource,
    warmUp: { slice?: number | undefined; pause?: (() => Promise<void>) | undefined } = {},
  ) {
    this.slice = warmUp.slice ?? WARM_UP_SLICE;
    // Between slices the event loop runs whatever is waiting (IPC calls, commits) before the next one.
    this.pause = warmUp.pause ?? (() => new Promise<void>((resolve) => setImmediate(resolve)));
  }

  /** Up to date with the store: built whole the first time (or for a new store), else as is. */
  current(): this {
    const store = this.source.store;
    if (store !== this.store) this.begin(store);
    if (this.pending) this.step(Number.POSITIVE_INFINITY);
    return this;
  }

  /** Builds the index in slices between other events. Resolves when built (or when the store cannot be read). */
  async warmUp(): Promise<void> {
    let store: Store;
    try {
      store = this.source.store;
    } catch {
      return; // recovery mode: nothing to index until data is restored
    }
    if (store !== this.store) this.begin(store);
    while (this.pending && this.store === store) {
      this.step(this.slice);
      await this.pause();
    }
  }

  /** Every entry (archived ones too), newest change first. */
  newestFirst(): readonly FilingEntry[] {
    return this.order.ordered();
  }

  get(id: string): FilingEntry | undefined {
    return this.entries.get(id);
  }

  private begin(store: Store): void {
    this.store = store;
    // The same listener object each time: listen() keeps a set, so a store is followed once.
    listen(store, this.listener);
    this.entries.clear();
    this.byTarget.clear();
    this.pending = this.build(store);
  }

  /** The steps of a full build; the store's maps may change between steps (commits during a warm-up). */
  private *build(store: Store): Generator<void> {
    for (const f of store.list<Filing>('filings')) {
      // A commit during the warm-up may have built it already, from newer data.
      if (!this.entries.has(f.id)) this.put(buildFilingEntry(store, f));
      yield;
    }
  }

  /** Runs up to `count` more build steps; once all are done, sorts the order. */
  private step(count: number): void {
    const pending = this.pending;
    if (!pending) return;
    for (let i = 0; i < count; i++) {
      if (!pending.next().done) continue;
      this.pending = undefined;
      this.order.reset(this.entries.values());
      return;
    }
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
    // Mid-build the order is sorted whole at the end of the build.
    if (!this.pending) this.order.update(removed, added);
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
