import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { EntityNature, FiledState, Province, ProviderId } from '../../../../shared/domain';
import { EntitySortField, SortOrder, type EntityQuery } from '../../../../shared/ipc';
import { parseParam as parse } from '../../portfolio/url-params';

/** The list's query without paging: what the user searched, filtered and sorted by. */
export type EntityView = Omit<EntityQuery, 'offset' | 'limit'>;

/**
 * The query lives in the address (`#/entities?q=…&province=BJ&archived=1`), so going back from an
 * entity returns to the same search, and a filtered list can be reopened as it was.
 */
export function useEntityQuery(): { view: EntityView; update: (patch: Partial<EntityView>) => void } {
  const [params, setParams] = useSearchParams();
  const view = useMemo<EntityView>(() => {
    const field = parse(EntitySortField, params.get('sort'));
    const order = parse(SortOrder, params.get('order')) ?? 'asc';
    return {
      text: params.get('q') ?? undefined,
      province: parse(Province, params.get('province')),
      nature: parse(EntityNature, params.get('nature')),
      status: parse(FiledState, params.get('status')),
      provider: parse(ProviderId, params.get('provider')),
      hasOpenFiling: params.get('open') === '1' ? true : undefined,
      hasOverdue: params.get('overdue') === '1' ? true : undefined,
      archived: params.get('archived') === '1',
      sort: field ? { field, order } : undefined,
    };
  }, [params]);

  const update = useCallback(
    (patch: Partial<EntityView>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const put = (key: string, value: string | undefined) => (value ? next.set(key, value) : next.delete(key));
          if ('text' in patch) put('q', patch.text?.trim() || undefined);
          if ('province' in patch) put('province', patch.province);
          if ('nature' in patch) put('nature', patch.nature);
          if ('status' in patch) put('status', patch.status);
          if ('provider' in patch) put('provider', patch.provider);
          if ('hasOpenFiling' in patch) put('open', patch.hasOpenFiling ? '1' : undefined);
          if ('hasOverdue' in patch) put('overdue', patch.hasOverdue ? '1' : undefined);
          if ('archived' in patch) put('archived', patch.archived ? '1' : undefined);
          if ('sort' in patch) {
            put('sort', patch.sort?.field);
            put('order', patch.sort?.order);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { view, update };
}
