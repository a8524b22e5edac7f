import type { PersonListResult, PersonQuery, PersonRow } from '../../../shared/ipc/portfolio-schemas';
import type { Store } from '../../store';
import type { PersonEntry } from './entries';
import { IDX } from './indexes';
import { page } from './list-sort';
import type { PortfolioIndex } from './portfolio-index';
import { matchesText, parseTextQuery } from './text-query';

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
  };
}

/** person:list — name order; text matches name, certificate number, mobile and e-mail. */
export function listPeople(index: PortfolioIndex, store: Store, query: PersonQuery): PersonListResult {
  const text = parseTextQuery(query.text);
  const hits: PersonEntry[] = [];
  for (const e of index.personOrder.ordered()) {
    if (e.person.archivedAt) continue;
    if (text && !matchesText(e.haystack, text)) continue;
    hits.push(e);
  }
  return { total: hits.length, rows: page(hits, query.offset, query.limit).map((e) => toRow(e, store)) };
}
