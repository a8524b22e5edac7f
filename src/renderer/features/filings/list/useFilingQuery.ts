import { FilingState, OperationId } from '../../../../shared/domain';
import { choiceParam, enumParam, pageParam, textParam, type QueryCodecs, type WriteOptions } from '../../portfolio/list/list-query';
import { useListQuery, type ListQuery } from '../../portfolio/list/useListQuery';

export type OpenFilter = 'open' | 'closed' | 'all';

export interface FilingView {
  text?: string | undefined;
  open: OpenFilter;
  state?: FilingState | undefined;
  operation?: OperationId | undefined;
  page: number;
}

/** `#/filings?q=…&show=closed&state=…&op=…&page=2` (open filings and page 1 are the defaults). */
export const FILING_QUERY: QueryCodecs<FilingView> = {
  text: textParam('q'),
  open: choiceParam<OpenFilter>('show', ['open', 'closed', 'all'], 'open'),
  state: enumParam('state', FilingState),
  operation: enumParam('op', OperationId),
  page: pageParam('page'),
};

// Any filter change starts again at the first page.
const OPTIONS: WriteOptions<FilingView> = { resetOnChange: 'page' };

/** The filings list's filters, kept in the address so Back and a reload return to the same list. */
export const useFilingQuery = (): ListQuery<FilingView> => useListQuery(FILING_QUERY, OPTIONS);
