import { open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Entity } from '../../src/shared/domain/model/entity';
import type { Store } from '../../src/main/store';
import { openKeepingJournal, scratchCopy, type BenchContext } from './context';
import { maxMs, reported, result, type BenchResult } from './result';
import { measure } from './stats';

const EDITS = 60;

/** One field of one entity, durably committed (a new mailing address each time, a different entity each time). */
function editOne(store: Store, ids: readonly string[], counter: { n: number }): Promise<void> {
  const id = ids[counter.n++ % ids.length] as string;
  return store.transact('bench', (tx) => {
    const entity = tx.get('entities', id) as Entity;
    tx.put('entities', { ...entity, mailingAddress: `${entity.certificateAddress}${counter.n}室` });
  });
}

/**
 * store.save-one-edit against an append + fsync of a line of the same size (what the journal
 * costs at the least), and the alternative the journal replaces: rewriting the whole file.
 */
export async function benchSave(ctx: BenchContext): Promise<BenchResult[]> {
  const scratch = await scratchCopy(ctx.dataDir);
  try {
    const { store, close } = await openKeepingJournal(scratch.dir);
    const ids = [...store.list<Entity>('entities')].map((e) => e.id).filter((_, i) => i % 97 === 0);
    const counter = { n: 0 };
    const before = store.journalBytes;
    await editOne(store, ids, counter);
    const lineBytes = store.journalBytes - before;

    const edits = await measure(() => editOne(store, ids, counter), { warmup: 5, runs: EDITS });

    const handle = await open(join(scratch.dir, 'floor.jsonl'), 'a+');
    const line = Buffer.alloc(lineBytes, 0x61);
    let position = 0;
    const floor = await measure(
      async () => {
        await handle.write(line, 0, line.length, position);
        await handle.sync();
        position += line.length;
      },
      { warmup: 5, runs: EDITS },
    );
    await handle.close();

    const names = ['settings', 'entities', 'people', 'services', 'accesses', 'filings', 'events'];
    const temp = join(scratch.dir, 'rewrite.json.tmp');
    const rewrite = await measure(
      async () => {
        const doc = { schemaVersion: 1, generation: store.generation, collections: Object.fromEntries(names.map((n) => [n, [...store.list(n)]])) };
        const bytes = Buffer.from(JSON.stringify(doc), 'utf8');
        const h = await open(temp, 'w');
        await h.writeFile(bytes);
        await h.sync();
        await h.close();
        await rename(temp, join(scratch.dir, 'rewrite.json'));
      },
      { warmup: 1, runs: 5, before: ctx.gc },
    );
    await close();
    return [
      result('store.save-one-edit', edits, maxMs(5), { floorSamples: floor, note: `journal line of ${lineBytes} bytes` }),
      result('store.rewrite-whole-file', rewrite, reported, { note: 'stringify + write + fsync + rename, main thread (what the journal avoids)' }),
    ];
  } finally {
    await scratch.remove();
  }
}
