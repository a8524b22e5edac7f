import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_NAME, listBackups, restoreBackupInto, Store, StoreError } from '../../../../src/main/store';
import { backupsToKeep } from '../../../../src/main/store/backups';
import { journalPath, note, openStore, readJson, snapshotPath, tempDir, testConfig, type Note } from './helpers';

/** A clock the test moves by hand. */
function clock(start: Date) {
  let t = start.getTime();
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

const DAY = 24 * 60 * 60 * 1000;

describe('backups', () => {
  it('creates a consistent backup: the journal is folded in first, the name follows the pattern', async () => {
    const dir = tempDir();
    const store = await openStore(dir, { now: () => new Date(2025, 5, 1, 14, 30, 15, 250) });
    await store.transact('alice', (tx) => tx.put('notes', note('n1')));
    const info = await store.createBackup('Manual backup!');
    expect(info.name).toBe('icp-desk-20250601-143015-250-manual-backup.json');
    expect(info.name).toMatch(BACKUP_NAME);
    expect(info.reason).toBe('manual-backup');
    expect(store.journalBytes).toBe(0);
    const copy = readFileSync(join(dir, 'backups', info.name));
    expect(copy).toEqual(readFileSync(snapshotPath(dir)));
    expect(info.bytes).toBe(copy.length);
    expect(readJson(join(dir, 'backups', info.name))).toMatchObject({ collections: { notes: [note('n1')] } });
  });

  it('lists backups newest first, with their time and reason, ignoring foreign files', async () => {
    const dir = tempDir();
    const c = clock(new Date(2025, 0, 1, 9));
    const store = await openStore(dir, { now: c.now });
    await store.createBackup('first');
    c.advance(1000);
    await store.createBackup('second');
    writeFileSync(join(dir, 'backups', 'notes.txt'), 'not a backup');
    const list = await store.listBackups();
    expect(list.map((b) => b.reason)).toEqual(['second', 'first']);
    expect(list[0]?.createdAt).toBe(new Date(2025, 0, 1, 9, 0, 1).toISOString());
    expect(await listBackups(dir)).toEqual(list);
  });

  it('never overwrites a backup made in the same millisecond', async () => {
    const dir = tempDir();
    const store = await openStore(dir, { now: () => new Date(2025, 0, 1, 9) });
    const a = await store.createBackup('manual');
    const b = await store.createBackup('manual');
    expect(a.name).not.toBe(b.name);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(2);
  });

  it('rotation keeps the 10 most recent plus the newest of each of the last 14 days', () => {
    const now = new Date(2025, 2, 31, 12);
    const at = (daysAgo: number, hour: number) => {
      const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, hour);
      const p = (n: number, w = 2) => String(n).padStart(w, '0');
      const name = `icp-desk-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}0000-000-auto.json`;
      return { name, createdAt: d.toISOString(), reason: 'auto', bytes: 1 };
    };
    // Today: 12 backups (hours 0..11); then two a day for 20 days back.
    const backups = [...Array.from({ length: 12 }, (_, h) => at(0, h)), ...Array.from({ length: 20 }, (_, d) => [at(d + 1, 8), at(d + 1, 20)]).flat()];
    const keep = backupsToKeep(backups, now);
    const expected = new Set([
      ...Array.from({ length: 10 }, (_, i) => at(0, 11 - i).name), // the ten most recent: all today
      ...Array.from({ length: 13 }, (_, d) => at(d + 1, 20).name), // newest of each of the 13 earlier days
    ]);
    expect(keep).toEqual(expected);
  });

  it('rotates after each backup, deleting only our own files', async () => {
    const dir = tempDir();
    const c = clock(new Date(2025, 0, 1, 9));
    const store = await openStore(dir, { now: c.now });
    mkdirSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(join(dir, 'backups', 'keep-me.json'), '{}');
    for (let i = 0; i < 14; i++) {
      await store.createBackup('auto');
      c.advance(60_000);
    }
    const names = readdirSync(join(dir, 'backups')).filter((n) => BACKUP_NAME.test(n));
    expect(names).toHaveLength(10);
    expect(existsSync(join(dir, 'backups', 'keep-me.json'))).toBe(true);
    // A day later the newest of yesterday stays on as that day's backup.
    c.advance(DAY);
    for (let i = 0; i < 10; i++) await store.createBackup('auto');
    expect(readdirSync(join(dir, 'backups')).filter((n) => BACKUP_NAME.test(n))).toHaveLength(11);
  });

  it('restores a backup: safety backup first, new generation, empty journal, memory and indexes reloaded', async () => {
    const dir = tempDir();
    const c = clock(new Date(2025, 0, 1, 9));
    const store = await openStore(dir, { now: c.now });
    await store.transact('alice', (tx) => tx.put('notes', note('n1', 'old', ['x'])));
    const backup = await store.createBackup('manual');
    c.advance(1000);
    await store.transact('alice', (tx) => {
      tx.put('notes', note('n1', 'new', ['y']));
      tx.put('notes', note('n2', 'later'));
    });
    const generationBefore = store.generation;

    const result = await store.restoreBackup(backup.name);
    expect(result.restoredFrom).toBe(backup.name);
    expect(result.safetyBackup).toMatch(/-before-restore\.json$/);
    expect(store.get<Note>('notes', 'n1')?.title).toBe('old');
    expect(store.get('notes', 'n2')).toBeUndefined();
    expect([...store.lookup('noteByTag', 'x')]).toEqual(['n1']);
    expect(store.lookup('noteByTag', 'y').size).toBe(0);
    expect(store.generation).toBeGreaterThan(generationBefore);
    expect(readFileSync(journalPath(dir)).length).toBe(0);
    expect(readJson(snapshotPath(dir))).toMatchObject({ generation: store.generation });

    // The safety backup holds what was there before the restore.
    const safety = readJson(join(dir, 'backups', result.safetyBackup ?? '')) as { collections: { notes: Note[] } };
    expect(safety.collections.notes.map((n) => n.title).sort()).toEqual(['later', 'new']);

    // Commits continue, and everything survives a reopen.
    await store.transact('alice', (tx) => tx.put('notes', note('n3')));
    await store.close();
    const again = await openStore(dir);
    expect([...again.list<Note>('notes')].map((n) => n.id).sort()).toEqual(['n1', 'n3']);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const dir = tempDir();
    const store = await openStore(dir, { now: () => new Date(2025, 0, 1, 9) });
    await store.transact('alice', (tx) => tx.put('notes', note('n1')));
    const name = 'icp-desk-20240101-000000-000-manual.json';
    mkdirSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(join(dir, 'backups', name), '{"schemaVersion":1,"generation":1,"collections":{"notes":[{"id":"x"}]}}');
    const journal = readFileSync(journalPath(dir));
    const error = (await store.restoreBackup(name).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('CORRUPT');
    expect(error.userMessage.en).toMatch(/Choose another backup/);
    expect(error.movedAsideTo).toBeUndefined();
    expect(readFileSync(journalPath(dir))).toEqual(journal);
    expect(store.count('notes')).toBe(1);
    expect(readdirSync(join(dir, 'backups'))).toEqual([name]); // no safety backup either
  });

  it('answers NOT_FOUND for an unknown or unsafe backup name', async () => {
    const store = await openStore(tempDir());
    await expect(store.restoreBackup('icp-desk-20240101-000000-000-manual.json')).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    await expect(store.restoreBackup('../icp-desk.json')).rejects.toMatchObject({ kind: 'NOT_FOUND' });
  });

  it('restores into an emptied data folder from the recovery screen', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.transact('alice', (tx) => tx.put('notes', note('n1', 'saved')));
    const backup = await store.createBackup('manual');
    await store.close();
    writeFileSync(snapshotPath(dir), Buffer.alloc(100)); // the data file is destroyed
    const error = (await Store.open({ dataDir: dir, config: testConfig }).catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('CORRUPT');

    expect((await listBackups(dir)).map((b) => b.name)).toEqual([backup.name]);
    await restoreBackupInto(dir, backup.name, testConfig);
    const reopened = await openStore(dir);
    expect(reopened.get<Note>('notes', 'n1')?.title).toBe('saved');
    expect(reopened.generation).toBeGreaterThan(1);
  });

  it('refuses to restore into a folder that still holds data files', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.transact('alice', (tx) => tx.put('notes', note('n1')));
    const backup = await store.createBackup('manual');
    await store.close();
    const before = readFileSync(snapshotPath(dir));
    await expect(restoreBackupInto(dir, backup.name, testConfig)).rejects.toMatchObject({ kind: 'IO' });
    expect(readFileSync(snapshotPath(dir))).toEqual(before);
  });
});
