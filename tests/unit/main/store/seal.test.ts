import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Store, StoreError, type StoreConfig } from '../../../../src/main/store';
import { encodeLine } from '../../../../src/main/store/journal';
import { sealMatches } from '../../../../src/main/store/snapshot-adapter';
import { journalPath, lockPath, Note, note, openStore, prevPath, readJson, snapshotPath, tempDir, testConfig } from './helpers';

/** testConfig with a notes schema that counts how many records it checked. */
function countingConfig(): { config: StoreConfig; checked: () => number } {
  let count = 0;
  const CountingNote = Note.refine(() => {
    count++;
    return true;
  });
  return { config: { ...testConfig, collections: { ...testConfig.collections, notes: CountingNote } }, checked: () => count };
}

/** n1–n3 folded into a sealed snapshot (generation 2), n4 left in the journal by close({ compact: false }). */
async function sealedWithJournal(): Promise<string> {
  const dir = tempDir();
  const store = await openStore(dir);
  for (const id of ['n1', 'n2', 'n3']) await store.transact('alice', (tx) => tx.put('notes', note(id, `note ${id}`, ['t'])));
  await store.compact();
  await store.transact('alice', (tx) => tx.put('notes', note('n4', 'note n4', ['t'])));
  await store.close({ compact: false });
  return dir;
}

const editSnapshot = (dir: string, from: string, to: string) => {
  const text = readFileSync(snapshotPath(dir), 'utf8');
  expect(text).toContain(from);
  writeFileSync(snapshotPath(dir), text.replace(from, to));
};

const ids = (store: Store) => [...store.list('notes')].map((r) => r.id).sort();

describe('sealed snapshots', () => {
  it('every snapshot the store writes is sealed: fresh, compacted', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    expect(sealMatches(readFileSync(snapshotPath(dir)))).toBe(true);
    await store.transact('alice', (tx) => tx.put('notes', note('n1')));
    await store.compact();
    expect(sealMatches(readFileSync(snapshotPath(dir)))).toBe(true);
  });

  it('opens a sealed snapshot without validating its records, but validates the journal records', async () => {
    const dir = await sealedWithJournal();
    const { config, checked } = countingConfig();
    const store = await Store.open({ dataDir: dir, config, idleCompactionMs: 0 });
    expect(ids(store)).toEqual(['n1', 'n2', 'n3', 'n4']);
    expect(checked()).toBe(1); // n4, from the journal
    expect([...store.lookup('noteByTag', 't')].sort()).toEqual(['n1', 'n2', 'n3', 'n4']);
    await store.close({ compact: false });
  });

  it('validates every record when the bytes changed after sealing (hand edit), and applies the schema', async () => {
    const dir = await sealedWithJournal();
    // Still valid, but no longer what the store wrote: tags is left to the schema's default.
    editSnapshot(dir, '{"id":"n1","title":"note n1","tags":["t"]}', '{"id":"n1","title":"edited by hand"}');
    expect(sealMatches(readFileSync(snapshotPath(dir)))).toBe(false);
    const { config, checked } = countingConfig();
    const store = await Store.open({ dataDir: dir, config, idleCompactionMs: 0 });
    expect(checked()).toBe(4);
    expect(store.get<Note>('notes', 'n1')).toEqual({ id: 'n1', title: 'edited by hand', tags: [] });
    // A compaction of an unsealed snapshot does not seal it: its records are not known to be schema output.
    await store.transact('alice', (tx) => tx.put('notes', note('n5')));
    await store.compact();
    expect(sealMatches(readFileSync(snapshotPath(dir)))).toBe(false);
    await store.close();
  });

  it('refuses (CORRUPT, files moved aside) a sealed snapshot whose bytes changed into an invalid record', async () => {
    const dir = await sealedWithJournal();
    editSnapshot(dir, '"title":"note n2"', '"title":""');
    const error = (await Store.open({ dataDir: dir, config: testConfig }).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('CORRUPT');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['collections', 'notes', 1, 'title'], id: 'n2' })]);
    expect(existsSync(snapshotPath(dir))).toBe(false);
    expect(existsSync(lockPath(dir))).toBe(false);
  });

  it('refuses a sealed snapshot whose seal itself was changed', async () => {
    const dir = await sealedWithJournal();
    const text = readFileSync(snapshotPath(dir), 'utf8');
    // Valid record change plus a made-up seal: not trusted, so the invalid record is found.
    writeFileSync(snapshotPath(dir), text.replace('"title":"note n2"', '"title":""').replace(/"sha256":"[0-9a-f]{64}"/, `"sha256":"${'0'.repeat(64)}"`));
    const error = (await Store.open({ dataDir: dir, config: testConfig }).catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('CORRUPT');
  });

  it('refuses a journal record that fails its schema even next to a sealed snapshot', async () => {
    const dir = await sealedWithJournal();
    // A whole, correctly checksummed line: only the schema can catch it.
    appendFileSync(journalPath(dir), encodeLine({ g: 2, s: 2, t: new Date().toISOString(), a: 'x', o: [{ put: 'notes', r: { id: 'bad', title: '' } as Note }] }));
    const error = (await Store.open({ dataDir: dir, config: testConfig }).catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('CORRUPT');
    expect(error.issues).toEqual([expect.objectContaining({ collection: 'notes', id: 'bad' })]);
  });

  it('a restore seals the new snapshot only if the backup was sealed', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.transact('alice', (tx) => tx.put('notes', note('n1', 'one', ['t'])));
    const sealed = await store.createBackup('manual');
    const hand = `${sealed.name.replace('-manual.json', '')}-hand.json`;
    const backups = `${dir}/backups`;
    writeFileSync(`${backups}/${hand}`, readFileSync(`${backups}/${sealed.name}`, 'utf8').replace('"title":"one"', '"title":"two"'));
    await store.restoreBackup(sealed.name);
    expect(sealMatches(readFileSync(snapshotPath(dir)))).toBe(true);
    await store.restoreBackup(hand);
    expect(store.get<Note>('notes', 'n1')?.title).toBe('two');
    expect(sealMatches(readFileSync(snapshotPath(dir)))).toBe(false);
    await store.close();
    const { config, checked } = countingConfig();
    const again = await Store.open({ dataDir: dir, config, idleCompactionMs: 0 });
    expect(checked()).toBe(1); // the restored, unsealed snapshot is validated record by record
    expect(again.get<Note>('notes', 'n1')?.title).toBe('two');
    await again.close();
  });
});

