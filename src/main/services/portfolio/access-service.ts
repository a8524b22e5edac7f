import { randomUUID } from 'node:crypto';
import { text } from '../../../shared/domain/finding';
import type { Access } from '../../../shared/domain/model/access';
import { provider } from '../../../shared/domain/model/providers';
import type { Service } from '../../../shared/domain/model/service';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { AccessSaveInput, type IdResult } from '../../../shared/ipc/portfolio-schemas';
import { ServiceError } from '../service-error';
import { logChange } from './history';
import { archivedTarget, notFound } from './messages';
import type { PortfolioContext } from './portfolio-context';
import { parseInput } from './validation';

const providerName = (id: string): string => provider(id)?.label['zh-CN'] ?? id;

const wrongService = (): ServiceError =>
  new ServiceError('CONFLICT', text('该接入信息不属于所选服务，请刷新后重试。', 'That access record belongs to another service; refresh and try again.'));

/**
 * Provider links (接入) of a service: add or replace one, or mark it removed (取消接入 recorded).
 * A removed link stays stored, so the history and past filings still read.
 */
export class AccessService {
  constructor(private readonly ctx: PortfolioContext) {}

  async save(raw: ChannelInput<'access:save'>): Promise<Access> {
    const input = parseInput(AccessSaveInput, raw, this.ctx.language());
    return this.ctx.transact((tx, at) => {
      const service = tx.get('services', input.serviceId) as Service | undefined;
      if (!service) throw notFound('service');
      if (service.archivedAt) throw archivedTarget('service');
      const previous = input.id === undefined ? undefined : (tx.get('accesses', input.id) as Access | undefined);
      if (input.id !== undefined && !previous) throw notFound('access');
      if (previous && previous.serviceId !== service.id) throw wrongService();
      const access: Access = {
        ...input.access,
        serviceId: service.id,
        id: previous?.id ?? randomUUID(),
        createdAt: previous?.createdAt ?? at,
        updatedAt: at,
      };
      tx.put('accesses', access);
      const name = providerName(access.providerId);
      logChange(tx, 'accesses', access.id, previous ? 'access.updated' : 'access.added', text(`“${service.name}”的接入信息（${name}）已保存`, `Access of "${service.name}" at ${provider(access.providerId)?.label.en ?? access.providerId} saved`));
      return access;
    });
  }

  /** Idempotent: removing a link already removed changes nothing. */
  async remove(id: string): Promise<IdResult> {
    const existing = this.ctx.store.get<Access>('accesses', id);
    if (!existing) throw notFound('access');
    if (existing.removedAt) return { id };
    return this.ctx.transact((tx, at) => {
      const access = tx.get('accesses', id) as Access | undefined;
      if (!access) throw notFound('access');
      tx.put('accesses', { ...access, removedAt: at, updatedAt: at });
      const service = tx.get('services', access.serviceId) as Service | undefined;
      logChange(tx, 'accesses', id, 'access.removed', text(`取消“${service?.name ?? ''}”在${providerName(access.providerId)}的接入`, `Access of "${service?.name ?? ''}" at ${provider(access.providerId)?.label.en ?? access.providerId} removed`));
      return { id };
    });
  }
}
