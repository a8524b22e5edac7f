import { applyFilingEvent, newFilingLifecycle } from '../../src/shared/domain/lifecycle-filing';
import type { FilingEvent } from '../../src/shared/domain/lifecycle-filing-types';
import type { Access, AccessDraft } from '../../src/shared/domain/model/access';
import type { DocumentItem } from '../../src/shared/domain/model/documents';
import type { Entity, EntityDraft } from '../../src/shared/domain/model/entity';
import type { Filing, FilingData, RejectionFinding } from '../../src/shared/domain/model/filing';
import type { Person, PersonDraft } from '../../src/shared/domain/model/person';
import type { Service, ServiceDraft } from '../../src/shared/domain/model/service';
import type { OperationId } from '../../src/shared/domain/operations';
import type { UnitDraw } from './context';
import { eventsTo, walkFiling, type FilingTarget } from './filing-paths';
import { beijingInstant } from './time';

/** One order to write: what it does, where it ends up, and when its last event happened. */
export interface FilingPlan {
  operation: OperationId;
  target: FilingTarget;
  endMs: number;
  /** Services the order files (initial, add-service, access) or acts on (remove-access, cancel-service). */
  services: readonly Service[];
}

export interface FilingSubjects {
  entity: Entity;
  accessesOf: (serviceId: string) => readonly Access[];
  person: (id: string) => Person | undefined;
}

/** Rejections as providers and 管局 word them (W4: field, reason, suggestion). */
const REJECTIONS: readonly Omit<RejectionFinding, 'at'>[] = [
  { fieldPath: 'entity.mailingAddress', reason: '通信地址需详细到门牌号', suggestion: '请补充门牌号后重新提交' },
  { fieldPath: 'services.0.name', reason: '网站名称与网站内容不符', suggestion: '请修改网站名称，使其体现网站实际内容' },
  { fieldPath: 'documents', reason: '负责人证件照片不清晰', suggestion: '请上传清晰的证件原件彩色照片' },
  { fieldPath: 'leaders.0.emergencyPhone', reason: '应急联系电话不能与本人手机号码相同', suggestion: '请填写其他联系人的手机号码' },
  { fieldPath: 'entity.investor', reason: '投资者或上级主管单位填写有误', suggestion: '企业请填写股东名称，与营业执照一致' },
  { fieldPath: 'services.0.remarks', reason: '备注中未说明网站具体内容', suggestion: '请在备注中写明网站提供的服务' },
];

/** What an order filed about the entity: its data as on the certificate, without stored-only fields. */
function entityDraftOf(e: Entity, withNumber: boolean): EntityDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, archivedAt: _a, lifecycle: _l, hubeiAnnualReview: _h, icpNumber, ...draft } = e;
  return withNumber && icpNumber ? { ...draft, icpNumber } : draft;
}

function serviceDraftOf(s: Service, withNumber: boolean): ServiceDraft {
  const { createdAt: _c, updatedAt: _u, archivedAt: _a, lifecycle: _l, entityId: _e, icpNumber, ...draft } = s;
  return withNumber && icpNumber ? { ...draft, icpNumber } : draft;
}

function accessDraftOf(a: Access): AccessDraft {
  return { serviceId: a.serviceId, providerId: a.providerId, serviceCode: a.serviceCode, accessMethod: a.accessMethod, serverRegion: a.serverRegion, ips: a.ips };
}

/** Operations that carry the entity and its services as filed; the numbers exist already for access and claim. */
const CARRIES_ENTITY: ReadonlySet<OperationId> = new Set(['initial', 'access', 'add-service-new-entity-here', 'claim']);
const KNOWS_NUMBERS: ReadonlySet<OperationId> = new Set(['access', 'claim', 'modify']);

function personDraftOf(p: Person): PersonDraft {
  const { createdAt: _c, updatedAt: _u, archivedAt: _a, ...draft } = p;
  return draft;
}

