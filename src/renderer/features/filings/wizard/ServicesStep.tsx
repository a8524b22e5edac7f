import { Button, Flex, Space, Typography } from 'antd';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ServiceDraft } from '../../../../shared/domain';
import type { FilingDetail } from '../../../../shared/ipc';
import { SelectField } from '../../../components/form/fields';
import { Section } from '../../../components/Section';
import { serviceFindings } from '../../portfolio/service-checks';
import { ServiceFields } from '../../portfolio/ServiceFields';
import { SERVICE_KIND_KEYS } from '../../portfolio/service-kind';
import type { StepSave } from '../common/useFilingSaver';
import { newService } from './new-service';
import type { StepModule } from './step-module';
import { sanitizeStep } from './step-data';
import { ADDS_SERVICES } from './steps';
import { useStoredEntityLeader } from './useEntityLeader';

export interface ServicesStepValues {
  services: ServiceDraft[];
}

/** The entity's leader: the usual leader of a new website/app. */
const entityLeaderOf = (detail: FilingDetail): string | undefined => detail.filing.data.entity?.leaderId ?? detail.entity?.leaderId;

/** A stored service of the order (modify, access, claim) keeps its kind and stays in the order. */
const isStored = (detail: FilingDetail, id: string): boolean => detail.targets.some((t) => t.id === id) || detail.filing.targetServiceIds.includes(id);

interface ServiceCardProps {
  index: number;
  detail: FilingDetail;
  removable: boolean;
  onRemove: () => void;
  /** The entity's stored leader, when the order does not list them among its people. */
  storedLeader: { id: string; name: string } | undefined;
}

/** One website/app of the order; it follows its own kind, name and id only. */
function ServiceCard({ index, detail, removable, onRemove, storedLeader }: ServiceCardProps) {
  const { t } = useTranslation();
  const kind = useWatch<ServicesStepValues, `services.${number}.kind`>({ name: `services.${index}.kind` }) ?? 'website';
  const name = useWatch<ServicesStepValues, `services.${number}.name`>({ name: `services.${index}.name` })?.trim();
  const id = useWatch<ServicesStepValues, `services.${number}.id`>({ name: `services.${index}.id` });
  const adds = ADDS_SERVICES.includes(detail.filing.operation);
  const stored = isStored(detail, id);
  const entityLeader = entityLeaderOf(detail);
  const leaderOptions = (detail.filing.data.leaders ?? []).map((p, i) => {
    const person = p.name?.trim() || t('filing.field.leaderN', { n: i + 1 });
    return { value: p.id, label: p.id === entityLeader ? t('filing.services.entityLeaderOption', { name: person }) : person };
  });
  if (storedLeader) leaderOptions.unshift({ value: storedLeader.id, label: t('filing.services.entityLeaderOption', { name: storedLeader.name || t('filing.leaders.roleEntity') }) });
  return (
    <Section
      title={name ? t('filing.services.cardNamed', { kind: t(SERVICE_KIND_KEYS[kind]), n: index + 1, name }) : t('filing.services.card', { kind: t(SERVICE_KIND_KEYS[kind]), n: index + 1 })}
      extra={
        adds &&
        !stored && (
          <Button size="small" disabled={!removable} onClick={onRemove} aria-label={t('filing.services.remove', { n: index + 1 })}>
            {t('common.remove.button')}
          </Button>
        )
      }
    >
      <ServiceFields<ServicesStepValues> prefix={`services.${index}`} kindEditable={adds && !stored} />
      <SelectField<ServicesStepValues>
        name={`services.${index}.leaderId`}
        label={kind === 'website' ? t('filing.services.leaderWebsite') : t('filing.services.leaderApp')}
        required
        options={leaderOptions}
        extra={t('filing.services.leaderHelp')}
      />
    </Section>
  );
}

function ServicesStepFields({ detail }: { detail: FilingDetail }) {
  const { t } = useTranslation();
  const { control } = useFormContext<ServicesStepValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'services', keyName: 'key' });
  const adds = ADDS_SERVICES.includes(detail.filing.operation);
  const entityLeader = entityLeaderOf(detail);
  const storedLeader = useStoredEntityLeader(detail);
  return (
    <Flex vertical gap={16}>
      {fields.map((item, i) => (
        <ServiceCard key={item.key} index={i} detail={detail} removable={fields.length > 1} onRemove={() => remove(i)} storedLeader={storedLeader} />
      ))}
      {adds ? (
        <Space wrap>
          <Button onClick={() => append(newService('website', entityLeader))}>{t('filing.services.addWebsite')}</Button>
          <Button onClick={() => append(newService('app', entityLeader))}>{t('filing.services.addApp')}</Button>
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('filing.services.storedHelp')}</Typography.Text>
      )}
    </Flex>
  );
}

/** 网站/App: each website's or app's data as filed (§4.2, §4.3), and who leads it. */
export const servicesStep: StepModule<ServicesStepValues> = {
  step: 'services',
  defaults: (detail) => {
    const saved = detail.filing.data.services ?? [];
    const adds = ADDS_SERVICES.includes(detail.filing.operation);
    const leaderId = entityLeaderOf(detail);
    if (saved.length === 0 && adds) return { services: [newService('website', leaderId)] };
    // A new website/app is led by the entity's leader unless someone else is chosen.
    return { services: saved.map((s) => (s.leaderId || !leaderId || isStored(detail, s.id) ? s : { ...s, leaderId })) };
  },
  saves: (values, detail) => {
    const services = sanitizeStep('services', values.services);
    const saves: StepSave[] = [];
    // Access rows of a website/app taken out of the order go with it.
    const ids = new Set(services.map((s) => s.id));
    const access = detail.filing.data.access;
    if (access?.some((a) => !ids.has(a.serviceId))) saves.push({ step: 'access', data: access.filter((a) => ids.has(a.serviceId)) });
    saves.push({ step: 'services', data: services });
    return saves;
  },
  check: (values, detail) => {
    const nature = detail.filing.data.entity?.nature ?? detail.entity?.nature;
    const entityIcpNumber = detail.filing.data.entity?.icpNumber ?? detail.entity?.icpNumber;
    return Object.assign({}, ...values.services.map((s, i) => serviceFindings(s as never, `services.${i}`, { nature, entityIcpNumber })));
  },
  Fields: ServicesStepFields,
};
