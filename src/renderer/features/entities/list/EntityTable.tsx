import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { EntityRow } from '../../../../shared/ipc';
import { formatDate } from '../../portfolio/format';
import { PagedTable, type PagedColumn } from '../../portfolio/list/PagedTable';
import { StatusTag } from '../../portfolio/StatusTag';
import { useLabels } from '../../portfolio/useLabels';
import type { PagedRows } from '../../portfolio/usePagedRows';
import type { EntityView } from './useEntityQuery';

interface EntityTableProps {
  paged: PagedRows<EntityRow, unknown>;
  sort: EntityView['sort'];
  onSort: (sort: EntityView['sort']) => void;
  /** Extra cells at the end of a row (the archive view's restore and delete). */
  actions?: ((row: EntityRow) => ReactNode) | undefined;
  label: string;
}

/** The entity list's columns; Enter or a click on a row opens the entity. */
export function EntityTable({ paged, sort, onSort, actions, label }: EntityTableProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const en = labels.language === 'en';
  const columns: PagedColumn<EntityRow>[] = [
    {
      key: 'name',
      title: t('entities.column.name'),
      width: 200,
      sorter: true,
      render: (row) => (
        <Flex vertical gap={0} style={{ minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: row.name }}>
            <Link to={`/entities/${row.id}`}>{row.name}</Link>
          </Typography.Text>
          {row.matched && (
            <Typography.Text type="secondary" ellipsis className="icp-matched">
              {t('entities.search.matched', { value: row.matched })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'icpNumber',
      title: t('entities.column.icpNumber'),
      width: 170,
      sorter: true,
      render: (row) => (row.icpNumber ? <Typography.Text className="icp-nowrap">{row.icpNumber}</Typography.Text> : <Typography.Text type="secondary">{t('entities.icpNumber.none')}</Typography.Text>),
    },
    { key: 'province', title: t('entities.column.province'), width: en ? 104 : 76, sorter: true, render: (row) => labels.provinceShort(row.province) },
    { key: 'nature', title: t('entities.column.nature'), width: en ? 110 : 100, ellipsis: true, render: (row) => labels.nature(row.nature) },
    { key: 'status', title: t('entities.column.status'), width: 150, render: (row) => <StatusTag state={row.status} markers={row.markers} /> },
    { key: 'services', title: t('entities.column.services'), width: en ? 92 : 64, align: 'end', render: (row) => row.serviceCount },
    {
      key: 'providers',
      title: t('entities.column.providers'),
      width: 110,
      render: (row) => <Typography.Text ellipsis={{ tooltip: true }}>{row.providers.map(labels.provider).join(labels.listSeparator)}</Typography.Text>,
    },
    {
      key: 'todo',
      title: t('entities.column.todo'),
      width: 130,
      render: (row) => (
        <Flex gap={4} wrap>
          {row.overdueCount > 0 && <Tag color="error">{t('entities.todo.overdue', { count: row.overdueCount })}</Tag>}
          {row.dueSoonCount > 0 && <Tag color="warning">{t('entities.todo.dueSoon', { count: row.dueSoonCount })}</Tag>}
          {row.openFilingId && (
            <Tooltip title={t('entities.todo.openFilingHint')}>
              <Tag color="processing">{t('entities.todo.openFiling')}</Tag>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    { key: 'updatedAt', title: t('entities.column.updatedAt'), width: 100, sorter: true, render: (row) => formatDate(row.archivedAt ?? row.updatedAt, labels.language) },
  ];
  return (
    <PagedTable
      paged={paged}
      columns={columns}
      flex={{ key: 'name', min: 200 }}
      sort={sort}
      onSort={onSort}
      onOpen={(row) => void navigate(`/entities/${row.id}`)}
      actions={actions}
      label={label}
      emptyText={t('entities.list.empty')}
    />
  );
}
