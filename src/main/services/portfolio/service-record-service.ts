import { randomUUID } from 'node:crypto';
import { text } from '../../../shared/domain/finding';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Service } from '../../../shared/domain/model/service';
import type { ChannelInput } from '../../../shared/ipc/contract';
import {
  ServiceCreateInput,
  ServiceQuery,
  ServiceUpdateInput,
  type ArchiveResult,
  type IdResult,
  type LeaderChoice,
  type ServiceDetail,
  type ServiceInput,
  type ServiceListResult,
  type UnarchiveResult,
} from '../../../shared/ipc/portfolio-schemas';
import type { Tx } from '../../store';
import { serviceDetail } from './details';
import { initialLifecycle, restoreLeaders } from './entity-service';
import { logChange } from './history';
import { resolveLeader } from './leaders';
import { alreadyArchived, archiveFirst, archivedParent, archivedTarget, notArchived, notFound, staleEdit } from './messages';
import type { PortfolioContext } from './portfolio-context';
import { accessesOf, getEntity } from './records';
import { listServices } from './service-list';
import { Checks, checkLeaderChoice, checkServiceInput, parseInput } from './validation';

/** The stored service from form data; fields the form cleared are gone, the lifecycle stays. */
export function serviceRecord(data: ServiceInput, leaderId: string, meta: Pick<Service, 'id' | 'entityId' | 'createdAt' | 'updatedAt' | 'lifecycle'>): Service {
  return { ...data, ...meta, leaderId } as Service;
}

const serviceOf = (tx: Tx, id: string): Service => {
  const service = tx.get('services', id) as Service | undefined;
  if (!service) throw notFound('service');
  return service;
};

/**
 * Services (网站 / App / 小程序 / 快应用) of an entity: list and search, detail, create and edit
 * (the service number checked against the entity number and its suffix against the kind), and the
 * archive, as for entities.
 */
export class ServiceRecordService {
  constructor(private readonly ctx: PortfolioContext) {}

  list(raw: ChannelInput<'service:list'>): ServiceListResult {
    const query = parseInput(ServiceQuery, raw, this.ctx.language());
    return listServices(this.ctx.index.current(), this.ctx.store, query);
  }

  get(id: string): ServiceDetail {
    return serviceDetail(this.ctx.store, id, this.ctx.now());
  }

  private check(entity: Entity, service: ServiceInput, leader: LeaderChoice): void {
    const checks = new Checks(this.ctx.language());
    if (entity.archivedAt) checks.message(['entityId'], text('该主体已归档，不能添加或修改服务；请先从归档中恢复主体。', 'This entity is archived, so its services cannot be added or changed; restore it from the archive first.'));
    checkServiceInput(checks, ['service'], service, entity.icpNumber);
    checkLeaderChoice(checks, ['leader'], leader, this.ctx.store, this.ctx.now());
    checks.throwIfAny();
  }

  async create(raw: ChannelInput<'service:create'>): Promise<IdResult> {
    const input = parseInput(ServiceCreateInput, raw, this.ctx.language());
    this.check(getEntity(this.ctx.store, input.entityId), input.service, input.leader);
    const id = randomUUID();
    await this.ctx.transact((tx, at) => {
      const entity = tx.get('entities', input.entityId) as Entity | undefined;
      if (!entity) throw notFound('entity');
      if (entity.archivedAt) throw archivedParent();
      const leaderId = resolveLeader(tx, input.leader, at);
      tx.put('services', serviceRecord(input.service, leaderId, { id, entityId: entity.id, createdAt: at, updatedAt: at, lifecycle: initialLifecycle(input.service.icpNumber, at) }));
      logChange(tx, 'services', id, 'service.created', text(`为“${entity.name}”新建服务“${input.service.name}”`, `Service "${input.service.name}" created for "${entity.name}"`));
    });
    return { id };
  }

  async update(raw: ChannelInput<'service:update'>): Promise<ServiceDetail> {
    const input = parseInput(ServiceUpdateInput, raw, this.ctx.language());
    const stored = this.ctx.store.get<Service>('services', input.id);
    if (!stored) throw notFound('service');
    this.check(getEntity(this.ctx.store, stored.entityId), input.service, input.leader);
    await this.ctx.transact((tx, at) => {
      const current = serviceOf(tx, input.id);
      if (current.updatedAt !== input.expectedUpdatedAt) throw staleEdit('service');
      if (current.archivedAt) throw archivedTarget('service');
      const leaderId = resolveLeader(tx, input.leader, at);
      tx.put('services', serviceRecord(input.service, leaderId, { id: current.id, entityId: current.entityId, createdAt: current.createdAt, updatedAt: at, lifecycle: current.lifecycle }));
      logChange(tx, 'services', current.id, 'service.updated', text(`修改服务“${input.service.name}”`, `Service "${input.service.name}" edited`));
    });
    return this.get(input.id);
  }

  async archive(id: string): Promise<ArchiveResult> {
    return this.ctx.transact((tx, at) => {
      const service = serviceOf(tx, id);
      if (service.archivedAt) throw alreadyArchived('service');
      tx.put('services', { ...service, archivedAt: at, updatedAt: at });
      logChange(tx, 'services', id, 'service.archived', text(`归档服务“${service.name}”（可在归档中恢复）`, `Service "${service.name}" archived (restore it from the archive)`));
      return { id, archivedAt: at };
    });
  }

  /** Its leader, if archived meanwhile, comes back with it (restoreLeaders). */
  async unarchive(id: string): Promise<UnarchiveResult> {
    return this.ctx.transact((tx, at) => {
      const service = serviceOf(tx, id);
      if (!service.archivedAt) throw notArchived('service');
      const entity = tx.get('entities', service.entityId) as Entity | undefined;
      if (!entity) throw notFound('entity');
      if (entity.archivedAt) throw archivedParent();
      const restored = { ...service, updatedAt: at };
      delete restored.archivedAt;
      tx.put('services', restored);
      logChange(tx, 'services', id, 'service.unarchived', text(`从归档恢复服务“${service.name}”`, `Service "${service.name}" restored from the archive`));
      return { id, restoredLeaders: restoreLeaders(tx, [service.leaderId], at, service.name) };
    });
  }

  /** Only from the archive; its provider links go with it, the history stays. */
  async delete(id: string): Promise<IdResult> {
    return this.ctx.transact((tx) => {
      const service = serviceOf(tx, id);
      if (!service.archivedAt) throw archiveFirst('service');
      for (const a of accessesOf(this.ctx.store, id)) tx.delete('accesses', a.id);
      tx.delete('services', id);
      // Logged on the entity, which remains: its history is where one looks for the service now.
      logChange(tx, 'entities', service.entityId, 'service.deleted', text(`删除服务“${service.name}”`, `Service "${service.name}" deleted`));
      return { id };
    });
  }
}
