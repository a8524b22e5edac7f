import { Button, Flex, Radio, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { FilingState, OPERATION_IDS, type DeadlineKind } from '../../../shared/domain';
import type { MessageKey } from '../../../shared/i18n';
import type { FilingRow } from '../../../shared/ipc';
import { useChannel } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime } from '../portfolio/format';
import { SearchBox } from '../portfolio/SearchBox';
import { useLabels } from '../portfolio/useLabels';
import { useRowKeyboard } from '../portfolio/useRowKeyboard';
import { Countdown } from './common/Countdown';
import { isEditable } from './common/editable';
import { FilingStateTag } from './common/FilingStateTag';
import { filingPath, wizardPath } from './common/paths';
import { useFilingQuery, type OpenFilter } from './list/useFilingQuery';

const PAGE_SIZE = 50;

export const DEADLINE_KIND_KEYS: Readonly<Record<DeadlineKind, MessageKey>> = {
  'sms-verification': 'filing.deadlineKind.sms',
  'order-expiry': 'filing.deadlineKind.orderExpiry',
  'admin-review': 'filing.deadlineKind.adminReview',
  'public-security-filing': 'filing.deadlineKind.publicSecurity',
  'domain-expiry': 'filing.deadlineKind.domainExpiry',
  'document-expiry': 'filing.deadlineKind.documentExpiry',
};

/** 备案: every filing order, open ones first by default; drafts resume from here. */
export default function FilingsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const { view, update } = useFilingQuery();
  const open = view.open === 'all' ? undefined : view.open === 'open';
  const { data, error, loading, reload } = useChannel('filing:list', {
    ...(view.text ? { text: view.text } : {}),
    ...(open === undefined ? {} : { open }),
    ...(view.state ? { state: view.state } : {}),
    ...(view.operation ? { operation: view.operation } : {}),
    offset: (view.page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
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
    <>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <PageTitle>{t('nav.filings.label')}</PageTitle>
        <Button type="primary" onClick={() => void navigate('/filings/new')}>
          {t('filings.new.button')}
        </Button>
      </Flex>
      <Flex vertical gap={12}>
        <Flex gap={8} wrap align="center">
          <Radio.Group
            optionType="button"
            aria-label={t('filings.filter.show')}
            value={view.open}
            onChange={(e) => update({ open: e.target.value as OpenFilter })}
            options={[
              { value: 'open', label: t('filings.filter.open') },
              { value: 'closed', label: t('filings.filter.closed') },
              { value: 'all', label: t('filings.filter.all') },
            ]}
          />
          <SearchBox value={view.text} onSearch={(text) => update({ text: text || undefined })} label={t('filings.search.label')} placeholder={t('filings.search.placeholder')} />
          <Select
            allowClear
            popupMatchSelectWidth={false}
            aria-label={t('filings.filter.state')}
            placeholder={t('filings.filter.state')}
            style={{ width: 190 }}
            value={view.state}
            onChange={(state) => update({ state })}
            options={FilingState.options.map((s) => ({ value: s, label: labels.filingState(s) }))}
          />
          <Select
            allowClear
            popupMatchSelectWidth={false}
            aria-label={t('filings.filter.operation')}
            placeholder={t('filings.filter.operation')}
            style={{ width: 220 }}
            value={view.operation}
            onChange={(operation) => update({ operation })}
            options={OPERATION_IDS.map((o) => ({ value: o, label: labels.operation(o) }))}
          />
          <Typography.Text type="secondary" role="status" aria-live="polite">
            {data ? t('filings.list.count', { count: data.total }) : t('entities.list.loading')}
          </Typography.Text>
        </Flex>
        {error && <ErrorAlert error={error} onRetry={reload} />}
        <section aria-label={t('filings.table.label')}>
          <Table<FilingRow>
            size="middle"
            rowKey="id"
            columns={columns}
            dataSource={data?.rows ?? []}
            loading={loading && !data}
            scroll={{ x: 1200 }}
            onRow={(row, index) => onRow(row, index)}
            locale={{ emptyText: t('filings.list.empty') }}
            pagination={
              (data?.total ?? 0) > PAGE_SIZE
                ? { current: view.page, pageSize: PAGE_SIZE, total: data?.total ?? 0, showSizeChanger: false, onChange: (page) => update({ page }) }
                : false
            }
          />
        </section>
      </Flex>
    </>
  );
}
