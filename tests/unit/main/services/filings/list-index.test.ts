import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeed } from '../../../../../scripts/seed/seed';
import { FilingService } from '../../../../../src/main/services/filings';
import { listFilings } from '../../../../../src/main/services/filings/list-filings';
import { PortfolioServices } from '../../../../../src/main/services/portfolio';
import { storeConfig } from '../../../../../src/main/services/store-config';
import { Store } from '../../../../../src/main/store';
import { FilingState } from '../../../../../src/shared/domain/lifecycle-filing-types';
import type { Entity } from '../../../../../src/shared/domain/model/entity';
import type { Filing } from '../../../../../src/shared/domain/model/filing';
import type { Service } from '../../../../../src/shared/domain/model/service';
import { OperationId } from '../../../../../src/shared/domain/operations';
import type { FilingQuery } from '../../../../../src/shared/ipc/filing-schemas';
import { referenceListFilings } from './list-reference';

/**
 * filing:list answers through FilingIndex (kept in step with every commit); its rows, their order
 * and the totals must be exactly what the plain scan it replaced answers, for any query, before and
 * after orders are created, moved on, deleted, and their entities and services renamed.
 */

const BASE = new Date('2026-11-01T00:00:00+08:00');
let dir = '';
let store: Store;
let filings: FilingService;
let ticks = 0;
// Strictly increasing, after everything the seed wrote: events recorded "now" are in order.
const clock = (): Date => new Date(BASE.getTime() + 1000 * ++ticks);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'icp-desk-filing-index-'));
  await runSeed({ dataDir: dir, entities: 160, seed: 'filing-index', force: false, journalTransactions: 20 });
  store = await Store.open({ dataDir: dir, config: storeConfig, idleCompactionMs: 0, now: clock });
  filings = new FilingService(new PortfolioServices({ store }, { now: clock }));
}, 60_000);

afterAll(async () => {
  await store.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

const allFilings = (): Filing[] => [...store.list<Filing>('filings')];

/** Substrings of what the list searches (and a few things it does not), as a user might type them. */
function textArb(): fc.Arbitrary<string> {
  const values = allFilings().flatMap((f) => {
    const e = f.entityId ? store.get<Entity>('entities', f.entityId) : undefined;
    const targets = f.targetServiceIds.map((id) => store.get<Service>('services', id)).flatMap((s) => (s ? [s.kind === 'website' ? s.domain : s.name] : []));
    return [e?.name, f.data.entity?.name, f.providerOrderNumber, f.data.entity?.certificateNumber, ...targets].filter((v): v is string => !!v);
  });
  const fragment = fc
    .tuple(fc.constantFrom(...values), fc.nat(), fc.integer({ min: 1, max: 12 }))
    .map(([v, start, length]) => v.slice(start % v.length, (start % v.length) + length));
  const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return fc.oneof(
    fragment,
    fragment.map((s) => s.toUpperCase()),
    fragment.map(fullWidth),
    fragment.map((s) => `  ${s}\u3000`),
    fc.constantFrom('', '   ', '科技', '有限公司', '.cn', '-', 'zzz-none', '\u3000'),
    fc.string({ maxLength: 4 }),
  );
}

function queryArb(): fc.Arbitrary<FilingQuery> {
  const entityIds = [...new Set(allFilings().flatMap((f) => (f.entityId ? [f.entityId] : [])))];
  return fc.record(
    {
      text: textArb(),
      state: fc.constantFrom(...FilingState.options),
      operation: fc.constantFrom(...OperationId.options),
      entityId: fc.constantFrom(...entityIds, 'no-such-entity'),
      open: fc.boolean(),
      offset: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 300 })),
      limit: fc.oneof(fc.constant(50), fc.integer({ min: 1, max: 500 })),
    },
    { requiredKeys: ['offset', 'limit'] },
  );
}

/** Through the index (filing:list), and without one (exports): both as the plain scan answers. */
const expectSameAnswer = (query: FilingQuery): void => {
  const now = clock();
  const expected = referenceListFilings(store, query, now);
  expect(filings.list(query)).toEqual(expected);
  expect(listFilings(store, query, now)).toEqual(expected);
};

/** What changes the list: an order created, moved on or deleted; an entity or a service renamed. */
type Change =
  | { kind: 'create'; entity: number }
  | { kind: 'event'; filing: number; event: number }
  | { kind: 'delete'; filing: number }
  | { kind: 'rename-entity'; entity: number; name: string }
  | { kind: 'rename-service'; filing: number; domain: string };

