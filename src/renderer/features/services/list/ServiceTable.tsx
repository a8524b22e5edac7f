import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { ServiceRow } from '../../../../shared/ipc';
import { formatDate } from '../../portfolio/format';
import { PagedTable, type PagedColumn } from '../../portfolio/list/PagedTable';
import { SERVICE_KIND_KEYS } from '../../portfolio/service-kind';
import { StatusTag } from '../../portfolio/StatusTag';
import { useLabels } from '../../portfolio/useLabels';
import type { PagedRows } from '../../portfolio/usePagedRows';
import type { ServiceView } from './useServiceQuery';

interface ServiceTableProps {
  paged: PagedRows<ServiceRow, unknown>;
  sort: ServiceView['sort'];
  onSort: (sort: ServiceView['sort']) => void;
  actions?: ((row: ServiceRow) => ReactNode) | undefined;
  label: string;
}

/** The services list's columns; Enter or a click on a row opens the service. */
export function ServiceTable({ paged, sort, onSort, actions, label }: ServiceTableProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const en = labels.language === 'en';
  const columns: PagedColumn<ServiceRow>[] = [
    {
      key: 'name',
      title: t('service.field.name'),
      width: 200,
      sorter: true,
      render: (row) => (
        <Typography.Text ellipsis={{ tooltip: row.name }}>
          <Link to={`/services/${row.id}`}>{row.name}</Link>
        </Typography.Text>
      ),
    },
    { key: 'kind', title: t('service.field.kind'), width: en ? 110 : 84, sorter: true, render: (row) => t(SERVICE_KIND_KEYS[row.kind]) },
    { key: 'handle', title: t('service.column.handle'), width: 160, render: (row) => <Typography.Text ellipsis>{row.domainOrPackage}</Typography.Text> },
    { key: 'icpNumber', title: t('service.field.icpNumber'), width: 210, sorter: true, render: (row) => <span className="icp-nowrap">{row.icpNumber || '—'}</span> },
    {
      key: 'entityName',
      title: t('service.column.entity'),
      width: 180,
      sorter: true,
      render: (row) => (
        <Typography.Text ellipsis={{ tooltip: row.entityName }}>
          <Link to={`/entities/${row.entityId}`}>{row.entityName}</Link>
        </Typography.Text>
      ),
    },
    { key: 'status', title: t('service.column.status'), width: 150, render: (row) => <StatusTag state={row.status} /> },
    {
      key: 'providers',
      title: t('entities.column.providers'),
      width: 110,
      render: (row) => <Typography.Text ellipsis={{ tooltip: true }}>{row.providers.map(labels.provider).join(labels.listSeparator)}</Typography.Text>,
    },
    { key: 'updatedAt', title: t('entities.column.updatedAt'), width: 100, sorter: true, render: (row) => formatDate(row.archivedAt ?? row.updatedAt, labels.language) },
  ];
  return (
    <PagedTable
      paged={paged}
      columns={columns}
      flex={{ key: 'name', min: 150 }}
      sort={sort}
      onSort={onSort}
      onOpen={(row) => void navigate(`/services/${row.id}`)}
      actions={actions}
      label={label}
      emptyText={t('services.list.empty')}
    />
  );
}
