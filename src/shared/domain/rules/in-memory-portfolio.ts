import { FILING_TERMINAL_STATES } from '../lifecycle-filing';
import type { Access } from '../model/access';
import type { Entity } from '../model/entity';
import type { Filing } from '../model/filing';
import type { Person } from '../model/person';
import type { Service } from '../model/service';
import { normalizeDomain } from '../validators/domain';
import { normalizeMobile } from '../validators/mobile';
import { compact } from '../validators/text-normalize';
import type { PortfolioView } from './portfolio-view';

export interface PortfolioArrays {
  readonly entities?: readonly Entity[];
  readonly persons?: readonly Person[];
  readonly services?: readonly Service[];
  readonly access?: readonly Access[];
  readonly filings?: readonly Filing[];
}

/** How every view keys certificate numbers, mobiles and domains, so lookups match what users type. */
export const certificateKey = (value: string): string => compact(value).toUpperCase();
export const mobileKey = (value: string): string => normalizeMobile(value) ?? compact(value);
export const domainKey = (value: string): string => normalizeDomain(value) ?? compact(value).toLowerCase();

class MultiMap<V> {
  private readonly map = new Map<string, V[]>();
  add(key: string, value: V): void {
    const list = this.map.get(key);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else this.map.set(key, [value]);
  }
  get(key: string): readonly V[] {
    return this.map.get(key) ?? [];
  }
}

const live = <T extends { archivedAt?: string }>(records: readonly T[] | undefined): T[] => (records ?? []).filter((r) => !r.archivedAt);

/**
 * A PortfolioView over plain arrays, indexed once on creation: for tests, seeds and benchmarks. The
 * store keeps the same indexes in step with each commit instead of rebuilding them.
 */
export function createInMemoryPortfolio(arrays: PortfolioArrays): PortfolioView {
  const entities = new Map(live(arrays.entities).map((e) => [e.id, e]));
  const persons = new Map(live(arrays.persons).map((p) => [p.id, p]));
  const services = new Map(live(arrays.services).map((s) => [s.id, s]));

  const byCertificate = new MultiMap<Entity>();
  const entitiesOfPerson = new MultiMap<Entity>();
  for (const e of entities.values()) {
    byCertificate.add(certificateKey(e.certificateNumber), e);
    entitiesOfPerson.add(e.leaderId, e);
  }

  const byDomain = new MultiMap<Service>();
  const byEntity = new MultiMap<Service>();
  for (const s of services.values()) {
    byEntity.add(s.entityId, s);
    const owner = entities.get(s.entityId);
    if (owner) entitiesOfPerson.add(s.leaderId, owner);
    const domains = s.kind === 'website' ? [s.domain] : s.domains;
    for (const d of domains) byDomain.add(domainKey(d), s);
  }

  const byMobile = new MultiMap<Entity>();
  for (const p of persons.values()) {
    for (const e of entitiesOfPerson.get(p.id)) byMobile.add(mobileKey(p.mobile), e);
  }

  const openByEntity = new MultiMap<Filing>();
  for (const f of live(arrays.filings)) {
    if (f.entityId && !FILING_TERMINAL_STATES.includes(f.state)) openByEntity.add(f.entityId, f);
  }

  const accessByService = new MultiMap<Access>();
  for (const a of live(arrays.access)) if (!a.removedAt) accessByService.add(a.serviceId, a);

  return {
    getEntity: (id) => entities.get(id),
    getPerson: (id) => persons.get(id),
    getService: (id) => services.get(id),
    entitiesByCertificate: (no) => byCertificate.get(certificateKey(no)),
    entitiesUsingMobile: (mobile) => byMobile.get(mobileKey(mobile)),
    servicesByDomain: (domain) => byDomain.get(domainKey(domain)),
    servicesOfEntity: (id) => byEntity.get(id),
    openFilingsForEntity: (id) => openByEntity.get(id),
    accessOfService: (id) => accessByService.get(id),
  };
}
