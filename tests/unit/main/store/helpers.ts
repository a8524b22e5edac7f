import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { z } from 'zod';
import { Store, StoreError, migrations, type StoreConfig, type StoreOptions } from '../../../../src/main/store';

/** The small config the store tests run against: a settings singleton and free-form notes. */
export const Settings = z.object({
  id: z.string(),
  language: z.enum(['zh-CN', 'en']),
  theme: z.enum(['system', 'light', 'dark']),
  userName: z.string(),
});
export type Settings = z.infer<typeof Settings>;

export const Note = z.object({
  id: z.string(),
  title: z.string().min(1),
  tags: z.array(z.string()).default([]),
  body: z.string().optional(),
});
export type Note = z.infer<typeof Note>;

export const testConfig: StoreConfig = {
  schemaVersion: 1,
  collections: { settings: Settings, notes: Note },
  indexes: {
    noteByTag: { collection: 'notes', keys: (note: Note) => note.tags.map((t) => t.toLowerCase()) },
    noteByTitle: { collection: 'notes', keys: (note: Note) => [note.title] },
  },
  migrations,
};

const dirs: string[] = [];
const stores: Store[] = [];
const children: { kill(): boolean }[] = [];

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close().catch(() => undefined);
  for (const child of children.splice(0)) child.kill();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the OS temp folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'icp-desk-store-'));
  dirs.push(dir);
  return dir;
}

const crashing = new Set<string>();

/** Opens a store that is closed after the test (unless the test closed it, or crashed it, itself). */
export async function openStore(dataDir: string, options: Partial<StoreOptions> = {}): Promise<Store> {
  const store = await Store.open({
    dataDir,
    config: testConfig,
    idleCompactionMs: 0,
    ...options,
    onCompactionStep: (step) => {
      if (crashing.has(dataDir)) throw new Error('simulated crash');
      return options.onCompactionStep?.(step);
    },
  });
  stores.push(store);
  return store;
}

/**
 * Kills a store as a process death would, through the store's own crash hook: the journal stays as
 * written (no compaction), the lock file stays behind (stale from now on). Needs a non-empty journal.
 */
export async function crash(store: Store): Promise<void> {
  crashing.add(store.dataDir);
  try {
    await store.compact().then(
      () => {
        throw new Error('crash(): the store did not reach a compaction step (empty journal?)');
      },
      (error: unknown) => {
        if (!(error instanceof Error) || error.message !== 'simulated crash') throw error;
      },
    );
  } finally {
    crashing.delete(store.dataDir);
  }
}

/** Every regular file under `dir` (recursively), with its bytes: to prove files were left alone. */
export function snapshotFiles(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else out.set(rel, readFileSync(join(dir, rel)));
    }
  };
  walk('');
  return out;
}

export const snapshotPath = (dir: string) => join(dir, 'icp-desk.json');
export const journalPath = (dir: string) => join(dir, 'icp-desk.journal.jsonl');
export const prevPath = (dir: string) => join(dir, 'icp-desk.journal.prev.jsonl');
export const lockPath = (dir: string) => join(dir, 'icp-desk.lock');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function journalLines(dir: string): Record<string, unknown>[] {
  return readFileSync(journalPath(dir), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

export const note = (id: string, title = `note ${id}`, tags: string[] = []): Note => ({ id, title, tags });

/** The pid of a process that has already exited: what a lock left by a crashed app names. */
export function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', '']);
  if (result.pid === undefined) throw new Error('could not spawn');
  return result.pid;
}

/** A live process other than this one, killed after the test. */
export function liveProcess(): number {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  if (child.pid === undefined) throw new Error('could not spawn');
  return child.pid;
}

/** Errno-style error, as fs would throw it. */
export function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The StoreError an open fails with (fails the test if it opens). */
export async function openError(options: Partial<StoreOptions> & { dataDir: string }): Promise<StoreError> {
  const result = await Store.open({ config: testConfig, ...options }).then(
    async (store) => {
      await store.close();
      return undefined;
    },
    (error: unknown) => error,
  );
  if (!(result instanceof StoreError)) throw new Error(`expected a StoreError, got ${String(result)}`);
  return result;
}
