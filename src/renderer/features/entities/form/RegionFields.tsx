import { Col, Row } from 'antd';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { citiesOf, cityName, PROVINCES, provinceByGbCode } from '../../../../shared/domain';
import { SelectField, TextField } from '../../../components/form/fields';
import { useLabels } from '../../portfolio/useLabels';
import type { EntityFormIn } from './entity-form';

/**
 * 备案地域 from the GB/T 2260 table: province, then its prefecture-level cities; the district as its
 * six-digit code (the shipped table stops at prefectures), started with the city's first digits.
 */
export function RegionFields() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { control, setValue, getValues } = useFormContext<EntityFormIn>();
  const province = useWatch({ control, name: 'entity.region.province' });
  const cities = province ? citiesOf(provinceByGbCode(province)?.id ?? 'BJ') : [];
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <SelectField<EntityFormIn>
          name="entity.region.province"
          label={t('entity.field.province')}
          required
          options={PROVINCES.map((p) => ({ value: p.gbCode, label: labels.provinceName(p.id) }))}
          onPicked={(value) => {
            const city = getValues('entity.region.city');
            if (city && city.slice(0, 2) !== String(value).slice(0, 2)) {
              setValue('entity.region.city', undefined as never, { shouldDirty: true });
              setValue('entity.region.district', undefined as never, { shouldDirty: true });
            }
          }}
        />
      </Col>
      <Col xs={24} md={8}>
        <SelectField<EntityFormIn>
          name="entity.region.city"
          label={t('entity.field.city')}
          required
          placeholder={province ? undefined : t('entity.city.pickProvince')}
          options={cities.map((c) => ({ value: c.code, label: cityName(c, labels.language) }))}
          onPicked={(value) => {
            const district = getValues('entity.region.district') ?? '';
            const prefix = String(value ?? '').slice(0, 4);
            if (prefix && !district.startsWith(prefix)) setValue('entity.region.district', prefix as never, { shouldDirty: true });
          }}
        />
      </Col>
      <Col xs={24} md={8}>
        <TextField<EntityFormIn>
          name="entity.region.district"
          label={t('entity.field.district')}
          required
          inputMode="numeric"
          maxLength={6}
          extra={t('entity.district.help')}
        />
      </Col>
    </Row>
  );
}
