/**
 * filing:list as it was before the search index (commit 25b26a6), kept verbatim as the oracle the
 * indexed answer is compared with: a scan of every order, matched and sorted per query.
 */
import { filingDeadlines } from '../../../../../src/shared/domain/deadlines-filing';
import { FILING_TERMINAL_STATES } from '../../../../../src/shared/domain/lifecycle-filing';
import type { Entity } from '../../../../../src/shared/domain/model/entity';
import type { Filing } from '../../../../../src/shared/domain/model/filing';
import type { Service } from '../../../../../src/shared/domain/model/service';
import type { FilingListResult, FilingQuery, FilingRow } from '../../../../../src/shared/ipc/filing-schemas';
import type { Store } from '../../../../../src/main/store';
import { IDX } from '../../../../../src/main/services/portfolio/indexes';
import { searchNorm } from '../../../../../src/main/services/portfolio/keys';
import { serviceLabel } from '../../../../../src/main/services/filings/drafts';

const entityNameOf = (store: Store, f: Filing): string =>
  (f.entityId ? store.get<Entity>('entities', f.entityId)?.name : undefined) ?? f.data.entity?.name?.trim() ?? '';

/** The stored targets, else the services typed in the order (a new site has no stored record yet). */
function targetsLabelOf(store: Store, f: Filing): string {
  const stored = f.targetServiceIds.flatMap((id) => {
    const s = store.get<Service>('services', id);
    return s ? [serviceLabel(s)] : [];
  });
  const names = stored.length > 0 ? stored : (f.data.services ?? []).map(serviceLabel);
  return names.filter((n) => n !== '').join('、');
}

function matches(store: Store, f: Filing, query: FilingQuery, needle: string | undefined): boolean {
  if (f.archivedAt) return false;
  if (query.state && f.state !== query.state) return false;
  if (query.operation && f.operation !== query.operation) return false;
  if (query.open !== undefined && query.open === FILING_TERMINAL_STATES.includes(f.state)) return false;
  if (!needle) return true;
  const hay = [entityNameOf(store, f), targetsLabelOf(store, f), f.providerOrderNumber ?? '', f.data.entity?.certificateNumber ?? ''];
  return hay.some((h) => searchNorm(h).includes(needle));
}

function rowOf(store: Store, f: Filing, now: Date): FilingRow {
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
    entityName: entityNameOf(store, f),
    targetsLabel: targetsLabelOf(store, f),
    updatedAt: f.updatedAt,
    ...(f.sms ? { sms: f.sms } : {}),
    ...(f.entityId ? { entityId: f.entityId } : {}),
    ...(f.providerId ? { providerId: f.providerId } : {}),
    ...(f.providerOrderNumber ? { providerOrderNumber: f.providerOrderNumber } : {}),
    ...(next ? { nextDeadline: { ...next, source: [...next.source] } } : {}),
  };
}

/**
 * filing:list — newest change first, one page. An entity's orders come through the index; the whole
 * list is a scan of the filings in memory (15,000 at the measured size, architecture §4), and the
 * deadlines are computed for the page only.
 */
export function referenceListFilings(store: Store, query: FilingQuery, now: Date): FilingListResult {
  const needle = query.text?.trim() ? searchNorm(query.text.trim()) : undefined;
  const source: Iterable<Filing> = query.entityId
    ? [...store.lookup(IDX.filingByEntity, query.entityId)].flatMap((id) => {
        const f = store.get<Filing>('filings', id);
        return f ? [f] : [];
      })
    : store.list<Filing>('filings');
  const hits: Filing[] = [];
  for (const f of source) if (matches(store, f, query, needle)) hits.push(f);
  hits.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1));
  return { total: hits.length, rows: hits.slice(query.offset, query.offset + query.limit).map((f) => rowOf(store, f, now)) };
}
