import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { FilingState, OPERATION_IDS } from '../../../shared/domain';
import { useChannel } from '../../api';
import { FilterBar, type FilterSpec } from '../portfolio/list/FilterBar';
import { ListPage } from '../portfolio/list/ListPage';
import { ExportButton } from '../reports/ExportButton';
import { useLabels } from '../portfolio/useLabels';
import { FilingTable } from './list/FilingTable';
import { useFilingQuery, type FilingView } from './list/useFilingQuery';

const PAGE_SIZE = 50;

/** 备案: every filing order, open ones first by default; drafts resume from here. */
export default function FilingsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const { view, update } = useFilingQuery();
  const open = view.open === 'all' ? undefined : view.open === 'open';
  const query = {
    ...(view.text ? { text: view.text } : {}),
    ...(open === undefined ? {} : { open }),
    ...(view.state ? { state: view.state } : {}),
    ...(view.operation ? { operation: view.operation } : {}),
  };
  const { data, error, loading, reload } = useChannel('filing:list', { ...query, offset: (view.page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const show: FilterSpec<FilingView>[] = [
    {
      kind: 'choice',
      key: 'open',
      label: t('filings.filter.show'),
      options: [
        { value: 'open', label: t('filings.filter.open') },
        { value: 'closed', label: t('filings.filter.closed') },
        { value: 'all', label: t('filings.filter.all') },
      ],
    },
  ];
  const filters: FilterSpec<FilingView>[] = [
    { kind: 'select', key: 'state', label: t('filings.filter.state'), width: 190, options: FilingState.options.map((s) => ({ value: s, label: labels.filingState(s) })) },
    { kind: 'select', key: 'operation', label: t('filings.filter.operation'), width: 220, options: OPERATION_IDS.map((o) => ({ value: o, label: labels.operation(o) })) },
  ];
  return (
    <ListPage
      title={t('nav.filings.label')}
      actions={
        <Button type="primary" onClick={() => void navigate('/filings/new')}>
          {t('filings.new.button')}
        </Button>
      }
      leading={<FilterBar view={view} update={update} filters={show} />}
      search={{ value: view.text, onSearch: (text) => update({ text: text || undefined }), label: t('filings.search.label'), placeholder: t('filings.search.placeholder') }}
      filters={<FilterBar view={view} update={update} filters={filters} />}
      toolbar={<ExportButton kind="filings" filters={query} />}
      status={data ? t('filings.list.count', { count: data.total }) : t('entities.list.loading')}
      error={error}
      onRetry={reload}
    >
      <FilingTable rows={data?.rows} total={data?.total ?? 0} loading={loading} page={view.page} pageSize={PAGE_SIZE} onPage={(page) => update({ page })} />
    </ListPage>
  );
}
