import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api';
import { ArchiveRowActions } from '../portfolio/list/ArchiveRowActions';
import { ArchiveTabs } from '../portfolio/list/ArchiveTabs';
import { ListPage } from '../portfolio/list/ListPage';
import { ExportButton } from '../reports/ExportButton';
import { usePagedRows } from '../portfolio/usePagedRows';
import { ServiceFilters } from './list/ServiceFilters';
import { ServiceTable } from './list/ServiceTable';
import { useServiceQuery } from './list/useServiceQuery';

/** 服务: every website, app, mini-program and quick app of the portfolio. */
export default function ServicesPage() {
  const { t } = useTranslation();
  const { view, update } = useServiceQuery();
  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const result = await invoke('service:list', { ...view, offset, limit });
      return result.ok ? { ok: true as const, data: { total: result.data.total, rows: result.data.rows, extra: undefined } } : result;
    },
    [view],
  );
  const paged = usePagedRows(JSON.stringify(view), fetchPage);

  return (
    <ListPage
      title={t('nav.services.label')}
      tabs={<ArchiveTabs archived={view.archived} onChange={(archived) => update({ archived })} />}
      search={{ value: view.text, onSearch: (text) => update({ text: text || undefined }), label: t('services.search.label'), placeholder: t('services.search.placeholder') }}
      keyboard
      filters={<ServiceFilters view={view} update={update} />}
      toolbar={<ExportButton kind="services" filters={view} />}
      status={paged.total === undefined ? t('entities.list.loading') : t('services.list.count', { count: paged.total })}
      error={paged.error}
      onRetry={paged.reload}
    >
      <ServiceTable
        paged={paged}
        sort={view.sort}
        onSort={(sort) => update({ sort })}
        actions={view.archived ? (row) => <ArchiveRowActions kind="service" id={row.id} name={row.name} deleteBody={t('archive.delete.serviceBody', { name: row.name })} /> : undefined}
        label={view.archived ? t('services.table.archiveLabel') : t('services.table.label')}
      />
    </ListPage>
  );
}
