import { Col, Form, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { useFormContext, useWatch, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contentCategories, languages, ServiceKind } from '../../../shared/domain';
import { CheckboxField, DateField, SelectField, TextField } from '../../components/form/fields';
import { PlatformsFields } from './PlatformsFields';
import { PreApprovalsFields } from './PreApprovalsFields';
import { serviceDefaults } from './service-form';
import { SERVICE_KIND_KEYS } from './service-kind';
import { useLabels } from './useLabels';

function WebsiteFields<T extends FieldValues>({ prefix }: { prefix: string }) {
  const { t } = useTranslation();
  const at = (field: string) => `${prefix}.${field}` as never;
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <TextField<T> name={at('domain')} label={t('service.field.domain')} required placeholder="example.com" extra={t('service.domain.help')} />
      </Col>
      <Col xs={24} md={12}>
        <TextField<T> name={at('homepageUrl')} label={t('service.field.homepageUrl')} required placeholder="https://www.example.com/" inputMode="url" />
      </Col>
      <Col xs={24} md={8}>
        <DateField<T> name={at('goLiveDate')} label={t('service.field.goLiveDate')} />
      </Col>
      <Col xs={24} md={8}>
        <DateField<T> name={at('domainExpiryDate')} label={t('service.field.domainExpiryDate')} />
      </Col>
      <Col xs={24} md={8}>
        <TextField<T> name={at('publicSecurityNumber')} label={t('service.field.publicSecurityNumber')} placeholder={t('service.publicSecurityNumber.placeholder')} />
      </Col>
    </Row>
  );
}

function AppFields<T extends FieldValues>({ prefix }: { prefix: string }) {
  const { t } = useTranslation();
  const { control } = useFormContext<T>();
  const usesSdk = useWatch({ control, name: `${prefix}.sdk.usesThirdParty` as never }) as unknown as boolean | undefined;
  const at = (field: string) => `${prefix}.${field}` as never;
  return (
    <>
      <PlatformsFields<T> prefix={prefix} />
      <Row gutter={16}>
        <Col span={24}>
          <SelectField<T> name={at('domains')} label={t('service.field.domains')} mode="tags" options={[]} notFoundContent={null} placeholder={t('service.domains.placeholder')} extra={t('service.domains.help')} />
        </Col>
        <Col xs={24} md={8}>
          <CheckboxField<T> name={at('sdk.usesThirdParty')}>{t('service.field.sdkUses')}</CheckboxField>
        </Col>
        {usesSdk && (
          <Col xs={24} md={16}>
            <SelectField<T> name={at('sdk.names')} label={t('service.field.sdkNames')} mode="tags" options={[]} notFoundContent={null} placeholder={t('service.sdkNames.placeholder')} />
          </Col>
        )}
      </Row>
    </>
  );
}

interface ServiceFieldsProps {
  /** Where the service sits in the form ('service', 'services.0.service'). */
  prefix: string;
  /** The kind is chosen when the service is added; later it is fixed. */
  kindEditable: boolean;
  /** Recording an existing service: its number is required. */
  numberRequired?: boolean;
}

/** A website's or an app's fields, by kind, plus what every service has (content, languages, approvals, number). */
export function ServiceFields<T extends FieldValues>({ prefix, kindEditable, numberRequired }: ServiceFieldsProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { control, getValues, setValue } = useFormContext<T>();
  const kind = useWatch({ control, name: `${prefix}.kind` as never }) as unknown as ServiceKind | undefined;
  const at = (field: string) => `${prefix}.${field}` as never;

  // Switching kind fills in what the new kind needs, keeping everything already typed.
  useEffect(() => {
    if (!kind) return;
    const current = (getValues(prefix as never) ?? {}) as Record<string, unknown>;
    const missing = Object.entries(serviceDefaults(kind)).filter(([key]) => current[key] === undefined);
    for (const [key, value] of missing) setValue(`${prefix}.${key}` as never, value as never);
  }, [kind, prefix, getValues, setValue]);

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          {kindEditable ? (
            <SelectField<T> name={at('kind')} label={t('service.field.kind')} required options={ServiceKind.options.map((k) => ({ value: k, label: t(SERVICE_KIND_KEYS[k]) }))} />
          ) : (
            <Form.Item label={t('service.field.kind')}>
              <Typography.Text>{kind ? t(SERVICE_KIND_KEYS[kind]) : ''}</Typography.Text>
            </Form.Item>
          )}
        </Col>
        <Col xs={24} md={16}>
          <TextField<T> name={at('name')} label={kind === 'website' ? t('service.field.websiteName') : t('service.field.name')} required />
        </Col>
      </Row>
      {kind === 'website' ? <WebsiteFields<T> prefix={prefix} /> : kind ? <AppFields<T> prefix={prefix} /> : null}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <SelectField<T> name={at('contentCategories')} label={t('service.field.contentCategories')} required mode="multiple" options={contentCategories.items.map((c) => ({ value: c.code, label: labels.contentCategory(c.code) }))} />
        </Col>
        <Col xs={24} md={12}>
          <SelectField<T> name={at('languages')} label={t('service.field.languages')} required mode="multiple" options={languages.items.map((l) => ({ value: l.code, label: labels.serviceLanguage(l.code) }))} />
        </Col>
        <Col span={24}>
          <PreApprovalsFields<T> prefix={prefix} />
        </Col>
        <Col xs={24} md={12}>
          <TextField<T> name={at('icpNumber')} label={t('service.field.icpNumber')} required={numberRequired} placeholder={t('service.icpNumber.placeholder')} extra={t('service.icpNumber.help')} />
        </Col>
        <Col xs={24} md={12}>
          <TextField<T> name={at('remarks')} label={t('service.field.remarks')} multiline maxLength={1000} />
        </Col>
      </Row>
    </>
  );
}
