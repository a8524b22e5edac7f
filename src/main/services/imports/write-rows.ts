import { randomUUID } from 'node:crypto';
import { text } from '../../../shared/domain/finding';
import type { Person } from '../../../shared/domain/model/person';
import type { LeaderChoice } from '../../../shared/ipc/portfolio-schemas';
import type { Store, Tx } from '../../store';
import { entityRecord, initialLifecycle } from '../portfolio/entity-service';
import { logChange } from '../portfolio/history';
import { IDX } from '../portfolio/indexes';
import { certificateKey } from '../portfolio/keys';
import { leaderResolver } from '../portfolio/leaders';
import { serviceRecord } from '../portfolio/service-record-service';
import type { ValidRow } from './validate-rows';

export interface Created {
  entities: number;
  people: number;
  services: number;
}

/** A stored person with this certificate number: an imported leader who is already known is not stored twice. */
function knownPerson(store: Store, certificateNumber: string): string | undefined {
  for (const id of store.lookup(IDX.personByCertificate, certificateKey(certificateNumber))) {
    const p = store.get<Person>('people', id);
    if (p && !p.archivedAt) return p.id;
  }
  return undefined;
}

/**
 * Writes the valid rows inside one transaction with the portfolio's own record builders: an entity
 * with an ICP number is stored filed (ACTIVE), like record-existing does; one without, unfiled,
 * like entity:create. A leader named in several rows becomes one person (leaderResolver).
 */
export function writeRows(tx: Tx, store: Store, at: string, rows: readonly ValidRow[]): Created {
  const resolve = leaderResolver(tx, at);
  const newPeople = new Set<string>();
  let services = 0;
  for (const row of rows) {
    const known = knownPerson(store, row.leader.certificateNumber);
    const choice: LeaderChoice = known ? { id: known } : { new: row.leader };
    const leaderId = resolve(choice);
    if (!known) newPeople.add(leaderId);
    const number = row.entity.icpNumber?.trim() || undefined;
    const entityId = randomUUID();
    const entity = { ...row.entity, ...(number ? { icpNumber: number } : {}) };
    tx.put('entities', entityRecord(entity, leaderId, { id: entityId, createdAt: at, updatedAt: at, lifecycle: initialLifecycle(number, at) }));
    logChange(tx, 'entities', entityId, 'entity.imported', text(`导入主体“${row.entity.name}”${number ? `（${number}）` : ''}`, `Entity "${row.entity.name}" imported${number ? ` (${number})` : ''}`));
    if (row.website) {
      const serviceId = randomUUID();
      const siteNumber = row.website.icpNumber?.trim() || undefined;
      const site = { ...row.website, ...(siteNumber ? { icpNumber: siteNumber } : {}) };
      tx.put('services', serviceRecord(site, leaderId, { id: serviceId, entityId, createdAt: at, updatedAt: at, lifecycle: initialLifecycle(siteNumber, at) }));
      logChange(tx, 'services', serviceId, 'service.imported', text(`导入网站“${row.website.name}”（${row.website.domain}）`, `Website "${row.website.name}" (${row.website.domain}) imported`));
      services++;
    }
  }
  return { entities: rows.length, people: newPeople.size, services };
}
