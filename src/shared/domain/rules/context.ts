import { toBeijingDate, type CivilDate } from '../calendar/beijing-time';
import type { AccessDraft } from '../model/access';
import type { EntityDraft, Entity } from '../model/entity';
import type { Filing, FilingData } from '../model/filing';
import type { PersonDraft } from '../model/person';
import type { ServiceDraft } from '../model/service';
import type { EntityNature } from '../natures';
import type { OperationId } from '../operations';
import { provinceByGbCode, type Province } from '../provinces';
import type { PortfolioView } from './portfolio-view';

/** What a filing must carry for the rules: its operation and step data; the rest when known. */
export type FilingInput = Pick<Filing, 'operation' | 'data'> &
  Partial<Pick<Filing, 'id' | 'entityId' | 'targetServiceIds' | 'providerId' | 'acknowledgedWarnings'>>;

export interface RuleInput {
  readonly filing: FilingInput;
  readonly portfolio: PortfolioView;
  readonly now: Date;
}

/** A leader as the rules see it: the person data and, when typed in this filing, where. */
export interface LeaderRef {
  readonly id: string;
  readonly person: PersonDraft;
  /** 'leaders.2' when the person is in this filing's leaders step; absent for a stored person. */
  readonly path?: string;
}

export interface ServiceRef {
  readonly service: ServiceDraft;
  readonly index: number;
  /** 'services.0' */
  readonly path: string;
}

export interface AccessRef {
  readonly access: AccessDraft;
  readonly path: string;
}

/** Operations that file services for the first time (§2): their services get new numbers. */
export const NEW_SERVICE_OPERATIONS: readonly OperationId[] = ['initial', 'add-service-new-entity-here', 'add-service-existing-entity'];

/** Operations that send entity and leader data to the provider and 管局 for checking (§2). */
export const DATA_OPERATIONS: readonly OperationId[] = [
  'initial',
  'access',
  'add-service-new-entity-here',
  'add-service-existing-entity',
  'modify',
  'claim',
];

/**
 * Everything a rule looks at, derived once per run so that each check is a few lookups: the entity
 * as it will be filed (the step data over the stored record), its province and nature, leaders by
 * id, services and access with their paths.
 */
export interface RuleContext extends RuleInput {
  readonly operation: OperationId;
  readonly data: FilingData;
  /** Beijing calendar day of `now`: ICP dates are mainland days. */
  readonly today: CivilDate;
  readonly storedEntity: Entity | undefined;
  /** Stored entity fields overlaid with what this filing's entity step says. */
  readonly entity: EntityDraft | undefined;
  readonly province: Province | undefined;
  readonly nature: EntityNature | undefined;
  readonly isIndividual: boolean;
  readonly isNewServiceOperation: boolean;
  readonly services: readonly ServiceRef[];
  readonly access: readonly AccessRef[];
  /** Leaders of this filing's step first, then stored persons. */
  leader(id: string | undefined): LeaderRef | undefined;
  readonly entityLeader: LeaderRef | undefined;
  /** Distinct leaders of the filing: the entity leader and each service leader. */
  readonly leaders: readonly LeaderRef[];
}

function storedEntityData(entity: Entity | undefined): EntityDraft | undefined {
  if (!entity) return undefined;
  const { id: _id, createdAt: _c, updatedAt: _u, archivedAt: _a, lifecycle: _l, hubeiAnnualReview: _h, ...data } = entity;
  return data;
}

export function buildRuleContext(input: RuleInput): RuleContext {
  const { filing, portfolio, now } = input;
  const data = filing.data;
  const storedEntity = filing.entityId ? portfolio.getEntity(filing.entityId) : undefined;
  const base = storedEntityData(storedEntity);
  const entity = data.entity || base ? { ...base, ...data.entity } : undefined;
  const provinceCode = entity?.region?.province;
  const province = provinceCode ? provinceByGbCode(provinceCode)?.id : undefined;
  const nature = entity?.nature;

  const draftLeaders = new Map<string, LeaderRef>();
  (data.leaders ?? []).forEach((person, i) => draftLeaders.set(person.id, { id: person.id, person, path: `leaders.${i}` }));
  const leader = (id: string | undefined): LeaderRef | undefined => {
    if (!id) return undefined;
    const typed = draftLeaders.get(id);
    if (typed) return typed;
    const stored = portfolio.getPerson(id);
    return stored ? { id, person: stored } : undefined;
  };

  const services: ServiceRef[] = (data.services ?? []).map((service, index) => ({ service, index, path: `services.${index}` }));
  const access: AccessRef[] = (data.access ?? []).map((a, i) => ({ access: a, path: `access.${i}` }));
  const entityLeader = leader(entity?.leaderId);

  const leaders = new Map<string, LeaderRef>();
  if (entityLeader) leaders.set(entityLeader.id, entityLeader);
  for (const { service } of services) {
    const ref = leader(service.leaderId);
    if (ref) leaders.set(ref.id, ref);
  }
  for (const ref of draftLeaders.values()) leaders.set(ref.id, ref);

  return {
    ...input,
    operation: filing.operation,
    data,
    today: toBeijingDate(now),
    storedEntity,
    entity,
    province,
    nature,
    isIndividual: nature === 'individual',
    isNewServiceOperation: NEW_SERVICE_OPERATIONS.includes(filing.operation),
    services,
    access,
    leader,
    entityLeader,
    leaders: [...leaders.values()],
  };
}
