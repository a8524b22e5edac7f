import { randomUUID } from 'node:crypto';
import { text } from '../../../shared/domain/finding';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Service } from '../../../shared/domain/model/service';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { RecordExistingInput, type RecordExistingResult } from '../../../shared/ipc/portfolio-schemas';
import type { Store } from '../../store';
import { entityRecord, initialLifecycle } from './entity-service';
import { logChange } from './history';
import { IDX } from './indexes';
import { icpKey } from './keys';
import { leaderResolver } from './leaders';
import type { PortfolioContext } from './portfolio-context';
import { serviceRecord } from './service-record-service';
import { Checks, checkEntityInput, checkEntityNumber, checkLeaderChoice, checkServiceInput, parseInput } from './validation';

type Input = ReturnType<typeof RecordExistingInput.parse>;

/** Names of the live records already holding an ICP number, for the "already recorded" message. */
function holders(store: Store, key: string): string[] {
  const names: string[] = [];
  for (const id of store.lookup(IDX.entityByIcpNumber, key)) {
    const e = store.get<Entity>('entities', id);
    if (e) names.push(e.name);
  }
  for (const id of store.lookup(IDX.serviceByIcpNumber, key)) {
    const s = store.get<Service>('services', id);
    // The index also keys a service under its entity part; only a whole-number match is a holder.
    if (s?.icpNumber && icpKey(s.icpNumber) === key) names.push(s.name);
  }
  return names;
}

/**
 * portfolio:record-existing — an entity filed before the app (or at another agent) entered with its
 * numbers in one transaction: the entity, its leader, every service with its number, leader and
 * provider link. Each service number must belong to the entity number and carry its kind's suffix
 * (checkServiceNumber); a number already in the portfolio is refused, so nothing is recorded twice.
 */
export class RecordExistingService {
  constructor(private readonly ctx: PortfolioContext) {}

  private check(input: Input): void {
    const { store } = this.ctx;
    const now = this.ctx.now();
    const checks = new Checks(this.ctx.language());
    checkEntityInput(checks, ['entity'], input.entity, now);
    checkLeaderChoice(checks, ['leader'], input.leader, store, now);
    const entityNumberIssues = checks.issues.length;
    checkEntityNumber(checks, ['entityIcpNumber'], input.entityIcpNumber);
    const entityNumberValid = checks.issues.length === entityNumberIssues;
    if (input.entity.icpNumber?.trim() && icpKey(input.entity.icpNumber) !== icpKey(input.entityIcpNumber)) {
      checks.message(['entity', 'icpNumber'], text('主体备案号与上方填写的不一致，请保留一个正确的号码。', 'This entity number differs from the one entered above; keep the one that is right.'));
    }
    const taken = entityNumberValid ? holders(store, icpKey(input.entityIcpNumber)) : [];
    if (taken.length > 0) {
      checks.message(['entityIcpNumber'], text(`该备案号已记录在“${taken.join('”“')}”中，请打开已有记录，不要重复录入。`, `This number is already recorded for "${taken.join('", "')}"; open that record instead of entering it again.`));
    }
    const seen = new Set<string>();
    input.services.forEach((item, i) => {
      const path = ['services', i];
      const before = checks.issues.length;
      checkServiceInput(checks, [...path, 'service'], item.service, entityNumberValid ? input.entityIcpNumber : undefined);
      checkLeaderChoice(checks, [...path, 'leader'], item.leader, store, now);
      if (checks.issues.length > before) return;
      const key = icpKey(item.service.icpNumber);
      const elsewhere = holders(store, key);
      if (seen.has(key) || elsewhere.length > 0) {
        checks.message(
          [...path, 'service', 'icpNumber'],
          elsewhere.length > 0
            ? text(`该备案号已记录在“${elsewhere.join('”“')}”中，请核对号码。`, `This number is already recorded for "${elsewhere.join('", "')}"; check the number.`)
            : text('同一备案号填写了两次，请核对每个服务的号码。', 'The same number is entered twice; check each service’s number.'),
        );
      }
      seen.add(key);
    });
    checks.throwIfAny();
  }

  async record(raw: ChannelInput<'portfolio:record-existing'>): Promise<RecordExistingResult> {
    const input = parseInput(RecordExistingInput, raw, this.ctx.language());
    this.check(input);
    const entityId = randomUUID();
    const serviceIds = input.services.map(() => randomUUID());
    await this.ctx.transact((tx, at) => {
      const number = input.entityIcpNumber.trim();
      const resolveLeader = leaderResolver(tx, at);
      const leaderId = resolveLeader(input.leader);
      tx.put('entities', entityRecord({ ...input.entity, icpNumber: number }, leaderId, { id: entityId, createdAt: at, updatedAt: at, lifecycle: initialLifecycle(number, at) }));
      logChange(tx, 'entities', entityId, 'entity.recorded', text(`录入已备案主体“${input.entity.name}”（${number}）及 ${input.services.length} 个服务`, `Filed entity "${input.entity.name}" (${number}) recorded with ${input.services.length} services`));
      input.services.forEach((item, i) => {
        const id = serviceIds[i] ?? randomUUID();
        const serviceLeaderId = resolveLeader(item.leader);
        const serviceNumber = item.service.icpNumber.trim();
        tx.put('services', serviceRecord({ ...item.service, icpNumber: serviceNumber }, serviceLeaderId, { id, entityId, createdAt: at, updatedAt: at, lifecycle: initialLifecycle(serviceNumber, at) }));
        logChange(tx, 'services', id, 'service.recorded', text(`录入已备案服务“${item.service.name}”（${serviceNumber}）`, `Filed service "${item.service.name}" (${serviceNumber}) recorded`));
        if (item.access) {
          const accessId = randomUUID();
          tx.put('accesses', { ...item.access, id: accessId, serviceId: id, createdAt: at, updatedAt: at });
          logChange(tx, 'accesses', accessId, 'access.added', text(`录入“${item.service.name}”的接入信息`, `Access of "${item.service.name}" recorded`));
        }
      });
    });
    return { entityId, serviceIds };
  }
}
