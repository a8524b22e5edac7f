import { Flex } from 'antd';
import { useCallback, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/ipc';
import { FormShell } from '../../../components/form/FormShell';
import { withFindings } from '../../../components/form/findings-resolver';
import { formResolver } from '../../../components/form/zod-messages';
import { LeaderFields } from '../../portfolio/LeaderFields';
import type { ServiceCheckContext } from '../../portfolio/service-checks';
import { ServiceFields } from '../../portfolio/ServiceFields';
import { ServiceForm as ServiceFormSchema, serviceFormFindings, serviceFormPath, type ServiceFormDefaults, type ServiceFormIn, type ServiceFormOut } from './service-form';
import { Section } from '../../../components/Section';

interface ServiceFormProps<Saved> {
  defaults: ServiceFormDefaults;
  context: ServiceCheckContext;
  kindEditable: boolean;
  currentLeaderLabel?: string;
  submitLabel: string;
  save: (values: ServiceFormOut) => Promise<Result<Saved>>;
  onSaved: (saved: Saved) => void;
  onCancel: () => void;
}

/** Adding or editing one service of an entity, with the same findings-under-fields as the entity form. */
export function ServiceForm<Saved>({ defaults, context, kindEditable, currentLeaderLabel, submitLabel, save, onSaved, onCancel }: ServiceFormProps<Saved>) {
  const { t } = useTranslation();
  const check = useCallback((values: ServiceFormIn) => serviceFormFindings(values, context), [context]);
  const resolver = useMemo(() => withFindings(formResolver<ServiceFormIn, ServiceFormOut>(ServiceFormSchema, t), check), [t, check]);
  const form = useForm<ServiceFormIn, unknown, ServiceFormOut>({ resolver, defaultValues: defaults as ServiceFormIn, mode: 'onTouched' });
  return (
    <FormShell form={form} check={check} save={save} onSaved={onSaved} onCancel={onCancel} toField={serviceFormPath} label={t('service.form.label')} submitLabel={submitLabel}>
      <Flex vertical gap={16}>
        <Section title={t('service.section.service')}>
          <ServiceFields<ServiceFormIn> prefix="service" kindEditable={kindEditable} />
        </Section>
        <Section title={t('service.section.leader')}>
          <LeaderFields<ServiceFormIn> prefix="leader" currentLabel={currentLeaderLabel} />
        </Section>
      </Flex>
    </FormShell>
  );
}
