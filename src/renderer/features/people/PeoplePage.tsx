import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api';
import { ArchiveRowActions } from '../portfolio/list/ArchiveRowActions';
import { ArchiveTabs } from '../portfolio/list/ArchiveTabs';
import { ListPage } from '../portfolio/list/ListPage';
import { usePagedRows } from '../portfolio/usePagedRows';
import { PeopleTable } from './PeopleTable';
import { usePersonQuery } from './usePersonQuery';

/** 人员: every leader (负责人), stored once and shared by the entities and services they lead; the archive one tab away. */
export default function PeoplePage() {
  const { t } = useTranslation();
  const { view, update } = usePersonQuery();

  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const result = await invoke('person:list', { ...view, offset, limit });
      return result.ok ? { ok: true as const, data: { total: result.data.total, rows: result.data.rows, extra: result.data.counts } } : result;
    },
    [view],
  );
  const paged = usePagedRows(JSON.stringify(view), fetchPage);

  return (
    <ListPage
      title={t('nav.people.label')}
      tabs={<ArchiveTabs archived={view.archived} onChange={(archived) => update({ archived })} counts={paged.extra} />}
      search={{ value: view.text, onSearch: (text) => update({ text: text || undefined }), label: t('people.search.label'), placeholder: t('people.search.placeholder') }}
      keyboard
      status={paged.total === undefined ? t('entities.list.loading') : t('people.list.count', { count: paged.total })}
      error={paged.error}
      onRetry={paged.reload}
    >
      <PeopleTable
        paged={paged}
        actions={view.archived ? (row) => <ArchiveRowActions kind="person" id={row.id} name={row.name} deleteBody={t('archive.delete.personBody', { name: row.name })} /> : undefined}
        label={view.archived ? t('people.table.archiveLabel') : t('people.table.label')}
        emptyText={view.archived ? t('people.list.archiveEmpty') : t('people.list.empty')}
      />
    </ListPage>
  );
}
