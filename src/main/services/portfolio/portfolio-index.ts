import type { Access } from '../../../shared/domain/model/access';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Filing } from '../../../shared/domain/model/filing';
import type { Person } from '../../../shared/domain/model/person';
import type { Service } from '../../../shared/domain/model/service';
import type { Store } from '../../store';
import { buildEntity, buildPerson, type EntityEntry, type PersonEntry, type ServiceEntry } from './entries';
import { NameOrder } from './name-order';
import type { Written } from './portfolio-context';
import { entitiesLedBy, servicesLedBy } from './records';
import type { StoreSource } from './store-source';

interface Owned<T> {
  record: T;
  entityId: string | undefined;
}

/**
 * The in-memory search index of the portfolio: one entry per entity, service and person (see
 * entries.ts), kept in name order, so a list with text search, filters, sort and a page costs one
 * pass over 10,000 small entries and never reads services or people.
 *
 * It follows the store in two ways. Writes made through PortfolioContext.transact report the ids
 * they wrote, and only the entities those touch are rebuilt. Anything else that changes the store
 * (another service's transaction, a restore, a reopened store) changes the store's journal
 * position; `current()` notices that and compares every cached record with the store's by
 * identity (the store replaces a record object on every write), rebuilding what differs.
 */
export class PortfolioIndex {
  private store: Store | undefined;
  private signature = '';
  readonly entities = new Map<string, EntityEntry>();
  readonly services = new Map<string, ServiceEntry>();
  readonly people = new Map<string, PersonEntry>();
  private readonly accesses = new Map<string, Owned<Access>>();
  private readonly filings = new Map<string, Owned<Filing>>();
  readonly entityOrder = new NameOrder<EntityEntry>();
  readonly serviceOrder = new NameOrder<ServiceEntry>();
  readonly personOrder = new NameOrder<PersonEntry>();

  constructor(private readonly source: StoreSource) {}

  /** Where the store's journal stands: it changes with every commit, compaction and restore. */
  signatureOf(store: Store): string {
    return `${store.generation}:${store.journalBytes}`;
  }

  /** Up to date with the store; cheap when nothing changed since the last call. */
  current(): this {
    const store = this.source.store;
    if (store !== this.store) this.rebuildAll(store);
    else if (this.signatureOf(store) !== this.signature) this.reconcile(store);
    return this;
  }

  /** Called by PortfolioContext after a durable commit with what it wrote. */
  afterCommit(store: Store, written: readonly Written[], signatureBefore: string): void {
    if (store !== this.store) return; // never built for this store: current() builds it whole
    if (signatureBefore !== this.signature) {
      // Someone else wrote before this transaction: compare everything once, which covers ours too.
      this.reconcile(store);
      return;
    }
    const entityIds = new Set<string>();
    const personIds = new Set<string>();
    for (const { collection, id } of written) {
      if (collection === 'entities') entityIds.add(id);
      else if (collection === 'people') personIds.add(id);
      else if (collection === 'services') this.addOwner(entityIds, store.get<Service>('services', id)?.entityId, this.services.get(id)?.entityId);
      else if (collection === 'accesses') this.addOwner(entityIds, this.ownerOfAccess(store, store.get<Access>('accesses', id)), this.accesses.get(id)?.entityId);
      else if (collection === 'filings') this.addOwner(entityIds, store.get<Filing>('filings', id)?.entityId, this.filings.get(id)?.entityId);
    }
    this.refresh(store, entityIds, personIds);
    this.signature = this.signatureOf(store);
  }

  private addOwner(into: Set<string>, ...ids: (string | undefined)[]): void {
    for (const id of ids) if (id !== undefined) into.add(id);
  }

  private ownerOfAccess(store: Store, access: Access | undefined): string | undefined {
    return access ? store.get<Service>('services', access.serviceId)?.entityId : undefined;
  }

  private rebuildAll(store: Store): void {
    this.store = store;
    this.entities.clear();
    this.services.clear();
    this.people.clear();
    this.accesses.clear();
    this.filings.clear();
    for (const person of store.list<Person>('people')) this.people.set(person.id, buildPerson(person));
    for (const entity of store.list<Entity>('entities')) this.putEntity(store, entity);
    this.entityOrder.reset(this.entities.values());
    this.serviceOrder.reset(this.services.values());
    this.personOrder.reset(this.people.values());
    this.signature = this.signatureOf(store);
  }

