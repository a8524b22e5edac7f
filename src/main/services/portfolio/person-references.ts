import { FILING_TERMINAL_STATES } from '../../../shared/domain/lifecycle-filing';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Filing } from '../../../shared/domain/model/filing';
import type { RecordRef } from '../../../shared/ipc/result';
import type { Store } from '../../store';
import { entitiesLedBy, servicesLedBy } from './records';

/** A record that still names a person, with what a message needs to tell the user which one. */
export interface PersonReferrer {
  ref: RecordRef;
  role: 'entity-leader' | 'service-leader' | 'filing-leader';
  archived: boolean;
  /** The entity's name; for a service, the service's name. */
  name: string;
  /** The entity a service or filing belongs to. */
  entityName: string;
}

/** An order still to be sent or decided: its data will be written into the portfolio on approval. */
const isOpen = (f: Filing): boolean => !f.archivedAt && !FILING_TERMINAL_STATES.includes(f.state);

/**
 * Leaders an order names: the leaders step (prefilled with stored people, keeping their ids) and
 * the leaderId of its entity and service drafts. Approval writes each listed leader back under the
 * same id, so an order naming a deleted person would silently bring them back.
 */
const namesPerson = (f: Filing, personId: string): boolean =>
  (f.data.leaders ?? []).some((p) => p.id === personId) || f.data.entity?.leaderId === personId || (f.data.services ?? []).some((s) => s.leaderId === personId);

function openFilingNaming(store: Store, personId: string): PersonReferrer | undefined {
  // No index by leader for filings: a scan of the orders, run only when archiving or deleting a person.
  for (const f of store.list<Filing>('filings')) {
    if (!isOpen(f) || !namesPerson(f, personId)) continue;
    const entityName = f.data.entity?.name ?? (f.entityId ? store.get<Entity>('entities', f.entityId)?.name : undefined) ?? '';
    return { ref: { kind: 'filing', id: f.id }, role: 'filing-leader', archived: false, name: entityName, entityName };
  }
  return undefined;
}

/**
 * The first record that still names the person. `inUse` asks only about records at work (not
 * archived: they block archiving); otherwise archived entities and services count too (they block
 * deleting, since they would point at nobody). Entities come first, then services, then orders.
 */
export function findReferrer(store: Store, personId: string, inUse: boolean): PersonReferrer | undefined {
  for (const e of entitiesLedBy(store, personId)) {
    if (inUse && e.archivedAt) continue;
    return { ref: { kind: 'entity', id: e.id }, role: 'entity-leader', archived: e.archivedAt !== undefined, name: e.name, entityName: e.name };
  }
  for (const s of servicesLedBy(store, personId)) {
    if (inUse && s.archivedAt) continue;
    const entityName = store.get<Entity>('entities', s.entityId)?.name ?? '';
    return { ref: { kind: 'service', id: s.id }, role: 'service-leader', archived: s.archivedAt !== undefined, name: s.name, entityName };
  }
  return openFilingNaming(store, personId);
}
