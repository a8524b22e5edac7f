import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { FilingState, OperationId } from '../../../../shared/domain';

export type OpenFilter = 'open' | 'closed' | 'all';

export interface FilingView {
  text?: string | undefined;
  open: OpenFilter;
  state?: FilingState | undefined;
  operation?: OperationId | undefined;
  page: number;
}

/** The filings list's filters, kept in the address so Back and a reload return to the same list. */
export function useFilingQuery(): { view: FilingView; update: (patch: Partial<FilingView>) => void } {
  const [params, setParams] = useSearchParams();
  const view = useMemo<FilingView>(() => {
    const open = params.get('show');
    const state = FilingState.safeParse(params.get('state'));
    const operation = OperationId.safeParse(params.get('op'));
    return {
      text: params.get('q') ?? undefined,
      open: open === 'closed' || open === 'all' ? open : 'open',
      state: state.success ? state.data : undefined,
      operation: operation.success ? operation.data : undefined,
      page: Math.max(1, Number(params.get('page')) || 1),
    };
  }, [params]);
  const update = useCallback(
    (patch: Partial<FilingView>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const put = (key: string, value: string | undefined) => (value ? next.set(key, value) : next.delete(key));
          if ('text' in patch) put('q', patch.text?.trim() || undefined);
          if ('open' in patch) put('show', patch.open === 'open' ? undefined : patch.open);
          if ('state' in patch) put('state', patch.state);
          if ('operation' in patch) put('op', patch.operation);
          // Any filter change starts again at the first page.
          put('page', 'page' in patch && patch.page && patch.page > 1 ? String(patch.page) : undefined);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { view, update };
}
