import type { Person } from '../../../shared/domain/model/person';
import type { Service, Website } from '../../../shared/domain/model/service';
import type { EntityRow } from '../../../shared/ipc/portfolio-schemas';
import type { EntityExportRow, Importable } from '../../reports/tables';
import type { Store } from '../../store';
import type { EntityEntry } from '../portfolio/entries';

/**
 * The records an entities export needs so its file imports again (tables.ts importColumns): picked
 * field by field, because the rows cross to the task worker and 10,000 whole records cost main more
 * to copy. The first website is the oldest one the entity still has (an archived entity's websites
 * were archived with it); the import makes one website per row, so later ones stay behind.
 */
export function withImportable(rows: readonly EntityRow[], entries: ReadonlyMap<string, EntityEntry>, store: Store): EntityExportRow[] {
  return rows.map((row) => {
    const entry = entries.get(row.id);
    return entry ? { ...row, importable: importableOf(entry, store) } : row;
  });
}

/** Rows gathered and serialised in one step of main: a few ms each, then other calls get their turn. */
const SLICE_ROWS = 500;

/**
 * The export rows as JSON slices for the task worker (export-tasks TableSource): gathering and
 * serialising 10,000 rows at once held main up for 100–300 ms on a busy machine; in slices, with a
 * yield between them, no step is long, and a few strings cross to the worker for the cost of a copy.
 */
export async function importableSlices(rows: readonly EntityRow[], entries: ReadonlyMap<string, EntityEntry>, store: Store): Promise<string[]> {
  const slices: string[] = [];
  for (let start = 0; start < rows.length; start += SLICE_ROWS) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    slices.push(JSON.stringify(withImportable(rows.slice(start, start + SLICE_ROWS), entries, store)));
  }
  return slices;
}

function importableOf(entry: EntityEntry, store: Store): Importable {
  const { entity: e } = entry;
  const p = store.get<Person>('people', e.leaderId);
  const site = firstWebsite(entry, store);
  return {
    entity: {
      certificateType: e.certificateType,
      region: e.region,
      certificateAddress: e.certificateAddress,
      mailingAddress: e.mailingAddress,
    },
    ...(p
      ? {
          leader: {
            name: p.name,
            certificateType: p.certificateType,
            certificateNumber: p.certificateNumber,
            certificateValidFrom: p.certificateValidFrom,
            certificateValidUntil: p.certificateValidUntil,
            mobile: p.mobile,
            emergencyPhone: p.emergencyPhone,
            email: p.email,
          },
        }
      : {}),
    ...(site
      ? {
          website: {
            name: site.name,
            domain: site.domain,
            homepageUrl: site.homepageUrl,
            contentCategories: site.contentCategories,
            ...(site.icpNumber ? { icpNumber: site.icpNumber } : {}),
          },
        }
      : {}),
  };
}

function firstWebsite(entry: EntityEntry, store: Store): Website | undefined {
  let first: Website | undefined;
  for (const id of entry.serviceIds) {
    const s = store.get<Service>('services', id);
    if (s?.kind !== 'website' || (s.archivedAt && !entry.archived)) continue;
    if (!first || s.createdAt < first.createdAt || (s.createdAt === first.createdAt && s.id < first.id)) first = s;
  }
  return first;
}
