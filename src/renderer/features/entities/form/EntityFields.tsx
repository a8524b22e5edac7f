import { Button, Col, Row } from 'antd';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { allowedCertificateTypes, ENTITY_NATURE_IDS, PERSON_CERTIFICATE_TYPE_IDS, type EntityNature } from '../../../../shared/domain';
import { CheckboxField, SelectField, TextField } from '../../../components/form/fields';
import { useLabels } from '../../portfolio/useLabels';
import type { EntityFormIn } from './entity-form';
import { UsccOverrideFields } from './UsccOverrideFields';

/** Nature, certificate (types offered per nature, W3) and the name exactly as on it. */
export function EntityIdentityFields({ showIcpNumber = true }: { showIcpNumber?: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { control, getValues, setValue } = useFormContext<EntityFormIn>();
  const nature = useWatch({ control, name: 'entity.nature' });
  const types = nature ? allowedCertificateTypes(nature) : [];
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <SelectField<EntityFormIn>
          name="entity.nature"
          label={t('entity.field.nature')}
          required
          options={ENTITY_NATURE_IDS.map((id) => ({ value: id, label: labels.nature(id) }))}
          onPicked={(value) => {
            const offered = allowedCertificateTypes(value as EntityNature);
            const current = getValues('entity.certificateType');
            if (!current || !offered.includes(current)) setValue('entity.certificateType', offered[0] as never, { shouldDirty: true });
          }}
        />
      </Col>
      <Col xs={24} md={12}>
        <SelectField<EntityFormIn>
          name="entity.certificateType"
          label={t('entity.field.certificateType')}
          required
          options={types.map((type) => ({ value: type, label: labels.certificateType(type) }))}
        />
      </Col>
      <Col xs={24} md={12}>
        <TextField<EntityFormIn> name="entity.certificateNumber" label={t('entity.field.certificateNumber')} required maxLength={40} />
      </Col>
      <Col xs={24} md={12}>
        <TextField<EntityFormIn> name="entity.name" label={nature === 'individual' ? t('entity.field.nameIndividual') : t('entity.field.name')} required extra={t('entity.name.help')} />
      </Col>
      <Col span={24}>
        <UsccOverrideFields />
      </Col>
      {showIcpNumber && (
        <Col xs={24} md={12}>
          <TextField<EntityFormIn> name="entity.icpNumber" label={t('entity.field.icpNumber')} placeholder={t('entity.icpNumber.placeholder')} extra={t('entity.icpNumber.help')} />
        </Col>
      )}
      <Col xs={24} md={12}>
        <TextField<EntityFormIn> name="entity.investor" label={t('entity.field.investor')} />
      </Col>
    </Row>
  );
}

/** 证件住所 and 通信地址 (often the same: one click copies it). */
export function EntityAddressFields() {
  const { t } = useTranslation();
  const { getValues, setValue } = useFormContext<EntityFormIn>();
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <TextField<EntityFormIn> name="entity.certificateAddress" label={t('entity.field.certificateAddress')} required />
      </Col>
      <Col xs={24} md={12}>
        <TextField<EntityFormIn>
          name="entity.mailingAddress"
          label={t('entity.field.mailingAddress')}
          required
          extra={
            <Button
              type="link"
              size="small"
              style={{ paddingInline: 0 }}
              onClick={() => setValue('entity.mailingAddress', getValues('entity.certificateAddress') as never, { shouldDirty: true, shouldValidate: true })}
            >
              {t('entity.mailingAddress.copy')}
            </Button>
          }
        />
      </Col>
      <Col span={24}>
        <TextField<EntityFormIn> name="entity.remarks" label={t('entity.field.remarks')} multiline maxLength={1000} />
      </Col>
    </Row>
  );
}

/** Organisations: is the leader the legal representative (T3, H6)? If not, who is (W1). */
export function LegalRepresentativeFields() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { control, getValues, setValue } = useFormContext<EntityFormIn>();
  const nature = useWatch({ control, name: 'entity.nature' });
  const isLegalRep = useWatch({ control, name: 'entity.leaderIsLegalRepresentative' });
  // The legal representative's fields exist only while they are needed; each then says what is missing.
  useEffect(() => {
    const current = getValues('entity.legalRepresentative');
    if (isLegalRep === false && nature !== 'individual' && !current) setValue('entity.legalRepresentative', { certificateType: 'resident-id' } as never);
    if ((isLegalRep !== false || nature === 'individual') && current) setValue('entity.legalRepresentative', undefined);
  }, [isLegalRep, nature, getValues, setValue]);
  if (nature === 'individual') return null;
  return (
    <Row gutter={16}>
      <Col span={24}>
        <CheckboxField<EntityFormIn> name="entity.leaderIsLegalRepresentative">{t('entity.field.leaderIsLegalRep')}</CheckboxField>
      </Col>
      {isLegalRep === false && (
        <>
          <Col xs={24} md={8}>
            <TextField<EntityFormIn> name="entity.legalRepresentative.name" label={t('entity.field.legalRepName')} required />
          </Col>
          <Col xs={24} md={8}>
            <SelectField<EntityFormIn>
              name="entity.legalRepresentative.certificateType"
              label={t('entity.field.legalRepCertificateType')}
              required
              options={PERSON_CERTIFICATE_TYPE_IDS.map((id) => ({ value: id, label: labels.certificateType(id) }))}
            />
          </Col>
          <Col xs={24} md={8}>
            <TextField<EntityFormIn> name="entity.legalRepresentative.certificateNumber" label={t('entity.field.legalRepCertificateNumber')} required />
          </Col>
        </>
      )}
    </Row>
  );
}
