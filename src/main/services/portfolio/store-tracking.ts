import type { Store, Tx } from '../../store';

/** A record written by a transaction. */
export interface Written {
  collection: string;
  id: string;
}

export interface StoreListener {
  /** After a durable commit, with every record it put or deleted. */
  committed(store: Store, written: readonly Written[]): void;
  /** After the whole state was replaced (a backup restored): nothing cached can be trusted. */
  replaced(store: Store): void;
}

const tracked = new WeakMap<Store, Set<StoreListener>>();

function trackingTx(tx: Tx, written: Written[]): Tx {
  return {
    get: (collection, id) => tx.get(collection, id),
    put: (collection, record) => {
      written.push({ collection, id: record.id });
      tx.put(collection, record);
    },
    delete: (collection, id) => {
      written.push({ collection, id });
      tx.delete(collection, id);
    },
    log: (event) => tx.log(event),
  };
}

/**
 * Lets the search index follow every change of a store, whoever makes it: the store instance's
 * transact, restoreBackup and replaceData are wrapped once, so the ids each commit writes are reported after it
 * is durable (and nothing is reported for a transaction that failed). Store has no change events
 * of its own; wrapping the instance keeps the store untouched for everyone else.
 */
export function listen(store: Store, listener: StoreListener): void {
  let listeners = tracked.get(store);
  if (!listeners) {
    const all = new Set<StoreListener>();
    listeners = all;
    tracked.set(store, all);
    const transact = store.transact.bind(store);
    const restoreBackup = store.restoreBackup.bind(store);
    const replaceData = store.replaceData.bind(store);
    store.transact = async <T>(actor: string, fn: (tx: Tx) => T): Promise<T> => {
      const written: Written[] = [];
      const value = await transact(actor, (tx) => fn(trackingTx(tx, written)));
      // Runs right after the commit is applied: the next commit cannot apply before this
      // continuation, since it still has its own journal append to await.
      if (written.length > 0) for (const l of all) l.committed(store, written);
      return value;
    };
    store.restoreBackup = async (name: string) => {
      try {
        return await restoreBackup(name);
      } finally {
        // Even a failed restore may have replaced memory before failing; rebuilding is always safe.
        for (const l of all) l.replaced(store);
      }
    };
    // A bundle imported in place of the data (services/bundles) replaces everything the same way.
    store.replaceData = async (...args: Parameters<Store['replaceData']>) => {
      try {
        return await replaceData(...args);
      } finally {
        for (const l of all) l.replaced(store);
      }
    };
  }
  listeners.add(listener);
}
