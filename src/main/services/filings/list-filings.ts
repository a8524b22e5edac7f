import { filingDeadlines } from '../../../shared/domain/deadlines-filing';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Filing } from '../../../shared/domain/model/filing';
import type { FilingListResult, FilingQuery, FilingRow } from '../../../shared/ipc/filing-schemas';
import type { Store } from '../../store';
import { IDX } from '../portfolio/indexes';
import { Pager } from '../portfolio/list-sort';
import { buildFilingEntry, entryMatches, filingNeedle, newestFirst, type FilingEntry } from './filing-entry';
import type { FilingIndex } from './filing-index';

function rowOf(store: Store, e: FilingEntry, now: Date): FilingRow {
  const f = e.filing;
  // The 管局 review ceiling depends on the province (Zhejiang 30 working days, T9).
  const province = (f.entityId ? store.get<Entity>('entities', f.entityId)?.region.province : undefined) ?? f.data.entity?.region?.province;
  const next = filingDeadlines(
    { operation: f.operation, state: f.state, createdAt: f.createdAt, updatedAt: f.updatedAt, history: f.history, ...(f.sms ? { sms: f.sms } : {}), ...(province ? { province } : {}) },
    now,
  )[0];
  return {
    id: f.id,
    operation: f.operation,
    state: f.state,
    entityName: e.name,
    targetsLabel: e.targetsLabel,
    updatedAt: f.updatedAt,
    ...(f.sms ? { sms: f.sms } : {}),
    ...(f.entityId ? { entityId: f.entityId } : {}),
    ...(f.providerId ? { providerId: f.providerId } : {}),
    ...(f.providerOrderNumber ? { providerOrderNumber: f.providerOrderNumber } : {}),
    ...(next ? { nextDeadline: { ...next, source: [...next.source] } } : {}),
  };
}

/** The orders of one entity, through the store index, newest first (a handful: sorted here). */
function ordersOf(store: Store, entityId: string, index: FilingIndex | undefined): FilingEntry[] {
  const entries = [...store.lookup(IDX.filingByEntity, entityId)].flatMap((id) => {
    if (index) return index.get(id) ?? [];
    const f = store.get<Filing>('filings', id);
    return f ? [buildFilingEntry(store, f)] : [];
  });
  return entries.sort(newestFirst);
}

/** Every order, newest first: the index's kept order, or (without an index) built and sorted here. */
function allOrders(store: Store, index: FilingIndex | undefined): readonly FilingEntry[] {
  if (index) return index.newestFirst();
  return [...store.list<Filing>('filings')].map((f) => buildFilingEntry(store, f)).sort(newestFirst);
}

/**
 * filing:list — newest change first, one page. With the index (FilingIndex, kept in step with every
 * commit) the whole list is one pass over entries already in order, a few ms at 15,000 orders;
 * without one (an export run once) the entries are built and sorted here. An entity's orders come
 * through the store index; the deadlines are computed for the page only.
 */
export function listFilings(store: Store, query: FilingQuery, now: Date, index?: FilingIndex): FilingListResult {
  const needle = filingNeedle(query.text);
  const live = index?.current();
  const source = query.entityId ? ordersOf(store, query.entityId, live) : allOrders(store, live);
  const pager = new Pager<FilingEntry>(query.offset, query.limit);
  for (let i = 0; i < source.length; i++) {
    const e = source[i] as FilingEntry;
    if (entryMatches(e, query, needle)) pager.add(e);
  }
  return { total: pager.total, rows: pager.rows.map((e) => rowOf(store, e, now)) };
}
