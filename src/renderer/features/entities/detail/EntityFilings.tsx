import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { FilingSummary } from '../../../../shared/ipc';
import { formatDateTime } from '../../portfolio/format';
import { useLabels } from '../../portfolio/useLabels';

/** Filing orders of this entity: what was filed, where it stands; each opens its order page. */
export function EntityFilings({ filings }: { filings: readonly FilingSummary[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <List
      size="small"
      dataSource={filings as FilingSummary[]}
      locale={{ emptyText: t('entity.filings.empty') }}
      renderItem={(filing) => (
        <List.Item>
          <Link to={`/filings/${filing.id}`}>{labels.operation(filing.operation)}</Link>
          <span>
            <Tag color={filing.open ? 'processing' : 'default'}>{labels.filingState(filing.state)}</Tag>
            <Typography.Text type="secondary">{formatDateTime(filing.updatedAt, labels.language)}</Typography.Text>
          </span>
        </List.Item>
      )}
    />
  );
}
