import { FiledState } from '../../../shared/domain/lifecycle-service';
import type { EntityListResult, EntityQuery, EntityRow } from '../../../shared/ipc/portfolio-schemas';
import type { Store } from '../../store';
import { refStatus, type EntityEntry } from './entries';
import { IDX } from './indexes';
import { hasAll, missingFrom, Pager, Walk } from './list-sort';
import type { PortfolioIndex } from './portfolio-index';
import { matchedField, parseTextQuery, type TextQuery } from './text-query';

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

const noNumber = (e: EntityEntry): boolean => e.icpSort === '';

/**
 * entity:list — one pass over the index in the order asked for (kept sorted, see Orders): text and
 * the facet filters first (they also feed the status-tab counts), then archive and status, then
 * the page. Default order: by name.
 */
export function listEntities(index: PortfolioIndex, store: Store, query: EntityQuery, now: Date): EntityListResult {
  const nowMs = now.getTime();
  const text = parseTextQuery(query.text);
  const exact = text?.icpKey ? entitiesWithNumber(store, text.icpKey) : undefined;
  // An ICP number the indexes do not know may still be recorded in a form that does not parse.
  const byIds = exact && exact.size > 0 ? exact : undefined;
  const counts = { all: 0, byStatus: zeroByState(), archived: 0 };
  const pager = new Pager<EntityEntry>(query.offset, query.limit);
  const sort = query.sort ?? { field: 'name', order: 'asc' };
  const list = index.entityOrders.by(sort.field);
  const walk = new Walk(list.length, sort.order, sort.field === 'icpNumber' ? missingFrom(list, noNumber) : undefined);
  const terms = byIds || !text ? undefined : text.terms;
  const { province, nature, provider, hasOpenFiling, hasOverdue, archived, status } = query;
  for (let k = 0; k < list.length; k++) {
    const e = list[walk.at(k)] as EntityEntry;
    if (byIds ? !byIds.has(e.id) : terms !== undefined && !hasAll(e.haystack, terms)) continue;
    if (province !== undefined && e.province !== province) continue;
    if (nature !== undefined && e.nature !== nature) continue;
    if (provider !== undefined && !e.providers.includes(provider)) continue;
    if (hasOpenFiling !== undefined && e.openFilingCount > 0 !== hasOpenFiling) continue;
    if (hasOverdue !== undefined && nowMs > e.firstDueMs !== hasOverdue) continue;
    if (e.archived) counts.archived++;
    else {
      counts.all++;
      counts.byStatus[e.status]++;
    }
    if (e.archived !== archived) continue;
    if (status !== undefined && e.status !== status) continue;
    pager.add(e);
  }
  return { total: pager.total, rows: pager.rows.map((e) => toRow(e, nowMs, text)), counts };
}
