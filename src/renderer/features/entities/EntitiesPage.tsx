import { Button, Flex, Space, Tabs, Typography, type InputRef } from 'antd';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { EntityRow } from '../../../shared/ipc';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { SearchBox } from '../portfolio/SearchBox';
import { useArchiveActions } from '../portfolio/useArchiveActions';
import { usePagedRows } from '../portfolio/usePagedRows';
import { focusFirstRow } from '../portfolio/useRowKeyboard';
import { useSearchShortcut } from '../portfolio/useSearchShortcut';
import { EntityFilters } from './list/EntityFilters';
import { EntityTable } from './list/EntityTable';
import { useEntityQuery } from './list/useEntityQuery';

/** 主体: the client roster, searchable and filterable, with the archive one tab away. */
export default function EntitiesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { view, update } = useEntityQuery();
  const search = useRef<InputRef>(null);
  const results = useRef<HTMLDivElement>(null);
  useSearchShortcut(search);
  const { unarchive, removeForGood } = useArchiveActions();

  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const result = await invoke('entity:list', { ...view, offset, limit });
      return result.ok ? { ok: true as const, data: { total: result.data.total, rows: result.data.rows, extra: result.data.counts } } : result;
    },
    [view],
  );
  const paged = usePagedRows(JSON.stringify(view), fetchPage);
  const counts = paged.extra;

  const archiveActions = (row: EntityRow) => (
    <Space size={4}>
      <Button size="small" onClick={() => void unarchive('entity', row.id, row.name)} aria-label={t('archive.restore.rowLabel', { name: row.name })}>
        {t('archive.restore.button')}
      </Button>
      <Button
        size="small"
        danger
        aria-label={t('archive.delete.rowLabel', { name: row.name })}
        onClick={() => removeForGood('entity', row.id, row.name, t('archive.delete.entityBody', { name: row.name, count: row.serviceCount }))}
      >
        {t('archive.delete.button')}
      </Button>
    </Space>
  );

  return (
    <>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <PageTitle>{t('nav.entities.label')}</PageTitle>
        <Space wrap>
          <Button onClick={() => void navigate('/entities/record-existing')}>{t('entities.recordExisting.button')}</Button>
          <Button type="primary" onClick={() => void navigate('/entities/new')}>
            {t('entities.create.button')}
          </Button>
        </Space>
      </Flex>
      <Tabs
        activeKey={view.archived ? 'archive' : 'active'}
        onChange={(key) => update({ archived: key === 'archive' })}
        items={[
          { key: 'active', label: counts ? t('entities.tab.activeCount', { count: counts.all }) : t('entities.tab.active') },
          { key: 'archive', label: counts ? t('entities.tab.archiveCount', { count: counts.archived }) : t('entities.tab.archive') },
        ]}
      />
      <Flex vertical gap={12}>
        <Flex gap={12} wrap align="center">
          <SearchBox
            inputRef={search}
            value={view.text}
            onSearch={(text) => update({ text: text || undefined })}
            label={t('entities.search.label')}
            placeholder={t('entities.search.placeholder')}
            onArrowDown={() => focusFirstRow(results.current)}
          />
          <Typography.Text type="secondary" role="status" aria-live="polite">
            {paged.total === undefined ? t('entities.list.loading') : t('entities.list.count', { count: paged.total })}
          </Typography.Text>
        </Flex>
        <EntityFilters view={view} counts={counts} update={update} />
        {paged.error && <ErrorAlert error={paged.error} onRetry={paged.reload} />}
        <div ref={results}>
          <EntityTable
            paged={paged}
            sort={view.sort}
            onSort={(sort) => update({ sort })}
            actions={view.archived ? archiveActions : undefined}
            label={view.archived ? t('entities.table.archiveLabel') : t('entities.table.label')}
          />
        </div>
      </Flex>
    </>
  );
}
