import { Flex } from 'antd';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/ipc';
import { FormShell } from '../../../components/form/FormShell';
import { withFindings } from '../../../components/form/findings-resolver';
import { formResolver } from '../../../components/form/zod-messages';
import { LeaderFields } from '../../portfolio/LeaderFields';
import { EntityAddressFields, EntityIdentityFields, LegalRepresentativeFields } from './EntityFields';
import { EntityForm as EntityFormSchema, entityFieldPath, entityFindings, type EntityFormDefaults, type EntityFormIn, type EntityFormOut } from './entity-form';
import { RegionFields } from './RegionFields';
import { Section } from '../../../components/Section';

interface EntityFormProps<Saved> {
  defaults: EntityFormDefaults;
  currentLeaderLabel?: string;
  submitLabel: string;
  save: (values: EntityFormOut) => Promise<Result<Saved>>;
  onSaved: (saved: Saved) => void;
  onCancel: () => void;
}

/** The entity form (create and edit): identity, region and addresses, the leader. */
export function EntityForm<Saved>({ defaults, currentLeaderLabel, submitLabel, save, onSaved, onCancel }: EntityFormProps<Saved>) {
  const { t } = useTranslation();
  const resolver = useMemo(() => withFindings(formResolver<EntityFormIn, EntityFormOut>(EntityFormSchema, t), entityFindings), [t]);
  const form = useForm<EntityFormIn, unknown, EntityFormOut>({ resolver, defaultValues: defaults as EntityFormIn, mode: 'onTouched' });
  return (
    <FormShell form={form} check={entityFindings} save={save} onSaved={onSaved} onCancel={onCancel} toField={entityFieldPath} label={t('entity.form.label')} submitLabel={submitLabel}>
      <Flex vertical gap={16}>
        <Section title={t('entity.section.identity')}>
          <EntityIdentityFields />
        </Section>
        <Section title={t('entity.section.region')}>
          <RegionFields />
          <EntityAddressFields />
        </Section>
        <Section title={t('entity.section.leader')}>
          <LegalRepresentativeFields />
          <LeaderFields<EntityFormIn> prefix="leader" currentLabel={currentLeaderLabel} />
        </Section>
      </Flex>
    </FormShell>
  );
}
