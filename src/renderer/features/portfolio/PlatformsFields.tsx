import { Button, Card, Col, Row, Typography } from 'antd';
import { get, useFieldArray, useFormContext, useWatch, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AppPlatformKind, DIGEST_HEX_LENGTHS, type AppPlatformKind as Platform } from '../../../shared/domain';
import type { MessageKey } from '../../../shared/i18n';
import { SelectField, TextField } from '../../components/form/fields';

const PLATFORM_KEYS: Readonly<Record<Platform, MessageKey>> = {
  android: 'platform.android',
  ios: 'platform.ios',
  harmonyos: 'platform.harmonyos',
  blackberry: 'platform.blackberry',
  linux: 'platform.linux',
};

function PlatformCard<T extends FieldValues>({ prefix, index, onRemove }: { prefix: string; index: number; onRemove: () => void }) {
  const { t } = useTranslation();
  const { control } = useFormContext<T>();
  const at = (field: string) => `${prefix}.platforms.${index}.${field}` as never;
  const platform = useWatch({ control, name: at('platform') }) as unknown as Platform | undefined;
  const ios = platform === 'ios';
  const digestHelp = platform ? t(platform === 'android' ? 'platform.digest.android' : ios ? 'platform.digest.ios' : 'platform.digest.other', { lengths: DIGEST_HEX_LENGTHS[platform].join('/') }) : undefined;
  return (
    <Card
      size="small"
      title={t('platform.card.title', { n: index + 1 })}
      extra={
        <Button size="small" onClick={onRemove} aria-label={t('platform.remove', { n: index + 1 })}>
          {t('common.remove.button')}
        </Button>
      }
      style={{ marginBottom: 12 }}
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <SelectField<T> name={at('platform')} label={t('platform.field.platform')} required options={AppPlatformKind.options.map((p) => ({ value: p, label: t(PLATFORM_KEYS[p]) }))} />
        </Col>
        <Col xs={24} md={16}>
          <TextField<T> name={at('packageName')} label={ios ? t('platform.field.bundleId') : t('platform.field.packageName')} required placeholder={ios ? 'com.example.app' : 'com.example.app'} />
        </Col>
        <Col span={24}>
          <TextField<T> name={at('publicKey')} label={t('platform.field.publicKey')} required multiline />
        </Col>
        <Col span={24}>
          <TextField<T> name={at('signatureDigest')} label={ios ? t('platform.field.digestSha1') : platform === 'android' ? t('platform.field.digestMd5') : t('platform.field.digest')} required extra={digestHelp} />
        </Col>
      </Row>
    </Card>
  );
}

/** An app's platforms: package name or bundle id, public key, signature digest (§4.3: O15, O16, H4). */
export function PlatformsFields<T extends FieldValues>({ prefix }: { prefix: string }) {
  const { t } = useTranslation();
  const { control, formState } = useFormContext<T>();
  const { fields, append, remove } = useFieldArray({ control, name: `${prefix}.platforms` as never });
  const error = get(formState.errors, `${prefix}.platforms`) as { message?: string; root?: { message?: string } } | undefined;
  const message = error?.root?.message ?? error?.message;
  return (
    <fieldset className="icp-fieldset">
      <legend>{t('service.field.platforms')}</legend>
      {message && (
        <Typography.Text type="danger" role="alert" style={{ display: 'block', marginBottom: 8 }}>
          {message}
        </Typography.Text>
      )}
      {fields.map((item, index) => (
        <PlatformCard<T> key={item.id} prefix={prefix} index={index} onRemove={() => remove(index)} />
      ))}
      <Button onClick={() => append({ platform: 'ios' } as never)}>{t('platform.add')}</Button>
    </fieldset>
  );
}
