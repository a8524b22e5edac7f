import { Alert } from 'antd';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxField, TextField } from '../../../components/form/fields';
import { hasUsccChecksumError, type EntityFormIn } from './entity-form';

/**
 * Some genuine codes fail the GB 32100 checksum (Fujian, O21). When the number fails only the
 * checksum, the user may confirm against the certificate and record why; the note is saved with
 * who and when.
 */
export function UsccOverrideFields() {
  const { t } = useTranslation();
  const { control } = useFormContext<EntityFormIn>();
  const [certificateType, certificateNumber, checked = false] = useWatch({ control, name: ['entity.certificateType', 'entity.certificateNumber', 'usccOverride.checked'] });
  if (!hasUsccChecksumError({ entity: { certificateType, certificateNumber } } as EntityFormIn) && !checked) return null;
  return (
    <Alert
      type="warning"
      style={{ marginBottom: 16 }}
      title={t('entity.override.title')}
      description={
        <>
          <p style={{ marginTop: 0 }}>{t('entity.override.body')}</p>
          <CheckboxField<EntityFormIn> name="usccOverride.checked">{t('entity.override.checkbox')}</CheckboxField>
          {checked && <TextField<EntityFormIn> name="usccOverride.note" label={t('entity.override.note')} required multiline maxLength={500} />}
        </>
      }
    />
  );
}
