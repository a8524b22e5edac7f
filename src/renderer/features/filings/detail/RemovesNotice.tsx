import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingDetail } from '../../../../shared/ipc';

const CANCELS = ['cancel-entity', 'cancel-service'];

/** What a cancellation deletes at MIIT, number by number (§2.1). */
export function RemovesNotice({ detail }: { detail: FilingDetail }) {
  const { t } = useTranslation();
  const { removes, filing } = detail;
  const services = removes.serviceNumbers;
  return (
    <div>
      {filing.operation === 'cancel-entity' ? (
        <Typography.Paragraph style={{ marginBottom: 4 }}>
          {t('filing.removes.entity', { number: removes.entityNumber ?? detail.entity?.name ?? '', count: services.length })}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph style={{ marginBottom: 4 }}>{t('filing.removes.service', { count: services.length })}</Typography.Paragraph>
      )}
      {services.length > 0 && (
        <ul className="icp-plain-list" aria-label={t('filing.removes.listLabel')}>
          {services.map((n) => (
            <li key={n}>
              <Typography.Text code>{n}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>{t('filing.removes.after')}</Typography.Paragraph>
    </div>
  );
}

/**
 * Above a cancellation or a provider removal, on the order's page and in its wizard: what goes and
 * that it cannot be undone; removing the last provider leaves a shell site the 管局 may cancel.
 */
export function SubjectAlerts({ detail }: { detail: FilingDetail }) {
  const { t } = useTranslation();
  const { filing } = detail;
  if (CANCELS.includes(filing.operation)) {
    return <Alert type="error" showIcon role="alert" title={t('filing.cancel.irreversible')} description={<RemovesNotice detail={detail} />} style={{ marginBottom: 16 }} />;
  }
  if (filing.operation === 'remove-access') {
    return (
      <Alert
        type={detail.leavesShell ? 'warning' : 'info'}
        showIcon
        title={detail.leavesShell ? t('filing.removeAccess.shellTitle') : t('filing.removeAccess.title')}
        description={detail.leavesShell ? t('filing.removeAccess.shellBody') : t('filing.removeAccess.body')}
        style={{ marginBottom: 16 }}
      />
    );
  }
  return null;
}
