import { FILING_TERMINAL_STATES } from '../../../shared/domain/lifecycle-filing';
import type { Access } from '../../../shared/domain/model/access';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Filing } from '../../../shared/domain/model/filing';
import type { Person } from '../../../shared/domain/model/person';
import type { Service } from '../../../shared/domain/model/service';
import type { PortfolioView } from '../../../shared/domain/rules/portfolio-view';
import type { Store, StoreRecord } from '../../store';
import { IDX } from './indexes';
import { certificateKey, domainKey, mobileKey } from './keys';
import type { StoreSource } from './store-source';

type Live = StoreRecord & { archivedAt?: string };

/**
 * The rule engine's PortfolioView over the real store (architecture §4): every call is an index
 * lookup plus a get per hit, never a scan, so the pre-submission check runs against the whole
 * portfolio at filing speed. Archived records are invisible, as in createInMemoryPortfolio. It reads
 * the store on each call, so it is always current and may be kept for as long as the app runs.
 */
export class StorePortfolioView implements PortfolioView {
  constructor(private readonly source: StoreSource) {}

  private get store(): Store {
    return this.source.store;
  }

  private live<T extends Live>(collection: string, id: string): T | undefined {
    const record = this.store.get<T>(collection, id);
    return record && !record.archivedAt ? record : undefined;
  }

  private liveAll<T extends Live>(collection: string, ids: Iterable<string>): T[] {
    const out: T[] = [];
    for (const id of ids) {
      const record = this.live<T>(collection, id);
      if (record) out.push(record);
    }
    return out;
  }

  getEntity(id: string): Entity | undefined {
    return this.live<Entity>('entities', id);
  }

  getPerson(id: string): Person | undefined {
    return this.live<Person>('people', id);
  }

  getService(id: string): Service | undefined {
    return this.live<Service>('services', id);
  }

  entitiesByCertificate(certificateNumber: string): readonly Entity[] {
    return this.liveAll<Entity>('entities', this.store.lookup(IDX.entityByCertificate, certificateKey(certificateNumber)));
  }

  /** Through the people with this mobile: the entities they lead, and the owners of the services they lead. */
  entitiesUsingMobile(mobile: string): readonly Entity[] {
    const ids = new Set<string>();
    for (const person of this.liveAll<Person>('people', this.store.lookup(IDX.personByMobile, mobileKey(mobile)))) {
      for (const id of this.store.lookup(IDX.entityByLeader, person.id)) ids.add(id);
      for (const service of this.liveAll<Service>('services', this.store.lookup(IDX.serviceByLeader, person.id))) ids.add(service.entityId);
    }
    return this.liveAll<Entity>('entities', ids);
  }

  servicesByDomain(domain: string): readonly Service[] {
    return this.liveAll<Service>('services', this.store.lookup(IDX.serviceByDomain, domainKey(domain)));
  }

  servicesOfEntity(entityId: string): readonly Service[] {
    return this.liveAll<Service>('services', this.store.lookup(IDX.serviceByEntity, entityId));
  }

  openFilingsForEntity(entityId: string): readonly Filing[] {
    return this.liveAll<Filing>('filings', this.store.lookup(IDX.filingByEntity, entityId)).filter((f) => !FILING_TERMINAL_STATES.includes(f.state));
  }

  accessOfService(serviceId: string): readonly Access[] {
    return this.liveAll<Access>('accesses', this.store.lookup(IDX.accessByService, serviceId)).filter((a) => !a.removedAt);
  }
}
