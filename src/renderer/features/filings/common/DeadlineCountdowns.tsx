import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { deadlineStatus, type DeadlineStatus } from '../../../../shared/domain';
import type { TrackedDeadlineView } from '../../../../shared/ipc';
import { formatDateTime } from '../../portfolio/format';
import { useLabels } from '../../portfolio/useLabels';
import { Countdown } from './Countdown';
import { useNow } from './useNow';

const COLORS: Readonly<Record<DeadlineStatus, string>> = { ok: 'default', 'due-soon': 'warning', overdue: 'error' };

/**
 * The order's running deadlines (24 h SMS check, 45-day order expiry, end of the 管局 review, and
 * domain and ID expiries) with a live countdown each; the status is recomputed as time passes.
 */
export function DeadlineCountdowns({ deadlines }: { deadlines: readonly TrackedDeadlineView[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const now = useNow(30_000);
  return (
    <List
      size="small"
      dataSource={deadlines as TrackedDeadlineView[]}
      locale={{ emptyText: t('filing.deadlines.empty') }}
      renderItem={(deadline) => {
        const status = deadlineStatus(deadline, new Date(now));
        return (
          <List.Item>
            <div style={{ width: '100%' }}>
              <Typography.Text>{labels.text(deadline.label)}</Typography.Text>
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginTop: 4 }}>
                <Tag color={COLORS[status]}>{t(status === 'overdue' ? 'obligation.status.overdue' : status === 'due-soon' ? 'obligation.status.dueSoon' : 'obligation.status.ok')}</Tag>
                <Typography.Text type="secondary">{t('filing.deadlines.due', { at: formatDateTime(deadline.dueAt, labels.language) })}</Typography.Text>
                <Countdown dueAt={deadline.dueAt} />
                {deadline.approximate && <Typography.Text type="secondary">{t('filing.deadlines.approximate')}</Typography.Text>}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('finding.source', { keys: deadline.source.join(labels.listSeparator) })}
                </Typography.Text>
              </div>
            </div>
          </List.Item>
        );
      }}
    />
  );
}
