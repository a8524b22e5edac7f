import { Flex, Typography, type InputRef } from 'antd';
import { useRef, type ReactNode } from 'react';
import type { IpcError } from '../../../../shared/ipc';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageTitle } from '../../../components/PageTitle';
import { SearchBox } from '../SearchBox';
import { focusFirstRow } from '../useRowKeyboard';
import { useSearchShortcut } from '../useSearchShortcut';

export interface ListSearch {
  value: string | undefined;
  onSearch: (text: string) => void;
  label: string;
  placeholder: string;
}

interface ListPageProps {
  title: string;
  /** Buttons at the right of the title (New…). */
  actions?: ReactNode;
  /** Above the list, e.g. the active/archive tabs. */
  tabs?: ReactNode;
  search: ListSearch;
  /** `/` and Ctrl+F reach the search box, and ↓ from it the first row (long lists built for the keyboard). */
  keyboard?: boolean;
  /** Before the search box (a filter that chooses which list this is, like the filings' open/closed). */
  leading?: ReactNode;
  filters?: ReactNode;
  /** Many filters get a row of their own below the search; a few sit next to it. */
  filtersBelow?: boolean;
  /** Commands on the list as filtered (an Export button), placed next to the filters. */
  toolbar?: ReactNode;
  /** How many rows match (announced politely to screen readers). */
  status: string;
  error?: IpcError | undefined;
  onRetry?: () => void;
  /** The table. */
  children: ReactNode;
}

/** The frame every list page shares: title and actions, tabs, search, filters, count, error, table. */
export function ListPage({ title, actions, tabs, search, keyboard = false, leading, filters, filtersBelow = false, toolbar, status, error, onRetry, children }: ListPageProps) {
  const searchRef = useRef<InputRef>(null);
  const results = useRef<HTMLDivElement>(null);
  useSearchShortcut(searchRef, keyboard);
  // Filters beside the search pack closer; the search and the count alone keep the wider spacing.
  const crowded = !filtersBelow && Boolean(leading || filters || toolbar);
  return (
    <>
      {actions ? (
        <Flex justify="space-between" align="start" wrap gap={8}>
          <PageTitle>{title}</PageTitle>
          {actions}
        </Flex>
      ) : (
        <PageTitle>{title}</PageTitle>
      )}
      {tabs}
      <Flex vertical gap={12}>
        <Flex gap={crowded ? 8 : 12} wrap align="center">
          {leading}
          <SearchBox {...search} {...(keyboard ? { inputRef: searchRef, onArrowDown: () => focusFirstRow(results.current) } : {})} />
          {!filtersBelow && filters}
          {!filtersBelow && toolbar}
          <Typography.Text type="secondary" role="status" aria-live="polite">
            {status}
          </Typography.Text>
        </Flex>
        {filtersBelow && (
          <Flex gap={8} wrap align="center">
            {filters}
            {toolbar}
          </Flex>
        )}
        {error && <ErrorAlert error={error} onRetry={onRetry} />}
        <div ref={results}>{children}</div>
      </Flex>
    </>
  );
}
