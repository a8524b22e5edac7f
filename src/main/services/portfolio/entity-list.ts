import { FiledState } from '../../../shared/domain/lifecycle-service';
import type { EntityListResult, EntityQuery, EntityRow } from '../../../shared/ipc/portfolio-schemas';
import type { Store } from '../../store';
import { refStatus, type EntityEntry } from './entries';
import { IDX } from './indexes';
import { orderHits, page } from './list-sort';
import type { PortfolioIndex } from './portfolio-index';
import { matchedField, matchesText, parseTextQuery, type TextQuery } from './text-query';

export const zeroByState = (): Record<FiledState, number> =>
  Object.fromEntries(FiledState.options.map((s) => [s, 0])) as Record<FiledState, number>;

/** Entities holding an ICP number (their own or one of their services'), through the store indexes. */
function entitiesWithNumber(store: Store, key: string): Set<string> {
  const ids = new Set(store.lookup(IDX.entityByIcpNumber, key));
  for (const serviceId of store.lookup(IDX.serviceByIcpNumber, key)) {
    const entityId = store.get<{ id: string; entityId: string }>('services', serviceId)?.entityId;
    if (entityId) ids.add(entityId);
  }
  return ids;
}

const overdueCount = (e: EntityEntry, nowMs: number): number => {
  let n = 0;
  for (const d of e.deadlines) if (nowMs > d.dueMs) n++;
  return n;
};

const dueSoonCount = (e: EntityEntry, nowMs: number): number => e.deadlines.filter((d) => refStatus(d, nowMs) === 'due-soon').length;

function toRow(e: EntityEntry, nowMs: number, text: TextQuery | undefined): EntityRow {
  const { entity } = e;
  return {
    id: e.id,
    name: entity.name,
    nature: entity.nature,
    province: e.province,
    certificateNumber: entity.certificateNumber,
    icpNumber: entity.icpNumber,
    status: e.status,
    markers: entity.lifecycle.markers,
    serviceCount: e.archived ? e.serviceIds.length : e.activeServiceCount,
    providers: [...e.providers],
    openFilingId: e.openFilingId,
    overdueCount: overdueCount(e, nowMs),
    dueSoonCount: dueSoonCount(e, nowMs),
    updatedAt: entity.updatedAt,
    archivedAt: entity.archivedAt,
    matched: text ? matchedField(e.fields, text) : undefined,
  };
}

const SORT_KEYS = {
  updatedAt: (e: EntityEntry) => e.updatedMs,
  province: (e: EntityEntry) => e.provinceOrder,
  icpNumber: (e: EntityEntry) => e.icpSort,
};

/**
 * entity:list — one pass over the index in name order: text and the facet filters first (they
 * also feed the status-tab counts), then archive and status, then sort and page.
 */
export function listEntities(index: PortfolioIndex, store: Store, query: EntityQuery, now: Date): EntityListResult {
  const nowMs = now.getTime();
  const text = parseTextQuery(query.text);
  const exact = text?.icpKey ? entitiesWithNumber(store, text.icpKey) : undefined;
  // An ICP number the indexes do not know may still be recorded in a form that does not parse.
  const byIds = exact && exact.size > 0 ? exact : undefined;
  const counts = { all: 0, byStatus: zeroByState(), archived: 0 };
  const hits: EntityEntry[] = [];
  for (const e of index.entityOrder.ordered()) {
    if (byIds ? !byIds.has(e.id) : text !== undefined && !matchesText(e.haystack, text)) continue;
    if (query.province !== undefined && e.province !== query.province) continue;
    if (query.nature !== undefined && e.entity.nature !== query.nature) continue;
    if (query.provider !== undefined && !e.providers.includes(query.provider)) continue;
    if (query.hasOpenFiling !== undefined && e.openFilingCount > 0 !== query.hasOpenFiling) continue;
    if (query.hasOverdue !== undefined && (e.deadlines[0] !== undefined && nowMs > e.deadlines[0].dueMs) !== query.hasOverdue) continue;
    if (e.archived) counts.archived++;
    else {
      counts.all++;
      counts.byStatus[e.status]++;
    }
    if (e.archived !== query.archived) continue;
    if (query.status !== undefined && e.status !== query.status) continue;
    hits.push(e);
  }
  orderHits(hits, query.sort, SORT_KEYS);
  return { total: hits.length, rows: page(hits, query.offset, query.limit).map((e) => toRow(e, nowMs, text)), counts };
}
