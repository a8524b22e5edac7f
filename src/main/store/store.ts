import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { text } from '../../shared/domain/finding';
import { backupFile, listBackupsIn, notFound, rotateBackups, writeBackup } from './backups';
import { compactNow, ensureWriter, foldIntoSnapshot, type CompactionHost, type DiskState } from './compaction';
import { StoreError, ioError, messages } from './errors';
import { Indexes } from './indexes';
import { isMissing, resolveIo, unlinkIfExists, writeFileDurably, type StoreIo } from './io';
import { encodeLine } from './journal';
import { load } from './load';
import { acquireLock, type DirLock } from './lock';
import { Mutex } from './mutex';
import { dataFiles, type DataFiles } from './paths';
import { Corruption, docOf, prepare, versionFor, type Prepared } from './prepare';
import { resolveConfig, type Collections, type ResolvedConfig } from './schema';
import { SnapshotFile, SnapshotUnreadable, encodeSnapshot, readSnapshotBytes, type JsonObject } from './snapshot-adapter';
import { TxDraft } from './tx';
import type { BackupInfo, CompactionStep, OpenReport, StoreConfig, StoreOptions, StoreRecord, Tx } from './types';

const DEFAULT_COMPACT_THRESHOLD = 4 * 1024 * 1024;
const DEFAULT_IDLE_MS = 60_000;
const BACKGROUND_RETRY_MS = 60_000;

type State = 'open' | 'closing' | 'closed' | 'crashed';

/**
 * The datastore (architecture §4): records in memory, a snapshot file held by lowdb, and an
 * append-only journal with one fsynced line per transaction. Reads never touch the disk.
 */
export class Store {
  readonly report: OpenReport;
  readonly dataDir: string;

  private state: State = 'open';
  /** Serializes commits (and the short journal rotation). */
  private readonly commitLock = new Mutex();
  /** Serializes whole-file work: compaction, backup, restore, close. */
  private readonly fileLock = new Mutex();
  private idleTimer: NodeJS.Timeout | undefined;
  private backgroundCompaction = false;
  private backgroundRetryAt = 0;

  private constructor(
    private readonly options: StoreOptions,
    private readonly io: StoreIo,
    private readonly files: DataFiles,
    private readonly config: ResolvedConfig,
    private readonly lock: DirLock,
    private collections: Collections,
    private readonly indexes: Indexes,
    private readonly disk: DiskState,
    report: OpenReport,
  ) {
    this.dataDir = files.dir;
    this.report = report;
  }

  /** Throws StoreError: LOCKED, CORRUPT (files moved aside), NEWER_VERSION (nothing touched), IO. */
  static async open(options: StoreOptions): Promise<Store> {
    const config = resolveConfig(options.config);
    const io = resolveIo(options.io);
    const now = options.now ?? (() => new Date());
    const files = dataFiles(resolve(options.dataDir));
    try {
      await mkdir(files.dir, { recursive: true });
    } catch (error) {
      throw ioError(messages.openFailed, error);
    }
    const lock = await acquireLock(io, files.lock, files.dir, options.lockOwner ?? 'unknown', now);
    try {
      const loaded = await load({ io, files, config, now });
      const indexes = new Indexes(config.indexes);
      indexes.rebuild(loaded.collections);
      const disk: DiskState = {
        snapshotGeneration: loaded.snapshotGeneration,
        generation: loaded.generation,
        seq: loaded.seq,
        prevPending: loaded.prevPending,
        writer: loaded.writer,
      };
      const store = new Store(options, io, files, config, lock, loaded.collections, indexes, disk, loaded.report);
      // A compaction was interrupted (rotated journal still there): finish it in the background.
      if (disk.prevPending) store.compactInBackground();
      return store;
    } catch (error) {
      await lock.release().catch(() => undefined);
      throw error;
    }
  }

  get generation(): number {
    return this.disk.generation;
  }

  get journalBytes(): number {
    return this.disk.writer?.bytes ?? 0;
  }

  /** Records are shared with the store: treat them as read-only (change them through transact). */
  get<T extends StoreRecord = StoreRecord>(collection: string, id: string): T | undefined {
    return this.collection(collection).get(id) as T | undefined;
  }

  list<T extends StoreRecord = StoreRecord>(collection: string): IterableIterator<T> {
    return this.collection(collection).values() as IterableIterator<T>;
  }

  count(collection: string): number {
    return this.collection(collection).size;
  }

  /** Ids whose record has `key` in `index`; empty when none. */
  lookup(index: string, key: string): ReadonlySet<string> {
    return this.indexes.lookup(index, key);
  }

  private collection(name: string): Map<string, StoreRecord> {
    const map = this.collections.get(name);
    if (!map) throw new Error(`unknown collection '${name}'`);
    return map;
  }

