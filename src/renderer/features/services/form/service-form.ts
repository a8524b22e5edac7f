import { z } from 'zod';
import type { Person, ServiceKind } from '../../../../shared/domain';
import { ServiceInput, type ServiceDetail } from '../../../../shared/ipc';
import type { FieldFindings } from '../../../components/form/findings-resolver';
import { emptyPerson, LeaderForm, leaderFieldPath, toLeaderChoice } from '../../portfolio/leader-form';
import { personFindings } from '../../portfolio/person-checks';
import { serviceDefaults } from '../../portfolio/service-form';
import { serviceFieldPath, serviceFindings, type ServiceCheckContext } from '../../portfolio/service-checks';

export const ServiceForm = z.object({ service: ServiceInput, leader: LeaderForm });
export type ServiceFormIn = z.input<typeof ServiceForm>;
export type ServiceFormOut = z.output<typeof ServiceForm>;
export type ServiceFormDefaults = { service: Record<string, unknown>; leader: Partial<z.input<typeof LeaderForm>> };

export function serviceFormFindings(values: ServiceFormIn, ctx: ServiceCheckContext): FieldFindings {
  const out = serviceFindings(values.service as never, 'service', ctx);
  if (values.leader?.mode === 'new') Object.assign(out, personFindings(values.leader.person as never, 'leader.person'));
  return out;
}

export const toServiceRequest = (values: ServiceFormOut) => ({ service: values.service, leader: toLeaderChoice(values.leader) });

export function serviceFormPath(path: readonly (string | number)[]): string {
  const [head, ...rest] = path;
  if (head === 'leader') return leaderFieldPath('leader', rest);
  if (head === 'service') return serviceFieldPath('service', rest);
  return path.join('.');
}

/** A new service of an entity: a website by default, led by the entity's leader. */
export function newServiceDefaults(kind: ServiceKind, entityLeader: Person): ServiceFormDefaults {
  return { service: serviceDefaults(kind), leader: { mode: 'existing', id: entityLeader.id, person: { ...emptyPerson } } };
}

export function serviceFormDefaults(detail: ServiceDetail): ServiceFormDefaults {
  const { id: _id, createdAt: _c, updatedAt: _u, archivedAt: _a, lifecycle: _l, entityId: _e, leaderId, ...service } = detail.service;
  return { service, leader: { mode: 'existing', id: leaderId, person: { ...emptyPerson } } };
}
