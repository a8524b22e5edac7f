import { z } from 'zod';
import { NonEmpty, type Finding, type ServiceKind } from '../../../../shared/domain';
import { AccessInput, EntityInput, ExistingServiceInput, type LeaderChoice, type RecordExistingInput } from '../../../../shared/ipc';
import type { FieldFindings } from '../../../components/form/findings-resolver';
import { emptyPerson, LeaderForm, ServiceLeaderForm, toLeaderChoice, type ServiceLeaderFormOut } from '../../portfolio/leader-form';
import { personFindings } from '../../portfolio/person-checks';
import { serviceDefaults } from '../../portfolio/service-form';
import { serviceFindings } from '../../portfolio/service-checks';
import { entityFindings, entityNumberFindings, toEntityInput, type EntityFormIn } from '../form/entity-form';

/** The provider link is recorded with the service unless the user unticks it. */
const AccessChoice = z.discriminatedUnion('withAccess', [
  z.object({ withAccess: z.literal(true), access: AccessInput }),
  z.object({ withAccess: z.literal(false), access: z.unknown().optional() }),
]);

const RecordService = z.object({ service: ExistingServiceInput, leader: ServiceLeaderForm }).and(AccessChoice);

/** An entity already filed, with its number and its services' numbers, recorded in one go. */
export const RecordForm = z
  .object({
    entity: EntityInput,
    leader: LeaderForm,
    usccOverride: z.object({ checked: z.boolean(), note: z.string().optional() }),
    entityIcpNumber: NonEmpty,
    services: z.array(RecordService).min(1),
  })
  .superRefine((values, ctx) => {
    if (values.usccOverride.checked && !values.usccOverride.note?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['usccOverride', 'note'], message: 'override needs a note' });
    }
  });
export type RecordFormIn = z.input<typeof RecordForm>;
export type RecordFormOut = z.output<typeof RecordForm>;

const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** Everything the entity form checks, the entity number, and each service against that number. */
export function recordFindings(values: RecordFormIn): FieldFindings {
  const out: Record<string, readonly Finding[]> = { ...entityFindings(values as unknown as EntityFormIn) };
  if (filled(values.entityIcpNumber)) out.entityIcpNumber = entityNumberFindings(values.entityIcpNumber);
  const ctx = { nature: values.entity?.nature, entityIcpNumber: values.entityIcpNumber };
  (values.services ?? []).forEach((item, index) => {
    Object.assign(out, serviceFindings(item?.service as never, `services.${index}.service`, ctx));
    if (item?.leader?.mode === 'new') Object.assign(out, personFindings(item.leader.person as never, `services.${index}.leader.person`));
  });
  return out;
}

export function newRecordService(kind: ServiceKind): RecordFormIn['services'][number] {
  return {
    service: serviceDefaults(kind),
    leader: { mode: 'entity', person: { ...emptyPerson } },
    withAccess: true,
    access: { accessMethod: 'cloud', ips: [] },
  } as never;
}

export const newRecordDefaults = {
  entity: { nature: 'enterprise', certificateType: 'uscc-certificate', leaderIsLegalRepresentative: true, overrides: [] },
  leader: { mode: 'new', person: { ...emptyPerson } },
  usccOverride: { checked: false, note: '' },
  services: [newRecordService('website')],
} as unknown as RecordFormIn;

export function toRecordRequest(values: RecordFormOut, userName: string): RecordExistingInput {
  const entityLeader = toLeaderChoice(values.leader);
  const serviceLeader = (leader: ServiceLeaderFormOut): LeaderChoice => (leader.mode === 'entity' ? entityLeader : toLeaderChoice(leader));
  const entity = toEntityInput(values as never, userName);
  return {
    entity: { ...entity, icpNumber: values.entityIcpNumber },
    leader: entityLeader,
    entityIcpNumber: values.entityIcpNumber,
    services: values.services.map((item) => ({
      service: item.service,
      leader: serviceLeader(item.leader),
      access: item.withAccess ? item.access : undefined,
    })),
  };
}

/** Main's paths as the form's: a new leader's data sits under `person`, an app's domains are one field. */
export function recordFieldPath(path: readonly (string | number)[]): string {
  const out: (string | number)[] = [];
  for (let i = 0; i < path.length; i++) {
    const part = path[i] as string | number;
    if (part === 'new' && path[i - 1] === 'leader') out.push('person');
    else if (part === 'overrides' && path[i - 1] === 'entity') return 'usccOverride.note';
    else if (part === 'domains') {
      out.push(part);
      break;
    } else out.push(part);
  }
  return out.join('.');
}
