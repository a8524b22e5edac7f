import { mkdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { text, type LocalizedText } from '../../src/shared/domain/finding';
import { FILING_EVENT_LABELS } from '../../src/shared/domain/lifecycle-filing-text';
import type { Entity } from '../../src/shared/domain/model/entity';
import type { Filing } from '../../src/shared/domain/model/filing';
import type { Service } from '../../src/shared/domain/model/service';
import { Store, type Tx } from '../../src/main/store';
import { dataFiles } from '../../src/main/store/paths';
import { storeConfig } from '../../src/main/services/store-config';
import { PortfolioGenerator, type Unit } from './generator';
import { planJournal } from './journal-plan';
import { rewindFiling } from './make-filings';
import { Rng } from './prng';
import { holdsData, lockedByOther, removeStoreData } from './store-files';
import { DAY, DEFAULT_BASE, MINUTE, beijingInstant, parseBase } from './time';

const settingsOf = (userName: string) => ({ id: 'app', language: 'zh-CN', theme: 'system', userName });

export interface SeedOptions {
  dataDir: string;
  entities: number;
  seed: string;
  force: boolean;
  /** The portfolio's "now" (ISO with offset); default DEFAULT_BASE. */
  base?: string;
  /** Transactions left in the journal; default min(1000, ⌈entities/10⌉). */
  journalTransactions?: number;
  /** Entities per bulk transaction. */
  batchSize?: number;
  log?: (line: string) => void;
}

export interface SeedSummary {
  dataDir: string;
  seed: string;
  counts: Record<string, number>;
  entitiesByState: Record<string, number>;
  entitiesByNature: Record<string, number>;
  provinces: number;
  servicesByKind: Record<string, number>;
  filingsByState: Record<string, number>;
  filingHistoryEvents: number;
  transactions: { bulk: number; journal: number };
  snapshotBytes: number;
  journalBytes: number;
  ms: number;
}

/** Refusals a user can act on (a directory with data, a directory in use). */
export class SeedRefused extends Error {}

export const DEFAULT_BATCH = 100;
export const defaultJournalTransactions = (entities: number): number => Math.min(1000, Math.ceil(entities / 10));

/** Writes one entity's records; each is validated by its collection schema at commit. */
function putUnit(tx: Tx, unit: Unit): void {
  tx.put('entities', unit.entity);
  for (const p of unit.people) tx.put('people', p);
  for (const s of unit.services) tx.put('services', s);
  for (const a of unit.accesses) tx.put('accesses', a);
  for (const f of unit.filings) tx.put('filings', f);
}

/**
 * Seeds a synthetic portfolio through the real store: the portfolio in batched transactions, folded
 * into the snapshot by a compaction, then the last hours of an agent's work — order events recorded,
 * a few new clients entered — one transaction each, left in the journal. Opening the data then
 * replays about 1,000 lines (about 3–4 MB, under the store's 4 MiB compaction threshold, so a journal
 * the app could really have), like a workstation after a day's work.
 */
export async function runSeed(options: SeedOptions): Promise<SeedSummary> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  const total = options.entities;
  if (!Number.isSafeInteger(total) || total < 1) throw new SeedRefused('--entities needs a positive whole number');
  const baseMs = parseBase(options.base ?? DEFAULT_BASE);
  await mkdir(dataDir, { recursive: true });
  if (await holdsData(dataDir)) {
    if (!options.force) throw new SeedRefused(`${dataDir} already holds ICP Desk data; pass --force to replace it (backups/ is kept)`);
    const pid = await lockedByOther(dataDir);
    if (pid !== undefined) throw new SeedRefused(`${dataDir} is open in another process (pid ${pid}); close it first`);
    await removeStoreData(dataDir);
  }

  const journalCount = Math.min(total, options.journalTransactions ?? defaultJournalTransactions(total));
  const plan = planJournal(options.seed, baseMs, total, journalCount);

  // The store's clock is the seed's: journal lines carry times derived from the base, not today.
  let clockMs = baseMs - 30 * DAY;
  const store = await Store.open({
    dataDir,
    config: storeConfig,
    now: () => new Date(clockMs),
    lockOwner: 'seed',
    // One compaction, at a moment of our choosing: none by size or idle time.
    compactThresholdBytes: Number.MAX_SAFE_INTEGER,
    idleCompactionMs: 0,
  });
  const generator = new PortfolioGenerator(options.seed, baseMs);
  const agent = generator.ctx.agent;
  const bulkCount = total - plan.newEntities;
  const batch = options.batchSize ?? DEFAULT_BATCH;
  const transactions = { bulk: 0, journal: 0 };
  const progress = (done: number) => {
    if (done % 1000 === 0 || done === total) log(`  ${done}/${total} entities (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  };
  const recorded = new Map(plan.events.map((e) => [`${e.unit}/${e.filing}`, e]));
  const finals = new Map<string, { filing: Filing; entityName: string }>();
  let kept = false;
  try {
    for (let i = 0; i < bulkCount; ) {
      const units: Unit[] = [];
      const first = i === 0;
      for (const end = Math.min(bulkCount, i + batch); i < end; i++) {
        const unit = generator.unit(i);
        // Orders whose last event the agent records in the journal are stored one event earlier.
        unit.filings = unit.filings.map((f, k) => {
          if (!recorded.has(`${i}/${k}`)) return f;
          finals.set(`${i}/${k}`, { filing: f, entityName: unit.entity.name });
          return rewindFiling(f);
        });
        units.push(unit);
      }
      clockMs += MINUTE;
      await store.transact(agent, (tx) => {
        if (first) tx.put('settings', settingsOf(agent));
        for (const unit of units) putUnit(tx, unit);
      });
      transactions.bulk++;
      for (let k = i - units.length + 1; k <= i; k++) progress(k);
    }
    if (bulkCount > 0) await store.compact();

    // The journal: the day's work in time order, one transaction per action, each with its history event.
    const ids = new Rng(`${options.seed}#events`);
    const event = (action: string, collection: string, id: string, summary: LocalizedText) => ({ id: ids.uuid(), at: beijingInstant(clockMs), actor: agent, action, target: { collection, id }, summary });
    let nextEvent = 0;
    let nextEntity = 0;
    while (nextEvent < plan.events.length || nextEntity < plan.newEntities) {
      const e = plan.events[nextEvent];
      const entityAt = plan.newEntityTimes[nextEntity];
      if (e && (entityAt === undefined || e.atMs <= entityAt)) {
        nextEvent++;
        const final = finals.get(`${e.unit}/${e.filing}`);
        if (!final) throw new Error(`seed: no recorded filing for ${e.unit}/${e.filing}`);
        const last = final.filing.history.at(-1);
        const label = last ? FILING_EVENT_LABELS[last.event] : text('更新', 'updated');
        clockMs = e.atMs;
        await store.transact(agent, (tx) => {
          tx.put('filings', final.filing);
          // tx.log would mint a random id; the seed's output must be identical for a given seed.
          tx.put('events', event('filing.event-recorded', 'filings', final.filing.id, text(`${final.entityName}：${label['zh-CN']}`, `${final.entityName}: ${label.en}`)));
        });
      } else if (entityAt !== undefined) {
        const i = bulkCount + nextEntity;
        nextEntity++;
        const unit = generator.unit(i);
        clockMs = entityAt;
        const name = unit.entity.name;
        await store.transact(agent, (tx) => {
          if (i === 0) tx.put('settings', settingsOf(agent));
          putUnit(tx, unit);
          tx.put('events', event('entity.created', 'entities', unit.entity.id, text(`新增主体：${name}`, `Entity added: ${name}`)));
        });
        progress(i + 1);
      }
      transactions.journal++;
    }
    const summary = summarize(store, dataDir, options.seed, transactions, started);
    summary.snapshotBytes = (await stat(dataFiles(dataDir).snapshot)).size;
    summary.journalBytes = store.journalBytes;
    // The journal stays as committed, for the next open to replay.
    await store.close({ compact: false });
    kept = true;
    summary.ms = Math.round(performance.now() - started);
    return summary;
  } finally {
    // On failure, close normally: whatever was committed is folded and the lock released.
    if (!kept) await store.close().catch(() => undefined);
  }
}

function tally<T>(items: Iterable<T>, key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

function summarize(store: Store, dataDir: string, seed: string, transactions: SeedSummary['transactions'], started: number): SeedSummary {
  const entities = [...store.list<Entity>('entities')];
  const filings = [...store.list<Filing>('filings')];
  const counts = Object.fromEntries(['entities', 'people', 'services', 'accesses', 'filings', 'events'].map((c) => [c, store.count(c)]));
  return {
    dataDir,
    seed,
    counts,
    entitiesByState: tally(entities, (e) => e.lifecycle.state),
    entitiesByNature: tally(entities, (e) => e.nature),
    provinces: new Set(entities.map((e) => e.region.province)).size,
    servicesByKind: tally(store.list<Service>('services'), (s) => s.kind),
    filingsByState: tally(filings, (f) => (f.state === 'SMS_VERIFICATION' ? `SMS_VERIFICATION:${f.sms ?? 'waiting'}` : f.state)),
    filingHistoryEvents: filings.reduce((n, f) => n + f.history.length, 0),
    transactions,
    snapshotBytes: 0,
    journalBytes: 0,
    ms: Math.round(performance.now() - started),
  };
}
