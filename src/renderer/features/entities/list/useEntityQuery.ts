import { EntityNature, FiledState, Province, ProviderId } from '../../../../shared/domain';
import { EntitySortField, SortOrder, type EntityQuery } from '../../../../shared/ipc';
import { enumParam, flagParam, sortParam, switchParam, textParam, type QueryCodecs } from '../../portfolio/list/list-query';
import { useListQuery, type ListQuery } from '../../portfolio/list/useListQuery';

/** The list's query without paging: what the user searched, filtered and sorted by. */
export type EntityView = Omit<EntityQuery, 'offset' | 'limit'>;

/** `#/entities?q=…&province=BJ&nature=…&status=…&provider=…&open=1&overdue=1&archived=1&sort=name&order=desc` */
export const ENTITY_QUERY: QueryCodecs<EntityView> = {
  text: textParam('q'),
  province: enumParam('province', Province),
  nature: enumParam('nature', EntityNature),
  status: enumParam('status', FiledState),
  provider: enumParam('provider', ProviderId),
  hasOpenFiling: flagParam('open'),
  hasOverdue: flagParam('overdue'),
  archived: switchParam('archived'),
  sort: sortParam(EntitySortField, SortOrder),
};

export const useEntityQuery = (): ListQuery<EntityView> => useListQuery(ENTITY_QUERY);
