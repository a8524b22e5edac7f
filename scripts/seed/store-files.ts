import { readFile, rm, stat } from 'node:fs/promises';
import { isProcessAlive } from '../../src/main/store/lock';
import { dataFiles } from '../../src/main/store/paths';

/** The files that make a data directory "hold data" (architecture §4); backups alone do not. */
export function storeDataFiles(dataDir: string): string[] {
  const f = dataFiles(dataDir);
  return [f.snapshot, f.journal, f.prevJournal];
}

export async function existing(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const p of paths) if (await stat(p).catch(() => undefined)) found.push(p);
  return found;
}

export async function holdsData(dataDir: string): Promise<boolean> {
  return (await existing(storeDataFiles(dataDir))).length > 0;
}

/** Another process has the directory open: never delete under it, even with --force. */
export async function lockedByOther(dataDir: string): Promise<number | undefined> {
  try {
    const holder = JSON.parse(await readFile(dataFiles(dataDir).lock, 'utf8')) as { pid?: unknown };
    return typeof holder.pid === 'number' && holder.pid !== process.pid && isProcessAlive(holder.pid) ? holder.pid : undefined;
  } catch {
    return undefined;
  }
}

/** --force: removes the store's own files (snapshot, journals, temp); backups and anything else stay. */
export async function removeStoreData(dataDir: string): Promise<void> {
  const f = dataFiles(dataDir);
  for (const p of [...storeDataFiles(dataDir), f.snapshotTemp]) await rm(p, { force: true });
}
