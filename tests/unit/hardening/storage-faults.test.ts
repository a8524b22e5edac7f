import { constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/main/ipc/handlers';
import { createRouter, type Router } from '../../../src/main/ipc/router';
import { createAppServices, type AppServices } from '../../../src/main/services/app-services';
import { nodeIo, type StoreIo } from '../../../src/main/store/io';
import type { Result } from '../../../src/shared/ipc/result';
import { snapshotFiles } from './files';

/**
 * A full disk and a read-only data folder, through the real router, services and store (issue #8,
 * point 1). The services take no `io`, so the store module they import is wrapped: every
 * Store.open gets the faulty io below. Everything else is the production code.
 */
type Fault = 'ENOSPC' | 'EROFS' | 'EACCES';
let fault: Fault | undefined;
let faultyDir = '';

const errno = (code: string, path: string) => Object.assign(new Error(`${code}: simulated, ${path}`), { code });
const inData = (path: string) => faultyDir !== '' && path.startsWith(faultyDir);
const writes = (flags: number | string) =>
  typeof flags === 'string' ? /[wa+]/.test(flags) : (flags & (constants.O_WRONLY | constants.O_RDWR | constants.O_CREAT)) !== 0;

/** What the operating system answers on a full disk (ENOSPC) or a read-only / forbidden folder. */
const faultyIo: Partial<StoreIo> = {
  open: async (path, flags) => {
    if (fault && fault !== 'ENOSPC' && inData(path) && writes(flags)) throw errno(fault, path);
    return nodeIo.open(path, flags);
  },
  write: async (fd, data, position, path) => {
    if (fault && inData(path)) {
      // A full disk takes part of the data, then refuses: the store must cut the fragment off.
      if (fault === 'ENOSPC' && data.length > 1) await nodeIo.write(fd, data.subarray(0, data.length >> 1), position, path);
      throw errno(fault, path);
    }
    return nodeIo.write(fd, data, position, path);
  },
  truncate: async (fd, length, path) => {
    if (fault && fault !== 'ENOSPC' && inData(path)) throw errno(fault, path);
    return nodeIo.truncate(fd, length, path);
  },
  rename: async (from, to) => {
    if (fault && fault !== 'ENOSPC' && inData(from)) throw errno(fault, from);
    return nodeIo.rename(from, to);
  },
  link: async (existing, created) => {
    if (fault && inData(created)) throw errno(fault, created);
    return nodeIo.link(existing, created);
  },
  unlink: async (path) => {
    if (fault && fault !== 'ENOSPC' && inData(path)) throw errno(fault, path);
    return nodeIo.unlink(path);
  },
  mkdir: async (path) => {
    if (fault && inData(path)) throw errno(fault, path);
    return nodeIo.mkdir(path);
  },
};

vi.mock('../../../src/main/store', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/main/store')>();
  type OpenOptions = Parameters<typeof real.Store.open>[0];
  const open = (options: OpenOptions) => real.Store.open({ ...options, io: { ...faultyIo, ...options.io } });
  return { ...real, Store: new Proxy(real.Store, { get: (target, key, receiver) => (key === 'open' ? open : Reflect.get(target, key, receiver)) }) };
});

