import type { ServiceListResult, ServiceQuery, ServiceRow } from '../../../shared/ipc/portfolio-schemas';
import type { Store } from '../../store';
import type { ServiceEntry } from './entries';
import { IDX } from './indexes';
import { hasAll, missingFrom, Pager, Walk } from './list-sort';
import type { PortfolioIndex } from './portfolio-index';
import { parseTextQuery } from './text-query';

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

const noNumber = (e: ServiceEntry): boolean => e.icpSort === '';

/**
 * service:list — one pass over the service entries in the order asked for (25,000 small entries,
 * kept sorted), never over the service records; one entity's services come from the store index.
 */
export function listServices(index: PortfolioIndex, store: Store, query: ServiceQuery): ServiceListResult {
  const text = parseTextQuery(query.text);
  const exact = text?.icpKey ? store.lookup(IDX.serviceByIcpNumber, text.icpKey) : undefined;
  const byIds = exact && exact.size > 0 ? exact : undefined;
  const ofEntity = query.entityId === undefined ? undefined : store.lookup(IDX.serviceByEntity, query.entityId);
  const sort = query.sort ?? { field: 'name', order: 'asc' };
  const pager = new Pager<ServiceEntry>(query.offset, query.limit);
  // One entity's few services: sorted on their own rather than picked out of all 25,000.
  const list = ofEntity
    ? [...ofEntity].map((id) => index.services.get(id)).filter((e): e is ServiceEntry => e !== undefined).sort(index.serviceOrders.comparator(sort.field))
    : index.serviceOrders.by(sort.field);
  const walk = new Walk(list.length, sort.order, sort.field === 'icpNumber' ? missingFrom(list, noNumber) : undefined);
  const terms = byIds || !text ? undefined : text.terms;
  const { kind, status, provider, archived } = query;
  for (let k = 0; k < list.length; k++) {
    const e = list[walk.at(k)] as ServiceEntry;
    if (e.archived !== archived) continue;
    if (byIds ? !byIds.has(e.id) : terms !== undefined && !hasAll(e.haystack, terms)) continue;
    if (kind !== undefined && e.kind !== kind) continue;
    if (status !== undefined && e.status !== status) continue;
    if (provider !== undefined && !e.providers.includes(provider)) continue;
    pager.add(e);
  }
  return { total: pager.total, rows: pager.rows.map(toRow) };
}
