import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HistoryItem } from '../../../shared/ipc';
import { formatDateTime } from './format';
import { useLabels } from './useLabels';

/** Who changed what and when, newest first. */
export function HistoryTimeline({ items }: { items: readonly HistoryItem[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.list.empty')} />;
  return (
    <Timeline
      items={items.map((item) => ({
        key: item.id,
        content: (
          <>
            <div>{item.summary ? labels.text(item.summary) : item.action}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(item.at, labels.language)}
              {item.actor ? ` · ${item.actor}` : ''}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}
