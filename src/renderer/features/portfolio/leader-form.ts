import { z } from 'zod';
import { Id } from '../../../shared/domain';
import { PersonInput, type LeaderChoice } from '../../../shared/ipc';

/**
 * The leader part of a form: an existing person, or a new one typed in place. Both halves stay in
 * the form while the user switches, so nothing typed is lost.
 */
export const LeaderForm = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('existing'), id: Id, person: z.unknown().optional() }),
  z.object({ mode: z.literal('new'), id: z.string().optional(), person: PersonInput }),
]);
export type LeaderFormIn = z.input<typeof LeaderForm>;

/** A service's leader may also be "the same as the entity's" (the usual case). */
export const ServiceLeaderForm = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('entity'), id: z.string().optional(), person: z.unknown().optional() }),
  ...LeaderForm.options,
]);
export type ServiceLeaderFormOut = z.output<typeof ServiceLeaderForm>;
export type LeaderFormOut = z.output<typeof LeaderForm>;

export function toLeaderChoice(leader: LeaderFormOut): LeaderChoice {
  return leader.mode === 'existing' ? { id: leader.id } : { new: leader.person };
}

/** Main's paths (`leader.new.mobile`) as the form's (`leader.person.mobile`). */
export function leaderFieldPath(prefix: string, rest: readonly (string | number)[]): string {
  if (rest[0] === 'new') return [prefix, 'person', ...rest.slice(1)].join('.');
  return [prefix, ...rest].join('.');
}

/** A new person's form starts with a resident ID and no dates. */
export const emptyPerson = { certificateType: 'resident-id' } as const;
