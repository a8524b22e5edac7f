import type { PersonQuery } from '../../../shared/ipc';
import { switchParam, textParam, type QueryCodecs } from '../portfolio/list/list-query';
import { useListQuery, type ListQuery } from '../portfolio/list/useListQuery';

/** The people list's query without paging. */
export type PersonView = Omit<PersonQuery, 'offset' | 'limit'>;

/** `#/people?q=…&archived=1` */
export const PERSON_QUERY: QueryCodecs<PersonView> = {
  text: textParam('q'),
  archived: switchParam('archived'),
};

export const usePersonQuery = (): ListQuery<PersonView> => useListQuery(PERSON_QUERY);
