import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DeadlineItem } from '../../../shared/ipc';
import { formatDate } from '../portfolio/format';
import { useLabels } from '../portfolio/useLabels';
import { targetPath } from './target-path';

/** Deadlines as links to what they concern, with the due date and how urgent they are. */
export function DeadlineItems({ items, empty }: { items: readonly DeadlineItem[]; empty: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <List
      size="small"
      className="icp-scroll-list"
      dataSource={items as DeadlineItem[]}
      locale={{ emptyText: empty }}
      renderItem={(item) => {
        const path = targetPath(item.target);
        return (
          <List.Item>
            <span>
              <Link to={path}>{item.target.name}</Link>
              <Typography.Text type="secondary"> · {labels.text(item.label)}</Typography.Text>
            </span>
            <Tag color={item.status === 'overdue' ? 'error' : item.status === 'due-soon' ? 'warning' : 'default'}>
              {t('dashboard.due.on', { date: formatDate(item.dueAt, labels.language) })}
            </Tag>
          </List.Item>
        );
      }}
    />
  );
}
