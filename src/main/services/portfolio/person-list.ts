import type { PersonListResult, PersonQuery, PersonRow } from '../../../shared/ipc/portfolio-schemas';
import type { Store } from '../../store';
import type { PersonEntry } from './entries';
import { IDX } from './indexes';
import { hasAll, Pager } from './list-sort';
import type { PortfolioIndex } from './portfolio-index';
import { parseTextQuery } from './text-query';

/** Entities and services naming this person as leader (archived ones included: they still point here). */
export const usageCount = (store: Store, personId: string): number =>
  store.lookup(IDX.entityByLeader, personId).size + store.lookup(IDX.serviceByLeader, personId).size;

function toRow(e: PersonEntry, store: Store): PersonRow {
  const { person } = e;
  return {
    id: e.id,
    name: person.name,
    certificateType: person.certificateType,
    certificateNumber: person.certificateNumber,
    mobile: person.mobile,
    email: person.email,
    usageCount: usageCount(store, e.id),
    updatedAt: person.updatedAt,
    archivedAt: person.archivedAt,
  };
}

/**
 * person:list — name order; text matches name, certificate number, mobile and e-mail. One side of
 * the archive at a time (people in use by default, so pick-lists never offer an archived person),
 * with both sides counted for the tabs.
 */
export function listPeople(index: PortfolioIndex, store: Store, query: PersonQuery): PersonListResult {
  const text = parseTextQuery(query.text);
  const pager = new Pager<PersonEntry>(query.offset, query.limit);
  const terms = text?.terms;
  const counts = { active: 0, archived: 0 };
  for (const e of index.personOrders.by('name')) {
    if (terms !== undefined && !hasAll(e.haystack, terms)) continue;
    const archived = e.person.archivedAt !== undefined;
    if (archived) counts.archived++;
    else counts.active++;
    if (archived === query.archived) pager.add(e);
  }
  return { total: pager.total, rows: pager.rows.map((e) => toRow(e, store)), counts };
}
