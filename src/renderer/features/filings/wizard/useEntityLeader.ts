import type { FilingDetail } from '../../../../shared/ipc';
import { useChannel } from '../../../api';

/**
 * The stored entity's leader when the order does not carry the entity (a website/app added to an
 * entity filed here): a stored person, who may lead the new website/app without being typed again.
 */
export function useStoredEntityLeader(detail: FilingDetail): { id: string; name: string } | undefined {
  const id = detail.filing.data.entity ? undefined : detail.entity?.leaderId;
  const typed = (detail.filing.data.leaders ?? []).some((p) => p.id === id);
  const { data } = useChannel('person:get', { id: id ?? '' }, { enabled: Boolean(id) && !typed });
  if (!id || typed) return undefined;
  return { id, name: data?.person.id === id ? data.person.name : '' };
}