  private assertUsable(): void {
    if (this.state === 'open' || this.state === 'closing') return;
    throw new StoreError('IO', messages.closed, { detail: `store is ${this.state}` });
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /**
   * One user action, atomically: `fn` runs synchronously against a private overlay, its records are
   * validated, ONE journal line is appended and fsynced, and only then does memory change and the
   * promise resolve with fn's value. Serialized: the next transaction starts after this one ends.
   */
  transact<T>(actor: string, fn: (tx: Tx) => T): Promise<T> {
    if (this.state !== 'open') return Promise.reject(new StoreError('IO', messages.closed, { detail: `store is ${this.state}` }));
    return this.commitLock.run(async () => {
      this.assertUsable();
      const at = this.now().toISOString();
      const draft = new TxDraft(this.collections, this.config, actor, at);
      let value: T;
      try {
        value = fn(draft.tx);
      } finally {
        draft.end();
      }
      if (isThenable(value)) {
        value.then(undefined, () => undefined);
        throw new Error('store.transact: the transaction function must be synchronous (do async work before, not inside)');
      }
      const { ops, changes } = draft.result();
      if (ops.length === 0) return value;
      const deltas = this.indexes.plan(changes);
      const line = encodeLine({ g: this.disk.generation, s: this.disk.seq + 1, t: at, a: actor, o: ops });
      try {
        const writer = await ensureWriter(this.compactionHost());
        await writer.append(line);
      } catch (error) {
        throw ioError(messages.commitFailed, error);
      }
      // Durable: now, and only now, the change becomes visible.
      this.disk.seq += 1;
      for (const change of changes) {
        const map = this.collections.get(change.collection);
        if (!map) continue;
        if (change.after) map.set(change.id, change.after);
        else map.delete(change.id);
      }
      this.indexes.apply(deltas);
      this.afterCommit();
      return value;
    });
  }

  private afterCommit(): void {
    if (this.journalBytes >= (this.options.compactThresholdBytes ?? DEFAULT_COMPACT_THRESHOLD)) this.compactInBackground();
    const idle = this.options.idleCompactionMs ?? DEFAULT_IDLE_MS;
    if (idle > 0) {
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => this.compactInBackground(), idle);
      // An idle compaction is a courtesy; it must never keep the process alive.
      this.idleTimer.unref();
    }
  }

  private compactInBackground(): void {
    if (this.backgroundCompaction || this.state !== 'open' || performance.now() < this.backgroundRetryAt) return;
    this.backgroundCompaction = true;
    this.compact()
      .catch((error: unknown) => {
        // Past the threshold every commit would try again; a full disk would then cost a worker
        // and a snapshot parse per keystroke. The journal keeps everything safe meanwhile.
        this.backgroundRetryAt = performance.now() + BACKGROUND_RETRY_MS;
        this.options.onBackgroundError?.(error);
      })
      .finally(() => {
        this.backgroundCompaction = false;
      });
  }

  private compactionHost(lockCommits?: CompactionHost['lockCommits']): CompactionHost {
    return {
      io: this.io,
      files: this.files,
      disk: this.disk,
      step: (step) => this.step(step),
      lockCommits: lockCommits ?? ((fn) => this.commitLock.run(fn)),
    };
  }

  private async step(step: CompactionStep): Promise<void> {
    if (this.state === 'crashed') throw new Error('store crashed');
    try {
      await this.options.onCompactionStep?.(step);
    } catch (error) {
      this.crash();
      throw error;
    }
  }

  /**
   * What a process death at this point would leave: no further writes of any kind, no cleanup,
   * the lock file left behind (the next open finds it stale), open files closed.
   */
  private crash(): void {
    this.state = 'crashed';
    clearTimeout(this.idleTimer);
    const writer = this.disk.writer;
    this.disk.writer = undefined;
    void writer?.close().catch(() => undefined);
    this.lock.abandon();
  }

  /** Folds the journal into a new snapshot, off the main thread; a no-op when the journal is empty. */
  async compact(): Promise<void> {
    this.assertUsable();
    await this.fileLock.run(() => this.compactLocked());
  }

  private async compactLocked(lockCommits?: CompactionHost['lockCommits']): Promise<void> {
    this.assertUsable();
    try {
      await compactNow(this.compactionHost(lockCommits));
    } catch (error) {
      if (this.state === 'crashed' || error instanceof StoreError) throw error;
      throw ioError(messages.compactionFailed, error);
    }
  }

  /** A consistent copy: compaction first, then the snapshot is copied while no compaction can run. */
  async createBackup(reason: string): Promise<BackupInfo> {
    this.assertUsable();
    return this.fileLock.run(async () => {
      await this.compactLocked();
      return this.copySnapshotToBackup(reason);
    });
  }

