import { FoldRun, type FoldJob } from './compaction-worker';
import { renameWithRetry, replaceDurably, unlinkIfExists, writesPlainFiles, writeTempFile, type DurableWriteStep, type StoreIo } from './io';
import { JournalWriter } from './journal';
import type { DataFiles } from './paths';
import type { CompactionStep } from './types';

/** The generations and the journal, shared by commits and compaction; only changed under the commit lock. */
export interface DiskState {
  snapshotGeneration: number;
  generation: number;
  seq: number;
  prevPending: boolean;
  /** undefined only if a rotation could not reopen a journal: commits then fail until a restart. */
  writer: JournalWriter | undefined;
}

export interface CompactionHost {
  io: StoreIo;
  files: DataFiles;
  disk: DiskState;
  /** Announces a step (the test hook); a throw there is a simulated crash and ends everything. */
  step(step: CompactionStep): Promise<void>;
  /** Runs `fn` while no commit can start. */
  lockCommits<T>(fn: () => Promise<T>): Promise<T>;
}

/**
 * Folds the journal into a new snapshot without ever leaving a state that would not open with
 * every acknowledged commit:
 *
 *   rotate-journal   under the commit lock, rename journal → journal.prev (lines of generation g)
 *   create-journal   open a fresh journal; commits from now on carry generation g+1
 *   fold             a worker reads snapshot(g) + prev and builds snapshot(g+1)
 *   write-temp       icp-desk.json.tmp, written and fsynced by the worker (see compaction-worker.ts)
 *   rename-snapshot  tmp → icp-desk.json
 *   sync-dir         fsync of the folder, making the rename durable
 *   remove-prev      delete journal.prev
 *
 * A crash before rename-snapshot leaves snapshot(g) + prev(g) + journal(g+1): open replays both.
 * A crash after it leaves snapshot(g+1) + prev(g) + journal(g+1): open discards prev as older.
 * The commit lock is held only for the rotation (a rename), never while the snapshot is built.
 */
export async function compactNow(host: CompactionHost): Promise<void> {
  if (host.disk.prevPending) await foldPrev(host);
  const rotated = await host.lockCommits(async () => {
    const { disk } = host;
    await ensureWriter(host);
    if (disk.seq > 0) {
      await rotate(host);
      return true;
    }
    // Lines of older generations only (already folded): just clear them.
    if (disk.writer && disk.writer.bytes > 0) await disk.writer.truncate(0);
    return false;
  });
  if (rotated) await foldPrev(host);
}

/**
 * Reopens the journal if a failed rotation left it closed. Everything in it is whole lines (the
 * writer settled before closing), so its current size is where appends continue.
 */
export async function ensureWriter(host: Pick<CompactionHost, 'io' | 'files' | 'disk'>): Promise<JournalWriter> {
  const { io, files, disk } = host;
  if (disk.writer) return disk.writer;
  const size = (await io.stat(files.journal))?.size ?? 0;
  disk.writer = await JournalWriter.open(io, files.journal, size);
  return disk.writer;
}

/** Must run under the commit lock. */
export async function rotate(host: CompactionHost): Promise<void> {
  const { io, files, disk } = host;
  const writer = disk.writer;
  if (!writer) throw new Error('the journal is not open');
  await host.step('rotate-journal');
  // A fragment of a failed append must not travel into prev, where it would read as damage.
  await writer.settle();
  await writer.close();
  disk.writer = undefined;
  try {
    await renameWithRetry(io, files.journal, files.prevJournal);
  } catch (error) {
    disk.writer = await JournalWriter.open(io, files.journal, writer.bytes);
    throw error;
  }
  disk.prevPending = true;
  disk.generation = disk.snapshotGeneration + 1;
  disk.seq = 0;
  await host.step('create-journal');
  disk.writer = await JournalWriter.open(io, files.journal, 0);
  await io.fsyncDir(files.dir);
}

async function foldPrev(host: CompactionHost): Promise<void> {
  const { io, files, disk } = host;
  await host.step('fold');
  await foldIntoSnapshot(
    io,
    files.snapshot,
    { snapshotPath: files.snapshot, journalPaths: [files.prevJournal], foldGeneration: disk.snapshotGeneration, outGeneration: disk.snapshotGeneration + 1 },
    (step) => host.step(step),
  );
  disk.snapshotGeneration += 1;
  disk.prevPending = false;
  await host.step('remove-prev');
  await unlinkIfExists(io, files.prevJournal);
  await io.fsyncDir(files.dir);
  await host.step('done');
}

/**
 * Runs a fold in the worker and durably replaces `target` with its result. The worker writes the
 * temp file itself unless `io` has injected file operations (then the bytes come here and go through
 * them). Returns false when the snapshot already had the new generation (an earlier attempt renamed
 * it but failed after): nothing to write.
 */
export async function foldIntoSnapshot(io: StoreIo, target: string, job: FoldJob, onStep?: (step: DurableWriteStep) => Promise<void>): Promise<boolean> {
  const run = FoldRun.start(job);
  try {
    const { alreadyFolded } = await run.folded();
    if (alreadyFolded) return false;
    const inWorker = writesPlainFiles(io);
    await replaceDurably(io, target, async (temp) => (inWorker ? run.writeTemp(temp) : writeTempFile(io, temp, await run.takeBytes())), onStep);
    return true;
  } finally {
    run.stop();
  }
}
