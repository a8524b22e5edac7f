import { FiledState, ProviderId, ServiceKind } from '../../../../shared/domain';
import { ServiceSortField, SortOrder, type ServiceQuery } from '../../../../shared/ipc';
import { enumParam, sortParam, switchParam, textParam, type QueryCodecs } from '../../portfolio/list/list-query';
import { useListQuery, type ListQuery } from '../../portfolio/list/useListQuery';

export type ServiceView = Omit<ServiceQuery, 'offset' | 'limit' | 'entityId'>;

/** `#/services?q=…&kind=website&status=…&provider=…&archived=1&sort=name&order=asc` */
export const SERVICE_QUERY: QueryCodecs<ServiceView> = {
  text: textParam('q'),
  kind: enumParam('kind', ServiceKind),
  status: enumParam('status', FiledState),
  provider: enumParam('provider', ProviderId),
  archived: switchParam('archived'),
  sort: sortParam(ServiceSortField, SortOrder),
};

export const useServiceQuery = (): ListQuery<ServiceView> => useListQuery(SERVICE_QUERY);
