import { Button, Flex, Space, Tabs, Typography, type InputRef } from 'antd';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '../../../shared/ipc';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { SearchBox } from '../portfolio/SearchBox';
import { useArchiveActions } from '../portfolio/useArchiveActions';
import { usePagedRows } from '../portfolio/usePagedRows';
import { focusFirstRow } from '../portfolio/useRowKeyboard';
import { useSearchShortcut } from '../portfolio/useSearchShortcut';
import { PeopleTable } from './PeopleTable';
import { usePersonQuery } from './usePersonQuery';

/** 人员: every leader (负责人), stored once and shared by the entities and services they lead; the archive one tab away. */
export default function PeoplePage() {
  const { t } = useTranslation();
  const { view, update } = usePersonQuery();
  const search = useRef<InputRef>(null);
  const results = useRef<HTMLDivElement>(null);
  useSearchShortcut(search);
  const { unarchive, removeForGood } = useArchiveActions();

  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const result = await invoke('person:list', { ...view, offset, limit });
      return result.ok ? { ok: true as const, data: { total: result.data.total, rows: result.data.rows, extra: result.data.counts } } : result;
    },
    [view],
  );
  const paged = usePagedRows(JSON.stringify(view), fetchPage);
  const counts = paged.extra;

  const archiveActions = (row: PersonRow) => (
    <Space size={4}>
      <Button size="small" onClick={() => void unarchive('person', row.id, row.name)} aria-label={t('archive.restore.rowLabel', { name: row.name })}>
        {t('archive.restore.button')}
      </Button>
      <Button
        size="small"
        danger
        aria-label={t('archive.delete.rowLabel', { name: row.name })}
        onClick={() => removeForGood('person', row.id, row.name, t('archive.delete.personBody', { name: row.name }))}
      >
        {t('archive.delete.button')}
      </Button>
    </Space>
  );

  return (
    <>
      <PageTitle>{t('nav.people.label')}</PageTitle>
      <Tabs
        activeKey={view.archived ? 'archive' : 'active'}
        onChange={(key) => update({ archived: key === 'archive' })}
        items={[
          { key: 'active', label: counts ? t('people.tab.activeCount', { count: counts.active }) : t('people.tab.active') },
          { key: 'archive', label: counts ? t('people.tab.archiveCount', { count: counts.archived }) : t('people.tab.archive') },
        ]}
      />
      <Flex vertical gap={12}>
        <Flex gap={12} wrap align="center">
          <SearchBox
            inputRef={search}
            value={view.text}
            onSearch={(text) => update({ text: text || undefined })}
            label={t('people.search.label')}
            placeholder={t('people.search.placeholder')}
            onArrowDown={() => focusFirstRow(results.current)}
          />
          <Typography.Text type="secondary" role="status" aria-live="polite">
            {paged.total === undefined ? t('entities.list.loading') : t('people.list.count', { count: paged.total })}
          </Typography.Text>
        </Flex>
        {paged.error && <ErrorAlert error={paged.error} onRetry={paged.reload} />}
        <div ref={results}>
          <PeopleTable
            paged={paged}
            actions={view.archived ? archiveActions : undefined}
            label={view.archived ? t('people.table.archiveLabel') : t('people.table.label')}
            emptyText={view.archived ? t('people.list.archiveEmpty') : t('people.list.empty')}
          />
        </div>
      </Flex>
    </>
  );
}
