import { parseSnapshotBytes, SEAL_FIELD } from '../../store/snapshot-adapter';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, bundleText, gzipWithProgress } from './bundle-format';

export interface PackInput {
  /** The store's snapshot bytes right after a compaction (Store.snapshotBytes). */
  snapshot: Uint8Array;
  appVersion: string;
  exportedAt: string;
}

export interface Packed {
  bytes: Uint8Array;
  counts: Record<string, number>;
}

/**
 * Builds the `.icpdesk` file from a consistent snapshot (runs in the task worker: the parse, the
 * stringify and the gzip of an 85 MB document are the slow part). The snapshot's seal is dropped:
 * the bundle carries its own sha256 over `data`.
 */
export async function packBundle(input: PackInput, progress: (done: number, total: number) => void): Promise<Packed> {
  const doc = parseSnapshotBytes(Buffer.from(input.snapshot.buffer, input.snapshot.byteOffset, input.snapshot.byteLength));
  delete doc[SEAL_FIELD];
  const collections = (doc.collections ?? {}) as Record<string, unknown[]>;
  const counts = Object.fromEntries(Object.entries(collections).map(([name, records]) => [name, records.length]));
  const text = bundleText(
    { format: BUNDLE_FORMAT, formatVersion: BUNDLE_FORMAT_VERSION, appVersion: input.appVersion, schemaVersion: doc.schemaVersion as number, exportedAt: input.exportedAt, counts },
    JSON.stringify(doc),
  );
  const bytes = await gzipWithProgress(Buffer.from(text, 'utf8'), progress);
  return { bytes, counts };
}
