import { Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldChange } from '../../../../shared/ipc';
import { useLabels } from '../../portfolio/useLabels';

/** A modification, field by field: the filed value and the new one (§2 modify: A15, T13). */
export function ChangesTable({ changes }: { changes: readonly FieldChange[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  if (changes.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('filing.changes.none')} />;
  return (
    <Table<FieldChange>
      size="small"
      rowKey="path"
      pagination={false}
      dataSource={changes as FieldChange[]}
      aria-label={t('filing.changes.title')}
      columns={[
        { key: 'field', title: t('filing.changes.field'), render: (_, c) => labels.text(c.label), width: '34%' },
        {
          key: 'old',
          title: t('filing.changes.old'),
          render: (_, c) => (c.old === undefined ? <Typography.Text type="secondary">{t('filing.changes.empty')}</Typography.Text> : <Typography.Text delete>{c.old}</Typography.Text>),
        },
        { key: 'arrow', title: '', width: 32, render: () => <span aria-hidden>→</span> },
        {
          key: 'new',
          title: t('filing.changes.new'),
          render: (_, c) => (c.new === undefined ? <Typography.Text type="secondary">{t('filing.changes.empty')}</Typography.Text> : <Typography.Text strong>{c.new}</Typography.Text>),
        },
      ]}
    />
  );
}
