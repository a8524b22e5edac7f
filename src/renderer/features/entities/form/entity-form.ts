import type { DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import {
  certificateShowsUscc,
  checkEntityCertificate,
  checkEntityIcpNumber,
  checkPersonCertificate,
  checkRegionCode,
  checkUscc,
  type Finding,
  type Override,
} from '../../../../shared/domain';
import { EntityInput, type EntityDetail } from '../../../../shared/ipc';
import type { FieldFindings } from '../../../components/form/findings-resolver';
import { emptyPerson, LeaderForm, leaderFieldPath, toLeaderChoice } from '../../portfolio/leader-form';
import { personFindings } from '../../portfolio/person-checks';

export const USCC_CHECKSUM = 'uscc.checksum';

/** "I have checked the certificate": turns a USCC checksum error into a recorded override (O21). */
const UsccOverrideForm = z.object({ checked: z.boolean(), note: z.string().optional() });

export const EntityForm = z
  .object({ entity: EntityInput, leader: LeaderForm, usccOverride: UsccOverrideForm })
  .superRefine((values, ctx) => {
    if (values.usccOverride.checked && !values.usccOverride.note?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['usccOverride', 'note'], message: 'override needs a note' });
    }
  });
export type EntityFormIn = z.input<typeof EntityForm>;
export type EntityFormOut = z.output<typeof EntityForm>;
export type EntityFormDefaults = DefaultValues<EntityFormIn>;

const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** The shared reading of which certificates carry a USCC (validators/entity-certificate). */
export const showsUscc = certificateShowsUscc;

/** Which shared validator reads the certificate number: the personal certificate's, or the USCC check. */
const certificateFindings = (type: string | undefined, number: string): Finding[] => checkEntityCertificate(type, number);

/** The entity number: parses, and carries no service suffix (that would be a website's number). */
export const entityNumberFindings = checkEntityIcpNumber;

/**
 * The shared validators on the form as typed. A USCC checksum error with a recorded override
 * becomes a warning: it is still shown, with the note, but no longer blocks saving.
 */
export function entityFindings(values: EntityFormIn): FieldFindings {
  const entity = values.entity ?? {};
  const out: Record<string, Finding[]> = {};
  if (filled(entity.certificateNumber)) {
    const overridden = values.usccOverride?.checked && filled(values.usccOverride.note);
    out['entity.certificateNumber'] = certificateFindings(entity.certificateType, entity.certificateNumber).map((f) =>
      f.code === USCC_CHECKSUM && overridden ? { ...f, severity: 'warning' as const } : f,
    );
  }
  if (filled(entity.icpNumber)) {
    out['entity.icpNumber'] = entityNumberFindings(entity.icpNumber);
  }
  if (filled(entity.region?.district)) out['entity.region.district'] = checkRegionCode(entity.region.district);
  const legal = entity.legalRepresentative;
  if (legal?.certificateType && filled(legal.certificateNumber)) {
    out['entity.legalRepresentative.certificateNumber'] = checkPersonCertificate(legal.certificateType, legal.certificateNumber);
  }
  if (values.leader?.mode === 'new') Object.assign(out, personFindings(values.leader.person as never, 'leader.person'));
  return out;
}

/** True when the certificate number fails only the checksum, the one error that may be overridden. */
export function hasUsccChecksumError(values: EntityFormIn): boolean {
  const entity = values.entity ?? {};
  return filled(entity.certificateNumber) && showsUscc(entity.certificateType, entity.certificateNumber) && checkUscc(entity.certificateNumber).some((f) => f.code === USCC_CHECKSUM);
}

/** The entity as main takes it: the override note (if any) stamped with who and when. */
export function toEntityInput(values: EntityFormOut, userName: string, previous: readonly Override[] = []): EntityFormOut['entity'] {
  const others = values.entity.overrides.filter((o) => o.code !== USCC_CHECKSUM);
  const note = values.usccOverride.note?.trim();
  if (!values.usccOverride.checked || !note) return { ...values.entity, overrides: others };
  const kept = previous.find((o) => o.code === USCC_CHECKSUM && o.note === note);
  const override = kept ?? { code: USCC_CHECKSUM, note, by: userName, at: new Date().toISOString() };
  return { ...values.entity, overrides: [...others, override] };
}

export const toRequest = (values: EntityFormOut, userName: string, previous?: readonly Override[]) => ({
  entity: toEntityInput(values, userName, previous),
  leader: toLeaderChoice(values.leader),
});

/** Main's issue paths (['entity', 'region', 'city'], ['leader', 'new', 'mobile']) as form paths. */
export function entityFieldPath(path: readonly (string | number)[]): string {
  const [head, ...rest] = path;
  if (head === 'leader') return leaderFieldPath('leader', rest);
  if (head === 'entity' && rest[0] === 'overrides') return 'usccOverride.note';
  return path.join('.');
}

export const newEntityDefaults: EntityFormDefaults = {
  entity: { nature: 'enterprise', certificateType: 'uscc-certificate', leaderIsLegalRepresentative: true, overrides: [] },
  leader: { mode: 'new', person: { ...emptyPerson } },
  usccOverride: { checked: false, note: '' },
};

/** The form opened on a stored entity: everything as stored, the leader as the stored person. */
export function entityDefaults(detail: EntityDetail): EntityFormDefaults {
  const { id: _id, createdAt: _c, updatedAt: _u, archivedAt: _a, lifecycle: _l, hubeiAnnualReview: _h, leaderId, ...entity } = detail.entity;
  const override = entity.overrides.find((o) => o.code === USCC_CHECKSUM);
  return {
    entity,
    leader: { mode: 'existing', id: leaderId, person: { ...emptyPerson } },
    usccOverride: { checked: Boolean(override), note: override?.note ?? '' },
  };
}
