import { Flex, Table, Typography, type InputRef, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { PersonRow } from '../../../shared/ipc';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { fitColumns } from '../portfolio/fit-columns';
import { RowPlaceholder } from '../portfolio/RowPlaceholder';
import { SearchBox } from '../portfolio/SearchBox';
import { useAvailableHeight } from '../portfolio/useAvailableHeight';
import { useElementWidth } from '../portfolio/useElementWidth';
import { useLabels } from '../portfolio/useLabels';
import { usePagedRows } from '../portfolio/usePagedRows';
import { useRowKeyboard } from '../portfolio/useRowKeyboard';
import { useSearchShortcut } from '../portfolio/useSearchShortcut';

interface Item {
  key: string;
  index: number;
  row: PersonRow | undefined;
}

/** 人员: every leader (负责人), stored once and shared by the entities and services they lead. */
export default function PeoplePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? undefined;
  const search = useRef<InputRef>(null);
  useSearchShortcut(search);
  const holder = useRef<HTMLDivElement>(null);
  const height = useAvailableHeight(holder, 72);
  const available = useElementWidth(holder);
  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const result = await invoke('person:list', { text, offset, limit });
      return result.ok ? { ok: true as const, data: { total: result.data.total, rows: result.data.rows, extra: undefined } } : result;
    },
    [text],
  );
  const paged = usePagedRows(text ?? '', fetchPage);
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
  const fitted = fitColumns(columns, available, 'email', 200);
  const onRow = useRowKeyboard<PersonRow>((row) => void navigate(`/people/${row.id}`));
  return (
    <>
      <PageTitle>{t('nav.people.label')}</PageTitle>
      <Flex vertical gap={12}>
        <Flex gap={12} wrap align="center">
          <SearchBox
            inputRef={search}
            value={text}
            onSearch={(next) => setParams(next.trim() ? { q: next.trim() } : {}, { replace: true })}
            label={t('people.search.label')}
            placeholder={t('people.search.placeholder')}
          />
          <Typography.Text type="secondary" role="status" aria-live="polite">
            {paged.total === undefined ? t('entities.list.loading') : t('people.list.count', { count: paged.total })}
          </Typography.Text>
        </Flex>
        {paged.error && <ErrorAlert error={paged.error} onRetry={paged.reload} />}
        <section aria-label={t('people.table.label')} ref={holder}>
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
            locale={{ emptyText: paged.loading ? ' ' : t('people.list.empty') }}
          />
        </section>
      </Flex>
    </>
  );
}
