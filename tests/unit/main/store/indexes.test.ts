import { describe, expect, it } from 'vitest';
import { note, openStore, tempDir } from './helpers';

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('indexes', () => {
  it('are updated by every commit, including a key that moves to another record', async () => {
    const store = await openStore(tempDir());
    await store.transact('alice', (tx) => {
      tx.put('notes', note('n1', 'alpha', ['ICP', 'todo']));
      tx.put('notes', note('n2', 'beta', ['icp']));
    });
    expect(sorted(store.lookup('noteByTag', 'icp'))).toEqual(['n1', 'n2']);
    expect(sorted(store.lookup('noteByTag', 'todo'))).toEqual(['n1']);
    expect(sorted(store.lookup('noteByTitle', 'alpha'))).toEqual(['n1']);

    await store.transact('alice', (tx) => tx.put('notes', note('n1', 'gamma', ['done'])));
    expect(sorted(store.lookup('noteByTag', 'icp'))).toEqual(['n2']);
    expect(store.lookup('noteByTag', 'todo').size).toBe(0);
    expect(sorted(store.lookup('noteByTag', 'done'))).toEqual(['n1']);
    expect(store.lookup('noteByTitle', 'alpha').size).toBe(0);
    expect(sorted(store.lookup('noteByTitle', 'gamma'))).toEqual(['n1']);
  });

  it('forget a deleted record', async () => {
    const store = await openStore(tempDir());
    await store.transact('alice', (tx) => tx.put('notes', note('n1', 'alpha', ['icp'])));
    await store.transact('alice', (tx) => tx.delete('notes', 'n1'));
    expect(store.lookup('noteByTag', 'icp').size).toBe(0);
    expect(store.lookup('noteByTitle', 'alpha').size).toBe(0);
  });

  it('answer an empty set for an unknown key', async () => {
    const store = await openStore(tempDir());
    expect(store.lookup('noteByTag', 'nothing').size).toBe(0);
  });

  it('are rebuilt on open from snapshot and journal', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.transact('alice', (tx) => tx.put('notes', note('n1', 'alpha', ['icp'])));
    await store.compact(); // n1 in the snapshot
    await store.transact('alice', (tx) => tx.put('notes', note('n2', 'beta', ['icp', 'new']))); // n2 in the journal
    await store.transact('alice', (tx) => tx.put('notes', note('n1', 'alpha', ['old'])));
    await store.close();
    const again = await openStore(dir);
    expect(sorted(again.lookup('noteByTag', 'icp'))).toEqual(['n2']);
    expect(sorted(again.lookup('noteByTag', 'old'))).toEqual(['n1']);
    expect(sorted(again.lookup('noteByTag', 'new'))).toEqual(['n2']);
  });

  it('stay as they were when a commit fails validation', async () => {
    const store = await openStore(tempDir());
    await store.transact('alice', (tx) => tx.put('notes', note('n1', 'alpha', ['icp'])));
    await expect(store.transact('alice', (tx) => tx.put('notes', { id: 'n1', title: '', tags: ['other'] }))).rejects.toMatchObject({ kind: 'VALIDATION' });
    expect(sorted(store.lookup('noteByTag', 'icp'))).toEqual(['n1']);
    expect(store.lookup('noteByTag', 'other').size).toBe(0);
  });
});
