import { AccessDraft, type Access } from '../../../shared/domain/model/access';
import { EntityDraft, type Entity } from '../../../shared/domain/model/entity';
import type { Filing } from '../../../shared/domain/model/filing';
import { PersonDraft, type Person } from '../../../shared/domain/model/person';
import { ServiceDraft, type Service } from '../../../shared/domain/model/service';
import type { Store, Tx } from '../../store';
import { filingNotFound } from './messages';

/**
 * Stored records as the step data of a filing, and back. The draft schemas are plain zod objects, so
 * parsing a stored record drops what a step does not hold (timestamps, lifecycle, owner ids) and keeps
 * the filed values: a modification starts from exactly what was filed.
 */

export const entityDraftOf = (entity: Entity): EntityDraft => EntityDraft.parse(entity);
/** Keeps the person's id, so the leader stays the same stored person. */
export const personDraftOf = (person: Person): PersonDraft => PersonDraft.parse(person);
/** Keeps the service's id: the draft is the stored service this filing changes. */
export const serviceDraftOf = (service: Service): ServiceDraft => ServiceDraft.parse(service);
export const accessDraftOf = (access: Access): AccessDraft => AccessDraft.parse(access);

export function getFiling(store: Store, id: string): Filing {
  const filing = store.get<Filing>('filings', id);
  if (!filing || filing.archivedAt) throw filingNotFound();
  return filing;
}

export function filingIn(tx: Tx, id: string): Filing {
  const filing = tx.get('filings', id) as Filing | undefined;
  if (!filing || filing.archivedAt) throw filingNotFound();
  return filing;
}

/** How a list or message names a service: a website by its domain, an app by its name. */
export const serviceLabel = (s: { kind: string; name?: string | undefined; domain?: string | undefined }): string =>
  (s.kind === 'website' ? s.domain?.trim() : undefined) || s.name?.trim() || '';
