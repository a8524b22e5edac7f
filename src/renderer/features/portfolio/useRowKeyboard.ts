import { useCallback, type KeyboardEvent, type MouseEvent } from 'react';

const ROW_SELECTOR = '.ant-table-row';

function focusRow(from: HTMLElement, step: 1 | -1): boolean {
  const rows = Array.from(from.parentElement?.querySelectorAll<HTMLElement>(`:scope > ${ROW_SELECTOR}`) ?? []);
  const next = rows[rows.indexOf(from) + step];
  if (!next) return false;
  next.focus();
  next.scrollIntoView({ block: 'nearest' });
  return true;
}

/** Puts the keyboard on the first loaded row of the list inside `container` (↓ from the search box). */
export function focusFirstRow(container: HTMLElement | null): void {
  container?.querySelector<HTMLElement>(`${ROW_SELECTOR}[tabindex="0"]`)?.focus();
}

/**
 * Rows of a list that open on Enter (and on a click outside their buttons and links), with the
 * arrow keys moving between them. Returns the props for antd's `onRow`.
 */
export function useRowKeyboard<T>(open: (record: T) => void) {
  return useCallback(
    (record: T | undefined, index: number | undefined) => ({
      tabIndex: record ? 0 : -1,
      'aria-rowindex': index === undefined ? undefined : index + 2,
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        if (event.target !== event.currentTarget) return;
        if (event.key === 'Enter' && record) {
          event.preventDefault();
          open(record);
        } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          focusRow(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1);
        }
      },
      onClick: (event: MouseEvent<HTMLElement>) => {
        if (!record || (event.target as HTMLElement).closest('a, button, input, label')) return;
        open(record);
      },
    }),
    [open],
  );
}
