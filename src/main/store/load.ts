import { text } from '../../shared/domain/finding';
import { writeBackup } from './backups';
import { moveAside } from './damaged';
import { StoreError, ioError, messages } from './errors';
import { readIfExists, unlinkIfExists, type StoreIo } from './io';
import { JournalWriter, scanJournal, type JournalLine, type JournalScan, type ScannedLine } from './journal';
import type { DataFiles } from './paths';
import { Corruption, docOf, envelopeOf, prepare, versionFor } from './prepare';
import { validateJournalRecords, type Collections, type ResolvedConfig } from './schema';
import { SnapshotFile, SnapshotUnreadable, type JsonObject } from './snapshot-adapter';
import { replayInto } from './snapshot-doc';
import type { OpenReport } from './types';

export interface LoadContext {
  io: StoreIo;
  files: DataFiles;
  config: ResolvedConfig;
  now: () => Date;
}

/** Everything an open Store starts from. */
export interface Loaded {
  collections: Collections;
  /** Generation of the snapshot file on disk. */
  snapshotGeneration: number;
  /** Generation new commits carry: the snapshot's, or one more while a rotated journal awaits its fold. */
  generation: number;
  /** Sequence number of the last line of `generation` in the live journal (0: none yet). */
  seq: number;
  /** A rotated journal (icp-desk.journal.prev.jsonl) still has to be folded into the snapshot. */
  prevPending: boolean;
  writer: JournalWriter;
  report: OpenReport;
}

/**
 * Opens the data directory (the lock is already held). Damage that a crash cannot explain stops the
 * open: the files are moved aside and CORRUPT is thrown, so the recovery screen can offer a backup.
 */
export async function load(ctx: LoadContext): Promise<Loaded> {
  try {
    return await loadFiles(ctx);
  } catch (error) {
    if (!(error instanceof Corruption)) throw error;
    let movedAsideTo: string | undefined;
    try {
      movedAsideTo = await moveAside(ctx.io, ctx.files, ctx.now());
    } catch {
      movedAsideTo = undefined;
    }
    const where = movedAsideTo ?? ctx.files.dir;
    const userMessage =
      movedAsideTo !== undefined
        ? text(
            `数据文件已损坏，无法打开。原文件没有删除，已移到 ${where}。请从备份恢复数据；如果没有备份，请把该文件夹交给技术支持。`,
            `The data files are damaged and cannot be opened. Nothing was deleted: they were moved to ${where}. Restore a backup to continue; if there is none, give that folder to support.`,
          )
        : text(
            `数据文件已损坏，无法打开，也无法移走（${where}）。请关闭应用，手动备份该文件夹后再处理。`,
            `The data files are damaged and cannot be opened, nor moved aside (${where}). Close the app and copy that folder somewhere safe before anything else.`,
          );
    throw new StoreError('CORRUPT', userMessage, {
      ...(movedAsideTo === undefined ? {} : { movedAsideTo }),
      ...(error.issues === undefined ? {} : { issues: error.issues }),
      detail: error.message,
      cause: error,
    });
  }
}

