import { Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import { useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { ServiceRow } from '../../../../shared/ipc';
import { fitColumns } from '../../portfolio/fit-columns';
import { formatDate } from '../../portfolio/format';
import { RowPlaceholder } from '../../portfolio/RowPlaceholder';
import { SERVICE_KIND_KEYS } from '../../portfolio/service-kind';
import { StatusTag } from '../../portfolio/StatusTag';
import { useAvailableHeight } from '../../portfolio/useAvailableHeight';
import { useElementWidth } from '../../portfolio/useElementWidth';
import { useLabels } from '../../portfolio/useLabels';
import type { PagedRows } from '../../portfolio/usePagedRows';
import { useRowKeyboard } from '../../portfolio/useRowKeyboard';
import type { ServiceView } from './useServiceQuery';

interface Item {
  key: string;
  index: number;
  row: ServiceRow | undefined;
}
type SortField = NonNullable<ServiceView['sort']>['field'];

interface ServiceTableProps {
  paged: PagedRows<ServiceRow, undefined>;
  sort: ServiceView['sort'];
  onSort: (sort: ServiceView['sort']) => void;
  actions?: (row: ServiceRow) => ReactNode;
  label: string;
}

/** Every service of the portfolio, virtualized and fetched page by page like the entities. */
export function ServiceTable({ paged, sort, onSort, actions, label }: ServiceTableProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const en = labels.language === 'en';
  const holder = useRef<HTMLDivElement>(null);
  const height = useAvailableHeight(holder, 72);
  const available = useElementWidth(holder);
  const { total = 0, version, rowAt, need } = paged;
  const data = useMemo<Item[]>(
    () => Array.from({ length: total }, (_, index) => {
      const row = rowAt(index);
      return { key: row?.id ?? `placeholder-${index}`, index, row };
    }),
    [total, version, rowAt],
  );
  const sortOrder = (field: SortField) => (sort?.field === field ? (sort.order === 'asc' ? 'ascend' : 'descend') : null);
  const columns: TableColumnsType<Item> = [
    {
      key: 'name',
      title: t('service.field.name'),
      width: 200,
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (_, { row, index }) =>
        row ? (
          <Typography.Text ellipsis={{ tooltip: row.name }}>
            <Link to={`/services/${row.id}`}>{row.name}</Link>
          </Typography.Text>
        ) : (
          <RowPlaceholder index={index} need={need} />
        ),
    },
    { key: 'kind', title: t('service.field.kind'), width: en ? 110 : 84, sorter: true, sortOrder: sortOrder('kind'), render: (_, { row }) => row && t(SERVICE_KIND_KEYS[row.kind]) },
    { key: 'handle', title: t('service.column.handle'), width: 160, render: (_, { row }) => row && <Typography.Text ellipsis>{row.domainOrPackage}</Typography.Text> },
    { key: 'icpNumber', title: t('service.field.icpNumber'), width: 210, sorter: true, sortOrder: sortOrder('icpNumber'), render: (_, { row }) => row && <span className="icp-nowrap">{row.icpNumber || '—'}</span> },
    {
      key: 'entityName',
      title: t('service.column.entity'),
      width: 180,
      sorter: true,
      sortOrder: sortOrder('entityName'),
      render: (_, { row }) =>
        row && (
          <Typography.Text ellipsis={{ tooltip: row.entityName }}>
            <Link to={`/entities/${row.entityId}`}>{row.entityName}</Link>
          </Typography.Text>
        ),
    },
    { key: 'status', title: t('service.column.status'), width: 150, render: (_, { row }) => row && <StatusTag state={row.status} /> },
    { key: 'providers', title: t('entities.column.providers'), width: 110, render: (_, { row }) => row && <Typography.Text ellipsis={{ tooltip: true }}>{row.providers.map(labels.provider).join(labels.listSeparator)}</Typography.Text> },
    { key: 'updatedAt', title: t('entities.column.updatedAt'), width: 100, sorter: true, sortOrder: sortOrder('updatedAt'), render: (_, { row }) => row && formatDate(row.archivedAt ?? row.updatedAt, labels.language) },
  ];
  if (actions) columns.push({ key: 'actions', title: t('entities.column.actions'), width: 200, render: (_, { row }) => row && actions(row) });
  const onRow = useRowKeyboard<ServiceRow>((row) => void navigate(`/services/${row.id}`));
  const onChange: TableProps<Item>['onChange'] = (_p, _f, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = single?.columnKey as SortField | undefined;
    onSort(!single?.order || !field ? undefined : { field, order: single.order === 'ascend' ? 'asc' : 'desc' });
  };
  const { columns: sized, width } = fitColumns(columns, available, 'name', 150);
  return (
    <section aria-label={label} ref={holder}>
      <Table<Item>
        virtual
        size="middle"
        rowKey="key"
        columns={sized}
        dataSource={data}
        pagination={false}
        scroll={{ x: width, y: height }}
        onChange={onChange}
        onRow={(item, index) => onRow(item.row, index)}
        loading={paged.loading && paged.total === undefined}
        showSorterTooltip={false}
        locale={{ emptyText: paged.loading ? ' ' : t('services.list.empty') }}
      />
    </section>
  );
}
