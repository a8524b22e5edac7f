import { createHash } from 'node:crypto';
import { Low, type Adapter } from 'lowdb';
import { readIfExists, writeFileDurably, type StoreIo } from './io';

export type JsonObject = Record<string, unknown>;

/** The snapshot exists but is not a JSON object (empty, cut short, zero-filled, garbage). */
export class SnapshotUnreadable extends Error {
  constructor(readonly reason: string) {
    super(`snapshot unreadable: ${reason}`);
    this.name = 'SnapshotUnreadable';
  }
}

/**
 * lowdb adapter that is durable, unlike lowdb's own JSONFile (steno renames a temp file but never
 * fsyncs, so a power cut can leave an empty file): temp file, fsync, rename, fsync of the folder.
 * Compact JSON, because the snapshot is read at every start and indentation costs parse time.
 * `read` returns null only when the file does not exist; any unreadable content throws, so a damaged
 * file is never mistaken for "no data yet" and overwritten with defaults.
 */
export class DurableJsonAdapter implements Adapter<JsonObject | null> {
  /** Whether the file last read carried a seal that matches its bytes (see sealSnapshot). */
  sealed = false;

  constructor(
    private readonly io: StoreIo,
    readonly path: string,
  ) {}

  async read(): Promise<JsonObject | null> {
    this.sealed = false;
    const buf = await readIfExists(this.io, this.path);
    if (buf === undefined) return null;
    const { doc, sealed } = readSnapshotBytes(buf);
    this.sealed = sealed;
    return doc;
  }

  /** Callers pass only documents whose records are their schemas' output (see sealSnapshot). */
  async write(data: JsonObject | null): Promise<void> {
    if (data === null) return;
    await writeFileDurably(this.io, this.path, encodeSnapshot(data));
  }
}

/*
 * The seal: why an open may skip validating 100,000 records.
 *
 * Every snapshot the store writes ends with `,"sha256":"<hex>"}`: the sha256 of the file's bytes
 * without that member (the text before it plus the closing brace), the same textual trick as the
 * journal's line checksum. A snapshot carries a seal only if every record in it is the output of its
 * collection's schema at the document's schemaVersion — so an open that finds the seal intact and the
 * version current can put the parsed records into memory as they are (store.ts/load.ts): they are
 * exactly what a commit or a validated migration/restore stored. The writers that seal keep that
 * promise by construction:
 *  - a fresh store (no records), a migration and a recovery restore write records taken from the
 *    validated, parsed maps (never the raw input);
 *  - a compaction or an in-app restore (the fold worker) seals its output only when its input's seal
 *    verified, and adds journal records, which were parsed by their schema before being journaled.
 * Anything else — a file from before seals, a hand edit, a foreign file, flipped bits, a migration
 * input, a backup being restored — has no seal or a wrong one and is validated record by record; if
 * that fails the open stops with CORRUPT as before. The seal is for integrity against accident, not
 * authentication: someone who rewrites the file AND recomputes the sha256 can bypass it, like he can
 * forge a journal line. sha256 of the 85 MB seeded snapshot costs about 50 ms (SHA extensions), a
 * twentieth of JSON.parse; validation cost a second.
 */
export const SEAL_FIELD = 'sha256';
const SEAL_SUFFIX = /,"sha256":"([0-9a-f]{64})"\}$/;

const sha256 = (parts: readonly (string | Uint8Array)[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

/** `json` is JSON.stringify of an object without the seal member; returns the sealed text. */
export function sealJson(json: string): string {
  if (!json.startsWith('{') || !json.endsWith('}') || json === '{}') throw new Error('sealJson: not a non-empty JSON object');
  return `${json.slice(0, -1)},"${SEAL_FIELD}":"${sha256([json])}"}`;
}

/** The bytes of a sealed snapshot of `doc` (compact JSON: the snapshot is parsed at every start). */
export function encodeSnapshot(doc: JsonObject): Buffer {
  const { [SEAL_FIELD]: _old, ...rest } = doc;
  return Buffer.from(sealJson(JSON.stringify(rest)), 'utf8');
}

/** True when `buf` ends with a seal that matches the bytes before it. */
export function sealMatches(buf: Buffer): boolean {
  const tailStart = Math.max(0, buf.length - 80);
  const m = SEAL_SUFFIX.exec(buf.toString('latin1', tailStart));
  if (!m) return false;
  return sha256([buf.subarray(0, tailStart + m.index), '}']) === m[1];
}

/** Parses a snapshot (or a backup, a copy of one) and tells whether its seal held; the seal member is removed from the document. */
export function readSnapshotBytes(buf: Buffer): { doc: JsonObject; sealed: boolean } {
  const doc = parseSnapshotBytes(buf);
  const sealed = sealMatches(buf);
  delete doc[SEAL_FIELD];
  return { doc, sealed };
}

export function parseSnapshotBytes(buf: Buffer): JsonObject {
  if (buf.length === 0) throw new SnapshotUnreadable('the file is empty');
  let value: unknown;
  try {
    value = JSON.parse(buf.toString('utf8'));
  } catch (error) {
    throw new SnapshotUnreadable(error instanceof Error ? error.message : 'not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SnapshotUnreadable('not a JSON object');
  return value as JsonObject;
}

/**
 * The snapshot file, held by lowdb (architecture §4): `Low` constructed explicitly with our adapter,
 * never JSONFilePreset, which silently swaps in memory when NODE_ENV=test. lowdb is the gateway to
 * the file only: after an open the records live in the store's maps, so `data` is let go instead of
 * keeping a second, stale copy of the portfolio.
 */
export class SnapshotFile {
  private readonly low: Low<JsonObject | null>;
  private readonly adapter: DurableJsonAdapter;

  constructor(io: StoreIo, path: string) {
    this.adapter = new DurableJsonAdapter(io, path);
    this.low = new Low<JsonObject | null>(this.adapter, null);
  }

  /** null when there is no snapshot file; throws SnapshotUnreadable when it cannot be parsed. */
  async read(): Promise<{ doc: JsonObject; sealed: boolean } | null> {
    this.low.data = null;
    await this.low.read();
    const doc = this.low.data;
    this.low.data = null;
    return doc === null ? null : { doc, sealed: this.adapter.sealed };
  }

  async write(doc: JsonObject): Promise<void> {
    this.low.data = doc;
    try {
      await this.low.write();
    } finally {
      this.low.data = null;
    }
  }
}
