import { Button, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { DeadlineKind } from '../../../../shared/domain';
import type { MessageKey } from '../../../../shared/i18n';
import type { FilingRow } from '../../../../shared/ipc';
import { formatDateTime } from '../../portfolio/format';
import { useLabels } from '../../portfolio/useLabels';
import { useRowKeyboard } from '../../portfolio/useRowKeyboard';
import { Countdown } from '../common/Countdown';
import { isEditable } from '../common/editable';
import { FilingStateTag } from '../common/FilingStateTag';
import { filingPath, wizardPath } from '../common/paths';

export const DEADLINE_KIND_KEYS: Readonly<Record<DeadlineKind, MessageKey>> = {
  'sms-verification': 'filing.deadlineKind.sms',
  'order-expiry': 'filing.deadlineKind.orderExpiry',
  'admin-review': 'filing.deadlineKind.adminReview',
  'public-security-filing': 'filing.deadlineKind.publicSecurity',
  'domain-expiry': 'filing.deadlineKind.domainExpiry',
  'document-expiry': 'filing.deadlineKind.documentExpiry',
};

interface FilingTableProps {
  rows: FilingRow[] | undefined;
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/**
 * The filings, a server page at a time (a few hundred at most, so plain pages, not a virtual
 * list). Rows open on Enter or a click; drafts and rejected filings resume from their button.
 */
export function FilingTable({ rows, total, loading, page, pageSize, onPage }: FilingTableProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const onRow = useRowKeyboard<FilingRow>((row) => void navigate(filingPath(row.id)));
  const columns: TableColumnsType<FilingRow> = [
    {
      key: 'operation',
      title: t('filings.column.operation'),
      width: 200,
      render: (_, row) => <Link to={filingPath(row.id)}>{labels.operation(row.operation)}</Link>,
    },
    { key: 'entity', title: t('filings.column.entity'), width: 200, render: (_, row) => row.entityName || <Typography.Text type="secondary">{t('filings.entity.unnamed')}</Typography.Text> },
    { key: 'targets', title: t('filings.column.targets'), width: 180, render: (_, row) => <Typography.Text ellipsis={{ tooltip: row.targetsLabel }}>{row.targetsLabel || '—'}</Typography.Text> },
    { key: 'state', title: t('filings.column.state'), width: 170, render: (_, row) => <FilingStateTag state={row.state} sms={row.sms} /> },
    {
      key: 'provider',
      title: t('filings.column.provider'),
      width: 150,
      render: (_, row) => (
        <>
          <div>{row.providerId ? labels.provider(row.providerId) : '—'}</div>
          {row.providerOrderNumber && <Typography.Text type="secondary">{row.providerOrderNumber}</Typography.Text>}
        </>
      ),
    },
    {
      key: 'deadline',
      title: t('filings.column.deadline'),
      width: 190,
      render: (_, row) =>
        row.nextDeadline ? (
          <>
            <div>{t(DEADLINE_KIND_KEYS[row.nextDeadline.kind])}</div>
            <Countdown dueAt={row.nextDeadline.dueAt} compact />
          </>
        ) : (
          '—'
        ),
    },
    { key: 'updated', title: t('entities.column.updatedAt'), width: 140, render: (_, row) => formatDateTime(row.updatedAt, labels.language) },
    {
      key: 'actions',
      title: t('entities.column.actions'),
      width: 120,
      render: (_, row) =>
        isEditable(row) && (
          <Button size="small" onClick={() => void navigate(wizardPath(row.id))} aria-label={t('filings.resume.rowLabel', { name: row.entityName || labels.operation(row.operation) })}>
            {row.state === 'DRAFT' ? t('filing.edit.continue') : t('filing.edit.fix')}
          </Button>
        ),
    },
  ];
  return (
    <section aria-label={t('filings.table.label')}>
      <Table<FilingRow>
        size="middle"
        rowKey="id"
        columns={columns}
        dataSource={rows ?? []}
        loading={loading && !rows}
        scroll={{ x: 1200 }}
        // Fixed: column widths hold; a long list of domains ends in an ellipsis instead of taking the width.
        tableLayout="fixed"
        onRow={(row, index) => onRow(row, index)}
        locale={{ emptyText: t('filings.list.empty') }}
        pagination={total > pageSize ? { current: page, pageSize, total, showSizeChanger: false, onChange: onPage } : false}
      />
    </section>
  );
}
