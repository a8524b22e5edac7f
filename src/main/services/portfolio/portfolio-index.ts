import type { Access } from '../../../shared/domain/model/access';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Filing } from '../../../shared/domain/model/filing';
import type { Person } from '../../../shared/domain/model/person';
import type { Service } from '../../../shared/domain/model/service';
import type { Store } from '../../store';
import { buildEntity, buildPerson, type EntityEntry, type PersonEntry, type ServiceEntry } from './entries';
import { compareKeys } from './list-sort';
import { compareText, Orders } from './name-order';
import { entitiesLedBy, servicesLedBy } from './records';
import { SlicedStoreIndex } from './sliced-store-index';
import type { Written } from './store-tracking';

/**
 * The in-memory search index of the portfolio: one entry per entity, service and person (see
 * entries.ts), kept in the orders lists sort by, so a list with text search, filters, sort and a
 * page is one pass over small entries that never reads services, people or the calendar code.
 *
 * It follows every commit of its store (store-tracking wraps the store's transact): only the
 * entities a commit touched are rebuilt — an entity with its services, and every entity a changed
 * person leads or serves. A restored backup or a different store (DataHost reopened) means a full
 * build. The first full build runs in slices in the background (warmUp) so opening the app does not
 * wait for it; a query arriving earlier finishes it on the spot.
 */
export class PortfolioIndex extends SlicedStoreIndex {
  readonly entities = new Map<string, EntityEntry>();
  readonly services = new Map<string, ServiceEntry>();
  readonly people = new Map<string, PersonEntry>();
  /** Owners of cached accesses and filings, to find the entity of one that was deleted. */
  private readonly owners = new Map<string, string>();
  readonly entityOrders = new Orders<EntityEntry, 'updatedAt' | 'province' | 'icpNumber'>({
    updatedAt: (a, b) => a.updatedMs - b.updatedMs,
    province: (a, b) => a.provinceOrder - b.provinceOrder,
    icpNumber: (a, b) => compareKeys(a.icpSort, b.icpSort),
  });
  readonly serviceOrders = new Orders<ServiceEntry, 'updatedAt' | 'icpNumber' | 'entityName' | 'kind'>({
    updatedAt: (a, b) => a.updatedMs - b.updatedMs,
    icpNumber: (a, b) => compareKeys(a.icpSort, b.icpSort),
    entityName: (a, b) => compareText(a.entityName, b.entityName),
    kind: (a, b) => compareKeys(a.kind, b.kind),
  });
  readonly personOrders = new Orders<PersonEntry, never>({});

  /** The entity list opens in name order: have that one sorted too. */
  protected override warmedUp(): void {
    this.entityOrders.by('name');
  }

  protected clear(): void {
    this.entities.clear();
    this.services.clear();
    this.people.clear();
    this.owners.clear();
  }

  /** The steps of a full build; the store's maps may change between steps (commits during a warm-up). */
  protected *build(store: Store): Generator<void> {
    for (const person of store.list<Person>('people')) {
      // A commit during the warm-up may have built it already, from newer data.
      if (!this.people.has(person.id)) this.people.set(person.id, buildPerson(person));
      yield;
    }
    for (const entity of store.list<Entity>('entities')) {
      if (!this.entities.has(entity.id)) this.putEntity(store, entity);
      yield;
    }
  }

  protected sortAll(): void {
    this.entityOrders.reset(() => this.entities.values());
    this.serviceOrders.reset(() => this.services.values());
    this.personOrders.reset(() => this.people.values());
  }

  protected committed(store: Store, written: readonly Written[]): void {
    const entityIds = new Set<string>();
    const personIds = new Set<string>();
    const add = (id: string | undefined): void => void (id !== undefined && entityIds.add(id));
    for (const { collection, id } of written) {
      if (collection === 'entities') entityIds.add(id);
      else if (collection === 'people') personIds.add(id);
      else if (collection === 'services') {
        add(store.get<Service>('services', id)?.entityId);
        add(this.services.get(id)?.entityId);
      } else if (collection === 'accesses') {
        const access = store.get<Access>('accesses', id);
        add(access ? store.get<Service>('services', access.serviceId)?.entityId : undefined);
        add(this.owners.get(id));
      } else if (collection === 'filings') {
        add(store.get<Filing>('filings', id)?.entityId);
        add(this.owners.get(id));
      }
    }
    this.refresh(store, entityIds, personIds);
  }

  /** Rebuilds these people and entities (and every entity a changed person leads or serves). */
  private refresh(store: Store, entityIds: Set<string>, personIds: ReadonlySet<string>): void {
    const building = this.building; // orders are sorted whole at the end of a build
    const removedPeople: PersonEntry[] = [];
    const addedPeople: PersonEntry[] = [];
    for (const id of personIds) {
      const old = this.people.get(id);
      if (old) removedPeople.push(old);
      const person = store.get<Person>('people', id);
      if (!person) {
        this.people.delete(id);
        continue;
      }
      const entry = buildPerson(person);
      this.people.set(id, entry);
      addedPeople.push(entry);
      for (const e of entitiesLedBy(store, id)) entityIds.add(e.id);
      for (const s of servicesLedBy(store, id)) entityIds.add(s.entityId);
    }
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
    if (building) return;
    this.personOrders.update(removedPeople, addedPeople);
    this.entityOrders.update(removedEntities, addedEntities);
    this.serviceOrders.update(removedServices, addedServices);
  }

  /** Forgets an entity's entry and everything cached under it; returns its service entries. */
  private dropEntity(old: EntityEntry): ServiceEntry[] {
    this.entities.delete(old.id);
    const dropped: ServiceEntry[] = [];
    for (const id of old.serviceIds) {
      const s = this.services.get(id);
      if (s?.entityId === old.id) {
        this.services.delete(id);
        dropped.push(s);
      }
    }
    for (const id of [...old.accessIds, ...old.filingIds]) if (this.owners.get(id) === old.id) this.owners.delete(id);
    return dropped;
  }

  private putEntity(store: Store, entity: Entity): { entry: EntityEntry; services: ServiceEntry[] } {
    const built = buildEntity(store, entity);
    this.entities.set(entity.id, built.entry);
    for (const s of built.services) this.services.set(s.id, s);
    for (const id of [...built.entry.accessIds, ...built.entry.filingIds]) this.owners.set(id, entity.id);
    return built;
  }
}
