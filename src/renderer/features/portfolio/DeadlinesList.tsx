import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrackedDeadlineView } from '../../../shared/ipc';
import { formatDateTime } from './format';
import { useLabels } from './useLabels';

const COLORS = { ok: 'default', 'due-soon': 'warning', overdue: 'error' } as const;

/** Dated deadlines with their status at the time they were read. */
export function DeadlinesList({ deadlines }: { deadlines: readonly TrackedDeadlineView[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <List
      size="small"
      dataSource={deadlines as TrackedDeadlineView[]}
      locale={{ emptyText: t('deadline.list.empty') }}
      renderItem={(deadline) => (
        <List.Item>
          <Typography.Text>{labels.text(deadline.label)}</Typography.Text>
          <span>
            <Tag color={COLORS[deadline.status]}>{t(deadline.status === 'overdue' ? 'obligation.status.overdue' : deadline.status === 'due-soon' ? 'obligation.status.dueSoon' : 'obligation.status.ok')}</Tag>
            <Typography.Text type="secondary">{formatDateTime(deadline.dueAt, labels.language)}</Typography.Text>
          </span>
        </List.Item>
      )}
    />
  );
}