function dataFor(plan: FilingPlan, subjects: FilingSubjects, submitted: boolean): FilingData {
  const { operation, services } = plan;
  const { entity } = subjects;
  if (operation === 'remove-access' || operation === 'cancel-service' || operation === 'cancel-entity') return {};
  if (operation === 'modify') {
    // A modification re-files the entity as it now stands (here a new mailing address), and the
    // site it touches when there is one.
    return {
      entity: entityDraftOf(entity, true),
      ...(services[0] ? { services: [{ ...serviceDraftOf(services[0], true), remarks: '更新网站简介与联系方式' }] } : {}),
    };
  }
  const numbers = KNOWS_NUMBERS.has(operation);
  // The leaders step holds each leader once; entity and services point at them by id (§4.1).
  const leaderIds = [...new Set([...(CARRIES_ENTITY.has(operation) ? [entity.leaderId] : []), ...services.map((s) => s.leaderId)])];
  const leaders = leaderIds.map((id) => subjects.person(id)).filter((p): p is Person => p !== undefined);
  const documents: DocumentItem[] = [
    ...(CARRIES_ENTITY.has(operation) ? [{ kind: 'entity-certificate' as const, provided: submitted }] : []),
    ...leaderIds.map((id) => ({ kind: 'leader-id' as const, subjectId: id, provided: submitted })),
  ];
  return {
    ...(CARRIES_ENTITY.has(operation) ? { entity: entityDraftOf(entity, numbers) } : {}),
    leaders: leaders.map(personDraftOf),
    services: services.map((s) => serviceDraftOf(s, numbers)),
    access: services.flatMap((s) => subjects.accessesOf(s.id).slice(0, 1).map(accessDraftOf)),
    documents,
  };
}

/** The checklist items an agent ticks before submitting (the rules' acknowledgeable warnings). */
function acknowledgements(operation: OperationId): string[] {
  if (operation === 'cancel-entity' || operation === 'cancel-service') return ['filing.cancel-irreversible'];
  if (operation === 'remove-access') return [];
  const codes = ['documents.originals', 'documents.face-check'];
  if (operation === 'initial' || operation === 'add-service-new-entity-here' || operation === 'add-service-existing-entity') codes.push('service.domain.verify', 'service.domain.not-resolving');
  return codes;
}

const REJECT_EVENTS: ReadonlySet<FilingEvent> = new Set(['provider-reject', 'admin-reject']);

/** One order, walked to its state through the real lifecycle (see filing-paths.ts). */
export function makeFiling(u: UnitDraw, plan: FilingPlan, subjects: FilingSubjects): Filing {
  const { rng, ctx } = u;
  const events = eventsTo(plan.target, plan.operation, rng);
  const walked = walkFiling(plan.operation, events, Math.min(plan.endMs, ctx.baseMs - 60_000), rng);
  const { lifecycle } = walked;
  const submitted = lifecycle.state !== 'DRAFT';
  const rejectionFindings: RejectionFinding[] = lifecycle.history
    .filter((h) => REJECT_EVENTS.has(h.event))
    .map((h) => ({ ...rng.pick(REJECTIONS), at: h.at }));
  const firstService = plan.services[0];
  const providerId = (firstService && subjects.accessesOf(firstService.id)[0]?.providerId) ?? 'alibaba';
  const created = beijingInstant(walked.createdMs);
  return {
    // The lifecycle carries createdAt (the order's creation), which is also the record's.
    ...lifecycle,
    id: rng.uuid(),
    updatedAt: beijingInstant(walked.lastMs),
    entityId: subjects.entity.id,
    targetServiceIds: plan.operation === 'remove-access' || plan.operation === 'cancel-service' || plan.operation === 'modify' ? plan.services.map((s) => s.id) : [],
    data: dataFor(plan, subjects, submitted),
    ...(submitted ? { providerId, providerOrderNumber: `${created.slice(0, 10).replaceAll('-', '')}${rng.digits(8)}` } : {}),
    rejectionFindings,
    acknowledgedWarnings: submitted ? acknowledgements(plan.operation).map((code) => ({ code, by: ctx.agent, at: created })) : [],
  };
}

/**
 * The same order one event earlier: what was stored before the agent recorded its last event. The
 * seed writes this in the bulk and the real record in a journal transaction of its own, so the
 * journal holds the day's event recordings. Rebuilt through applyFilingEvent, like the original.
 */
export function rewindFiling(filing: Filing): Filing {
  const events = filing.history.slice(0, -1);
  let lifecycle = newFilingLifecycle(filing.operation, filing.createdAt);
  for (const h of events) {
    const result = applyFilingEvent(lifecycle, h.event, h.at);
    if (!result.ok) throw new Error(`seed: cannot replay '${h.event}' of filing ${filing.id}`);
    lifecycle = result.state;
  }
  const at = events.at(-1)?.at ?? filing.createdAt;
  const cut = Date.parse(at);
  const { providerId, providerOrderNumber, ...rest } = filing;
  const submitted = lifecycle.state !== 'DRAFT';
  return {
    ...rest,
    ...lifecycle,
    ...(submitted && providerId ? { providerId } : {}),
    ...(submitted && providerOrderNumber ? { providerOrderNumber } : {}),
    updatedAt: at,
    rejectionFindings: filing.rejectionFindings.filter((r) => r.at === undefined || Date.parse(r.at) <= cut),
    acknowledgedWarnings: submitted ? filing.acknowledgedWarnings : [],
  };
}
