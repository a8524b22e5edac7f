import { text } from '../../../shared/domain/finding';
import { FILED_LIVE_STATES, FILED_NEXT_STEP, FILED_STATE_LABELS } from '../../../shared/domain/lifecycle-service';
import type { AccessDraft } from '../../../shared/domain/model/access';
import type { Entity } from '../../../shared/domain/model/entity';
import type { FilingData } from '../../../shared/domain/model/filing';
import type { Person, PersonDraft } from '../../../shared/domain/model/person';
import type { ProviderId } from '../../../shared/domain/model/providers';
import type { Service } from '../../../shared/domain/model/service';
import type { OperationId } from '../../../shared/domain/operations';
import type { FilingCreateInput } from '../../../shared/ipc/filing-schemas';
import type { Language } from '../../../shared/ipc/schemas';
import type { Store } from '../../store';
import { currentAccessesOf, servicesOf } from '../portfolio/records';
import { Checks } from '../portfolio/validation';
import { accessDraftOf, entityDraftOf, personDraftOf, serviceDraftOf } from './drafts';

/** What a new order starts from: its entity, targets, provider and step data taken from the portfolio. */
export interface Prefill {
  entityId?: string;
  targetServiceIds: string[];
  providerId?: ProviderId;
  data: FilingData;
}

/** Operations that act on filed records: the entity (and targets) must still hold their numbers. */
const ON_FILED: readonly OperationId[] = ['modify', 'remove-access', 'cancel-entity', 'cancel-service'];
/** Operations whose order names the stored services concerned (§2, §2.1). */
const NEEDS_TARGETS: readonly OperationId[] = ['remove-access', 'cancel-service'];
/** Operations whose order needs a stored entity. */
const NEEDS_ENTITY: readonly OperationId[] = ['add-service-existing-entity', 'modify', 'cancel-entity'];
/** Operations that send the entity's data for review, so the entity step starts from the stored record (§2). */
const CARRIES_ENTITY: readonly OperationId[] = ['initial', 'access', 'add-service-new-entity-here', 'claim', 'modify'];

const isLive = (r: { lifecycle: { state: string } }): boolean => (FILED_LIVE_STATES as readonly string[]).includes(r.lifecycle.state);

function stateProblem(c: Checks, path: (string | number)[], name: string, state: Entity['lifecycle']['state']): void {
  const label = FILED_STATE_LABELS[state];
  const next = FILED_NEXT_STEP[state];
  c.message(path, text(`“${name}”当前为“${label['zh-CN']}”，没有可办理的有效备案。${next['zh-CN']}`, `"${name}" is "${label.en}", so there is no valid filing to act on. ${next.en}`));
}

/** The leaders the step lists: the entity leader and each service leader, once each. */
function leadersOf(store: Store, entity: Entity | undefined, services: readonly Service[]): PersonDraft[] {
  const ids = [...new Set([entity?.leaderId, ...services.map((s) => s.leaderId)].filter((id): id is string => id !== undefined))];
  return ids.flatMap((id) => {
    const person = store.get<Person>('people', id);
    return person ? [personDraftOf(person)] : [];
  });
}

/**
 * Checks the order's subject and builds its starting data. Throws VALIDATION with input paths when
 * the entity or targets are missing, archived, of another entity, or no longer filed.
 */
export function prefill(store: Store, input: FilingCreateInput, language: Language): Prefill {
  const c = new Checks(language);
  const op = input.operation;
  const targetIds = [...new Set(input.targetServiceIds ?? [])];
  const targets: Service[] = [];
  targetIds.forEach((id, i) => {
    const s = store.get<Service>('services', id);
    if (!s || s.archivedAt) c.message(['targetServiceIds', i], text('找不到该网站/App（可能已归档或删除），请重新选择。', 'That website/app no longer exists (it may be archived or deleted); choose again.'));
    else targets.push(s);
  });
  const entityId = input.entityId ?? targets[0]?.entityId;
  const entity = entityId ? store.get<Entity>('entities', entityId) : undefined;
  if (entityId && (!entity || entity.archivedAt)) c.message(['entityId'], text('找不到该主体（可能已归档或删除），请重新选择。', 'That entity no longer exists (it may be archived or deleted); choose again.'));
  if (!entityId && NEEDS_ENTITY.includes(op)) c.message(['entityId'], text('请选择本订单涉及的主体。', 'Choose the entity this order concerns.'));
  if (NEEDS_TARGETS.includes(op) && targetIds.length === 0) c.message(['targetServiceIds'], text('请选择本订单涉及的网站/App。', 'Choose the website(s)/app(s) this order concerns.'));
  // §2.1 "Batch": websites are cancelled one at a time.
  if (op === 'cancel-service' && targetIds.length > 1) {
    c.message(['targetServiceIds'], text('注销网站/App 须逐个办理（§2.1）：请只选择一个，其余分别新建订单。', 'Websites/apps are cancelled one at a time (§2.1): choose one and create an order for each of the others.'));
  }
  targets.forEach((s, i) => {
    if (entityId && s.entityId !== entityId) c.message(['targetServiceIds', i], text(`“${s.name}”不属于所选主体，请重新选择。`, `"${s.name}" belongs to another entity; choose again.`));
    else if (ON_FILED.includes(op) && !isLive(s)) stateProblem(c, ['targetServiceIds', i], s.name, s.lifecycle.state);
  });
  if (entity && ON_FILED.includes(op) && !isLive(entity)) stateProblem(c, ['entityId'], entity.name, entity.lifecycle.state);
  c.throwIfAny();

  const live = entity ? servicesOf(store, entity.id).filter((s) => !s.archivedAt && isLive(s)) : [];
  // A cancelled entity takes every service with it, so the order names them all (what goes, §2.1).
  const named = op === 'cancel-entity' ? live : op === 'modify' && targets.length === 0 ? live : targets;
  const providerId = input.providerId ?? soleProvider(store, named);
  const data: FilingData = {};
  if (entity && CARRIES_ENTITY.includes(op)) data.entity = entityDraftOf(entity);
  if (op === 'modify' || op === 'access' || op === 'claim') {
    data.leaders = leadersOf(store, entity, named);
    data.services = named.map(serviceDraftOf);
  } else if (entity && CARRIES_ENTITY.includes(op)) {
    data.leaders = leadersOf(store, entity, []);
  }
  if (op === 'modify') data.access = named.flatMap((s) => currentAccessesOf(store, s.id).map(accessDraftOf));
  if ((op === 'access' || op === 'claim') && providerId) data.access = named.map((s): AccessDraft => ({ serviceId: s.id, providerId }));
  return {
    ...(entity ? { entityId: entity.id } : {}),
    targetServiceIds: named.map((s) => s.id),
    ...(providerId ? { providerId } : {}),
    data,
  };
}

/** The provider of the named services' current links, when there is exactly one (remove-access). */
function soleProvider(store: Store, services: readonly Service[]): ProviderId | undefined {
  const ids = new Set(services.flatMap((s) => currentAccessesOf(store, s.id).map((a) => a.providerId)));
  return ids.size === 1 ? [...ids][0] : undefined;
}
