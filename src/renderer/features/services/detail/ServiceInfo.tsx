import { Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../shared/domain';
import { formatDate } from '../../portfolio/format';
import { SERVICE_KIND_KEYS } from '../../portfolio/service-kind';
import { useLabels } from '../../portfolio/useLabels';

/** A service's fields as stored: a website's domain and dates, or an app's platforms and SDKs. */
export function ServiceInfo({ service }: { service: Service }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const items: NonNullable<DescriptionsProps['items']> = [
    { key: 'kind', label: t('service.field.kind'), children: t(SERVICE_KIND_KEYS[service.kind]) },
    { key: 'icp', label: t('service.field.icpNumber'), children: service.icpNumber ? <Typography.Text copyable>{service.icpNumber}</Typography.Text> : '—' },
  ];
  if (service.kind === 'website') {
    items.push(
      { key: 'domain', label: t('service.field.domain'), children: service.domain },
      { key: 'homepage', label: t('service.field.homepageUrl'), children: service.homepageUrl },
      { key: 'goLive', label: t('service.field.goLiveDate'), children: formatDate(service.goLiveDate, labels.language) || '—' },
      { key: 'expiry', label: t('service.field.domainExpiryDate'), children: formatDate(service.domainExpiryDate, labels.language) || '—' },
      { key: 'ps', label: t('service.field.publicSecurityNumber'), children: service.publicSecurityNumber || '—' },
    );
  } else {
    items.push(
      {
        key: 'platforms',
        label: t('service.field.platforms'),
        span: 2,
        children: service.platforms.length ? (
          <ul className="icp-plain-list">
            {service.platforms.map((p) => (
              <li key={`${p.platform}:${p.packageName}`}>
                <strong>{t(`platform.${p.platform}`)}</strong> {p.packageName} · {t('platform.field.digest')} <code>{p.signatureDigest}</code>
              </li>
            ))}
          </ul>
        ) : (
          '—'
        ),
      },
      { key: 'domains', label: t('service.field.domains'), children: service.domains.join(', ') || '—' },
      { key: 'sdk', label: t('service.field.sdkNames'), children: service.sdk.usesThirdParty ? service.sdk.names.join(', ') || t('service.sdk.unnamed') : t('service.sdk.none') },
    );
  }
  items.push(
    { key: 'content', label: t('service.field.contentCategories'), children: service.contentCategories.map(labels.contentCategory).join(labels.listSeparator) },
    { key: 'languages', label: t('service.field.languages'), children: service.languages.map(labels.serviceLanguage).join(labels.listSeparator) },
    {
      key: 'pre',
      label: t('service.field.preApprovals'),
      span: 2,
      children: service.preApprovals.length ? service.preApprovals.map((p) => `${labels.preApproval(p.category)} ${p.approvalNumber}`).join('；') : t('service.preApproval.none'),
    },
  );
  if (service.remarks) items.push({ key: 'remarks', label: t('service.field.remarks'), children: service.remarks, span: 2 });
  return <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />;
}
