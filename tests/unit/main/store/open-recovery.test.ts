import { existsSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store, StoreError } from '../../../../src/main/store';
import { crash, journalPath, openError, lockPath, note, openStore, snapshotFiles, snapshotPath, tempDir, testConfig, type Note } from './helpers';

/** A data folder with a snapshot and a journal of three committed notes, closed without compaction. */
async function populated(): Promise<string> {
  const dir = tempDir();
  const store = await openStore(dir);
  for (const id of ['n1', 'n2', 'n3']) await store.transact('alice', (tx) => tx.put('notes', note(id)));
  // Simulate a crash: forget the store without close(), so the journal stays as written. The lock
  // it leaves is removed, so that the folder holds only data files (stale locks: lock.test.ts).
  await crash(store);
  rmSync(lockPath(dir));
  return dir;
}

async function expectCorrupt(dir: string): Promise<StoreError> {
  const original = snapshotFiles(dir);
  const error = await Store.open({ dataDir: dir, config: testConfig }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  const storeError = error as StoreError;
  expect(storeError.kind).toBe('CORRUPT');
  expect(storeError.movedAsideTo).toMatch(/damaged-\d{8}-\d{6}-\d{3}$/);
  expect(storeError.userMessage['zh-CN']).toContain(storeError.movedAsideTo);
  expect(storeError.userMessage.en).toMatch(/Restore a backup/);
  // Every original data file is in the damaged folder, byte for byte; nothing is left in place.
  const moved = snapshotFiles(storeError.movedAsideTo ?? '');
  for (const name of ['icp-desk.json', 'icp-desk.journal.jsonl']) {
    if (original.has(name)) expect(moved.get(name)).toEqual(original.get(name));
    expect(existsSync(join(dir, name))).toBe(false);
  }
  expect(existsSync(lockPath(dir))).toBe(false);
  return storeError;
}

describe('open refuses damaged snapshots and moves them aside', () => {
  it('refuses an empty snapshot', async () => {
    const dir = await populated();
    writeFileSync(snapshotPath(dir), '');
    await expectCorrupt(dir);
  });

  it('refuses a truncated snapshot', async () => {
    const dir = await populated();
    const bytes = readFileSync(snapshotPath(dir));
    writeFileSync(snapshotPath(dir), bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectCorrupt(dir);
  });

  it('refuses a zero-filled snapshot', async () => {
    const dir = await populated();
    writeFileSync(snapshotPath(dir), Buffer.alloc(4096));
    await expectCorrupt(dir);
  });

  it('refuses a snapshot that is not JSON', async () => {
    const dir = await populated();
    writeFileSync(snapshotPath(dir), 'this is not { json');
    await expectCorrupt(dir);
  });

  it('refuses a snapshot whose records fail the schema, naming the field', async () => {
    const dir = await populated();
    writeFileSync(
      snapshotPath(dir),
      JSON.stringify({ schemaVersion: 1, generation: 1, collections: { settings: [{ id: 'app', language: 'fr', theme: 'dark', userName: 'x' }] } }),
    );
    const error = await expectCorrupt(dir);
    expect(error.issues).toEqual([expect.objectContaining({ path: ['collections', 'settings', 0, 'language'], collection: 'settings', id: 'app' })]);
  });

  it('refuses a snapshot without an envelope (generation missing)', async () => {
    const dir = await populated();
    writeFileSync(snapshotPath(dir), JSON.stringify({ schemaVersion: 1, collections: {} }));
    await expectCorrupt(dir);
  });

  it('refuses a journal without its snapshot instead of starting empty', async () => {
    const dir = await populated();
    const { unlinkSync } = await import('node:fs');
    unlinkSync(snapshotPath(dir));
    await expectCorrupt(dir);
  });

  it('never writes into an existing damaged folder', async () => {
    const fixed = new Date(2025, 0, 2, 3, 4, 5, 6);
    const dir1 = await populated();
    writeFileSync(snapshotPath(dir1), '');
    const first = await openError({ dataDir: dir1, now: () => fixed });
    // Same folder, same clock: a second damaged set goes into a new folder next to the first one.
    const store = await openStore(dir1, { now: () => fixed });
    await store.transact('alice', (tx) => tx.put('notes', note('x')));
    await crash(store);
    writeFileSync(snapshotPath(dir1), 'garbage');
    const second = await openError({ dataDir: dir1, now: () => fixed });
    expect(first.movedAsideTo).not.toBe(second.movedAsideTo);
    expect(readFileSync(join(first.movedAsideTo ?? '', 'icp-desk.json'), 'utf8')).toBe('');
    expect(readFileSync(join(second.movedAsideTo ?? '', 'icp-desk.json'), 'utf8')).toBe('garbage');
  });

  it('starts fresh in the folder once the damaged files were moved aside', async () => {
    const dir = await populated();
    writeFileSync(snapshotPath(dir), '');
    await expectCorrupt(dir);
    const store = await openStore(dir);
    expect(store.report.createdFresh).toBe(true);
    expect(readdirSync(dir).some((n) => n.startsWith('damaged-'))).toBe(true);
  });
});

describe('open and the journal', () => {
  it('drops a torn last line (no newline), truncates it off and reports it', async () => {
    const dir = await populated();
    const good = readFileSync(journalPath(dir));
    writeFileSync(journalPath(dir), Buffer.concat([good, Buffer.from('{"g":1,"s":4,"t":"2025-01-01T00:00:00.000Z","a":"al')]));
    const store = await openStore(dir);
    expect(store.report.droppedTornLine).toBe(true);
    expect(store.count('notes')).toBe(3);
    expect(readFileSync(journalPath(dir))).toEqual(good);
    // The next commit continues the sequence where the good lines ended.
    await store.transact('alice', (tx) => tx.put('notes', note('n4')));
    await store.close();
    const again = await openStore(dir);
    expect(again.report.droppedTornLine).toBe(false);
    expect(again.count('notes')).toBe(4);
  });

  it('drops a whole last line whose checksum does not match', async () => {
    const dir = await populated();
    const lines = readFileSync(journalPath(dir), 'utf8').split('\n');
    lines[2] = (lines[2] ?? '').replace('note n3', 'note nX');
    writeFileSync(journalPath(dir), lines.join('\n'));
    const store = await openStore(dir);
    expect(store.report.droppedTornLine).toBe(true);
    expect(store.get('notes', 'n3')).toBeUndefined();
    expect(store.get<Note>('notes', 'n2')?.title).toBe('note n2');
  });

  it('drops a zero-filled tail left by a power cut', async () => {
    const dir = await populated();
    const good = readFileSync(journalPath(dir));
    writeFileSync(journalPath(dir), Buffer.concat([good, Buffer.alloc(512)]));
    const store = await openStore(dir);
    expect(store.report.droppedTornLine).toBe(true);
    expect(store.count('notes')).toBe(3);
    expect(readFileSync(journalPath(dir))).toEqual(good);
  });

  it('refuses a bad line in the middle', async () => {
    const dir = await populated();
    const lines = readFileSync(journalPath(dir), 'utf8').split('\n');
    lines[1] = (lines[1] ?? '').replace('note n2', 'note nX');
    writeFileSync(journalPath(dir), lines.join('\n'));
    const error = await expectCorrupt(dir);
    expect(error.message).toMatch(/line 2/);
  });

  it('refuses a line of a newer generation than the snapshot', async () => {
    const dir = await populated();
    const { encodeLine } = await import('../../../../src/main/store/journal');
    const newer = encodeLine({ g: 2, s: 1, t: new Date().toISOString(), a: 'ghost', o: [{ put: 'notes', r: note('n9') }] });
    writeFileSync(journalPath(dir), Buffer.concat([readFileSync(journalPath(dir)), newer]));
    const error = await expectCorrupt(dir);
    expect(error.message).toMatch(/generation 2/);
  });

  it('refuses a journal with a missing line (sequence gap)', async () => {
    const dir = await populated();
    const lines = readFileSync(journalPath(dir), 'utf8').split('\n');
    lines.splice(1, 1);
    writeFileSync(journalPath(dir), lines.join('\n'));
    const error = await expectCorrupt(dir);
    expect(error.message).toMatch(/missing/);
  });

  it('discards lines of an older generation (already in the snapshot)', async () => {
    const dir = await populated();
    const oldJournal = readFileSync(journalPath(dir));
    const store = await openStore(dir);
    await store.close(); // compacts: snapshot generation 2, journal empty
    writeFileSync(journalPath(dir), oldJournal);
    const again = await openStore(dir);
    expect(again.count('notes')).toBe(3);
    expect(again.generation).toBe(2);
    expect(readFileSync(journalPath(dir)).length).toBe(0);
  });
});

describe('versions', () => {
  it('refuses a snapshot of a newer schema version and touches no file', async () => {
    const dir = await populated();
    const doc = JSON.parse(readFileSync(snapshotPath(dir), 'utf8')) as Record<string, unknown>;
    writeFileSync(snapshotPath(dir), JSON.stringify({ ...doc, schemaVersion: 2 }));
    truncateSync(journalPath(dir), readFileSync(journalPath(dir)).length - 1); // even a torn tail stays as it is
    const before = snapshotFiles(dir);
    const error = await Store.open({ dataDir: dir, config: testConfig }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('NEWER_VERSION');
    expect((error as StoreError).userMessage.en).toMatch(/newer ICP Desk.*Install the latest/);
    expect((error as StoreError).userMessage['zh-CN']).toMatch(/更新版本/);
    expect(snapshotFiles(dir)).toEqual(before);
  });
});
