import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { FiledState, ProviderId, ServiceKind } from '../../../../shared/domain';
import { ServiceSortField, SortOrder, type ServiceQuery } from '../../../../shared/ipc';
import { parseParam as parse } from '../../portfolio/url-params';

export type ServiceView = Omit<ServiceQuery, 'offset' | 'limit' | 'entityId'>;

/** The services list's query, kept in the address like the entities list's. */
export function useServiceQuery(): { view: ServiceView; update: (patch: Partial<ServiceView>) => void } {
  const [params, setParams] = useSearchParams();
  const view = useMemo<ServiceView>(() => {
    const field = parse(ServiceSortField, params.get('sort'));
    return {
      text: params.get('q') ?? undefined,
      kind: parse(ServiceKind, params.get('kind')),
      status: parse(FiledState, params.get('status')),
      provider: parse(ProviderId, params.get('provider')),
      archived: params.get('archived') === '1',
      sort: field ? { field, order: parse(SortOrder, params.get('order')) ?? 'asc' } : undefined,
    };
  }, [params]);
  const update = useCallback(
    (patch: Partial<ServiceView>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const put = (key: string, value: string | undefined) => (value ? next.set(key, value) : next.delete(key));
          if ('text' in patch) put('q', patch.text?.trim() || undefined);
          if ('kind' in patch) put('kind', patch.kind);
          if ('status' in patch) put('status', patch.status);
          if ('provider' in patch) put('provider', patch.provider);
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