  private async copySnapshotToBackup(reason: string, protect: readonly string[] = []): Promise<BackupInfo> {
    try {
      const bytes = await this.io.readFile(this.files.snapshot);
      const info = await writeBackup(this.io, this.files.backups, this.now(), reason, bytes);
      await rotateBackups(this.io, this.files.backups, this.now(), new Set([info.name, ...protect]));
      return info;
    } catch (error) {
      throw ioError(messages.backupFailed, error);
    }
  }

  async listBackups(): Promise<BackupInfo[]> {
    try {
      return await listBackupsIn(this.io, this.files.backups);
    } catch (error) {
      throw ioError(messages.backupFailed, error);
    }
  }

  /**
   * Replaces the whole state with a backup: the backup is read and validated first (a damaged one
   * changes nothing), then — with commits held — the current state is compacted and saved as a
   * safety backup, the backup becomes the snapshot of a new generation (so every journal line still
   * on disk reads as already folded), the journal is emptied, memory and indexes are reloaded.
   */
  async restoreBackup(name: string): Promise<{ restoredFrom: string; safetyBackup?: string }> {
    this.assertUsable();
    const path = backupFile(this.files.backups, name);
    const prepared = await readBackup(this.io, path, name, this.config);
    const { safetyBackup } = await this.replaceState(prepared, 'before-restore', [name], async (generation) => {
      // The backup's own bytes with the new generation, folded and written by the worker (no
      // 85 MB stringify here); sealed only if the backup's seal held. A migrated backup is
      // written from its parsed records, sealed.
      if (prepared.migratedFrom === undefined) {
        const written = await foldIntoSnapshot(this.io, this.files.snapshot, { snapshotPath: path, journalPaths: [], foldGeneration: prepared.doc.generation, outGeneration: generation });
        if (!written) throw new Error('backup already has the target generation');
      } else {
        await writeFileDurably(this.io, this.files.snapshot, encodeSnapshot(docOf(prepared.collections, this.config.schemaVersion, generation) as unknown as JsonObject));
      }
    });
    return { restoredFrom: name, ...(safetyBackup ? { safetyBackup } : {}) };
  }

  /**
   * The same replacement from a document that comes from elsewhere (a backup bundle): validated
   * record by record (and migrated when older) before anything is touched, then written from its
   * parsed records, sealed, after a safety backup named `reason`.
   */
  async replaceData(raw: JsonObject, reason: string): Promise<{ safetyBackup?: string }> {
    this.assertUsable();
    let prepared: Prepared;
    try {
      prepared = await prepare(raw, versionFor(raw, this.config, 'backup'), this.config);
    } catch (error) {
      if (error instanceof Corruption) {
        throw new StoreError(
          'VALIDATION',
          text('要导入的数据未通过检查，没有做任何更改。', 'The data to import did not pass the checks; nothing was changed.'),
          { detail: error.message, ...(error.issues ? { issues: error.issues } : {}) },
        );
      }
      throw error;
    }
    return this.replaceState(prepared, reason, [], (generation) =>
      writeFileDurably(this.io, this.files.snapshot, encodeSnapshot(docOf(prepared.collections, this.config.schemaVersion, generation) as unknown as JsonObject)),
    );
  }

  /** Shared by restore and replace: with commits held, safety backup, new snapshot, empty journal, reload. */
  private replaceState(prepared: Prepared, reason: string, protect: readonly string[], writeSnapshot: (generation: number) => Promise<void>): Promise<{ safetyBackup?: string }> {
    return this.fileLock.run(() =>
      this.commitLock.run(async () => {
        this.assertUsable();
        await this.compactLocked((fn) => fn());
        const hasData = [...this.collections.values()].some((m) => m.size > 0);
        const safety = hasData ? await this.copySnapshotToBackup(reason, protect) : undefined;
        const generation = Math.max(this.disk.snapshotGeneration, this.disk.generation, prepared.doc.generation) + 1;
        try {
          await writeSnapshot(generation);
          const writer = await ensureWriter(this.compactionHost());
          await writer.truncate(0);
          await unlinkIfExists(this.io, this.files.prevJournal);
        } catch (error) {
          throw ioError(messages.restoreFailed, error);
        }
        Object.assign(this.disk, { snapshotGeneration: generation, generation, seq: 0, prevPending: false });
        this.collections = prepared.collections;
        this.indexes.rebuild(this.collections);
        return safety ? { safetyBackup: safety.name } : {};
      }),
    );
  }

