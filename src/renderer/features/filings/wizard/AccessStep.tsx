import { Col, Empty, Flex, Row } from 'antd';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { accessMethods, IpAddress, PROVINCES, providers, type AccessDraft, type Finding } from '../../../../shared/domain';
import { localized } from '../../../../shared/i18n';
import type { FilingDetail } from '../../../../shared/ipc';
import { SelectField, TextField } from '../../../components/form/fields';
import { Section } from '../../../components/Section';
import { useLabels } from '../../portfolio/useLabels';
import type { StepModule } from './step-module';
import { sanitizeStep } from './step-data';

export interface AccessStepValues {
  access: AccessDraft[];
}

function AccessCard({ index, detail }: { index: number; detail: FilingDetail }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { control } = useFormContext<AccessStepValues>();
  const serviceId = useWatch({ control, name: `access.${index}.serviceId` });
  const providerId = useWatch({ control, name: `access.${index}.providerId` });
  const service = detail.filing.data.services?.find((s) => s.id === serviceId);
  const name = service?.name?.trim() || (service?.kind === 'website' ? service.domain : undefined) || t('filing.field.serviceN', { n: index + 1 });
  const codeName = labels.providerCodeName(providerId);
  const at = (field: string) => `access.${index}.${field}` as never;
  return (
    <Section title={t('filing.access.card', { name })}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <SelectField<AccessStepValues> name={at('providerId')} label={t('access.field.provider')} required options={providers.items.map((p) => ({ value: p.code, label: labels.provider(p.code) }))} />
        </Col>
        <Col xs={24} md={16}>
          <TextField<AccessStepValues> name={at('serviceCode')} label={codeName ? labels.text(codeName) : t('access.field.serviceCode')} required extra={t('access.serviceCode.help')} />
        </Col>
        <Col xs={24} md={8}>
          <SelectField<AccessStepValues> name={at('accessMethod')} label={t('access.field.accessMethod')} required options={accessMethods.items.map((m) => ({ value: m.code, label: labels.accessMethod(m.code) }))} />
        </Col>
        <Col xs={24} md={8}>
          <SelectField<AccessStepValues> name={at('serverRegion')} label={t('access.field.serverRegion')} required options={PROVINCES.map((p) => ({ value: p.gbCode, label: labels.provinceName(p.id) }))} />
        </Col>
        <Col xs={24} md={8}>
          <SelectField<AccessStepValues> name={at('ips')} label={t('access.field.ips')} required mode="tags" options={[]} notFoundContent={null} placeholder={t('access.ips.placeholder')} />
        </Col>
      </Row>
    </Section>
  );
}

function AccessStepFields({ detail }: { detail: FilingDetail }) {
  const { t } = useTranslation();
  const { control } = useFormContext<AccessStepValues>();
  const { fields } = useFieldArray({ control, name: 'access', keyName: 'key' });
  if (fields.length === 0) return <Empty description={t('filing.access.none')} />;
  return (
    <Flex vertical gap={16}>
      {fields.map((item, i) => (
        <AccessCard key={item.key} index={i} detail={detail} />
      ))}
    </Flex>
  );
}

/** Each IP as typed must be an IPv4 or IPv6 address (§4.2 access info: A9, O25). */
function ipFindings(values: AccessStepValues): Record<string, Finding[]> {
  const out: Record<string, Finding[]> = {};
  values.access.forEach((row, i) => {
    const bad = (row.ips ?? []).filter((ip) => !IpAddress.safeParse(ip.trim()).success);
    if (bad.length > 0) out[`access.${i}.ips`] = bad.map((ip) => ({ code: `access.ip.invalid:${ip}`, severity: 'error' as const, message: localized('filing.access.ipInvalid', { ip }) }));
  });
  return out;
}

/** 接入: for each website/app, the provider, its service code, the access method, server province and IPs. */
export const accessStep: StepModule<AccessStepValues> = {
  step: 'access',
  defaults: (detail) => {
    const { data, providerId } = detail.filing;
    const saved = data.access ?? [];
    const access = (data.services ?? []).flatMap((s): AccessDraft[] => {
      const own = saved.filter((a) => a.serviceId === s.id);
      return own.length > 0 ? own : [{ serviceId: s.id, accessMethod: 'cloud', ips: [], ...(providerId ? { providerId } : {}) }];
    });
    return { access };
  },
  saves: (values) => [{ step: 'access', data: sanitizeStep('access', values.access) }],
  check: ipFindings,
  Fields: AccessStepFields,
};
