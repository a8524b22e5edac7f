import { Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Obligation, ObligationStatus } from '../../../shared/domain';
import type { MessageKey } from '../../../shared/i18n';
import { FooterHtml } from './FooterHtml';
import { formatDate } from './format';
import { useLabels } from './useLabels';

const STATUS: Readonly<Record<ObligationStatus, { color: string; key: MessageKey }>> = {
  action: { color: 'processing', key: 'obligation.status.action' },
  done: { color: 'success', key: 'obligation.status.done' },
  ok: { color: 'default', key: 'obligation.status.ok' },
  'due-soon': { color: 'warning', key: 'obligation.status.dueSoon' },
  overdue: { color: 'error', key: 'obligation.status.overdue' },
};

function ObligationItem({ obligation, serviceName }: { obligation: Obligation; serviceName: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const status = STATUS[obligation.status];
  return (
    <List.Item>
      <Flex vertical gap={6} style={{ width: '100%' }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{labels.text(obligation.title)}</Typography.Text>
          <Tag color={status.color}>{t(status.key)}</Tag>
          {obligation.dueAt && <Typography.Text type={obligation.status === 'overdue' ? 'danger' : 'secondary'}>{t('obligation.dueAt', { date: formatDate(obligation.dueAt, labels.language) })}</Typography.Text>}
        </Flex>
        <Typography.Text type="secondary">{labels.text(obligation.detail)}</Typography.Text>
        {obligation.footerHtml && obligation.kind !== 'public-security' && <FooterHtml html={obligation.footerHtml} serviceName={serviceName} inApp={obligation.kind === 'app-display'} />}
        {obligation.source.length > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('finding.source', { keys: obligation.source.join(', ') })}
          </Typography.Text>
        )}
      </Flex>
    </List.Item>
  );
}

/** What each service owes after approval: the footer to paste, the 公安 filing, expiring domains and IDs. */
export function ObligationsList({ obligations, serviceNames }: { obligations: readonly Obligation[]; serviceNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  if (obligations.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('obligation.list.empty')} />;
  const byService = new Map<string, Obligation[]>();
  for (const obligation of obligations) byService.set(obligation.serviceId, [...(byService.get(obligation.serviceId) ?? []), obligation]);
  return (
    <Flex vertical gap={16}>
      {[...byService].map(([serviceId, list]) => {
        const name = serviceNames.get(serviceId) ?? serviceId;
        return (
          <section key={serviceId} aria-label={t('obligation.service.label', { name })}>
            {serviceNames.size > 1 && (
              <Typography.Title level={4} style={{ fontSize: 15, marginBlock: 0 }}>
                {name}
              </Typography.Title>
            )}
            <List size="small" dataSource={list} renderItem={(obligation) => <ObligationItem obligation={obligation} serviceName={name} />} />
          </section>
        );
      })}
    </Flex>
  );
}
