import type { Access } from '../../../shared/domain/model/access';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Filing } from '../../../shared/domain/model/filing';
import type { Person } from '../../../shared/domain/model/person';
import type { Service } from '../../../shared/domain/model/service';
import type { HistoryItem } from '../../../shared/ipc/portfolio-schemas';
import type { HistoryEvent, Store, StoreRecord } from '../../store';
import { eventTargetKey, IDX } from './indexes';
import { notFound, type RecordKind } from './messages';

/**
 * Typed reads of the portfolio collections through the store indexes. Records come back shared
 * with the store: read them, and change them only through a transaction.
 */

export const COLLECTION: Readonly<Record<RecordKind, string>> = { entity: 'entities', person: 'people', service: 'services', access: 'accesses' };

export function getRecord<T extends StoreRecord>(store: Store, kind: RecordKind, id: string): T {
  const record = store.get<T>(COLLECTION[kind], id);
  if (!record) throw notFound(kind);
  return record;
}

export const getEntity = (store: Store, id: string): Entity => getRecord<Entity>(store, 'entity', id);
export const getPerson = (store: Store, id: string): Person => getRecord<Person>(store, 'person', id);
export const getService = (store: Store, id: string): Service => getRecord<Service>(store, 'service', id);

function recordsOf<T extends StoreRecord>(store: Store, collection: string, ids: Iterable<string>): T[] {
  const out: T[] = [];
  for (const id of ids) {
    const record = store.get<T>(collection, id);
    if (record) out.push(record);
  }
  return out;
}

/** All services of an entity, archived ones included. */
export const servicesOf = (store: Store, entityId: string): Service[] => recordsOf<Service>(store, 'services', store.lookup(IDX.serviceByEntity, entityId));

/** All provider links of a service, removed and archived ones included. */
export const accessesOf = (store: Store, serviceId: string): Access[] => recordsOf<Access>(store, 'accesses', store.lookup(IDX.accessByService, serviceId));

/** Current provider links: not removed (取消接入) and not archived. */
export const currentAccessesOf = (store: Store, serviceId: string): Access[] => accessesOf(store, serviceId).filter((a) => !a.removedAt && !a.archivedAt);

export const filingsOf = (store: Store, entityId: string): Filing[] => recordsOf<Filing>(store, 'filings', store.lookup(IDX.filingByEntity, entityId));

export const entitiesLedBy = (store: Store, personId: string): Entity[] => recordsOf<Entity>(store, 'entities', store.lookup(IDX.entityByLeader, personId));
export const servicesLedBy = (store: Store, personId: string): Service[] => recordsOf<Service>(store, 'services', store.lookup(IDX.serviceByLeader, personId));

/** History events of these records, newest first. */
export function historyOf(store: Store, targets: readonly (readonly [collection: string, id: string])[], limit = 200): HistoryItem[] {
  const events: HistoryEvent[] = [];
  // An index lists a record's events in commit order: reversed, equal instants read newest first too.
  for (const [collection, id] of targets) events.push(...recordsOf<HistoryEvent>(store, 'events', store.lookup(IDX.eventByTarget, eventTargetKey(collection, id))).reverse());
  events.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return events.slice(0, limit);
}
