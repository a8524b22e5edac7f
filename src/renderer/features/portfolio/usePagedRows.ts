import { useCallback, useEffect, useRef, useState } from 'react';
import type { IpcError, Result } from '../../../shared/ipc';
import { onInvalidate } from '../../api';

export const PAGE_SIZE = 100;

export interface Page<Row, Extra> {
  total: number;
  rows: Row[];
  extra: Extra;
}

export interface PagedRows<Row, Extra> {
  /** Rows by position; a position whose page has not arrived yet is undefined. */
  rowAt: (index: number) => Row | undefined;
  total: number | undefined;
  /** What came with the first page (counts…), from the latest query. */
  extra: Extra | undefined;
  /** The first page of the current query is on its way (the previous rows stay visible). */
  loading: boolean;
  error: IpcError | undefined;
  /** Asks for the page holding `index` (called by rows as they scroll into view). */
  need: (index: number) => void;
  reload: () => void;
  /** Bumps whenever rows arrive, so a table can rebuild its data source. */
  version: number;
}

interface Cache<Row> {
  key: string;
  pages: Map<number, Row[]>;
  /** The previous query's pages, shown until the new first page arrives (no flash of empty). */
  stale: Map<number, Row[]> | undefined;
  inFlight: Set<number>;
}

/**
 * A long list read page by page: the first page when the query changes, then whichever pages the
 * rows on screen need, so 10,000 entities never travel at once and scrolling anywhere is quick.
 * Answers for an older query are dropped; data changes elsewhere reload the current pages.
 */
export function usePagedRows<Row, Extra>(key: string, fetchPage: (offset: number, limit: number) => Promise<Result<Page<Row, Extra>>>): PagedRows<Row, Extra> {
  const cache = useRef<Cache<Row>>({ key: '', pages: new Map(), stale: undefined, inFlight: new Set() });
  const fetchRef = useRef(fetchPage);
  useEffect(() => {
    fetchRef.current = fetchPage;
  });
  const [total, setTotal] = useState<number>();
  const [extra, setExtra] = useState<Extra>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<IpcError>();
  const [version, setVersion] = useState(0);
  const [round, setRound] = useState(0);

  const load = useCallback((page: number, forKey: string, fresh: boolean) => {
    const current = cache.current;
    if (current.pages.has(page) || current.inFlight.has(page)) return;
    current.inFlight.add(page);
    void fetchRef.current(page * PAGE_SIZE, PAGE_SIZE).then((result) => {
      const now = cache.current;
      if (now.key !== forKey) return;
      now.inFlight.delete(page);
      if (!result.ok) {
        setError(result.error);
        if (page === 0) setLoading(false);
        return;
      }
      setError(undefined);
      if (fresh) now.stale = undefined;
      now.pages.set(page, result.data.rows);
      setTotal(result.data.total);
      if (page === 0) {
        setExtra(result.data.extra);
        setLoading(false);
      }
      setVersion((v) => v + 1);
    });
  }, []);

  useEffect(() => {
    const forKey = `${key}#${round}`;
    const previous = cache.current;
    cache.current = { key: forKey, pages: new Map(), stale: previous.stale ?? previous.pages, inFlight: new Set() };
    setLoading(true);
    load(0, forKey, true);
  }, [key, round, load]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  useEffect(() => onInvalidate(reload), [reload]);

  const need = useCallback((index: number) => load(Math.floor(index / PAGE_SIZE), cache.current.key, false), [load]);
  const rowAt = useCallback((index: number) => {
    const page = Math.floor(index / PAGE_SIZE);
    const { pages, stale } = cache.current;
    return (pages.get(page) ?? stale?.get(page))?.[index % PAGE_SIZE];
  }, []);

  return { rowAt, total, extra, loading, error, need, reload, version };
}