const dirs: string[] = [];
const running: AppServices[] = [];
afterEach(async () => {
  fault = undefined;
  for (const services of running.splice(0)) await services.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(dataDir: string): Promise<{ services: AppServices; router: Router }> {
  const services = await createAppServices({ dataDir, lockOwner: 'web', version: '0.0.0-test' });
  running.push(services);
  return { services, router: createRouter(createHandlers(services)) };
}

const call = (router: Router, channel: string, input: unknown = {}) => router.call(channel, input, { transport: 'test' });
const data = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.data as T;
};

const ADVICE: Record<Fault, { zh: RegExp; en: RegExp }> = {
  ENOSPC: { zh: /磁盘空间不足.*释放/, en: /disk is full.*Free some disk space/i },
  EROFS: { zh: /只读.*可写的位置/, en: /read-only disk.*writable location/i },
  EACCES: { zh: /没有写入数据目录的权限.*检查/, en: /no permission to write.*Check its permissions/i },
};

describe.each<Fault>(['ENOSPC', 'EROFS', 'EACCES'])('storage fault %s through the router', (kind) => {
  it('answers STORAGE with advice in both languages, keeps reads working, and loses nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'icp-fault-'));
    dirs.push(dataDir);
    faultyDir = dataDir;
    const first = await start(dataDir);
    const router = first.router;
    for (const name of ['before-1', 'before-2']) expect((await call(router, 'settings:update', { userName: name })).ok).toBe(true);
    const backup = data<{ name: string }>(await call(router, 'backup:create'));
    expect((await call(router, 'settings:update', { userName: 'before-3', theme: 'dark' })).ok).toBe(true);
    const filesBefore = snapshotFiles(dataDir);

    fault = kind;
    for (const attempt of ['lost-1', 'lost-2', 'lost-3']) {
      const failed = await call(router, 'settings:update', { userName: attempt });
      expect(failed.ok).toBe(false);
      if (failed.ok) return;
      expect(failed.error.code).toBe('STORAGE');
      expect(failed.error.message['zh-CN']).toMatch(/保存失败/);
      expect(failed.error.message['zh-CN']).toMatch(ADVICE[kind].zh);
      expect(failed.error.message.en).toMatch(/Saving failed/);
      expect(failed.error.message.en).toMatch(ADVICE[kind].en);
      // Nothing of the refused commit reached the files (a fragment of a partial write was cut off).
      expect(snapshotFiles(dataDir)).toEqual(filesBefore);
    }
    // The app stays readable: every read answers, with the data from before the fault.
    expect(data<{ userName: string; theme: string }>(await call(router, 'settings:get'))).toMatchObject({ userName: 'before-3', theme: 'dark' });
    expect(data<{ mode: string }>(await call(router, 'data:get-status')).mode).toBe('ready');
    expect(data<{ dataDir: string }>(await call(router, 'app:get-info')).dataDir).toBe(dataDir);
    expect(data<{ name: string }[]>(await call(router, 'backup:list')).map((b) => b.name)).toContain(backup.name);
    // Writes of other kinds fail the same clear way, never INTERNAL.
    for (const [channel, input] of [['backup:create', {}], ['backup:restore', { name: backup.name }]] as const) {
      const failed = await call(router, channel, input);
      expect(failed.ok, channel).toBe(false);
      if (!failed.ok) {
        expect(failed.error.code, channel).toBe('STORAGE');
        expect(failed.error.message.en, channel).toMatch(ADVICE[kind].en);
      }
    }
    expect(data<{ userName: string }>(await call(router, 'settings:get')).userName).toBe('before-3');

    // The fault clears: the next commit works without a restart.
    fault = undefined;
    expect((await call(router, 'settings:update', { userName: 'after-1' })).ok).toBe(true);
    // Quitting while the fault is back: the tidy-up fails, the journal keeps everything.
    fault = kind;
    await expect(first.services.close()).rejects.toMatchObject({ kind: 'IO' });
    running.splice(running.indexOf(first.services), 1);
    fault = undefined;

    const second = await start(dataDir);
    expect(data<{ userName: string; theme: string }>(await call(second.router, 'settings:get'))).toMatchObject({ userName: 'after-1', theme: 'dark' });
    const actors = [...second.services.data.store.list<{ id: string; actor: string; action: string }>('events')]
      .filter((e) => e.action === 'settings.updated')
      .map((e) => e.actor);
    expect(actors.sort()).toEqual(['after-1', 'before-1', 'before-2', 'before-3']);
    expect(data<{ name: string }[]>(await call(second.router, 'backup:list')).map((b) => b.name)).toContain(backup.name);
  });
});

describe('a data folder that cannot be written at start', () => {
  it.each<Fault>(['EROFS', 'EACCES', 'ENOSPC'])('refuses to start with advice in both languages (%s), touching nothing', async (kind) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'icp-fault-'));
    dirs.push(dataDir);
    faultyDir = dataDir;
    const first = await start(dataDir);
    expect((await call(first.router, 'settings:update', { userName: 'kept' })).ok).toBe(true);
    await first.services.close();
    running.length = 0;
    const filesBefore = snapshotFiles(dataDir);

    fault = kind;
    const error = await createAppServices({ dataDir, lockOwner: 'web', version: '0.0.0-test' }).then(
      (services) => {
        running.push(services);
        return undefined;
      },
      (e: unknown) => e as { kind: string; userMessage: { 'zh-CN': string; en: string } },
    );
    // The store cannot take its lock, so the desktop app shows this in a dialog and browser mode
    // prints it (main.ts, web/cli.ts). Opening the folder read-only is not supported (docs/security.md).
    expect(error?.kind).toBe('IO');
    expect(error?.userMessage['zh-CN']).toMatch(ADVICE[kind].zh);
    expect(error?.userMessage.en).toMatch(ADVICE[kind].en);
    expect(snapshotFiles(dataDir)).toEqual(filesBefore);

    fault = undefined;
    const again = await start(dataDir);
    expect(data<{ userName: string }>(await call(again.router, 'settings:get')).userName).toBe('kept');
  });
});
