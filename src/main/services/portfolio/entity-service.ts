import { randomUUID } from 'node:crypto';
import { text } from '../../../shared/domain/finding';
import { FILING_TERMINAL_STATES } from '../../../shared/domain/lifecycle-filing';
import { applyFiledEvent, newFiledLifecycle, type FiledLifecycle } from '../../../shared/domain/lifecycle-service';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Person } from '../../../shared/domain/model/person';
import type { Service } from '../../../shared/domain/model/service';
import type { ChannelInput } from '../../../shared/ipc/contract';
import {
  EntityCreateInput,
  EntityQuery,
  EntityUpdateInput,
  type ArchiveResult,
  type EntityDetail,
  type EntityInput,
  type EntityListResult,
  type IdResult,
  type UnarchiveResult,
} from '../../../shared/ipc/portfolio-schemas';
import type { Tx } from '../../store';
import { entityDetail } from './details';
import { listEntities } from './entity-list';
import { logChange } from './history';
import { resolveLeader } from './leaders';
import { alreadyArchived, archiveFirst, archivedTarget, notArchived, notFound, openFilingsBlockDelete, staleEdit } from './messages';
import type { PortfolioContext } from './portfolio-context';
import { accessesOf, filingsOf, servicesOf } from './records';
import { Checks, checkEntityInput, checkLeaderChoice, parseInput } from './validation';

/** A lifecycle for a new record: filed (ACTIVE) when it already carries its number, else UNFILED. */
export function initialLifecycle(icpNumber: string | undefined, at: string): FiledLifecycle {
  const fresh = newFiledLifecycle();
  if (!icpNumber?.trim()) return fresh;
  const filed = applyFiledEvent(fresh, 'filed', at);
  return filed.ok ? filed.state : fresh;
}

/** The stored entity from form data: form fields replace the old ones entirely (a cleared field is gone). */
export function entityRecord(data: EntityInput, leaderId: string, meta: Pick<Entity, 'id' | 'createdAt' | 'updatedAt' | 'lifecycle'>, previous?: Entity): Entity {
  // What the form does not edit survives it: the lifecycle (in meta) and Hubei's annual review.
  const kept = previous?.hubeiAnnualReview ? { hubeiAnnualReview: previous.hubeiAnnualReview } : {};
  return { ...data, ...kept, ...meta, leaderId };
}

const entityOf = (tx: Tx, id: string): Entity => {
  const entity = tx.get('entities', id) as Entity | undefined;
  if (!entity) throw notFound('entity');
  return entity;
};

const without = <T extends { archivedAt?: string | undefined }>(record: T): T => {
  const copy = { ...record };
  delete copy.archivedAt;
  return copy;
};

/**
 * The archived leaders of records coming back from the archive come back too, each with its history
 * event, in the caller's transaction. A person may be archived once only archived records name them
 * (person-service archive); restoring such a record alone would leave its edit form unsaveable, since
 * pick-lists never offer an archived person and main refuses one as a chosen leader.
 */
export function restoreLeaders(tx: Tx, leaderIds: readonly (string | undefined)[], at: string, record: string): UnarchiveResult['restoredLeaders'] {
  const restored: UnarchiveResult['restoredLeaders'] = [];
  for (const id of new Set(leaderIds)) {
    const person = id === undefined ? undefined : (tx.get('people', id) as Person | undefined);
    if (!person?.archivedAt) continue;
    tx.put('people', { ...without(person), updatedAt: at });
    logChange(tx, 'people', person.id, 'person.unarchived', text(`从归档恢复负责人“${person.name}”（随“${record}”一并恢复）`, `Person "${person.name}" restored from the archive (with "${record}")`));
    restored.push({ id: person.id, name: person.name });
  }
  return restored;
}

/**
 * Entities (主体): list and search, detail, create and edit with CONFLICT on a stale form, and the
 * archive: archive (its services go with it), unarchive (they come back), delete only from the
 * archive. Every write logs a history event in the same transaction.
 */
export class EntityService {
  constructor(private readonly ctx: PortfolioContext) {}

  list(raw: ChannelInput<'entity:list'>): EntityListResult {
    const query = parseInput(EntityQuery, raw, this.ctx.language());
    return listEntities(this.ctx.index.current(), this.ctx.store, query, this.ctx.now());
  }

  get(id: string): EntityDetail {
    return entityDetail(this.ctx.store, id, this.ctx.now());
  }

  private check(entity: EntityInput, leader: EntityCreateInput['leader']): void {
    const checks = new Checks(this.ctx.language());
    checkEntityInput(checks, ['entity'], entity, this.ctx.now());
    checkLeaderChoice(checks, ['leader'], leader, this.ctx.store, this.ctx.now());
    checks.throwIfAny();
  }