  /**
   * The snapshot's bytes right after a compaction: a consistent copy of all data (snapshot and
   * journal folded), taken the way a backup is, without writing one.
   */
  async snapshotBytes(): Promise<Buffer> {
    this.assertUsable();
    return this.fileLock.run(async () => {
      await this.compactLocked();
      try {
        return await this.io.readFile(this.files.snapshot);
      } catch (error) {
        throw ioError(messages.backupFailed, error);
      }
    });
  }

  /**
   * Compacts if the journal is non-empty, closes the journal and releases the lock.
   * `compact: false` leaves the journal as it is (every line of it was fsynced at its commit), for
   * the next open to replay: the seed uses it to leave a realistic journal, the bench so every
   * measured open replays the same one. It still waits for a running compaction to end.
   */
  async close(options: { compact?: boolean } = {}): Promise<void> {
    if (this.state !== 'open') return;
    this.state = 'closing';
    clearTimeout(this.idleTimer);
    let failure: unknown;
    const compact = options.compact ?? true;
    await this.fileLock.run(() => (compact ? this.compactLocked() : Promise.resolve())).catch((error: unknown) => {
      failure = error;
    });
    // The state may have changed while waiting (a simulated crash inside the compaction).
    if ((this.state as State) === 'crashed') throw failure;
    await this.commitLock.run(async () => {
      await this.disk.writer?.close();
      this.disk.writer = undefined;
    });
    this.state = 'closed';
    try {
      await this.lock.release();
    } catch (error) {
      // A lock left behind names a process that is gone, so the next start takes it over; but the
      // caller gets a StoreError with advice, and an earlier compaction failure is not masked.
      failure ??= ioError(messages.unlockFailed, error);
    }
    // The journal is durable, so nothing is lost; the caller still learns the tidy-up failed.
    if (failure !== undefined) throw failure;
  }
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

function damagedBackup(name: string, detail: string, issues?: Corruption['issues']): StoreError {
  return new StoreError(
    'CORRUPT',
    text(`备份 ${name} 已损坏或不完整，无法恢复。请选择另一个备份。`, `The backup ${name} is damaged or incomplete and cannot be restored. Choose another backup.`),
    { detail, ...(issues === undefined ? {} : { issues }) },
  );
}

/** Reads and fully validates a backup (migrating it if it is older) without touching anything else. */
async function readBackup(io: StoreIo, path: string, name: string, config: ResolvedConfig): Promise<Prepared> {
  let bytes: Buffer;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    if (isMissing(error)) throw notFound(name);
    throw ioError(messages.restoreFailed, error);
  }
  try {
    // Always validated record by record, sealed or not: a restore is where a file from elsewhere enters.
    const raw: JsonObject = readSnapshotBytes(bytes).doc;
    return await prepare(raw, versionFor(raw, config, 'backup'), config);
  } catch (error) {
    if (error instanceof SnapshotUnreadable || error instanceof Corruption) throw damagedBackup(name, error.message, error instanceof Corruption ? error.issues : undefined);
    throw error;
  }
}

/** For the recovery screen, when the store could not be opened: newest first. */
export async function listBackups(dataDir: string): Promise<BackupInfo[]> {
  try {
    return await listBackupsIn(resolveIo(undefined), dataFiles(resolve(dataDir)).backups);
  } catch (error) {
    throw ioError(messages.backupFailed, error);
  }
}

/**
 * For the recovery screen: validates a backup and writes it as the snapshot of a data directory
 * that holds no data files (after CORRUPT moved them aside); the caller then calls Store.open.
 */
export async function restoreBackupInto(dataDir: string, name: string, config: StoreConfig): Promise<void> {
  const resolved = resolveConfig(config);
  const io = resolveIo(undefined);
  const files = dataFiles(resolve(dataDir));
  const path = backupFile(files.backups, name);
  const lock = await acquireLock(io, files.lock, files.dir, 'recovery', () => new Date());
  try {
    for (const file of [files.snapshot, files.journal, files.prevJournal]) {
      if (await io.stat(file)) {
        throw new StoreError(
          'IO',
          text(
            '数据目录里已经有数据文件，不能直接恢复到这里。请正常打开数据，再在“备份”中恢复。',
            'The data folder already holds data files, so a backup cannot be restored into it directly. Open the data normally and restore from Backups there.',
          ),
          { detail: file },
        );
      }
    }
    const prepared = await readBackup(io, path, name, resolved);
    try {
      // The parsed records (not the backup's raw ones), so the new snapshot can be sealed.
      await new SnapshotFile(io, files.snapshot).write(docOf(prepared.collections, resolved.schemaVersion, prepared.doc.generation + 1) as unknown as JsonObject);
    } catch (error) {
      throw ioError(messages.restoreFailed, error);
    }
  } finally {
    await lock.release().catch(() => undefined);
  }
}
