import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeConfig } from '../../../src/main/services/store-config';
import { Store } from '../../../src/main/store';
import { parseIcpNumber } from '../../../src/shared/domain/icp-number';
import { applyFilingEvent, newFilingLifecycle } from '../../../src/shared/domain/lifecycle-filing';
import { FilingState } from '../../../src/shared/domain/lifecycle-filing-types';
import { FiledState } from '../../../src/shared/domain/lifecycle-service';
import type { Entity } from '../../../src/shared/domain/model/entity';
import type { Filing } from '../../../src/shared/domain/model/filing';
import type { Person } from '../../../src/shared/domain/model/person';
import type { Service } from '../../../src/shared/domain/model/service';
import { ENTITY_NATURE_IDS } from '../../../src/shared/domain/natures';
import { PROVINCES } from '../../../src/shared/domain/provinces';
import { checkResidentId, checkServiceNumber, checkUscc } from '../../../src/shared/domain/validators';
import { runSeed, SeedRefused, type SeedSummary } from '../../../scripts/seed/seed';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'icp-desk-seed-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const files = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
const AS_OF = new Date('2026-11-01T00:00:00+08:00');

/** Opens a seeded directory the way the app does: every record is validated by its schema. */
async function load(dir: string) {
  const store = await Store.open({ dataDir: dir, config: storeConfig, idleCompactionMs: 0 });
  try {
    return {
      report: store.report,
      entities: [...store.list<Entity>('entities')],
      people: [...store.list<Person>('people')],
      services: [...store.list<Service>('services')],
      filings: [...store.list<Filing>('filings')],
      accesses: store.count('accesses'),
      events: store.count('events'),
    };
  } finally {
    await store.close();
  }
}

