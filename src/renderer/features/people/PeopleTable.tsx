import { Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { PersonRow } from '../../../shared/ipc';
import { fitColumns } from '../portfolio/fit-columns';
import { RowPlaceholder } from '../portfolio/RowPlaceholder';
import { useAvailableHeight } from '../portfolio/useAvailableHeight';
import { useElementWidth } from '../portfolio/useElementWidth';
import { useLabels } from '../portfolio/useLabels';
import type { PagedRows } from '../portfolio/usePagedRows';
import { useRowKeyboard } from '../portfolio/useRowKeyboard';

interface Item {
  key: string;
  index: number;
  row: PersonRow | undefined;
}

interface PeopleTableProps {
  paged: PagedRows<PersonRow, unknown>;
  /** The archive tab's row buttons (restore, delete); none on the active tab. */
  actions?: ((row: PersonRow) => ReactNode) | undefined;
  label: string;
  emptyText: string;
}

/** People, one virtual row each, read page by page; Enter on a row opens the person. */
export function PeopleTable({ paged, actions, label, emptyText }: PeopleTableProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const holder = useRef<HTMLElement>(null);
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
  const columns: TableColumnsType<Item> = [
    {
      key: 'name',
      title: t('person.field.name'),
      width: 180,
      render: (_, { row, index }) => (row ? <Link to={`/people/${row.id}`}>{row.name}</Link> : <RowPlaceholder index={index} need={need} />),
    },
    { key: 'type', title: t('person.field.certificateType'), width: 180, render: (_, { row }) => row && labels.certificateType(row.certificateType) },
    { key: 'number', title: t('person.field.certificateNumber'), width: 200, render: (_, { row }) => row?.certificateNumber },
    { key: 'mobile', title: t('person.field.mobile'), width: 140, render: (_, { row }) => row?.mobile },
    { key: 'email', title: t('person.field.email'), width: 220, render: (_, { row }) => row && <Typography.Text ellipsis>{row.email}</Typography.Text> },
    { key: 'usage', title: t('people.column.usage'), width: 120, align: 'end', render: (_, { row }) => row && t('people.usage.count', { count: row.usageCount }) },
  ];
  // The archive trades the e-mail for its buttons, kept in view at the row's end, so Restore and
  // Delete never sit off-screen behind a sideways scroll.
  const shown = actions
    ? [...columns.filter((column) => column.key !== 'email'), { key: 'actions', title: t('people.column.actions'), width: 240, fixed: 'end' as const, render: (_: unknown, { row }: Item) => row && actions(row) }]
    : columns;
  const fitted = actions ? fitColumns(shown, available, 'name', 140) : fitColumns(shown, available, 'email', 200);
  const onRow = useRowKeyboard<PersonRow>((row) => void navigate(`/people/${row.id}`));
  return (
    <section aria-label={label} ref={holder}>
      <Table<Item>
        virtual
        size="middle"
        rowKey="key"
        columns={fitted.columns}
        dataSource={data}
        pagination={false}
        scroll={{ x: fitted.width, y: height }}
        onRow={(item, index) => onRow(item.row, index)}
        loading={paged.loading && paged.total === undefined}
        locale={{ emptyText: paged.loading ? ' ' : emptyText }}
      />
    </section>
  );
}
