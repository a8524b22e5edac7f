import { Button, Space } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { invoke } from '../../api';
import { ArchiveRowActions } from '../portfolio/list/ArchiveRowActions';
import { ArchiveTabs } from '../portfolio/list/ArchiveTabs';
import { ListPage } from '../portfolio/list/ListPage';
import { usePagedRows } from '../portfolio/usePagedRows';
import { ExportButton } from '../reports/ExportButton';
import { EntityFilters } from './list/EntityFilters';
import { EntityTable } from './list/EntityTable';
import { useEntityQuery } from './list/useEntityQuery';

/** 主体: the client roster, searchable and filterable, with the archive one tab away. */
export default function EntitiesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { view, update } = useEntityQuery();

  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const result = await invoke('entity:list', { ...view, offset, limit });
      return result.ok ? { ok: true as const, data: { total: result.data.total, rows: result.data.rows, extra: result.data.counts } } : result;
    },
    [view],
  );
  const paged = usePagedRows(JSON.stringify(view), fetchPage);
  const counts = paged.extra;

  return (
    <ListPage
      title={t('nav.entities.label')}
      actions={
        <Space wrap>
          <Button onClick={() => void navigate('/entities/record-existing')}>{t('entities.recordExisting.button')}</Button>
          <Button type="primary" onClick={() => void navigate('/entities/new')}>
            {t('entities.create.button')}
          </Button>
        </Space>
      }
      tabs={<ArchiveTabs archived={view.archived} onChange={(archived) => update({ archived })} counts={counts && { active: counts.all, archived: counts.archived }} />}
      search={{ value: view.text, onSearch: (text) => update({ text: text || undefined }), label: t('entities.search.label'), placeholder: t('entities.search.placeholder') }}
      keyboard
      filters={<EntityFilters view={view} counts={counts} update={update} />}
      filtersBelow
      toolbar={<ExportButton kind="entities" filters={view} />}
      status={paged.total === undefined ? t('entities.list.loading') : t('entities.list.count', { count: paged.total })}
      error={paged.error}
      onRetry={paged.reload}
    >
      <EntityTable
        paged={paged}
        sort={view.sort}
        onSort={(sort) => update({ sort })}
        actions={view.archived ? (row) => <ArchiveRowActions kind="entity" id={row.id} name={row.name} deleteBody={t('archive.delete.entityBody', { name: row.name, count: row.serviceCount })} /> : undefined}
        label={view.archived ? t('entities.table.archiveLabel') : t('entities.table.label')}
      />
    </ListPage>
  );
}
