import type { JournalLine } from './journal';
import type { JsonObject } from './snapshot-adapter';

/** The snapshot layout from schema version 1 on: `{ schemaVersion, generation, collections }`. */
export interface SnapshotDoc {
  schemaVersion: number;
  generation: number;
  collections: Record<string, JsonObject[]>;
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** 0 for the pre-journal layout, which had no schemaVersion; a string when the field is unusable. */
export function schemaVersionOf(doc: JsonObject): number | string {
  if (!('schemaVersion' in doc)) return 0;
  const v = doc.schemaVersion;
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 ? v : 'schemaVersion is not a positive integer';
}

/** Checks the envelope only; a string says why not. */
export function checkEnvelope(doc: JsonObject): SnapshotDoc | string {
  const { schemaVersion, generation, collections } = doc;
  if (typeof schemaVersion !== 'number' || !Number.isSafeInteger(schemaVersion) || schemaVersion < 1) return 'schemaVersion is not a positive integer';
  if (typeof generation !== 'number' || !Number.isSafeInteger(generation) || generation < 1) return 'generation is not a positive integer';
  if (!isObject(collections)) return 'collections is not an object';
  // Records themselves are checked by their schemas in the same pass that builds the maps
  // (materialize): a separate walk over 100,000 records here would cost a tenth of the open.
  for (const [name, records] of Object.entries(collections)) {
    if (!Array.isArray(records)) return `collections.${name} is not an array`;
  }
  return doc as unknown as SnapshotDoc;
}

/**
 * Applies journal lines to the raw document, in order. Only touched collections are turned into
 * maps (insertion order kept, so a replaced record keeps its place, like in the live maps).
 * The compaction worker carries a copy of this in plain JS (compaction-worker.ts); keep them alike.
 */
export function replayInto(doc: SnapshotDoc, lines: readonly JournalLine[]): void {
  if (lines.length === 0) return;
  const touched = new Map<string, Map<string, JsonObject>>();
  const mapOf = (name: string): Map<string, JsonObject> => {
    let map = touched.get(name);
    if (!map) {
      map = new Map((doc.collections[name] ?? []).map((r) => [r.id as string, r]));
      touched.set(name, map);
    }
    return map;
  };
  for (const line of lines) {
    for (const op of line.o) {
      if ('put' in op) mapOf(op.put).set(op.r.id, op.r as unknown as JsonObject);
      else mapOf(op.del).delete(op.id);
    }
  }
  for (const [name, map] of touched) doc.collections[name] = [...map.values()];
}
