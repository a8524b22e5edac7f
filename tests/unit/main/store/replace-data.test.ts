import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../../src/main/store';
import { note, openStore, snapshotFiles, tempDir } from './helpers';

describe('replacing the data with a document (bundle import) and reading a consistent snapshot', () => {
  it('snapshotBytes holds every committed record, the journal folded in', async () => {
    const store = await openStore(tempDir());
    await store.transact('t', (tx) => tx.put('notes', note('n1', 'first')));
    const doc = JSON.parse((await store.snapshotBytes()).toString('utf8')) as { collections: { notes: unknown[] } };
    expect(doc.collections.notes).toEqual([note('n1', 'first')]);
    expect(store.journalBytes).toBe(0);
  });

  it('replaceData makes the data exactly the document, after a safety backup, and survives a reopen', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.transact('t', (tx) => tx.put('notes', note('local', 'mine')));
    const incoming = { schemaVersion: 1, generation: 7, collections: { notes: [note('a', 'A', ['x']), note('b', 'B')], settings: [] } };
    const { safetyBackup } = await store.replaceData(incoming, 'before-bundle-replace');
    expect(safetyBackup).toMatch(/before-bundle-replace\.json$/);
    expect([...store.list('notes')]).toEqual([note('a', 'A', ['x']), note('b', 'B')]);
    expect([...store.lookup('noteByTag', 'x')]).toEqual(['a']);
    await store.close();
    const reopened = await openStore(dir);
    expect([...reopened.list('notes')].map((n) => n.id)).toEqual(['a', 'b']);
    expect(readdirSync(join(dir, 'backups'))).toEqual([safetyBackup]);
  });

  it('replaceData refuses a document whose records fail the schema and changes no file', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.transact('t', (tx) => tx.put('notes', note('local', 'mine')));
    await store.compact();
    const before = snapshotFiles(dir);
    const error = await store.replaceData({ schemaVersion: 1, generation: 1, collections: { notes: [{ id: 'n', title: '' }] } }, 'before-bundle-replace').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('VALIDATION');
    expect(snapshotFiles(dir)).toEqual(before);
    expect([...store.list('notes')]).toEqual([note('local', 'mine')]);
  });

  it('replaceData refuses a newer schema version without touching anything', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const before = snapshotFiles(dir);
    const error = await store.replaceData({ schemaVersion: 99, generation: 1, collections: {} }, 'x').catch((e: unknown) => e);
    expect((error as StoreError).kind).toBe('NEWER_VERSION');
    expect(snapshotFiles(dir)).toEqual(before);
  });
});