  /** Finds every record that differs from what the entries were built from. */
  private reconcile(store: Store): void {
    const entityIds = new Set<string>();
    const personIds = new Set<string>();
    for (const entity of store.list<Entity>('entities')) if (this.entities.get(entity.id)?.entity !== entity) entityIds.add(entity.id);
    for (const id of this.entities.keys()) if (!store.get('entities', id)) entityIds.add(id);
    for (const service of store.list<Service>('services')) {
      const known = this.services.get(service.id);
      if (known?.service !== service) this.addOwner(entityIds, service.entityId, known?.entityId);
    }
    for (const [id, known] of this.services) if (!store.get('services', id)) entityIds.add(known.entityId);
    for (const access of store.list<Access>('accesses')) {
      const known = this.accesses.get(access.id);
      if (known?.record !== access) this.addOwner(entityIds, this.ownerOfAccess(store, access), known?.entityId);
    }
    for (const [id, known] of this.accesses) if (!store.get('accesses', id)) this.addOwner(entityIds, known.entityId);
    for (const filing of store.list<Filing>('filings')) {
      const known = this.filings.get(filing.id);
      if (known?.record !== filing) this.addOwner(entityIds, filing.entityId, known?.entityId);
    }
    for (const [id, known] of this.filings) if (!store.get('filings', id)) this.addOwner(entityIds, known.entityId);
    for (const person of store.list<Person>('people')) if (this.people.get(person.id)?.person !== person) personIds.add(person.id);
    for (const id of this.people.keys()) if (!store.get('people', id)) personIds.add(id);
    this.refresh(store, entityIds, personIds);
    this.signature = this.signatureOf(store);
  }

  /** Rebuilds these people and entities (and every entity a changed person leads or serves). */
  private refresh(store: Store, entityIds: Set<string>, personIds: ReadonlySet<string>): void {
    const removedPeople: PersonEntry[] = [];
    const addedPeople: PersonEntry[] = [];
    for (const id of personIds) {
      const old = this.people.get(id);
      if (old) removedPeople.push(old);
      const person = store.get<Person>('people', id);
      if (person) {
        const entry = buildPerson(person);
        this.people.set(id, entry);
        addedPeople.push(entry);
        for (const e of entitiesLedBy(store, id)) entityIds.add(e.id);
        for (const s of servicesLedBy(store, id)) entityIds.add(s.entityId);
      } else {
        this.people.delete(id);
      }
    }
    this.personOrder.update(removedPeople, addedPeople);

    const removedEntities: EntityEntry[] = [];
    const addedEntities: EntityEntry[] = [];
    const removedServices: ServiceEntry[] = [];
    const addedServices: ServiceEntry[] = [];
    for (const id of entityIds) {
      const old = this.entities.get(id);
      if (old) {
        removedEntities.push(old);
        removedServices.push(...this.dropEntity(old));
      }
      const entity = store.get<Entity>('entities', id);
      if (!entity) continue;
      const built = this.putEntity(store, entity);
      addedEntities.push(built.entry);
      addedServices.push(...built.services);
    }
    this.entityOrder.update(removedEntities, addedEntities);
    this.serviceOrder.update(removedServices, addedServices);
  }

  /** Forgets an entity's entry and everything cached under it; returns its service entries. */
  private dropEntity(old: EntityEntry): ServiceEntry[] {
    this.entities.delete(old.id);
    const dropped: ServiceEntry[] = [];
    for (const id of old.serviceIds) {
      const s = this.services.get(id);
      if (s && s.entityId === old.id) {
        this.services.delete(id);
        dropped.push(s);
      }
    }
    for (const id of old.accessIds) if (this.accesses.get(id)?.entityId === old.id) this.accesses.delete(id);
    for (const id of old.filingIds) if (this.filings.get(id)?.entityId === old.id) this.filings.delete(id);
    return dropped;
  }

  private putEntity(store: Store, entity: Entity): { entry: EntityEntry; services: ServiceEntry[] } {
    const built = buildEntity(store, entity);
    this.entities.set(entity.id, built.entry);
    for (const s of built.services) this.services.set(s.id, s);
    for (const a of built.accesses) this.accesses.set(a.id, { record: a, entityId: entity.id });
    for (const f of built.filings) this.filings.set(f.id, { record: f, entityId: entity.id });
    return built;
  }
}