describe('the compaction worker writes the snapshot', () => {
  it('a failed temp write in the worker leaves the data intact; a later compaction succeeds', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.transact('alice', (tx) => tx.put('notes', note('n1')));
    // The worker cannot open a directory for writing (EISDIR): a real failure of its own write.
    mkdirSync(`${snapshotPath(dir)}.tmp`);
    await expect(store.compact()).rejects.toMatchObject({ kind: 'IO' });
    expect(existsSync(prevPath(dir))).toBe(true);
    expect(readJson(snapshotPath(dir))).toMatchObject({ generation: 1 });
    await store.transact('alice', (tx) => tx.put('notes', note('n2')));
    rmdirSync(`${snapshotPath(dir)}.tmp`);
    await store.compact();
    expect(existsSync(prevPath(dir))).toBe(false);
    expect(existsSync(`${snapshotPath(dir)}.tmp`)).toBe(false);
    await store.close();
    expect(ids(await openStore(dir))).toEqual(['n1', 'n2']);
  });
});

describe('close({ compact: false })', () => {
  it('leaves the journal for the next open and releases the lock', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.transact('alice', (tx) => tx.put('notes', note('n1')));
    const bytes = readFileSync(journalPath(dir));
    const snapshot = readFileSync(snapshotPath(dir));
    await store.close({ compact: false });
    expect(readFileSync(journalPath(dir))).toEqual(bytes);
    expect(readFileSync(snapshotPath(dir))).toEqual(snapshot);
    expect(existsSync(lockPath(dir))).toBe(false);
    const again = await openStore(dir);
    expect(ids(again)).toEqual(['n1']);
    expect(again.generation).toBe(1);
  });
});