  async create(raw: ChannelInput<'entity:create'>): Promise<IdResult> {
    const input = parseInput(EntityCreateInput, raw, this.ctx.language());
    this.check(input.entity, input.leader);
    const id = randomUUID();
    await this.ctx.transact((tx, at) => {
      const leaderId = resolveLeader(tx, input.leader, at);
      const lifecycle = initialLifecycle(input.entity.icpNumber, at);
      tx.put('entities', entityRecord(input.entity, leaderId, { id, createdAt: at, updatedAt: at, lifecycle }));
      logChange(tx, 'entities', id, 'entity.created', text(`新建主体“${input.entity.name}”`, `Entity "${input.entity.name}" created`));
    });
    return { id };
  }

  async update(raw: ChannelInput<'entity:update'>): Promise<EntityDetail> {
    const input = parseInput(EntityUpdateInput, raw, this.ctx.language());
    this.check(input.entity, input.leader);
    await this.ctx.transact((tx, at) => {
      const current = entityOf(tx, input.id);
      if (current.updatedAt !== input.expectedUpdatedAt) throw staleEdit('entity');
      if (current.archivedAt) throw archivedTarget('entity');
      const leaderId = resolveLeader(tx, input.leader, at);
      const meta = { id: current.id, createdAt: current.createdAt, updatedAt: at, lifecycle: current.lifecycle };
      tx.put('entities', entityRecord(input.entity, leaderId, meta, current));
      logChange(tx, 'entities', current.id, 'entity.updated', text(`修改主体“${input.entity.name}”`, `Entity "${input.entity.name}" edited`));
    });
    return this.get(input.id);
  }

  /** The entity and its services still active go to the archive together, stamped with one instant. */
  async archive(id: string): Promise<ArchiveResult> {
    return this.ctx.transact((tx, at) => {
      const entity = entityOf(tx, id);
      if (entity.archivedAt) throw alreadyArchived('entity');
      tx.put('entities', { ...entity, archivedAt: at, updatedAt: at });
      const services = servicesOf(this.ctx.store, id).filter((s) => !s.archivedAt);
      for (const s of services) tx.put('services', { ...s, archivedAt: at, updatedAt: at });
      logChange(
        tx,
        'entities',
        id,
        'entity.archived',
        text(`归档主体“${entity.name}”及其 ${services.length} 个服务（可在归档中恢复）`, `Entity "${entity.name}" archived with its ${services.length} services (restore it from the archive)`),
      );
      return { id, archivedAt: at };
    });
  }

  /**
   * Undo of archive: the services archived with the entity (same instant) come back; ones archived
   * earlier stay. Leaders of what comes back that were archived meanwhile come back with it.
   */
  async unarchive(id: string): Promise<UnarchiveResult> {
    return this.ctx.transact((tx, at) => {
      const entity = entityOf(tx, id);
      if (!entity.archivedAt) throw notArchived('entity');
      const services = servicesOf(this.ctx.store, id).filter((s) => s.archivedAt === entity.archivedAt);
      tx.put('entities', { ...without(entity), updatedAt: at });
      for (const s of services) tx.put('services', { ...without<Service>(s), updatedAt: at });
      logChange(tx, 'entities', id, 'entity.unarchived', text(`从归档恢复主体“${entity.name}”及其 ${services.length} 个服务`, `Entity "${entity.name}" restored from the archive with ${services.length} services`));
      const restoredLeaders = restoreLeaders(tx, [entity.leaderId, ...services.map((s) => s.leaderId)], at, entity.name);
      return { id, restoredLeaders };
    });
  }

  /** Only from the archive, and not while a filing order is in progress; its services and accesses go too. */
  async delete(id: string): Promise<IdResult> {
    return this.ctx.transact((tx) => {
      const entity = entityOf(tx, id);
      if (!entity.archivedAt) throw archiveFirst('entity');
      const store = this.ctx.store;
      if (filingsOf(store, id).some((f) => !f.archivedAt && !FILING_TERMINAL_STATES.includes(f.state))) throw openFilingsBlockDelete();
      const services = servicesOf(store, id);
      for (const s of services) {
        for (const a of accessesOf(store, s.id)) tx.delete('accesses', a.id);
        tx.delete('services', s.id);
      }
      tx.delete('entities', id);
      logChange(tx, 'entities', id, 'entity.deleted', text(`删除主体“${entity.name}”及其 ${services.length} 个服务`, `Entity "${entity.name}" deleted with its ${services.length} services`));
      return { id };
    });
  }
}
