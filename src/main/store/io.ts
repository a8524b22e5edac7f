import * as fs from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';

/**
 * The file operations the store uses, one function each, so a test can replace exactly one of them
 * (an append that hits ENOSPC, an fsync that fails, a rename on a read-only disk). File descriptors
 * are plain numbers so a wrapper stays trivial; `path` is passed along so a fake can tell which file
 * an operation is about.
 */
export interface StoreIo {
  readFile(path: string): Promise<Buffer>;
  /** Numeric flags (fs.constants) or the usual strings ('r', 'w', 'wx'). */
  open(path: string, flags: number | string): Promise<number>;
  /** Writes at `position`; may write fewer bytes than given, like write(2). */
  write(fd: number, data: Uint8Array, position: number, path: string): Promise<number>;
  fsync(fd: number, path: string): Promise<void>;
  truncate(fd: number, length: number, path: string): Promise<void>;
  close(fd: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, created: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Creates one directory; fails with EEXIST when it exists (used to claim a unique folder). */
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  /** undefined when the path does not exist. */
  stat(path: string): Promise<{ size: number; isDirectory: boolean } | undefined>;
  /** Makes a rename or a new file inside `dir` durable. */
  fsyncDir(dir: string): Promise<void>;
}

const fsOpen = promisify(fs.open);
const fsWrite = promisify(fs.write);
const fsFsync = promisify(fs.fsync);
const fsFtruncate = promisify(fs.ftruncate);
const fsClose = promisify(fs.close);

export const nodeIo: StoreIo = {
  readFile: (path) => fs.promises.readFile(path),
  open: (path, flags) => fsOpen(path, flags, 0o600),
  write: async (fd, data, position) => fsWrite(fd, data, 0, data.length, position).then((r) => r.bytesWritten),
  fsync: async (fd) => fsFsync(fd),
  truncate: async (fd, length) => fsFtruncate(fd, length),
  close: async (fd) => fsClose(fd),
  rename: (from, to) => fs.promises.rename(from, to),
  link: (existing, created) => fs.promises.link(existing, created),
  unlink: (path) => fs.promises.unlink(path),
  mkdir: async (path) => {
    await fs.promises.mkdir(path);
  },
  readdir: (path) => fs.promises.readdir(path),
  stat: async (path) => {
    try {
      const s = await fs.promises.stat(path);
      return { size: s.size, isDirectory: s.isDirectory() };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  },
  fsyncDir: async (dir) => {
    // Windows cannot open a directory for fsync; NTFS makes renames durable on its own there.
    if (process.platform === 'win32') return;
    const fd = await fsOpen(dir, 'r');
    try {
      await fsFsync(fd);
    } finally {
      await fsClose(fd);
    }
  },
};

export const resolveIo = (overrides: Partial<StoreIo> | undefined): StoreIo => ({ ...nodeIo, ...overrides });

export const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

/** Reads a whole file, or undefined when it does not exist. */
export async function readIfExists(io: StoreIo, path: string): Promise<Buffer | undefined> {
  try {
    return await io.readFile(path);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

export async function unlinkIfExists(io: StoreIo, path: string): Promise<boolean> {
  try {
    await io.unlink(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/** Writes all of `data` at `position`, looping over short writes. */
export async function writeAll(io: StoreIo, fd: number, data: Uint8Array, position: number, path: string): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const written = await io.write(fd, data.subarray(offset), position + offset, path);
    if (written <= 0) throw Object.assign(new Error(`write returned ${written} for ${path}`), { code: 'EIO' });
    offset += written;
  }
}

const RETRYABLE_RENAME = new Set(['EPERM', 'EACCES', 'EBUSY']);

/**
 * rename with a few retries: on Windows a virus scanner or the indexer briefly holds new files
 * open and rename fails with EPERM/EBUSY (steno, lowdb's writer, retries for the same reason).
 */
export async function renameWithRetry(io: StoreIo, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await io.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (process.platform !== 'win32' || attempt >= 9 || code === undefined || !RETRYABLE_RENAME.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The points inside a durable replace where a crash can be simulated. */
export type DurableWriteStep = 'write-temp' | 'rename-snapshot' | 'sync-dir';

/**
 * Whether `io` is the plain file system for the calls that write a temp file (nothing injected
 * there): only then may a worker thread write a file in the store's place, since a worker cannot call
 * a function a test passed in. With a fault injected, the bytes come to the main thread and take the
 * injected path (compaction.ts).
 */
export const writesPlainFiles = (io: StoreIo): boolean => io.open === nodeIo.open && io.write === nodeIo.write && io.fsync === nodeIo.fsync && io.close === nodeIo.close;

/** Writes a whole new file (`w`, 0600) and fsyncs it; on failure the partial file is removed. */
export async function writeTempFile(io: StoreIo, temp: string, data: Uint8Array): Promise<void> {
  const fd = await io.open(temp, 'w');
  try {
    await writeAll(io, fd, data, 0, temp);
    await io.fsync(fd, temp);
  } catch (error) {
    await io.close(fd).catch(() => undefined);
    await unlinkIfExists(io, temp).catch(() => undefined);
    throw error;
  }
  await io.close(fd);
}

/**
 * Replaces `path` with `data` so that after a crash the file is either wholly old or wholly new, and
 * once this resolves the new content survives power loss: write a temp file next to it, fsync it,
 * rename it over the target, fsync the folder (the rename lives in the folder's entry).
 */
export async function writeFileDurably(
  io: StoreIo,
  path: string,
  data: Uint8Array,
  onStep?: (step: DurableWriteStep) => Promise<void>,
): Promise<void> {
  await replaceDurably(io, path, (temp) => writeTempFile(io, temp, data), onStep);
}

/**
 * The same replace, with the temp file written by `writeTemp` (which must leave it complete and
 * fsynced, or remove it and throw): the compaction worker writes its snapshot itself, so the 85 MB
 * never enter the main thread's heap. Rename and folder fsync stay here, on the main thread.
 */
export async function replaceDurably(
  io: StoreIo,
  path: string,
  writeTemp: (temp: string) => Promise<void>,
  onStep?: (step: DurableWriteStep) => Promise<void>,
): Promise<void> {
  const dir = dirname(path);
  const temp = `${path}.tmp`;
  await onStep?.('write-temp');
  try {
    await writeTemp(temp);
  } catch (error) {
    await unlinkIfExists(io, temp).catch(() => undefined);
    throw error;
  }
  await onStep?.('rename-snapshot');
  try {
    await renameWithRetry(io, temp, path);
  } catch (error) {
    await unlinkIfExists(io, temp).catch(() => undefined);
    throw error;
  }
  await onStep?.('sync-dir');
  await io.fsyncDir(dir);
}
