import { FILING_TERMINAL_STATES } from '../../../shared/domain/lifecycle-filing';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Filing } from '../../../shared/domain/model/filing';
import type { Service } from '../../../shared/domain/model/service';
import type { FilingQuery } from '../../../shared/ipc/filing-schemas';
import type { Store } from '../../store';
import { hasAll } from '../portfolio/list-sort';
import { searchNorm } from '../portfolio/keys';
import type { Ranked } from '../portfolio/name-order';
import { serviceLabel } from './drafts';

/**
 * What filing:list needs of one order, derived once: the names it shows, the values it filters on
 * and a lower-cased haystack. The names come from the stored entity and target services, so an
 * entry is rebuilt when any of them changes (FilingIndex), or built on the spot by a plain scan.
 */
export interface FilingEntry extends Ranked {
  readonly filing: Filing;
  /** The stored entity's name, else the one typed in the order ('' while none). Also the Ranked name. */
  readonly name: string;
  readonly targetsLabel: string;
  readonly terminal: boolean;
  /** Entity name, targets, provider order number and certificate number, normalized, one per line. */
  readonly haystack: string;
}

/** Separates the haystack's fields: a needle never holds one (searchNorm removes whitespace). */
const SEPARATOR = '\n';

const entityNameOf = (store: Store, f: Filing): string =>
  (f.entityId ? store.get<Entity>('entities', f.entityId)?.name : undefined) ?? f.data.entity?.name?.trim() ?? '';

/** The stored targets, else the services typed in the order (a new site has no stored record yet). */
function targetsLabelOf(store: Store, f: Filing): string {
  const stored = f.targetServiceIds.flatMap((id) => {
    const s = store.get<Service>('services', id);
    return s ? [serviceLabel(s)] : [];
  });
  const names = stored.length > 0 ? stored : (f.data.services ?? []).map(serviceLabel);
  return names.filter((n) => n !== '').join('、');
}

export function buildFilingEntry(store: Store, f: Filing): FilingEntry {
  const name = entityNameOf(store, f);
  const targetsLabel = targetsLabelOf(store, f);
  const fields = [name, targetsLabel, f.providerOrderNumber ?? '', f.data.entity?.certificateNumber ?? ''];
  return { id: f.id, filing: f, name, targetsLabel, terminal: FILING_TERMINAL_STATES.includes(f.state), haystack: fields.map(searchNorm).join(SEPARATOR) };
}

/** Newest change first, then by id: a total order, so every entry has one place in a sorted list. */
export const newestFirst = (a: FilingEntry, b: FilingEntry): number => {
  const x = a.filing.updatedAt;
  const y = b.filing.updatedAt;
  return x < y ? 1 : x > y ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/** The search box's text as filing:list matches it: one substring, anywhere in one of the fields. */
export const filingNeedle = (text: string | undefined): readonly string[] | undefined => {
  const trimmed = text?.trim();
  const needle = trimmed ? searchNorm(trimmed) : '';
  return needle ? [needle] : undefined;
};

/** The filters of a FilingQuery (the entity is chosen before, through the store index). */
export function entryMatches(e: FilingEntry, query: FilingQuery, needle: readonly string[] | undefined): boolean {
  const f = e.filing;
  if (f.archivedAt) return false;
  if (query.state && f.state !== query.state) return false;
  if (query.operation && f.operation !== query.operation) return false;
  if (query.open !== undefined && query.open === e.terminal) return false;
  return needle === undefined || hasAll(e.haystack, needle);
}
