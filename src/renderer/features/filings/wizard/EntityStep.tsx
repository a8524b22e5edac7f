import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EntityDraft, Override, PersonDraft } from '../../../../shared/domain';
import { isPersonCertificateType } from '../../../../shared/domain';
import type { FilingDetail } from '../../../../shared/ipc';
import { Section } from '../../../components/Section';
import { EntityAddressFields, EntityIdentityFields, LegalRepresentativeFields } from '../../entities/form/EntityFields';
import { entityFindings, toEntityInput, USCC_CHECKSUM, type EntityFormIn, type EntityFormOut } from '../../entities/form/entity-form';
import { RegionFields } from '../../entities/form/RegionFields';
import type { StepSave } from '../common/useFilingSaver';
import { newId, type StepModule } from './step-module';
import { sanitizeStep } from './step-data';

export interface EntityStepValues {
  entity: EntityDraft;
  usccOverride: { checked: boolean; note?: string | undefined };
}

function EntityStepFields({ detail }: { detail: FilingDetail }) {
  const { t } = useTranslation();
  // An initial filing has no number yet; every other order concerns an entity that has one (§2).
  const showIcpNumber = detail.filing.operation !== 'initial';
  return (
    <Flex vertical gap={16}>
      <Section title={t('entity.section.identity')}>
        <EntityIdentityFields showIcpNumber={showIcpNumber} />
        <LegalRepresentativeFields />
      </Section>
      <Section title={t('entity.section.region')}>
        <RegionFields />
        <EntityAddressFields />
      </Section>
    </Flex>
  );
}

/**
 * The leader the entity step points at must exist for main's check, even before the leaders step is
 * filled: a new entity gets a leader card of its own (an individual is their own leader, so their name
 * and certificate are carried over).
 */
function leaderPlaceholder(entity: EntityDraft, id: string): PersonDraft {
  const individual = entity.nature === 'individual' && entity.certificateType && isPersonCertificateType(entity.certificateType);
  return individual
    ? { id, certificateType: entity.certificateType as PersonDraft['certificateType'], ...(entity.name ? { name: entity.name } : {}), ...(entity.certificateNumber ? { certificateNumber: entity.certificateNumber } : {}) }
    : { id, certificateType: 'resident-id' };
}

/** 主体: the entity's identity, region, addresses and legal representative (§4.1). */
export const entityStep: StepModule<EntityStepValues> = {
  step: 'entity',
  defaults: (detail) => {
    const entity: EntityDraft = detail.filing.data.entity ?? { nature: 'enterprise', certificateType: 'uscc-certificate', leaderIsLegalRepresentative: true };
    const leaderId = entity.leaderId ?? detail.filing.data.leaders?.[0]?.id ?? detail.entity?.leaderId ?? newId();
    const override = entity.overrides?.find((o) => o.code === USCC_CHECKSUM);
    return { entity: { overrides: [], ...entity, leaderId }, usccOverride: { checked: Boolean(override), note: override?.note ?? '' } };
  },
  saves: (values, detail, ctx) => {
    const previous: readonly Override[] = detail.filing.data.entity?.overrides ?? [];
    const form = { ...values, entity: { ...values.entity, overrides: values.entity.overrides ?? [] } } as unknown as EntityFormOut;
    const entity = sanitizeStep('entity', toEntityInput(form, ctx.userName, previous));
    const saves: StepSave[] = [];
    const leaders = detail.filing.data.leaders ?? [];
    if (entity.leaderId && !leaders.some((p) => p.id === entity.leaderId)) saves.push({ step: 'leaders', data: [...leaders, leaderPlaceholder(entity, entity.leaderId)] });
    saves.push({ step: 'entity', data: entity });
    return saves;
  },
  check: (values) => entityFindings(values as unknown as EntityFormIn),
  Fields: EntityStepFields,
};
