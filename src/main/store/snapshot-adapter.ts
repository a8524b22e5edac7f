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
  constructor(
    private readonly io: StoreIo,
    readonly path: string,
  ) {}

  async read(): Promise<JsonObject | null> {
    const buf = await readIfExists(this.io, this.path);
    if (buf === undefined) return null;
    return parseSnapshotBytes(buf);
  }

  async write(data: JsonObject | null): Promise<void> {
    if (data === null) return;
    await writeFileDurably(this.io, this.path, Buffer.from(JSON.stringify(data), 'utf8'));
  }
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

  constructor(io: StoreIo, path: string) {
    this.low = new Low<JsonObject | null>(new DurableJsonAdapter(io, path), null);
  }

  /** null when there is no snapshot file; throws SnapshotUnreadable when it cannot be parsed. */
  async read(): Promise<JsonObject | null> {
    this.low.data = null;
    await this.low.read();
    const doc = this.low.data;
    this.low.data = null;
    return doc;
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
