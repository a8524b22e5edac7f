import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StoreError, type StoreIo } from '../../../../src/main/store';
import { errno, journalLines, journalPath, note, openStore, tempDir, type Note } from './helpers';

describe('commit', () => {
  it('creates a fresh store of generation 1 when the folder is empty', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    expect(store.report).toEqual({ droppedTornLine: false, generation: 1, createdFresh: true });
    expect(store.count('notes')).toBe(0);
    expect(statSync(journalPath(dir)).size).toBe(0);
  });

  it('acknowledges a commit only once it is in the journal, and it survives a reopen', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const value = await store.transact('alice', (tx) => {
      tx.put('notes', note('n1', 'first'));
      return 'returned';
    });
    expect(value).toBe('returned');
    expect(store.get<Note>('notes', 'n1')?.title).toBe('first');
    const lines = journalLines(dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ g: 1, s: 1, a: 'alice', o: [{ put: 'notes', r: { id: 'n1', title: 'first', tags: [] } }] });
    expect(lines[0]?.c).toMatch(/^[0-9a-f]{32}$/);

    // No close: the journal alone must bring the commit back (as after a crash).
    const copy = tempDir();
    for (const f of ['icp-desk.json', 'icp-desk.journal.jsonl']) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${copy}/${f}`, readFileSync(`${dir}/${f}`));
    }
    const reopened = await openStore(copy);
    expect(reopened.get<Note>('notes', 'n1')?.title).toBe('first');
  });

  it('lets a transaction see its own writes but not publish them before the commit', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.transact('alice', (tx) => {
      tx.put('notes', note('n1', 'draft'));
      expect(tx.get('notes', 'n1')).toMatchObject({ title: 'draft' });
      expect(store.get('notes', 'n1')).toBeUndefined();
      tx.delete('notes', 'n1');
      expect(tx.get('notes', 'n1')).toBeUndefined();
    });
    // Created and deleted in one transaction: nothing to write at all.
    expect(journalLines(dir)).toHaveLength(0);
  });

  it('writes history events into the same journal line as the change', async () => {
    const dir = tempDir();
    const store = await openStore(dir, { now: () => new Date('2025-01-02T03:04:05.000Z') });
    await store.transact('alice', (tx) => {
      tx.put('notes', note('n1'));
      tx.log({ action: 'note.create', target: { collection: 'notes', id: 'n1' }, summary: { 'zh-CN': '新建笔记', en: 'Note created' } });
    });
    const lines = journalLines(dir);
    expect(lines).toHaveLength(1);
    const ops = lines[0]?.o as { put: string; r: Record<string, unknown> }[];
    expect(ops.map((o) => o.put)).toEqual(['notes', 'events']);
    const event = ops[1]?.r;
    expect(event).toMatchObject({ at: '2025-01-02T03:04:05.000Z', actor: 'alice', action: 'note.create', target: { collection: 'notes', id: 'n1' } });
    expect(store.count('events')).toBe(1);
    expect([...store.list('events')][0]).toEqual(event);
  });

  it('refuses a record that fails its schema with zod paths, and writes nothing', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await store.transact('alice', (tx) => tx.put('notes', note('n1')));
    const before = readFileSync(journalPath(dir));
    const error = await store
      .transact('alice', (tx) => {
        tx.put('notes', note('n2', 'fine'));
        tx.put('notes', { id: 'n3', title: '', tags: [42] } as unknown as Note);
        tx.log({ action: 'note.create' });
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('VALIDATION');
    expect((error as StoreError).userMessage['zh-CN']).toMatch(/没有保存/);
    expect((error as StoreError).issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['title'], collection: 'notes', id: 'n3' }),
        expect.objectContaining({ path: ['tags', 0], collection: 'notes', id: 'n3' }),
      ]),
    );
    expect(readFileSync(journalPath(dir))).toEqual(before);
    expect(store.get('notes', 'n2')).toBeUndefined();
    expect(store.count('events')).toBe(0);
  });

  it('answers NOT_FOUND when deleting a record that does not exist, writing nothing', async () => {
    const store = await openStore(tempDir());
    await expect(store.transact('alice', (tx) => tx.delete('notes', 'nope'))).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    expect(store.journalBytes).toBe(0);
  });

  it('serializes concurrent commits: consecutive sequence numbers, every one applied', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    await Promise.all(Array.from({ length: 25 }, (_, i) => store.transact(`user${i}`, (tx) => tx.put('notes', note(`n${i}`)))));
    expect(store.count('notes')).toBe(25);
    expect(journalLines(dir).map((l) => l.s)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('rolls back a failed append (ENOSPC after a partial write): memory and disk as before, a later commit works', async () => {
    const dir = tempDir();
    let failNext = false;
    const io: Partial<StoreIo> = {
      write: async (fd, data, position, path) => {
        if (failNext && path.endsWith('.jsonl')) {
          failNext = false;
          // Half the line reaches the file, then the disk is full.
          const { writeSync } = await import('node:fs');
          writeSync(fd, data, 0, Math.floor(data.length / 2), position);
          throw errno('ENOSPC');
        }
        const { writeSync } = await import('node:fs');
        return writeSync(fd, data, 0, data.length, position);
      },
    };
    const store = await openStore(dir, { io });
    await store.transact('alice', (tx) => tx.put('notes', note('n1', 'kept', ['a'])));
    const diskBefore = readFileSync(journalPath(dir));
    const bytesBefore = store.journalBytes;

    failNext = true;
    const error = await store
      .transact('alice', (tx) => {
        tx.put('notes', note('n1', 'changed', ['b']));
        tx.put('notes', note('n2'));
        tx.log({ action: 'note.update' });
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('IO');
    expect((error as StoreError).userMessage.en).toMatch(/disk is full.*free/i);
    expect((error as StoreError).userMessage['zh-CN']).toMatch(/磁盘空间不足/);
    expect(readFileSync(journalPath(dir))).toEqual(diskBefore);
    expect(store.journalBytes).toBe(bytesBefore);
    expect(store.get<Note>('notes', 'n1')?.title).toBe('kept');
    expect(store.get('notes', 'n2')).toBeUndefined();
    expect(store.count('events')).toBe(0);
    expect(store.lookup('noteByTag', 'b').size).toBe(0);
    expect([...store.lookup('noteByTag', 'a')]).toEqual(['n1']);

    await store.transact('alice', (tx) => tx.put('notes', note('n3')));
    expect(journalLines(dir).map((l) => l.s)).toEqual([1, 2]);
    await store.close();
    const reopened = await openStore(dir);
    expect(reopened.report.droppedTornLine).toBe(false);
    expect([...reopened.list<Note>('notes')].map((n) => n.id).sort()).toEqual(['n1', 'n3']);
  });

  it('rolls back a failed fsync the same way', async () => {
    const dir = tempDir();
    let failNext = false;
    const io: Partial<StoreIo> = {
      fsync: async (fd, path) => {
        if (failNext && path.endsWith('.jsonl')) {
          failNext = false;
          throw errno('EIO');
        }
        const { fsyncSync } = await import('node:fs');
        fsyncSync(fd);
      },
    };
    const store = await openStore(dir, { io });
    failNext = true;
    await expect(store.transact('alice', (tx) => tx.put('notes', note('n1')))).rejects.toMatchObject({ kind: 'IO' });
    expect(readFileSync(journalPath(dir)).length).toBe(0);
    expect(store.count('notes')).toBe(0);
    await store.transact('alice', (tx) => tx.put('notes', note('n2')));
    expect(journalLines(dir)).toHaveLength(1);
  });

  it('refuses an asynchronous transaction function, writing nothing', async () => {
    const store = await openStore(tempDir());
    await expect(store.transact('alice', async (tx) => tx.put('notes', note('n1')))).rejects.toThrow(/synchronous/);
    expect(store.journalBytes).toBe(0);
    expect(store.count('notes')).toBe(0);
  });
});

describe('isolation', () => {
  it('keeps memory unchanged when a caller edits a record it read in a transaction that then fails', async () => {
    const store = await openStore(tempDir());
    await store.transact('alice', (tx) => tx.put('notes', note('n1', 'original', ['a'])));
    await expect(
      store.transact('alice', (tx) => {
        const n = tx.get('notes', 'n1') as Note;
        n.title = 'edited in place';
        n.tags.push('b');
        tx.put('notes', n);
        tx.put('notes', { id: 'bad', title: '' });
      }),
    ).rejects.toMatchObject({ kind: 'VALIDATION' });
    expect(store.get('notes', 'n1')).toEqual(note('n1', 'original', ['a']));
  });

  it('is not affected by the caller changing its object after the commit', async () => {
    const store = await openStore(tempDir());
    const mine = note('n1', 'mine', ['a']);
    await store.transact('alice', (tx) => tx.put('notes', mine));
    mine.tags.push('sneaky');
    expect(store.get<Note>('notes', 'n1')?.tags).toEqual(['a']);
  });
});
