import type { ServiceListResult, ServiceQuery, ServiceRow } from '../../../shared/ipc/portfolio-schemas';
import type { Store } from '../../store';
import type { ServiceEntry } from './entries';
import { IDX } from './indexes';
import { orderHits, page } from './list-sort';
import type { PortfolioIndex } from './portfolio-index';
import { matchesText, parseTextQuery } from './text-query';

function toRow(e: ServiceEntry): ServiceRow {
  const { service } = e;
  return {
    id: e.id,
    entityId: e.entityId,
    entityName: e.entityName,
    kind: e.kind,
    name: service.name,
    domainOrPackage: e.domainOrPackage,
    icpNumber: service.icpNumber,
    status: e.status,
    providers: [...e.providers],
    publicSecurityNumber: service.kind === 'website' ? service.publicSecurityNumber : undefined,
    updatedAt: service.updatedAt,
    archivedAt: service.archivedAt,
  };
}

const SORT_KEYS = {
  updatedAt: (e: ServiceEntry) => e.updatedMs,
  icpNumber: (e: ServiceEntry) => e.icpSort,
  entityName: (e: ServiceEntry) => e.entityName,
  kind: (e: ServiceEntry) => e.kind,
};

/**
 * service:list — the services of one entity come from the store index; otherwise one pass over
 * the service entries in name order (25,000 small entries), never over the service records.
 */
export function listServices(index: PortfolioIndex, store: Store, query: ServiceQuery): ServiceListResult {
  const text = parseTextQuery(query.text);
  const exact = text?.icpKey ? store.lookup(IDX.serviceByIcpNumber, text.icpKey) : undefined;
  const byIds = exact && exact.size > 0 ? exact : undefined;
  let pool: readonly ServiceEntry[];
  if (query.entityId !== undefined) {
    index.serviceOrder.ordered(); // refreshes the ranks that put the entity's services in name order
    pool = [...store.lookup(IDX.serviceByEntity, query.entityId)]
      .map((id) => index.services.get(id))
      .filter((e): e is ServiceEntry => e !== undefined)
      .sort((a, b) => a.rank - b.rank);
  } else {
    pool = index.serviceOrder.ordered();
  }
  const hits: ServiceEntry[] = [];
  for (const e of pool) {
    if (e.archived !== query.archived) continue;
    if (byIds ? !byIds.has(e.id) : text !== undefined && !matchesText(e.haystack, text)) continue;
    if (query.kind !== undefined && e.kind !== query.kind) continue;
    if (query.status !== undefined && e.status !== query.status) continue;
    if (query.provider !== undefined && !e.providers.includes(query.provider)) continue;
    hits.push(e);
  }
  orderHits(hits, query.sort, SORT_KEYS);
  return { total: hits.length, rows: page(hits, query.offset, query.limit).map(toRow) };
}