/** Changes that were carried out (the lifecycle may refuse some), by kind. */
const done: Record<Change['kind'], number> = { create: 0, event: 0, delete: 0, 'rename-entity': 0, 'rename-service': 0 };

const pick = <T,>(items: readonly T[], n: number): T | undefined => (items.length > 0 ? items[n % items.length] : undefined);

async function apply(change: Change): Promise<void> {
  const now = clock().toISOString();
  const orders = allFilings();
  try {
    if (change.kind === 'create') {
      const entity = pick([...store.list<Entity>('entities')], change.entity);
      if (change.entity % 2 === 0 || !entity) await filings.create({ operation: 'initial' });
      else await filings.create({ operation: 'modify', entityId: entity.id });
      done.create++;
    } else if (change.kind === 'event') {
      const f = pick(orders.filter((o) => !o.archivedAt), change.filing);
      if (!f) return;
      const event = pick(filings.get(f.id).allowedEvents, change.event);
      if (!event) return;
      await filings.recordEvent({ id: f.id, event, at: now, ...(event === 'provider-approve' ? { providerOrderNumber: `ORD-${change.event}` } : {}) });
      done.event++;
    } else if (change.kind === 'delete') {
      const f = pick(orders.filter((o) => o.state === 'DRAFT' || o.state === 'ABANDONED'), change.filing);
      if (!f) return;
      await filings.deleteDraft(f.id);
      done.delete++;
    } else if (change.kind === 'rename-entity') {
      const e = pick([...store.list<Entity>('entities')], change.entity);
      if (!e) return;
      await store.transact('', (tx) => tx.put('entities', { ...e, name: change.name, updatedAt: now }));
      done['rename-entity']++;
    } else {
      const f = pick(orders.filter((o) => o.targetServiceIds.length > 0), change.filing);
      const s = f ? store.get<Service>('services', f.targetServiceIds[0] ?? '') : undefined;
      if (s?.kind !== 'website') return;
      await store.transact('', (tx) => tx.put('services', { ...s, domain: change.domain, updatedAt: now }));
      done['rename-service']++;
    }
  } catch (error) {
    // The lifecycle or a rule may refuse a change (e.g. an event needing more data): nothing was written.
    if (!(error instanceof Error) || !('code' in error)) throw error;
  }
}

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), entity: fc.nat() }),
  fc.record({ kind: fc.constant('event' as const), filing: fc.nat(), event: fc.nat() }),
  fc.record({ kind: fc.constant('event' as const), filing: fc.nat(), event: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), filing: fc.nat() }),
  fc.record({ kind: fc.constant('rename-entity' as const), entity: fc.nat(), name: fc.constantFrom('改名科技有限公司', 'Renamed Widgets Ltd', '新名字工作室') }),
  fc.record({ kind: fc.constant('rename-service' as const), filing: fc.nat(), domain: fc.constantFrom('renamed.example.cn', 'another-site.cn') }),
);

describe('filing:list through its search index', () => {
  it('has a few hundred generated orders to search', () => {
    expect(allFilings().length).toBeGreaterThan(200);
  });

  it('answers every query exactly as the plain scan: rows, order and total', () => {
    fc.assert(fc.property(queryArb(), (query) => expectSameAnswer(query)), { numRuns: 400 });
  });

  it('stays exact after commits: orders created, moved on and deleted, entities and services renamed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(changeArb, { minLength: 1, maxLength: 6 }), fc.array(queryArb(), { minLength: 5, maxLength: 15 }), async (changes, queries) => {
        for (const change of changes) await apply(change);
        for (const query of queries) expectSameAnswer(query);
      }),
      { numRuns: 40 },
    );
    // Every kind of change really happened (about 140 were drawn, a sixth of each kind).
    for (const count of Object.values(done)) expect(count).toBeGreaterThan(0);
    expectSameAnswer({ offset: 0, limit: 500 });
  }, 120_000);

  it('follows a restored backup: an order created after the backup is gone from the list', async () => {
    const backup = await store.createBackup('filing-index-test');
    const { filing } = await filings.create({ operation: 'initial' });
    expect(filings.list({ offset: 0, limit: 1 }).rows[0]?.id).toBe(filing.id);
    await store.restoreBackup(backup.name);
    expect(filings.list({ offset: 0, limit: 500 }).rows.map((r) => r.id)).not.toContain(filing.id);
    expectSameAnswer({ offset: 0, limit: 500 });
  });
});
