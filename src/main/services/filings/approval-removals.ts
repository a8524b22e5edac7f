import { text } from '../../../shared/domain/finding';
import { FILED_LIVE_STATES } from '../../../shared/domain/lifecycle-service';
import type { Access } from '../../../shared/domain/model/access';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Filing } from '../../../shared/domain/model/filing';
import { provider } from '../../../shared/domain/model/providers';
import type { Service } from '../../../shared/domain/model/service';
import type { Language } from '../../../shared/ipc/schemas';
import type { Store, Tx } from '../../store';
import { logChange } from '../portfolio/history';
import { currentAccessesOf, servicesOf } from '../portfolio/records';
import { serviceLabel } from './drafts';
import { step } from './filed-steps';
import { invalid } from './messages';

/**
 * The approvals that take something away: a cancelled number (注销, §2.1: A16, T2, H3) and a removed
 * provider link (取消接入: the number stays, A1). Each change is written in the filing's transaction.
 */

export interface Removal {
  readonly tx: Tx;
  readonly store: Store;
  readonly at: string;
  readonly stamp: string;
}

const isLive = (r: { lifecycle: { state: string } }): boolean => (FILED_LIVE_STATES as readonly string[]).includes(r.lifecycle.state);

function removeAccess(r: Removal, access: Access, service: Service): void {
  r.tx.put('accesses', { ...access, removedAt: r.at, updatedAt: r.stamp });
  const p = provider(access.providerId)?.label;
  logChange(r.tx, 'accesses', access.id, 'access.removed', text(`取消“${serviceLabel(service)}”在${p?.['zh-CN'] ?? access.providerId}的接入`, `Access of "${serviceLabel(service)}" at ${p?.en ?? access.providerId} removed`));
}

/** A cancelled number takes its provider links with it: there is nothing left to host. */
function cancelService(r: Removal, service: Service): void {
  const name = serviceLabel(service);
  r.tx.put('services', { ...service, lifecycle: step(service.lifecycle, 'cancelled', r.at, name), updatedAt: r.stamp });
  logChange(r.tx, 'services', service.id, 'service.cancelled', text(`注销“${name}”（${service.icpNumber ?? ''}），不可恢复`, `"${name}" (${service.icpNumber ?? ''}) cancelled, irreversibly`));
  for (const a of currentAccessesOf(r.store, service.id)) removeAccess(r, a, service);
}

/** An entity number with no live service left is a shell entity (§2.1: T2, H3). */
function shellIfEmpty(r: Removal, entityId: string, gone: ReadonlySet<string>, hasAccess: (s: Service) => boolean): void {
  const entity = r.tx.get('entities', entityId) as Entity | undefined;
  if (!entity || entity.lifecycle.state === 'SHELL' || !isLive(entity)) return;
  const left = servicesOf(r.store, entityId).filter((s) => !s.archivedAt && isLive(s) && !gone.has(s.id) && hasAccess(s));
  if (left.length > 0) return;
  r.tx.put('entities', { ...entity, lifecycle: step(entity.lifecycle, 'shell-confirmed', r.at, entity.name), updatedAt: r.stamp });
  logChange(r.tx, 'entities', entityId, 'entity.shell', text(`“${entity.name}”已没有网站/App 或接入：空壳主体`, `"${entity.name}" has no website/app or access left: a shell entity`));
}

const targetsOf = (r: Removal, filing: Filing): Service[] =>
  filing.targetServiceIds.flatMap((id) => {
    const s = r.tx.get('services', id) as Service | undefined;
    return s ? [s] : [];
  });

/** 注销主体: the entity and every live service under it (§2.1). */
export function approveCancelEntity(r: Removal, filing: Filing): void {
  const entity = filing.entityId ? (r.tx.get('entities', filing.entityId) as Entity | undefined) : undefined;
  if (!entity) return;
  for (const s of servicesOf(r.store, entity.id)) if (isLive(s)) cancelService(r, r.tx.get('services', s.id) as Service);
  r.tx.put('entities', { ...entity, lifecycle: step(entity.lifecycle, 'cancelled', r.at, entity.name), updatedAt: r.stamp });
  logChange(r.tx, 'entities', entity.id, 'entity.cancelled', text(`注销主体“${entity.name}”（${entity.icpNumber ?? ''}）及其全部网站/App，不可恢复`, `Entity "${entity.name}" (${entity.icpNumber ?? ''}) cancelled with every website/app, irreversibly`));
}

/** 注销网站/App: that service only; the others keep working (§2.1). */
export function approveCancelService(r: Removal, filing: Filing): void {
  const targets = targetsOf(r, filing);
  for (const s of targets) cancelService(r, s);
  const gone = new Set(targets.map((s) => s.id));
  const hasAccess = (s: Service) => currentAccessesOf(r.store, s.id).length > 0;
  for (const entityId of new Set(targets.map((s) => s.entityId))) shellIfEmpty(r, entityId, gone, hasAccess);
}

/**
 * 取消接入: the link to the order's provider goes (removedAt); the number stays at MIIT. A service
 * with no provider left is ACCESS_REMOVED and then a shell site (§2, §2.1, §9.2: A1, T1, T2).
 */
export function approveRemoveAccess(r: Removal, filing: Filing, language: Language): void {
  const providerId = filing.providerId;
  const targets = targetsOf(r, filing);
  const issues = targets.flatMap((s, i) => {
    const here = currentAccessesOf(r.store, s.id).filter((a) => a.providerId === providerId);
    return here.length > 0 ? [] : [{ path: ['targetServiceIds', i], message: text(`“${serviceLabel(s)}”在该接入商没有接入记录，请核对订单的接入商。`, `"${serviceLabel(s)}" has no access at this provider; check the order's provider.`)[language] }];
  });
  if (!providerId || issues.length > 0) {
    throw invalid(providerId ? issues : [{ path: ['providerId'], message: text('订单没有指定接入商：请先选择要取消接入的接入商。', 'The order names no provider: choose the provider to remove first.')[language] }]);
  }
  for (const s of targets) {
    const current = currentAccessesOf(r.store, s.id);
    for (const a of current.filter((x) => x.providerId === providerId)) removeAccess(r, a, s);
    if (current.some((a) => a.providerId !== providerId)) continue;
    const name = serviceLabel(s);
    const removed = step(s.lifecycle, 'access-removed', r.at, name);
    r.tx.put('services', { ...s, lifecycle: step(removed, 'shell-confirmed', r.at, name), updatedAt: r.stamp });
    logChange(r.tx, 'services', s.id, 'service.shell', text(`“${name}”已没有任何接入商：空壳网站，备案号可能被管局注销`, `"${name}" has no provider left: a shell site whose number the 管局 may cancel`));
  }
  const hasAccess = (s: Service) => currentAccessesOf(r.store, s.id).some((a) => !(targets.some((t) => t.id === s.id) && a.providerId === providerId));
  for (const entityId of new Set(targets.map((s) => s.entityId))) shellIfEmpty(r, entityId, new Set(), hasAccess);
}
