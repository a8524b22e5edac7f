import { copyFile, mkdir, rm } from 'node:fs/promises';
import { storeConfig } from '../../src/main/services/store-config';
import { Store } from '../../src/main/store';
import { dataFiles } from '../../src/main/store/paths';

export interface BenchContext {
  /** The seeded data: never changed by the bench (every writing case works on a copy). */
  dataDir: string;
  /** The portfolio's "now" (the seed's base instant), so deadlines read as on that day. */
  now: Date;
  /** Collect garbage before a sample when node runs with --expose-gc, so one run's garbage does not land in the next. */
  gc(): void;
  log(line: string): void;
}

export function gcFunction(): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  return gc ? () => gc() : () => undefined;
}

/** Opens the data the way the app does, but never compacts: the journal stays for the next run. */
export async function openKeepingJournal(dataDir: string): Promise<{ store: Store; close: () => Promise<void> }> {
  const store = await Store.open({
    dataDir,
    config: storeConfig,
    lockOwner: 'bench',
    idleCompactionMs: 0,
    compactThresholdBytes: Number.MAX_SAFE_INTEGER,
  });
  return { store, close: () => store.close({ compact: false }) };
}

let scratchCount = 0;

/**
 * A copy of the seeded snapshot and journal next to the data (same disk, so fsync costs the same),
 * for the cases that write. Removed by the returned function.
 */
export async function scratchCopy(dataDir: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = `${dataDir}.bench-scratch-${process.pid}-${++scratchCount}`;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const from = dataFiles(dataDir);
  const to = dataFiles(dir);
  await copyFile(from.snapshot, to.snapshot);
  await copyFile(from.journal, to.journal).catch((error: unknown) => {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
