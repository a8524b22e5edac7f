import { Button, Col, Row } from 'antd';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { accessMethods, PROVINCES, providers } from '../../../../shared/domain';
import { CheckboxField, SelectField, TextField } from '../../../components/form/fields';
import { Section } from '../../../components/Section';
import { LeaderFields } from '../../portfolio/LeaderFields';
import { ServiceFields } from '../../portfolio/ServiceFields';
import { useLabels } from '../../portfolio/useLabels';
import type { RecordFormIn } from './record-form';

/** One already-filed service: its data and number, its leader, and the provider it is accessed through. */
export function RecordServiceCard({ index, onRemove, removable }: { index: number; onRemove: () => void; removable: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { control } = useFormContext<RecordFormIn>();
  const prefix = `services.${index}` as const;
  const withAccess = useWatch({ control, name: `${prefix}.withAccess` });
  const providerId = useWatch({ control, name: `${prefix}.access.providerId` as never }) as string | undefined;
  const codeName = labels.providerCodeName(providerId);
  const name = useWatch({ control, name: `${prefix}.service.name` });
  return (
    <Section
      title={name ? t('record.service.titleNamed', { n: index + 1, name }) : t('record.service.title', { n: index + 1 })}
      extra={
        removable && (
          <Button size="small" onClick={onRemove} aria-label={t('record.service.remove', { n: index + 1 })}>
            {t('common.remove.button')}
          </Button>
        )
      }
    >
      <ServiceFields<RecordFormIn> prefix={`${prefix}.service`} kindEditable numberRequired />
      <fieldset className="icp-fieldset">
        <legend>{t('record.service.access')}</legend>
        <CheckboxField<RecordFormIn> name={`${prefix}.withAccess`}>{t('record.service.withAccess')}</CheckboxField>
        {withAccess && (
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <SelectField<RecordFormIn> name={`${prefix}.access.providerId` as never} label={t('access.field.provider')} required options={providers.items.map((p) => ({ value: p.code, label: labels.provider(p.code) }))} />
            </Col>
            <Col xs={24} md={16}>
              <TextField<RecordFormIn> name={`${prefix}.access.serviceCode` as never} label={codeName ? labels.text(codeName) : t('access.field.serviceCode')} required extra={t('access.serviceCode.help')} />
            </Col>
            <Col xs={24} md={8}>
              <SelectField<RecordFormIn> name={`${prefix}.access.accessMethod` as never} label={t('access.field.accessMethod')} required options={accessMethods.items.map((m) => ({ value: m.code, label: labels.accessMethod(m.code) }))} />
            </Col>
            <Col xs={24} md={8}>
              <SelectField<RecordFormIn> name={`${prefix}.access.serverRegion` as never} label={t('access.field.serverRegion')} required options={PROVINCES.map((p) => ({ value: p.gbCode, label: labels.provinceName(p.id) }))} />
            </Col>
            <Col xs={24} md={8}>
              <SelectField<RecordFormIn> name={`${prefix}.access.ips` as never} label={t('access.field.ips')} required mode="tags" options={[]} notFoundContent={null} placeholder={t('access.ips.placeholder')} />
            </Col>
          </Row>
        )}
      </fieldset>
      <fieldset className="icp-fieldset">
        <legend>{t('service.section.leader')}</legend>
        <LeaderFields<RecordFormIn> prefix={`${prefix}.leader`} sameAsEntity />
      </fieldset>
    </Section>
  );
}
