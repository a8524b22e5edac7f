import { basename, join } from 'node:path';
import { errnoOf } from './errors';
import type { StoreIo } from './io';
import type { DataFiles } from './paths';
import { timestampForName } from './paths';

/**
 * Moves the data files into a new `damaged-<timestamp>/` folder so the user's data is never
 * overwritten or deleted, and the recovery screen can start from an empty folder. mkdir without
 * `recursive` fails if the folder exists, so an existing one is never written into.
 * Returns the folder, or undefined when nothing could be moved.
 */
export async function moveAside(io: StoreIo, files: DataFiles, now: Date): Promise<string | undefined> {
  const candidates = [files.snapshot, files.journal, files.prevJournal, files.snapshotTemp];
  const present: string[] = [];
  for (const file of candidates) if (await io.stat(file)) present.push(file);
  if (present.length === 0) return undefined;
  const base = join(files.dir, `damaged-${timestampForName(now)}`);
  let dir: string | undefined;
  for (let n = 1; n < 1000 && dir === undefined; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    try {
      await io.mkdir(candidate);
      dir = candidate;
    } catch (error) {
      if (errnoOf(error) !== 'EEXIST') throw error;
    }
  }
  if (dir === undefined) return undefined;
  for (const file of present) await io.rename(file, join(dir, basename(file)));
  await io.fsyncDir(dir);
  await io.fsyncDir(files.dir);
  return dir;
}
