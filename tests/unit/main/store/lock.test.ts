import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { Store, StoreError } from '../../../../src/main/store';
import { crash, deadPid, liveProcess, lockPath, note, openStore, tempDir, testConfig } from './helpers';

const lockFor = (pid: number, host = hostname()) => JSON.stringify({ pid, hostname: host, owner: 'electron', startedAt: '2025-01-01T08:00:00.000Z' });

describe('one writer', () => {
  it('writes who holds the lock into the lock file, and releases it on close', async () => {
    const dir = tempDir();
    const store = await openStore(dir, { lockOwner: 'web' });
    expect(JSON.parse(readFileSync(lockPath(dir), 'utf8'))).toMatchObject({ pid: process.pid, hostname: hostname(), owner: 'web' });
    await store.close();
    expect(existsSync(lockPath(dir))).toBe(false);
  });

  it('refuses a second writer in the same process', async () => {
    const dir = tempDir();
    await openStore(dir, { lockOwner: 'electron' });
    const error = await Store.open({ dataDir: dir, config: testConfig }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('LOCKED');
    expect((error as StoreError).userMessage.en).toContain(`electron, process ${process.pid}`);
  });

  it('refuses a second writer while another live process holds the lock, naming it in both languages', async () => {
    const dir = tempDir();
    const pid = liveProcess();
    writeFileSync(lockPath(dir), lockFor(pid));
    const error = (await Store.open({ dataDir: dir, config: testConfig }).catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('LOCKED');
    expect(error.userMessage['zh-CN']).toContain(`进程 ${pid}`);
    expect(error.userMessage['zh-CN']).toMatch(/请先关闭那个窗口/);
    expect(error.userMessage.en).toContain(`process ${pid} on ${hostname()}`);
    expect(error.userMessage.en).toMatch(/Close that window first/);
    // The holder's lock is left alone, and no data file was created.
    expect(readFileSync(lockPath(dir), 'utf8')).toBe(lockFor(pid));
    expect(existsSync(`${dir}/icp-desk.json`)).toBe(false);
  });

  it('does not judge a lock from another host stale', async () => {
    const dir = tempDir();
    writeFileSync(lockPath(dir), lockFor(deadPid(), 'some-other-host'));
    await expect(Store.open({ dataDir: dir, config: testConfig })).rejects.toMatchObject({ kind: 'LOCKED' });
  });

  it('takes over a stale lock of a process that is gone', async () => {
    const dir = tempDir();
    writeFileSync(lockPath(dir), lockFor(deadPid()));
    const store = await openStore(dir, { lockOwner: 'web' });
    expect(JSON.parse(readFileSync(lockPath(dir), 'utf8'))).toMatchObject({ pid: process.pid, owner: 'web' });
    await store.transact('alice', (tx) => tx.put('notes', note('n1')));
  });

  it('takes over the lock a crashed store of this process left behind', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.transact('alice', (tx) => tx.put('notes', note('n1')));
    await crash(store);
    expect(existsSync(lockPath(dir))).toBe(true);
    const again = await openStore(dir);
    expect(again.count('notes')).toBe(1);
  });

  it('releases the lock when the open fails', async () => {
    const dir = tempDir();
    writeFileSync(`${dir}/icp-desk.json`, '');
    await expect(Store.open({ dataDir: dir, config: testConfig })).rejects.toMatchObject({ kind: 'CORRUPT' });
    expect(existsSync(lockPath(dir))).toBe(false);
  });
});
