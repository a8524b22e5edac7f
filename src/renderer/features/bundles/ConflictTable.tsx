import { Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BundleConflict, BundleResolution } from '../../../shared/ipc';
import { CONFLICT_KIND_LABELS } from './bundle-labels';

interface ConflictTableProps {
  conflicts: readonly BundleConflict[];
  resolutions: Readonly<Record<string, BundleResolution>>;
  onChange: (id: string, resolution: BundleResolution) => void;
  disabled: boolean;
  labelledBy: string;
}

/** Each conflict with both sides, a labelled per-row choice, and what that choice will do. */
export function ConflictTable({ conflicts, resolutions, onChange, disabled, labelledBy }: ConflictTableProps) {
  const { t } = useTranslation();
  const resolutionOf = (c: BundleConflict) => resolutions[c.id] ?? c.resolution;
  return (
    <Table<BundleConflict>
      aria-labelledby={labelledBy}
      rowKey="id"
      size="small"
      pagination={conflicts.length > 10 ? { pageSize: 10 } : false}
      dataSource={[...conflicts]}
      columns={[
        { title: t('bundle.conflicts.kind'), key: 'kind', render: (_, c) => t(CONFLICT_KIND_LABELS[c.kind]) },
        // A certificate number or domain reads as one token: never broken across lines.
        { title: t('bundle.conflicts.key'), key: 'key', onCell: () => ({ style: { whiteSpace: 'nowrap' } }), render: (_, c) => <Typography.Text code>{c.key}</Typography.Text> },
        { title: t('bundle.conflicts.local'), key: 'local', render: (_, c) => c.local.name || c.local.id },
        {
          title: t('bundle.conflicts.incoming'),
          key: 'incoming',
          render: (_, c) => (
            <>
              {c.incoming.name || c.incoming.id}
              {c.incomingDependants > 0 && <Typography.Text type="secondary">{t('bundle.conflict.dependants', { count: c.incomingDependants })}</Typography.Text>}
            </>
          ),
        },
        {
          title: t('bundle.conflicts.resolution'),
          key: 'resolution',
          width: 200,
          render: (_, c) => (
            <Select<BundleResolution>
              size="small"
              style={{ width: 180 }}
              value={resolutionOf(c)}
              disabled={disabled}
              aria-label={t('bundle.conflict.rowLabel', { name: c.incoming.name || c.incoming.id })}
              onChange={(value) => onChange(c.id, value)}
              options={[
                { value: 'keep-local', label: t('bundle.resolution.keepLocal') },
                { value: 'take-incoming', label: t('bundle.resolution.takeIncoming') },
              ]}
            />
          ),
        },
        {
          title: t('bundle.conflicts.outcome'),
          key: 'outcome',
          render: (_, c) =>
            resolutionOf(c) === 'keep-local'
              ? t('bundle.outcome.keepLocal', { name: c.incoming.name || c.incoming.id, count: c.incomingDependants })
              : t('bundle.outcome.takeIncoming', { name: c.local.name || c.local.id, count: c.localDependants }),
        },
      ]}
    />
  );
}