async function loadFiles(ctx: LoadContext): Promise<Loaded> {
  const { io, files, config } = ctx;
  const snapshotFile = new SnapshotFile(io, files.snapshot);
  let read: { doc: JsonObject; sealed: boolean } | null;
  try {
    read = await snapshotFile.read();
  } catch (error) {
    if (error instanceof SnapshotUnreadable) throw new Corruption(`snapshot: ${error.reason}`);
    throw ioError(messages.openFailed, error);
  }
  const prevBuf = await readOrFail(io, files.prevJournal);
  const journalBuf = await readOrFail(io, files.journal);

  if (read === null) return createFresh(ctx, snapshotFile, prevBuf, journalBuf);
  const raw = read.doc;

  // Refuse a newer version before touching anything (architecture §4: never rewritten).
  const version = versionFor(raw, config, 'data');
  // A sealed snapshot of the current version is not validated record by record (snapshot-adapter.ts);
  // the journal records replayed into it are, first, since the seal does not cover them.
  const sealed = read.sealed && version === config.schemaVersion;

  let replay: JournalLine[] = [];
  let plan: JournalPlan = { snapshotGeneration: 0, generation: 0, seq: 0, prevPending: false, truncateJournalTo: undefined, removePrev: prevBuf !== undefined, droppedTornLine: false };
  if (version === 0) {
    // The pre-journal layout never had a journal; lines next to it cannot belong to it.
    if ((prevBuf?.length ?? 0) > 0 || (journalBuf?.length ?? 0) > 0) throw new Corruption('journal lines next to a pre-journal (v0) snapshot');
  } else {
    const env = envelopeOf(raw);
    ({ plan, replay } = planJournals(env.generation, prevBuf, journalBuf));
    if (sealed) {
      const issues = validateJournalRecords(replay, config);
      if (issues.length > 0) throw new Corruption('journal records fail their schema', issues);
    }
    replayInto(env, replay);
  }

  const prepared = await prepare(raw, version, config, async () => {
    // A backup of the old data comes first: a migration is the one moment the file is rewritten
    // into a shape the old app cannot read. Without journal lines it is a byte copy of the file.
    const bytes = replay.length === 0 ? ((await readOrFail(io, files.snapshot)) ?? Buffer.from(JSON.stringify(raw))) : Buffer.from(JSON.stringify(raw));
    try {
      await writeBackup(io, files.backups, ctx.now(), 'before-migration', bytes);
    } catch (error) {
      throw ioError(messages.backupFailed, error);
    }
  }, sealed);

  if (prepared.migratedFrom !== undefined) {
    // The migrated snapshot gets a generation above every journal line, so the old lines (replayed
    // above) read as "already folded" if a crash comes before the journal is cleared below.
    const generation = Math.max(plan.snapshotGeneration, plan.generation) + 1;
    prepared.doc = docOf(prepared.collections, config.schemaVersion, generation);
    try {
      // The parsed records, not the migrated input: that is what lets the file be sealed.
      await snapshotFile.write(prepared.doc as unknown as JsonObject);
      await unlinkIfExists(io, files.prevJournal);
    } catch (error) {
      throw ioError(messages.openFailed, error);
    }
    const writer = await openWriter(io, files, 0, journalBuf);
    return {
      collections: prepared.collections,
      snapshotGeneration: generation,
      generation,
      seq: 0,
      prevPending: false,
      writer,
      report: { droppedTornLine: plan.droppedTornLine, migratedFrom: prepared.migratedFrom, generation, createdFresh: false },
    };
  }

  // Only now, with everything validated, is anything changed on disk: a damaged set of files must
  // reach the damaged-… folder exactly as it was found.
  try {
    if (plan.removePrev) await unlinkIfExists(io, files.prevJournal);
    await unlinkIfExists(io, files.snapshotTemp);
  } catch (error) {
    throw ioError(messages.openFailed, error);
  }
  const journalSize = plan.truncateJournalTo ?? journalBuf?.length ?? 0;
  const writer = await openWriter(io, files, journalSize, journalBuf);
  return {
    collections: prepared.collections,
    snapshotGeneration: plan.snapshotGeneration,
    generation: plan.generation,
    seq: plan.seq,
    prevPending: plan.prevPending,
    writer,
    report: { droppedTornLine: plan.droppedTornLine, generation: plan.generation, createdFresh: false },
  };
}

interface JournalPlan {
  snapshotGeneration: number;
  generation: number;
  seq: number;
  prevPending: boolean;
  /** Cut the live journal to this length after the open succeeded (torn tail, or only old lines). */
  truncateJournalTo: number | undefined;
  removePrev: boolean;
  droppedTornLine: boolean;
}

/**
 * Decides which journal lines belong to the snapshot of generation G. The states a compaction can
 * leave (see compaction.ts):
 *  - normal: live journal lines of G;
 *  - rotated, not folded: prev holds lines of G, live holds G+1 → replay both, fold later;
 *  - folded, prev not yet removed: snapshot is already G (= old G+1), prev lines are older → discard.
 * Lines of an older generation are already in the snapshot; a newer one than expected, a gap in the
 * sequence, or a damaged line before the end means files that do not belong together.
 */
