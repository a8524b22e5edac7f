import { hostname } from 'node:os';
import { text } from '../../shared/domain/finding';
import { StoreError, errnoOf, ioError, messages } from './errors';
import { readIfExists, unlinkIfExists, writeAll, type StoreIo } from './io';

/** What the lock file says about its holder; shown to the user when a second open is refused. */
export interface LockInfo {
  pid: number;
  hostname: string;
  owner: string;
  startedAt: string;
}

/**
 * Data directories this process holds. A lock file naming our own pid is ours only if it is in
 * here; otherwise it was left by a store of this process that died (the crash simulation of the
 * tests, or a restarted store in browser mode) and is as stale as one of a dead process.
 */
const heldHere = new Set<string>();

function isLockInfo(value: unknown): value is LockInfo {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.pid === 'number' && typeof v.hostname === 'string' && typeof v.owner === 'string' && typeof v.startedAt === 'string';
}

function parseLock(buf: Buffer | undefined): LockInfo | undefined {
  if (buf === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(buf.toString('utf8'));
    return isLockInfo(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Signal 0 checks for existence without touching the process; EPERM means it exists but is not ours. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}

function lockedError(holder: LockInfo | undefined, lockPath: string): StoreError {
  if (!holder) {
    return new StoreError(
      'LOCKED',
      text(
        `数据目录正被另一个 ICP Desk 使用（锁文件 ${lockPath} 无法读取）。请关闭其他 ICP Desk 窗口后重试。`,
        `The data folder is in use by another ICP Desk (the lock file ${lockPath} is unreadable). Close other ICP Desk windows, then try again.`,
      ),
      { detail: lockPath },
    );
  }
  const who = `${holder.owner}, pid ${holder.pid}, ${holder.hostname}, ${holder.startedAt}`;
  return new StoreError(
    'LOCKED',
    text(
      `数据目录正被另一个 ICP Desk 使用（${holder.owner}，进程 ${holder.pid}，主机 ${holder.hostname}，自 ${holder.startedAt} 起）。请先关闭那个窗口，再重新打开。`,
      `The data folder is in use by another ICP Desk (${holder.owner}, process ${holder.pid} on ${holder.hostname}, since ${holder.startedAt}). Close that window first, then open it again.`,
    ),
    { detail: who },
  );
}

export interface DirLock {
  readonly info: LockInfo;
  release(): Promise<void>;
  /** Forget the lock without touching the file, as a crashed process would. */
  abandon(): void;
}

/**
 * Takes the data-directory lock: created exclusively ('wx'), so of two processes starting at the
 * same moment exactly one wins. A lock whose process is gone (same host, pid not alive) is taken
 * over; a lock from another host is never judged stale, since its pid means nothing here.
 */
export async function acquireLock(io: StoreIo, lockPath: string, dataDir: string, owner: string, now: () => Date): Promise<DirLock> {
  const info: LockInfo = { pid: process.pid, hostname: hostname(), owner, startedAt: now().toISOString() };
  const content = Buffer.from(`${JSON.stringify(info)}\n`, 'utf8');
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = await io.open(lockPath, 'wx');
    } catch (error) {
      if (errnoOf(error) !== 'EEXIST') throw ioError(messages.lockFailed, error);
      const holder = parseLock(await readIfExists(io, lockPath).catch(() => undefined));
      if (!(await isStale(holder, dataDir))) throw lockedError(holder, lockPath);
      await takeAway(io, lockPath, holder);
      continue;
    }
    try {
      await writeAll(io, fd, content, 0, lockPath);
      await io.fsync(fd, lockPath);
    } catch (error) {
      await io.close(fd).catch(() => undefined);
      await unlinkIfExists(io, lockPath).catch(() => undefined);
      throw ioError(messages.lockFailed, error);
    }
    await io.close(fd);
    heldHere.add(dataDir);
    return makeLock(io, lockPath, dataDir, info);
  }
  throw lockedError(parseLock(await readIfExists(io, lockPath).catch(() => undefined)), lockPath);
}

async function isStale(holder: LockInfo | undefined, dataDir: string): Promise<boolean> {
  // Unreadable: most likely another process between creating and writing it. Not ours to break.
  if (!holder) return false;
  if (holder.hostname !== hostname()) return false;
  if (holder.pid === process.pid) return !heldHere.has(dataDir);
  return !isProcessAlive(holder.pid);
}

/**
 * Removes a stale lock without racing another process doing the same: move it to a private name,
 * check it is still the stale one we judged (not a fresh lock someone just created), and put it
 * back with link() — which never overwrites — if it is not.
 */
async function takeAway(io: StoreIo, lockPath: string, stale: LockInfo | undefined): Promise<void> {
  const aside = `${lockPath}.stale-${process.pid}-${Date.now()}`;
  try {
    await io.rename(lockPath, aside);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return;
    throw ioError(messages.lockFailed, error);
  }
  const moved = parseLock(await readIfExists(io, aside).catch(() => undefined));
  if (moved && stale && (moved.pid !== stale.pid || moved.startedAt !== stale.startedAt)) {
    await io.link(aside, lockPath).catch(() => undefined);
  }
  await unlinkIfExists(io, aside).catch(() => undefined);
}

function makeLock(io: StoreIo, lockPath: string, dataDir: string, info: LockInfo): DirLock {
  let held = true;
  return {
    info,
    async release() {
      if (!held) return;
      held = false;
      heldHere.delete(dataDir);
      // Only remove it if it is still ours: never delete a lock another process took over.
      const current = parseLock(await readIfExists(io, lockPath).catch(() => undefined));
      if (current && current.pid === info.pid && current.startedAt === info.startedAt && current.hostname === info.hostname) {
        await unlinkIfExists(io, lockPath);
      }
    },
    abandon() {
      held = false;
      heldHere.delete(dataDir);
    },
  };
}
