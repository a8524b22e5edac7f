import { Alert, Button, Col, Flex, Row, Space } from 'antd';
import { useMemo } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { invoke } from '../../../api';
import { useAppState } from '../../../app/useAppState';
import { TextField } from '../../../components/form/fields';
import { FormShell } from '../../../components/form/FormShell';
import { withFindings } from '../../../components/form/findings-resolver';
import { formResolver } from '../../../components/form/zod-messages';
import { PageTitle } from '../../../components/PageTitle';
import { BackLink } from '../../portfolio/BackLink';
import { LeaderFields } from '../../portfolio/LeaderFields';
import { EntityAddressFields, EntityIdentityFields, LegalRepresentativeFields } from '../form/EntityFields';
import { RegionFields } from '../form/RegionFields';
import { newRecordDefaults, newRecordService, RecordForm, recordFieldPath, recordFindings, toRecordRequest, type RecordFormIn, type RecordFormOut } from './record-form';
import { RecordServiceCard } from './RecordServiceCard';
import { Section } from '../../../components/Section';

/**
 * 登记已有备案: a client whose numbers already exist (filed before the app, or elsewhere) is recorded
 * with the entity number and each service's number, provider and code, all in one save.
 */
export default function RecordExistingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { settings } = useAppState();
  const resolver = useMemo(() => withFindings(formResolver<RecordFormIn, RecordFormOut>(RecordForm, t), recordFindings), [t]);
  const form = useForm<RecordFormIn, unknown, RecordFormOut>({ resolver, defaultValues: newRecordDefaults, mode: 'onTouched' });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'services' });
  return (
    <>
      <BackLink to="/entities">{t('entities.back.link')}</BackLink>
      <PageTitle>{t('record.page.title')}</PageTitle>
      <Alert type="info" showIcon title={t('record.page.intro')} style={{ marginBottom: 16 }} />
      <FormShell
        form={form}
        check={recordFindings}
        save={(values) => invoke('portfolio:record-existing', toRecordRequest(values, settings?.userName ?? ''))}
        onSaved={({ entityId }) => void navigate(`/entities/${entityId}`, { replace: true })}
        onCancel={() => void navigate('/entities')}
        toField={recordFieldPath}
        label={t('record.form.label')}
        submitLabel={t('record.submit')}
      >
        <Flex vertical gap={16}>
          <Section title={t('entity.section.identity')}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <TextField<RecordFormIn> name="entityIcpNumber" label={t('record.field.entityIcpNumber')} required placeholder={t('entity.icpNumber.placeholder')} />
              </Col>
            </Row>
            <EntityIdentityFields showIcpNumber={false} />
          </Section>
          <Section title={t('entity.section.region')}>
            <RegionFields />
            <EntityAddressFields />
          </Section>
          <Section title={t('entity.section.leader')}>
            <LegalRepresentativeFields />
            <LeaderFields<RecordFormIn> prefix="leader" />
          </Section>
          {fields.map((item, index) => (
            <RecordServiceCard key={item.id} index={index} removable={fields.length > 1} onRemove={() => remove(index)} />
          ))}
          <Space>
            <Button onClick={() => append(newRecordService('website'))}>{t('record.addWebsite.button')}</Button>
            <Button onClick={() => append(newRecordService('app'))}>{t('record.addApp.button')}</Button>
          </Space>
        </Flex>
      </FormShell>
    </>
  );
}
