import { Checkbox, Col, Flex, Input, Row } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LONG_TERM, PERSON_CERTIFICATE_TYPE_IDS } from '../../../shared/domain';
import { Field } from '../../components/form/Field';
import { DateField, SelectField, TextField } from '../../components/form/fields';
import { useLabels } from './useLabels';

/** The validity end: a date, or 长期 for certificates without one. */
function ValidUntilField<T extends FieldValues>({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <Field<T>
      name={name as never}
      label={t('person.field.validUntil')}
      required
      render={(field, a11y) => {
        const longTerm = field.value === LONG_TERM;
        return (
          <Flex gap={12} align="center" wrap>
            <Input
              {...a11y}
              type="date"
              ref={field.ref}
              disabled={longTerm}
              value={longTerm ? '' : ((field.value as string | undefined) ?? '')}
              onChange={(event) => field.onChange(event.target.value === '' ? undefined : event.target.value)}
              onBlur={field.onBlur}
              style={{ maxWidth: 200 }}
            />
            <Checkbox checked={longTerm} onChange={(event) => field.onChange(event.target.checked ? LONG_TERM : undefined)}>
              {t('person.field.longTerm')}
            </Checkbox>
          </Flex>
        );
      }}
    />
  );
}

/**
 * A person's fields (负责人): name, certificate and its validity, and how to reach them. `prefix` is
 * where the person sits in the form ('leader.person', 'person').
 */
export function PersonFields<T extends FieldValues>({ prefix }: { prefix: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const at = (field: string) => `${prefix}.${field}` as never;
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <TextField<T> name={at('name')} label={t('person.field.name')} required autoComplete="off" />
      </Col>
      <Col xs={24} md={12}>
        <SelectField<T>
          name={at('certificateType')}
          label={t('person.field.certificateType')}
          required
          options={PERSON_CERTIFICATE_TYPE_IDS.map((id) => ({ value: id, label: labels.certificateType(id) }))}
        />
      </Col>
      <Col xs={24} md={12}>
        <TextField<T> name={at('certificateNumber')} label={t('person.field.certificateNumber')} required />
      </Col>
      <Col xs={24} md={12}>
        <DateField<T> name={at('certificateValidFrom')} label={t('person.field.validFrom')} required />
      </Col>
      <Col xs={24} md={12}>
        <ValidUntilField<T> name={at('certificateValidUntil')} />
      </Col>
      <Col xs={24} md={12}>
        <TextField<T> name={at('mobile')} label={t('person.field.mobile')} required inputMode="tel" />
      </Col>
      <Col xs={24} md={12}>
        <TextField<T> name={at('emergencyPhone')} label={t('person.field.emergencyPhone')} required inputMode="tel" />
      </Col>
      <Col xs={24} md={12}>
        <TextField<T> name={at('officePhone')} label={t('person.field.officePhone')} inputMode="tel" />
      </Col>
      <Col xs={24} md={12}>
        <TextField<T> name={at('email')} label={t('person.field.email')} required inputMode="email" />
      </Col>
    </Row>
  );
}
