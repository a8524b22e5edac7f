import { z } from 'zod';
import type { Person } from '../../../shared/domain';
import { PersonInput } from '../../../shared/ipc';
import type { FieldFindings } from '../../components/form/findings-resolver';
import { personFindings } from '../portfolio/person-checks';

export const PersonForm = z.object({ person: PersonInput });
export type PersonFormIn = z.input<typeof PersonForm>;
export type PersonFormOut = z.output<typeof PersonForm>;

export const personFormFindings = (values: PersonFormIn): FieldFindings => personFindings(values.person as never, 'person');

export function personDefaults(person: Person): PersonFormIn {
  const { id: _id, createdAt: _c, updatedAt: _u, archivedAt: _a, ...data } = person;
  return { person: data };
}
