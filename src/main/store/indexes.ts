import type { Collections } from './schema';
import type { IndexDef, StoreRecord } from './types';

const EMPTY: ReadonlySet<string> = Object.freeze(new Set<string>());

/** One record's change, as the commit sees it: what it was and what it becomes. */
export interface RecordChange {
  collection: string;
  id: string;
  before: StoreRecord | undefined;
  after: StoreRecord | undefined;
}

interface IndexDelta {
  index: string;
  id: string;
  remove: readonly string[];
  add: readonly string[];
}

/**
 * Map<index, Map<key, Set<id>>>, kept in step with every commit. Deltas are computed before the
 * journal append (a throwing `keys` aborts the transaction with nothing written) and applied after
 * it, together with the records.
 */
export class Indexes {
  private readonly maps = new Map<string, Map<string, Set<string>>>();
  private readonly byCollection = new Map<string, [string, IndexDef][]>();

  constructor(defs: ReadonlyMap<string, IndexDef>) {
    for (const [name, def] of defs) {
      this.maps.set(name, new Map());
      const list = this.byCollection.get(def.collection) ?? [];
      list.push([name, def]);
      this.byCollection.set(def.collection, list);
    }
  }

  has(index: string): boolean {
    return this.maps.has(index);
  }

  lookup(index: string, key: string): ReadonlySet<string> {
    const map = this.maps.get(index);
    if (!map) throw new Error(`unknown index '${index}'`);
    return map.get(key) ?? EMPTY;
  }

  rebuild(collections: Collections): void {
    for (const map of this.maps.values()) map.clear();
    for (const [collection, defs] of this.byCollection) {
      const records = collections.get(collection);
      if (!records) continue;
      for (const [name, def] of defs) {
        const map = this.maps.get(name);
        if (!map) continue;
        for (const record of records.values()) for (const key of keysOf(def, record)) add(map, key, record.id);
      }
    }
  }

  plan(changes: readonly RecordChange[]): IndexDelta[] {
    const deltas: IndexDelta[] = [];
    for (const change of changes) {
      for (const [index, def] of this.byCollection.get(change.collection) ?? []) {
        const before = change.before ? keysOf(def, change.before) : [];
        const after = change.after ? keysOf(def, change.after) : [];
        const remove = before.filter((k) => !after.includes(k));
        const addKeys = after.filter((k) => !before.includes(k));
        if (remove.length > 0 || addKeys.length > 0) deltas.push({ index, id: change.id, remove, add: addKeys });
      }
    }
    return deltas;
  }

  apply(deltas: readonly IndexDelta[]): void {
    for (const delta of deltas) {
      const map = this.maps.get(delta.index);
      if (!map) continue;
      for (const key of delta.remove) {
        const ids = map.get(key);
        ids?.delete(delta.id);
        if (ids?.size === 0) map.delete(key);
      }
      for (const key of delta.add) add(map, key, delta.id);
    }
  }
}

function keysOf(def: IndexDef, record: StoreRecord): string[] {
  return [...new Set(def.keys(record as StoreRecord & Readonly<Record<string, unknown>>))];
}

function add(map: Map<string, Set<string>>, key: string, id: string): void {
  let ids = map.get(key);
  if (!ids) {
    ids = new Set();
    map.set(key, ids);
  }
  ids.add(id);
}
