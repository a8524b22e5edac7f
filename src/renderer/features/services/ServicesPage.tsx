import { Button, Flex, Select, Space, Tabs, Typography, type InputRef } from 'antd';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FiledState, providers, ServiceKind } from '../../../shared/domain';
import type { ServiceRow } from '../../../shared/ipc';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { SearchBox } from '../portfolio/SearchBox';
import { SERVICE_KIND_KEYS } from '../portfolio/service-kind';
import { useArchiveActions } from '../portfolio/useArchiveActions';
import { useLabels } from '../portfolio/useLabels';
import { usePagedRows } from '../portfolio/usePagedRows';
import { focusFirstRow } from '../portfolio/useRowKeyboard';
import { useSearchShortcut } from '../portfolio/useSearchShortcut';
import { ServiceTable } from './list/ServiceTable';
import { useServiceQuery } from './list/useServiceQuery';

/** 服务: every website, app, mini-program and quick app of the portfolio. */
export default function ServicesPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { view, update } = useServiceQuery();
  const search = useRef<InputRef>(null);
  const results = useRef<HTMLDivElement>(null);
  useSearchShortcut(search);
  const { unarchive, removeForGood } = useArchiveActions();
  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const result = await invoke('service:list', { ...view, offset, limit });
      return result.ok ? { ok: true as const, data: { total: result.data.total, rows: result.data.rows, extra: undefined } } : result;
    },
    [view],
  );
  const paged = usePagedRows(JSON.stringify(view), fetchPage);
  const common = { allowClear: true, popupMatchSelectWidth: false } as const;

  const archiveActions = (row: ServiceRow) => (
    <Space size={4}>
      <Button size="small" aria-label={t('archive.restore.rowLabel', { name: row.name })} onClick={() => void unarchive('service', row.id, row.name)}>
        {t('archive.restore.button')}
      </Button>
      <Button size="small" danger aria-label={t('archive.delete.rowLabel', { name: row.name })} onClick={() => removeForGood('service', row.id, row.name, t('archive.delete.serviceBody', { name: row.name }))}>
        {t('archive.delete.button')}
      </Button>
    </Space>
  );

  return (
    <>
      <PageTitle>{t('nav.services.label')}</PageTitle>
      <Tabs
        activeKey={view.archived ? 'archive' : 'active'}
        onChange={(key) => update({ archived: key === 'archive' })}
        items={[
          { key: 'active', label: t('entities.tab.active') },
          { key: 'archive', label: t('entities.tab.archive') },
        ]}
      />
      <Flex vertical gap={12}>
        <Flex gap={8} wrap align="center">
          <SearchBox
            inputRef={search}
            value={view.text}
            onSearch={(text) => update({ text: text || undefined })}
            label={t('services.search.label')}
            placeholder={t('services.search.placeholder')}
            onArrowDown={() => focusFirstRow(results.current)}
          />
          <Select
            {...common}
            aria-label={t('services.filter.kind')}
            placeholder={t('services.filter.kind')}
            style={{ width: 130 }}
            value={view.kind}
            onChange={(kind) => update({ kind })}
            options={ServiceKind.options.map((kind) => ({ value: kind, label: t(SERVICE_KIND_KEYS[kind]) }))}
          />
          <Select
            {...common}
            aria-label={t('entities.filter.status')}
            placeholder={t('entities.filter.status')}
            style={{ width: 200 }}
            value={view.status}
            onChange={(status) => update({ status })}
            options={FiledState.options.map((state) => ({ value: state, label: labels.state(state) }))}
          />
          <Select
            {...common}
            aria-label={t('entities.filter.provider')}
            placeholder={t('entities.filter.provider')}
            style={{ width: 150 }}
            value={view.provider}
            onChange={(provider) => update({ provider })}
            options={providers.items.map((p) => ({ value: p.code as NonNullable<typeof view.provider>, label: labels.provider(p.code) }))}
          />
          <Typography.Text type="secondary" role="status" aria-live="polite">
            {paged.total === undefined ? t('entities.list.loading') : t('services.list.count', { count: paged.total })}
          </Typography.Text>
        </Flex>
        {paged.error && <ErrorAlert error={paged.error} onRetry={paged.reload} />}
        <div ref={results}>
          <ServiceTable
            paged={paged}
            sort={view.sort}
            onSort={(sort) => update({ sort })}
            actions={view.archived ? archiveActions : undefined}
            label={view.archived ? t('services.table.archiveLabel') : t('services.table.label')}
          />
        </div>
      </Flex>
    </>
  );
}
