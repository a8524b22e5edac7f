import { Flex, Table, Tag, Tooltip, Typography, type TableColumnsType, type TableProps } from 'antd';
import { useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { EntityCounts, EntityRow } from '../../../../shared/ipc';
import { fitColumns } from '../../portfolio/fit-columns';
import { formatDate } from '../../portfolio/format';
import { RowPlaceholder } from '../../portfolio/RowPlaceholder';
import { StatusTag } from '../../portfolio/StatusTag';
import { useAvailableHeight } from '../../portfolio/useAvailableHeight';
import { useElementWidth } from '../../portfolio/useElementWidth';
import { useLabels } from '../../portfolio/useLabels';
import type { PagedRows } from '../../portfolio/usePagedRows';
import { useRowKeyboard } from '../../portfolio/useRowKeyboard';
import type { EntityView } from './useEntityQuery';

interface Item {
  key: string;
  index: number;
  row: EntityRow | undefined;
}

type SortField = NonNullable<EntityView['sort']>['field'];

interface EntityTableProps {
  paged: PagedRows<EntityRow, EntityCounts>;
  sort: EntityView['sort'];
  onSort: (sort: EntityView['sort']) => void;
  /** Extra cells at the end of a row (the archive view's restore and delete). */
  actions?: (row: EntityRow) => ReactNode;
  label: string;
}

const NAME_MIN_WIDTH = 200;

/**
 * The entity list: antd's virtual table over pages fetched as they scroll into view. Rows are
 * focusable; Enter or a click opens the entity, the arrow keys move between rows.
 */
export function EntityTable({ paged, sort, onSort, actions, label }: EntityTableProps) {
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
    // `version` changes whenever rows arrive; rowAt reads them.
    [total, version, rowAt],
  );

  const sortOrder = (field: SortField) => (sort?.field === field ? (sort.order === 'asc' ? 'ascend' : 'descend') : null);
  const columns: TableColumnsType<Item> = [
    {
      key: 'name',
      title: t('entities.column.name'),
      width: NAME_MIN_WIDTH,
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (_, { row, index }) =>
        row ? (
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
        ) : (
          <RowPlaceholder index={index} need={need} />
        ),
    },
    {
      key: 'icpNumber',
      title: t('entities.column.icpNumber'),
      width: 170,
      sorter: true,
      sortOrder: sortOrder('icpNumber'),
      render: (_, { row }) => (row?.icpNumber ? <Typography.Text className="icp-nowrap">{row.icpNumber}</Typography.Text> : row && <Typography.Text type="secondary">{t('entities.icpNumber.none')}</Typography.Text>),
    },
    {
      key: 'province',
      title: t('entities.column.province'),
      width: en ? 104 : 76,
      sorter: true,
      sortOrder: sortOrder('province'),
      render: (_, { row }) => row && labels.provinceShort(row.province),
    },
    { key: 'nature', title: t('entities.column.nature'), width: en ? 110 : 100, ellipsis: true, render: (_, { row }) => row && labels.nature(row.nature) },
    {
      key: 'status',
      title: t('entities.column.status'),
      width: 150,
      render: (_, { row }) => row && <StatusTag state={row.status} markers={row.markers} />,
    },
    {
      key: 'services',
      title: t('entities.column.services'),
      width: en ? 92 : 64,
      align: 'end',
      render: (_, { row }) => row?.serviceCount,
    },
    {
      key: 'providers',
      title: t('entities.column.providers'),
      width: 110,
      render: (_, { row }) => row && <Typography.Text ellipsis={{ tooltip: true }}>{row.providers.map(labels.provider).join(labels.listSeparator)}</Typography.Text>,
    },
    {
      key: 'todo',
      title: t('entities.column.todo'),
      width: 130,
      render: (_, { row }) =>
        row && (
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
    {
      key: 'updatedAt',
      title: t('entities.column.updatedAt'),
      width: 100,
      sorter: true,
      sortOrder: sortOrder('updatedAt'),
      render: (_, { row }) => row && formatDate(row.archivedAt ?? row.updatedAt, labels.language),
    },
  ];
  if (actions) columns.push({ key: 'actions', title: t('entities.column.actions'), width: 200, render: (_, { row }) => row && actions(row) });

  const onRow = useRowKeyboard<EntityRow>((row) => void navigate(`/entities/${row.id}`));
  const onChange: TableProps<Item>['onChange'] = (_pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = single?.columnKey as SortField | undefined;
    if (!single?.order || !field) onSort(undefined);
    else onSort({ field, order: single.order === 'ascend' ? 'asc' : 'desc' });
  };
  const { columns: sized, width } = fitColumns(columns, available, 'name', NAME_MIN_WIDTH);

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
        onRow={(item, index) => ({ ...onRow(item.row, index), 'data-placeholder': item.row ? undefined : true })}
        loading={paged.loading && paged.total === undefined}
        showSorterTooltip={false}
        locale={{ emptyText: paged.loading ? ' ' : t('entities.list.empty') }}
      />
    </section>
  );
}
