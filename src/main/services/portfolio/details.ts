import { trackDeadlines, type Deadline } from '../../../shared/domain/deadlines';
import { filingDeadlineList } from '../../../shared/domain/deadlines-filing';
import { FILING_TERMINAL_STATES } from '../../../shared/domain/lifecycle-filing';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Filing } from '../../../shared/domain/model/filing';
import type { Person } from '../../../shared/domain/model/person';
import type { Service } from '../../../shared/domain/model/service';
import { leaderCertificateDeadlines, serviceObligations, serviceOwnDeadlines } from '../../../shared/domain/obligations';
import { provinceByGbCode } from '../../../shared/domain/provinces';
import type { EntityDetail, EntitySummary, FilingSummary, PersonDetail, PersonUsage, ServiceDetail } from '../../../shared/ipc/portfolio-schemas';
import type { Store } from '../../store';
import { accessesOf, currentAccessesOf, entitiesLedBy, filingsOf, getEntity, getPerson, getService, historyOf, servicesLedBy, servicesOf } from './records';

/** The detail views: one record with what a page about it shows, read straight from the store. */

const isOpen = (f: Filing): boolean => !f.archivedAt && !FILING_TERMINAL_STATES.includes(f.state);

const filingSummary = (f: Filing): FilingSummary => ({
  id: f.id,
  operation: f.operation,
  state: f.state,
  open: isOpen(f),
  providerId: f.providerId,
  providerOrderNumber: f.providerOrderNumber,
  createdAt: f.createdAt,
  updatedAt: f.updatedAt,
});

function peopleById(store: Store, ids: Iterable<string>): Map<string, Person> {
  const map = new Map<string, Person>();
  for (const id of ids) {
    const person = store.get<Person>('people', id);
    if (person) map.set(id, person);
  }
  return map;
}

const byUpdatedDesc = <T extends { updatedAt: string }>(a: T, b: T): number => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

/** Every dated item of the entity: open filings, services' own deadlines, and each leader's document once. */
function entityDeadlines(entity: Entity, services: readonly Service[], leaders: readonly Person[], filings: readonly Filing[]): Deadline[] {
  if (entity.archivedAt) return [];
  return [
    ...filings.filter(isOpen).flatMap((f) => filingDeadlineList({ ...f, province: entity.region.province })),
    ...services.flatMap((s) => serviceOwnDeadlines(s).map((d) => d.deadline)),
    ...leaderCertificateDeadlines(leaders).map((d) => d.deadline),
  ];
}

export function entityDetail(store: Store, id: string, now: Date): EntityDetail {
  const entity = getEntity(store, id);
  const services = servicesOf(store, id).sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  const inScope = entity.archivedAt ? services : services.filter((s) => !s.archivedAt);
  const people = peopleById(store, [entity.leaderId, ...services.map((s) => s.leaderId)]);
  const leader = people.get(entity.leaderId) ?? getPerson(store, entity.leaderId);
  const allAccesses = services.flatMap((s) => accessesOf(store, s.id));
  const filings = filingsOf(store, id).sort(byUpdatedDesc);
  const leaders = [entity.leaderId, ...inScope.map((s) => s.leaderId)].map((pid) => people.get(pid)).filter((p): p is Person => p !== undefined);
  return {
    entity,
    leader,
    services,
    accesses: allAccesses.filter((a) => !a.removedAt && !a.archivedAt),
    people: [...people.values()],
    filings: filings.map(filingSummary),
    history: historyOf(store, [['entities', id], ...services.map((s) => ['services', s.id] as const), ...allAccesses.map((a) => ['accesses', a.id] as const)]),
    // Per service with its own leader; the entity leader's document is among the deadlines.
    obligations: inScope.flatMap((s) => serviceObligations({ service: s, entity, leaders: [people.get(s.leaderId)].filter((p): p is Person => p !== undefined) }, now)),
    deadlines: trackDeadlines(entityDeadlines(entity, inScope, leaders, filings), now),
  };
}

export const entitySummary = (entity: Entity): EntitySummary => ({
  id: entity.id,
  name: entity.name,
  icpNumber: entity.icpNumber,
  province: provinceByGbCode(entity.region.province)?.id,
  status: entity.lifecycle.state,
  archivedAt: entity.archivedAt,
});

export function serviceDetail(store: Store, id: string, now: Date): ServiceDetail {
  const service = getService(store, id);
  const entity = getEntity(store, service.entityId);
  const people = peopleById(store, [service.leaderId, entity.leaderId]);
  const leader = people.get(service.leaderId) ?? getPerson(store, service.leaderId);
  const leaders = [...people.values()];
  const accesses = accessesOf(store, id);
  const obligations = service.archivedAt ? [] : serviceObligations({ service, entity, leaders }, now);
  const deadlines = service.archivedAt ? [] : [...serviceOwnDeadlines(service), ...leaderCertificateDeadlines(leaders)].map((d) => d.deadline);
  return {
    service,
    entity: entitySummary(entity),
    leader,
    accesses: currentAccessesOf(store, id),
    obligations,
    deadlines: trackDeadlines(deadlines, now),
    history: historyOf(store, [['services', id], ...accesses.map((a) => ['accesses', a.id] as const)]),
  };
}

/** Where a person is used: every entity they lead and every service they lead, with its entity. */
export function personUsages(store: Store, personId: string): PersonUsage[] {
  const usages: PersonUsage[] = entitiesLedBy(store, personId).map((e) => ({ role: 'entity-leader', entityId: e.id, entityName: e.name, archived: e.archivedAt !== undefined }));
  for (const s of servicesLedBy(store, personId)) {
    const owner = store.get<Entity>('entities', s.entityId);
    usages.push({
      role: 'service-leader',
      entityId: s.entityId,
      entityName: owner?.name ?? '',
      serviceId: s.id,
      serviceName: s.name,
      archived: s.archivedAt !== undefined || owner?.archivedAt !== undefined,
    });
  }
  return usages.sort((a, b) => Number(a.archived) - Number(b.archived) || a.entityName.localeCompare(b.entityName, 'zh-CN'));
}

export const personDetail = (store: Store, id: string): PersonDetail => ({ person: getPerson(store, id), usages: personUsages(store, id) });
