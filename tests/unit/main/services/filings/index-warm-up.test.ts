import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeed } from '../../../../../scripts/seed/seed';
import { FilingIndex } from '../../../../../src/main/services/filings/filing-index';
import { listFilings } from '../../../../../src/main/services/filings/list-filings';
import { storeConfig } from '../../../../../src/main/services/store-config';
import { Store } from '../../../../../src/main/store';
import type { Entity } from '../../../../../src/shared/domain/model/entity';
import type { Filing } from '../../../../../src/shared/domain/model/filing';
import type { FilingQuery } from '../../../../../src/shared/ipc/filing-schemas';

/**
 * filing:list's index is built in slices after start (FilingIndex.warmUp, started from
 * app-services after the portfolio's): the first list after it answers from the entries built then,
 * with what the plain scan answers — commits made while it was being built included.
 */

const NOW = new Date('2026-11-20T00:00:00+08:00');
let dir = '';
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'icp-desk-filing-warm-up-'));
  await runSeed({ dataDir: dir, entities: 120, seed: 'filing-warm-up', force: false, journalTransactions: 10 });
  store = await Store.open({ dataDir: dir, config: storeConfig, idleCompactionMs: 0 });
}, 60_000);

afterAll(async () => {
  await store.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

const query = (q: Partial<FilingQuery> = {}): FilingQuery => ({ offset: 0, limit: 500, ...q });

describe('filing:list index warm-up', () => {
  it('builds in slices, follows commits made meanwhile, and the first list after it answers from the built entries as the plain scan does', async () => {
    const filings = [...store.list<Filing>('filings')];
    expect(filings.length).toBeGreaterThan(20);
    // The entities of the first and the last orders: one is built before the rename, one after.
    const renamed = [filings[0], filings.at(-1)].map((f) => f?.entityId).filter((id): id is string => !!id);
    expect(renamed).toHaveLength(2);

    let pauses = 0;
    const index = new FilingIndex(
      { store },
      {
        slice: 10,
        pause: async () => {
          pauses++;
          if (pauses !== 2) return;
          await store.transact('', (tx) => {
            for (const id of renamed) {
              const e = tx.get('entities', id) as Entity;
              tx.put('entities', { ...e, name: `暖启动改名${e.name}` });
            }
          });
        },
      },
    );
    await index.warmUp();
    expect(pauses).toBeGreaterThan(2);

    const built = [...index.newestFirst()];
    expect(built).toHaveLength(filings.length);
    // current() finds it built: the very entries of the warm-up, not a rebuild.
    const current = index.current().newestFirst();
    expect(current).toHaveLength(built.length);
    current.forEach((entry, i) => expect(entry).toBe(built[i]));

    for (const q of [query(), query({ text: '暖启动改名' }), query({ open: true }), query({ entityId: renamed[0] }), query({ offset: 7, limit: 5 })]) {
      expect(listFilings(store, q, NOW, index)).toEqual(listFilings(store, q, NOW));
    }
    expect(listFilings(store, query({ text: '暖启动改名' }), NOW, index).total).toBeGreaterThanOrEqual(2);
  });

  it('finishes the build on the spot when a list arrives before the warm-up ends', async () => {
    const index = new FilingIndex({ store }, { slice: 5, pause: () => new Promise<void>((resolve) => setTimeout(resolve, 5)) });
    const warming = index.warmUp();
    expect(listFilings(store, query(), NOW, index)).toEqual(listFilings(store, query(), NOW));
    await warming;
    expect(listFilings(store, query({ open: true }), NOW, index)).toEqual(listFilings(store, query({ open: true }), NOW));
  });
});
