import { readFile, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dataFiles } from '../../src/main/store/paths';
import type { CompactionStep, Store } from '../../src/main/store';

class JournalKept extends Error {}

/**
 * Closes a store WITHOUT folding its journal into the snapshot, as if the app had been stopped
 * before it could compact. The seed needs that so the next open replays a realistic journal, and
 * the bench so that every measured open sees the same one.
 *
 * Store.close() always compacts; the only way around it is the store's own crash simulation:
 * `onCompactionStep` throwing at 'rotate-journal' stops everything before any file is touched, so
 * snapshot and journal stay exactly as committed (every line was fsynced at its commit). The store
 * then forgets its lock like a dead process would; we remove the file, since we know it is ours.
 * A `close({ compact: false })` in the store would make this unnecessary (proposed to the lead).
 */
export class JournalKeeper {
  private armed = false;

  /** Pass as StoreOptions.onCompactionStep. Background compactions must be disabled by the caller. */
  readonly onCompactionStep = (step: CompactionStep): void => {
    if (this.armed && step === 'rotate-journal') throw new JournalKept('journal kept on purpose');
  };

  async close(store: Store): Promise<void> {
    this.armed = true;
    try {
      await store.close();
    } catch (error) {
      if (!(error instanceof JournalKept)) throw error;
    } finally {
      this.armed = false;
    }
    await removeOwnLock(store.dataDir);
  }
}

async function removeOwnLock(dataDir: string): Promise<void> {
  const lockPath = dataFiles(dataDir).lock;
  let holder: unknown;
  try {
    holder = JSON.parse(await readFile(lockPath, 'utf8'));
  } catch {
    return; // already gone (the journal was empty, so close released it normally)
  }
  const h = holder as { pid?: unknown; hostname?: unknown };
  if (h.pid === process.pid && h.hostname === hostname()) await unlink(lockPath);
}
