import { Table, type TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fitColumns } from '../fit-columns';
import { RowPlaceholder } from '../RowPlaceholder';
import { useAvailableHeight } from '../useAvailableHeight';
import { useElementWidth } from '../useElementWidth';
import type { PagedRows } from '../usePagedRows';
import { useRowKeyboard } from '../useRowKeyboard';

interface Item<Row> {
  key: string;
  index: number;
  row: Row | undefined;
}

/** A column of a paged list: it draws loaded rows only (rows still on their way stay blank). */
export type PagedColumn<Row> = Omit<ColumnType<Item<Row>>, 'key' | 'render' | 'sortOrder'> & { key: string; render: (row: Row) => ReactNode };

export interface ListSort<F extends string> {
  field: F;
  order: 'asc' | 'desc';
}

interface PagedTableProps<Row extends { id: string }, F extends string> {
  paged: PagedRows<Row, unknown>;
  /** Columns with `sorter: true` sort on the server by their key. */
  columns: PagedColumn<Row>[];
  /** The column that takes the width the others leave (at least `min`), and stands in for rows not loaded yet. */
  flex: { key: string; min: number };
  /** The column that stands in for rows not loaded yet, when it is not the flex one (the name, where the eye looks). */
  placeholderKey?: string;
  /** A list without sortable columns leaves both out. */
  sort?: ListSort<F> | undefined;
  onSort?: (sort: ListSort<F> | undefined) => void;
  /** What Enter or a click on a row does (usually: open it). */
  onOpen: (row: Row) => void;
  /** Extra cells at the end of a row (the archive view's restore and delete). */
  actions?: ((row: Row) => ReactNode) | undefined;
  label: string;
  emptyText: string;
}

/**
 * A long list as antd's virtual table over pages fetched as they scroll into view, filling the
 * window's height. Rows are focusable; Enter or a click opens one, the arrow keys move between rows.
 */
export function PagedTable<Row extends { id: string }, F extends string>({ paged, columns, flex, placeholderKey = flex.key, sort, onSort, onOpen, actions, label, emptyText }: PagedTableProps<Row, F>) {
  const { t } = useTranslation();
  const holder = useRef<HTMLDivElement>(null);
  const height = useAvailableHeight(holder, 72);
  const available = useElementWidth(holder);
  const { total = 0, version, rowAt, need } = paged;

  const data = useMemo<Item<Row>[]>(
    () => Array.from({ length: total }, (_, index) => {
      const row = rowAt(index);
      return { key: row?.id ?? `placeholder-${index}`, index, row };
    }),
    // `version` changes whenever rows arrive; rowAt reads them.
    [total, version, rowAt],
  );

  const all = actions ? [...columns, { key: 'actions', title: t('entities.column.actions'), width: 200, render: actions }] : columns;
  const drawn = all.map(({ render, ...column }): ColumnType<Item<Row>> => ({
    ...column,
    sortOrder: column.sorter && sort?.field === column.key ? (sort.order === 'asc' ? 'ascend' : 'descend') : column.sorter ? null : undefined,
    render: (_, { row, index }) => (row ? render(row) : column.key === placeholderKey ? <RowPlaceholder index={index} need={need} /> : null),
  }));
  const onRow = useRowKeyboard<Row>(onOpen);
  const onChange: TableProps<Item<Row>>['onChange'] = (_pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = single?.columnKey as F | undefined;
    onSort?.(!single?.order || !field ? undefined : { field, order: single.order === 'ascend' ? 'asc' : 'desc' });
  };
  const { columns: sized, width } = fitColumns(drawn, available, flex.key, flex.min);

  return (
    <section aria-label={label} ref={holder}>
      <Table<Item<Row>>
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
        locale={{ emptyText: paged.loading ? ' ' : emptyText }}
      />
    </section>
  );
}
