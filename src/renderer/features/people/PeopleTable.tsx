import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { PersonRow } from '../../../shared/ipc';
import { PagedTable, type PagedColumn } from '../portfolio/list/PagedTable';
import { useLabels } from '../portfolio/useLabels';
import type { PagedRows } from '../portfolio/usePagedRows';

interface PeopleTableProps {
  paged: PagedRows<PersonRow, unknown>;
  /** The archive tab's row buttons (restore, delete); none on the active tab. */
  actions?: ((row: PersonRow) => ReactNode) | undefined;
  label: string;
  emptyText: string;
}

/** The people list's columns; Enter or a click on a row opens the person. */
export function PeopleTable({ paged, actions, label, emptyText }: PeopleTableProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const columns: PagedColumn<PersonRow>[] = [
    { key: 'name', title: t('person.field.name'), width: 180, render: (row) => <Link to={`/people/${row.id}`}>{row.name}</Link> },
    { key: 'type', title: t('person.field.certificateType'), width: 180, render: (row) => labels.certificateType(row.certificateType) },
    { key: 'number', title: t('person.field.certificateNumber'), width: 200, render: (row) => row.certificateNumber },
    { key: 'mobile', title: t('person.field.mobile'), width: 140, render: (row) => row.mobile },
    ...(actions
      ? // The archive trades the e-mail for its buttons, kept in view at the row's end, so Restore and
        // Delete never sit off-screen behind a sideways scroll.
        []
      : [{ key: 'email', title: t('person.field.email'), width: 220, render: (row: PersonRow) => <Typography.Text ellipsis>{row.email}</Typography.Text> }]),
    { key: 'usage', title: t('people.column.usage'), width: 120, align: 'end', render: (row) => t('people.usage.count', { count: row.usageCount }) },
    ...(actions ? [{ key: 'actions', title: t('people.column.actions'), width: 240, fixed: 'end' as const, render: actions }] : []),
  ];
  return (
    <PagedTable
      paged={paged}
      columns={columns}
      flex={actions ? { key: 'name', min: 140 } : { key: 'email', min: 200 }}
      placeholderKey="name"
      onOpen={(row) => void navigate(`/people/${row.id}`)}
      label={label}
      emptyText={emptyText}
    />
  );
}
