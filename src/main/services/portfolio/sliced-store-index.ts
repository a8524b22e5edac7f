import type { Store } from '../../store';
import { listen, type StoreListener, type Written } from './store-tracking';
import type { StoreSource } from './store-source';

/** Records built per slice of a background warm-up: a few ms of work between other events. */
const WARM_UP_SLICE = 500;

export interface WarmUpOptions {
  slice?: number | undefined;
  pause?: (() => Promise<void>) | undefined;
}

/**
 * An in-memory index that follows every commit of its store (store-tracking) and is built whole
 * for a new store or after a restore: in slices in the background (warmUp), so opening the app does
 * not wait for it, or on the spot when a query arrives first (current). Subclasses say how to clear,
 * build (one step per record, as a generator: the store may change between steps), sort once built,
 * and follow a commit.
 */
export abstract class SlicedStoreIndex {
  private store: Store | undefined;
  /** A full build under way. */
  private pending: Iterator<void> | undefined;
  private readonly listener: StoreListener = {
    committed: (s, written) => {
      if (s === this.store) this.committed(s, written); // not built for that store: current() builds it whole
    },
    replaced: (s) => {
      if (s === this.store) this.store = undefined;
    },
  };
  private readonly slice: number;
  private readonly pause: () => Promise<void>;

  constructor(
    private readonly source: StoreSource,
    warmUp: WarmUpOptions = {},
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
    if (this.store === store) this.warmedUp();
  }

  /** A full build is under way: orders are sorted whole at its end, not kept in step per commit. */
  protected get building(): boolean {
    return this.pending !== undefined;
  }

  protected abstract clear(): void;
  /** One step per record; a record a commit already built during the warm-up is skipped. */
  protected abstract build(store: Store): Generator<void>;
  /** After the last build step: sort what was built. */
  protected abstract sortAll(): void;
  protected abstract committed(store: Store, written: readonly Written[]): void;
  /** After a background build: anything worth preparing before the first query. */
  protected warmedUp(): void {}

  private begin(store: Store): void {
    this.store = store;
    // The same listener object each time: listen() keeps a set, so a store is followed once.
    listen(store, this.listener);
    this.clear();
    this.pending = this.build(store);
  }

  /** Runs up to `count` more build steps; once all are done, sorts. */
  private step(count: number): void {
    const pending = this.pending;
    if (!pending) return;
    for (let i = 0; i < count; i++) {
      if (!pending.next().done) continue;
      this.pending = undefined;
      this.sortAll();
      return;
    }
  }
}
