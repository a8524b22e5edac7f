import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { readQuery, writeQuery, type QueryCodecs, type WriteOptions } from './list-query';

export interface ListQuery<V> {
  view: V;
  update: (patch: Partial<V>) => void;
}

/**
 * A list's search, filters and sort, kept in the address (`#/entities?q=…&province=BJ&archived=1`):
 * Back from a detail page returns to the same list, and a filtered list can be reopened as it was.
 * Changes replace the history entry, so typing a search does not fill the Back button.
 * `codecs` and `options` must be module constants.
 */
export function useListQuery<V>(codecs: QueryCodecs<V>, options?: WriteOptions<V>): ListQuery<V> {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readQuery(codecs, params), [codecs, params]);
  const update = useCallback(
    (patch: Partial<V>) => setParams((current) => writeQuery(codecs, current, patch, options), { replace: true }),
    [codecs, options, setParams],
  );
  return { view, update };
}