function planJournals(G: number, prevBuf: Buffer | undefined, journalBuf: Buffer | undefined): { plan: JournalPlan; replay: JournalLine[] } {
  const replay: JournalLine[] = [];
  let prevPending = false;
  if (prevBuf !== undefined) {
    const scan = scanJournal(prevBuf);
    // The rotated journal is never appended to, so even its last line must be whole.
    if (scan.bad || scan.torn) throw new Corruption(`${'icp-desk.journal.prev.jsonl'} line ${(scan.bad ?? scan.torn)?.lineNumber}: ${(scan.bad ?? scan.torn)?.reason}`);
    const newest = Math.max(0, ...scan.lines.map((l) => l.line.g));
    if (newest > G) throw new Corruption(`icp-desk.journal.prev.jsonl has lines of generation ${newest}, newer than the snapshot (${G})`);
    if (newest === G) {
      prevPending = true;
      replay.push(...consecutive(scan.lines.filter((l) => l.line.g === G), 'icp-desk.journal.prev.jsonl'));
    }
  }
  const expected = prevPending ? G + 1 : G;
  let seq = 0;
  let truncateJournalTo: number | undefined;
  let droppedTornLine = false;
  if (journalBuf !== undefined) {
    const scan: JournalScan = scanJournal(journalBuf);
    if (scan.bad) throw new Corruption(`icp-desk.journal.jsonl line ${scan.bad.lineNumber}: ${scan.bad.reason}`);
    const current: ScannedLine[] = [];
    let older = 0;
    for (const l of scan.lines) {
      if (l.line.g === expected) current.push(l);
      else if (l.line.g < G) older++;
      else throw new Corruption(`icp-desk.journal.jsonl line ${l.lineNumber} has generation ${l.line.g}, the snapshot expects ${expected}`);
    }
    const lines = consecutive(current, 'icp-desk.journal.jsonl');
    replay.push(...lines);
    seq = lines.at(-1)?.s ?? 0;
    if (scan.torn) {
      droppedTornLine = true;
      truncateJournalTo = scan.goodBytes;
    }
    // Only already-folded lines: clear them, so a later rotation never moves a journal without a
    // line of the current generation (open could then not tell which generation it belonged to).
    if (current.length === 0 && older > 0) truncateJournalTo = 0;
  }
  return {
    plan: { snapshotGeneration: G, generation: expected, seq, prevPending, truncateJournalTo, removePrev: prevBuf !== undefined && !prevPending, droppedTornLine },
    replay,
  };
}

function consecutive(lines: readonly ScannedLine[], file: string): JournalLine[] {
  lines.forEach((l, i) => {
    if (l.line.s !== i + 1) throw new Corruption(`${file} line ${l.lineNumber} has sequence ${l.line.s}, expected ${i + 1}: a line is missing`);
  });
  return lines.map((l) => l.line);
}

async function createFresh(ctx: LoadContext, snapshotFile: SnapshotFile, prevBuf: Buffer | undefined, journalBuf: Buffer | undefined): Promise<Loaded> {
  const { io, files, config } = ctx;
  // A journal without its snapshot is not an empty store: starting fresh would hide that data.
  if ((prevBuf?.length ?? 0) > 0 || (journalBuf?.length ?? 0) > 0) throw new Corruption('journal lines without a snapshot');
  const collections: Collections = new Map([...config.collections.keys()].map((name) => [name, new Map()]));
  const doc = { schemaVersion: config.schemaVersion, generation: 1, collections: Object.fromEntries([...collections.keys()].map((name) => [name, []])) };
  try {
    await snapshotFile.write(doc);
    await unlinkIfExists(io, files.prevJournal);
    await unlinkIfExists(io, files.snapshotTemp);
  } catch (error) {
    throw ioError(messages.openFailed, error);
  }
  const writer = await openWriter(io, files, 0, journalBuf);
  return { collections, snapshotGeneration: 1, generation: 1, seq: 0, prevPending: false, writer, report: { droppedTornLine: false, generation: 1, createdFresh: true } };
}

async function readOrFail(io: StoreIo, path: string): Promise<Buffer | undefined> {
  try {
    return await readIfExists(io, path);
  } catch (error) {
    throw ioError(messages.openFailed, error);
  }
}

/**
 * Opens the live journal for appending at `size`, cutting off whatever lies beyond (a torn tail,
 * folded lines). A journal that did not exist gets its folder entry fsynced, so the first commit's
 * fsync is not lost with the file's name.
 */
async function openWriter(io: StoreIo, files: DataFiles, size: number, existing: Buffer | undefined): Promise<JournalWriter> {
  let writer: JournalWriter | undefined;
  try {
    writer = await JournalWriter.open(io, files.journal, size);
    if (existing === undefined) await io.fsyncDir(files.dir);
    else if (existing.length !== size) await writer.truncate(size);
    return writer;
  } catch (error) {
    await writer?.close().catch(() => undefined);
    throw ioError(messages.openFailed, error);
  }
}