describe('seed generator (30 entities)', () => {
  it('is deterministic: the same seed writes the same files byte for byte', async () => {
    const a = tempDir();
    const b = tempDir();
    await runSeed({ dataDir: a, entities: 30, seed: 'same', force: false });
    await runSeed({ dataDir: b, entities: 30, seed: 'same', force: false });
    const fa = files(a);
    expect(Object.keys(fa).sort()).toEqual(['icp-desk.journal.jsonl', 'icp-desk.json']);
    expect(fa).toEqual(files(b));
  });

  it('gives a different portfolio for another seed', async () => {
    const a = tempDir();
    const b = tempDir();
    await runSeed({ dataDir: a, entities: 30, seed: 'one', force: false });
    await runSeed({ dataDir: b, entities: 30, seed: 'two', force: false });
    expect(files(a)['icp-desk.json']).not.toEqual(files(b)['icp-desk.json']);
  });

  it('leaves the last transactions in the journal: one line each, replayed at open', async () => {
    const dir = tempDir();
    const summary = await runSeed({ dataDir: dir, entities: 30, seed: 'journal', force: false, journalTransactions: 12 });
    const lines = readFileSync(join(dir, 'icp-desk.journal.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(12);
    expect(summary.transactions.journal).toBe(12);
    // Each journal transaction writes its history event with the change.
    expect(lines.every((l) => l.includes('"put":"events"'))).toBe(true);
    const loaded = await load(dir);
    expect(loaded.entities).toHaveLength(30);
    expect(loaded.events).toBe(12);
  });

  it('refuses a directory that already holds data unless forced, and then replaces it', async () => {
    const dir = tempDir();
    await runSeed({ dataDir: dir, entities: 30, seed: 'first', force: false });
    await expect(runSeed({ dataDir: dir, entities: 30, seed: 'second', force: false })).rejects.toBeInstanceOf(SeedRefused);
    await runSeed({ dataDir: dir, entities: 30, seed: 'second', force: true });
    const fresh = tempDir();
    await runSeed({ dataDir: fresh, entities: 30, seed: 'second', force: false });
    expect(files(dir)).toEqual(files(fresh));
  });

  it('refuses a lone journal too (data without its snapshot is still data)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'icp-desk.journal.jsonl'), '');
    await expect(runSeed({ dataDir: dir, entities: 5, seed: 'x', force: false })).rejects.toBeInstanceOf(SeedRefused);
  });
});

describe('seed generator (200 entities)', () => {
  let dir: string;
  let summary: SeedSummary;
  let loaded: Awaited<ReturnType<typeof load>>;

  beforeAll(async () => {
    dir = tempDir();
    summary = await runSeed({ dataDir: dir, entities: 200, seed: 'coverage', force: false });
    loaded = await load(dir);
  });

  it('writes a portfolio of the intended shape: 1–5 services and about 1.5 orders per entity', () => {
    expect(loaded.report.droppedTornLine).toBe(false);
    expect(loaded.entities).toHaveLength(200);
    const perEntity = new Map<string, number>();
    for (const s of loaded.services) perEntity.set(s.entityId, (perEntity.get(s.entityId) ?? 0) + 1);
    expect(perEntity.size).toBe(200);
    expect(Math.min(...perEntity.values())).toBeGreaterThanOrEqual(1);
    expect(Math.max(...perEntity.values())).toBeLessThanOrEqual(5);
    expect(loaded.filings.length / 200).toBeGreaterThan(1.2);
    expect(loaded.filings.length / 200).toBeLessThan(1.9);
    expect(loaded.accesses).toBeGreaterThanOrEqual(loaded.services.length);
    expect(summary.transactions.journal).toBe(20);
  });

  it('covers every province, every nature, every entity and service state and every order state', () => {
    expect(new Set(loaded.entities.map((e) => e.region.province))).toEqual(new Set(PROVINCES.map((p) => p.gbCode)));
    expect(new Set(loaded.entities.map((e) => e.nature))).toEqual(new Set(ENTITY_NATURE_IDS));
    expect(new Set(loaded.entities.map((e) => e.lifecycle.state))).toEqual(new Set(FiledState.options));
    expect(new Set(loaded.filings.map((f) => f.state))).toEqual(new Set(FilingState.options));
    expect(new Set(loaded.filings.filter((f) => f.state === 'SMS_VERIFICATION').map((f) => f.sms))).toEqual(new Set(['waiting', 'timed-out']));
    expect(new Set(loaded.services.map((s) => s.kind))).toEqual(new Set(['website', 'app', 'mini-program', 'quick-app']));
  });

  it('writes checksummed certificate numbers: every USCC and resident ID passes its validator', () => {
    const usccs = loaded.entities.filter((e) => e.certificateNumber.length === 18 && e.nature !== 'individual').map((e) => e.certificateNumber);
    expect(usccs.length).toBeGreaterThan(100);
    for (const code of usccs) expect(checkUscc(code).filter((f) => f.severity === 'error'), code).toEqual([]);
    const ids = loaded.people.filter((p) => p.certificateType === 'resident-id').map((p) => p.certificateNumber);
    for (const id of ids) expect(checkResidentId(id, AS_OF), id).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('numbers services under their entity number with the suffix of their kind', () => {
    const entityById = new Map(loaded.entities.map((e) => [e.id, e]));
    let numbered = 0;
    for (const s of loaded.services) {
      const entity = entityById.get(s.entityId);
      expect(entity).toBeDefined();
      if (!s.icpNumber) {
        expect(s.lifecycle.state).toBe('UNFILED');
        continue;
      }
      numbered++;
      expect(checkServiceNumber(s.icpNumber, entity?.icpNumber ?? '', s.kind), s.icpNumber).toEqual([]);
    }
    expect(numbered).toBeGreaterThan(300);
    for (const e of loaded.entities) {
      if (e.lifecycle.state === 'UNFILED') expect(e.icpNumber).toBeUndefined();
      else expect(parseIcpNumber(e.icpNumber ?? '')?.serviceSeq, e.icpNumber).toBeUndefined();
    }
  });

  it('stores order histories the state machine itself produces', () => {
    for (const f of loaded.filings) {
      let lifecycle = newFilingLifecycle(f.operation, f.createdAt);
      for (const h of f.history) {
        const result = applyFilingEvent(lifecycle, h.event, h.at);
        expect(result.ok, `${f.id} ${h.event}`).toBe(true);
        if (result.ok) lifecycle = result.state;
      }
      expect(lifecycle.state).toBe(f.state);
      expect(lifecycle.sms).toBe(f.sms);
    }
  });

  it('references only stored people, and shares some leaders between entities', () => {
    const people = new Set(loaded.people.map((p) => p.id));
    for (const e of loaded.entities) expect(people.has(e.leaderId)).toBe(true);
    for (const s of loaded.services) expect(people.has(s.leaderId)).toBe(true);
    const leaders = loaded.entities.map((e) => e.leaderId);
    expect(new Set(leaders).size).toBeLessThan(leaders.length);
  });

  it('dates nothing after the base instant', () => {
    const base = Date.parse('2026-11-01T00:00:00+08:00');
    for (const r of [...loaded.entities, ...loaded.services, ...loaded.filings, ...loaded.people]) expect(Date.parse(r.updatedAt)).toBeLessThanOrEqual(base);
  });
});
