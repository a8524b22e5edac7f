import type { BundleConflict, BundleConflictKind, BundleResolution } from '../../../shared/ipc/bundle-schemas';
import type { StoreRecord } from '../../store';
import { IDX } from '../portfolio/indexes';
import { recordHash, type IncomingRecord, type IncomingSummary } from './incoming';

/** What the plan reads of the local data (the store, in main). */
export interface LocalData {
  get(collection: string, id: string): StoreRecord | undefined;
  lookup(index: string, key: string): ReadonlySet<string>;
}

export interface RecordRef {
  collection: string;
  id: string;
}

export interface MergePlan {
  conflicts: BundleConflict[];
  /** Incoming records to put, by collection. */
  puts: Map<string, Set<string>>;
  /** Local records a take-incoming removes (deleted before the puts, in the same transaction). */
  deletes: RecordRef[];
  /** Same id, same content on both sides: skipped. */
  identical: number;
}

/** Records planned between two chances for other work on main. */
const SLICE = 500;

/** Collections a merge never touches: the local settings stay the local user's. */
const NOT_MERGED = new Set(['settings']);

type Status = 'added' | 'present' | 'skipped';

const conflictId = (kind: BundleConflictKind, collection: string, incomingId: string) => `${kind}:${collection}:${incomingId}`;

/**
 * Plans a merge of a bundle into the local data (the preview shows it; the import carries it out in
 * one transaction). The rules, in the order they are applied:
 *
 *  - A record with the same id and the same content on both sides is skipped.
 *  - An incoming entity whose certificate number a local entity has, or whose id a local entity has
 *    with different content, is a conflict; so is an incoming service sharing a domain (or its id,
 *    changed) with a local service. keep-local (the default): the incoming one and everything that
 *    hangs off it (services, accesses, filings, history) are not added. take-incoming: the local one
 *    and what hangs off it (its services, their accesses, its filings) are removed, and the incoming
 *    one is added with its own.
 *  - Any other record (person, access, filing, event) whose id exists locally with different content
 *    keeps the local version: the local side is where the user works now.
 *  - A person is added when an added record names them as leader, or when no incoming record does.
 *  - Settings are never merged.
 */
export async function planMerge(summary: IncomingSummary, local: LocalData, resolutions: Readonly<Record<string, BundleResolution>> = {}): Promise<MergePlan> {
  // A 10,000-entity bundle holds about 100,000 records and hashing the local ones costs about a
  // second: the plan lets other IPC calls in between slices rather than block main that long.
  let steps = 0;
  const breathe = async () => {
    if (++steps % SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
  };
  const conflicts: BundleConflict[] = [];
  const puts = new Map<string, Set<string>>();
  const deletes: RecordRef[] = [];
  const deleted = new Set<string>();
  const status = new Map<string, Status>();
  let identical = 0;

  const key = (collection: string, id: string) => `${collection}/${id}`;
  const put = (collection: string, id: string) => {
    let set = puts.get(collection);
    if (!set) puts.set(collection, (set = new Set()));
    set.add(id);
    status.set(key(collection, id), 'added');
  };
  const remove = (collection: string, id: string) => {
    if (deleted.has(key(collection, id))) return;
    deleted.add(key(collection, id));
    deletes.push({ collection, id });
  };
  const sameAsLocal = (collection: string, record: IncomingRecord): 'absent' | 'identical' | 'differs' => {
    const existing = local.get(collection, record.id);
    if (existing === undefined || deleted.has(key(collection, record.id))) return 'absent';
    return recordHash(existing) === record.hash ? 'identical' : 'differs';
  };
  const incoming = (collection: string) => summary[collection] ?? [];
  const byParent = (collection: string) => {
    const map = new Map<string, IncomingRecord[]>();
    for (const r of incoming(collection)) {
      if (!r.parent) continue;
      const list = map.get(r.parent);
      if (list) list.push(r);
      else map.set(r.parent, [r]);
    }
    return map;
  };
  const servicesOfEntity = byParent('services');
  const accessesOfService = byParent('accesses');
  const filingsOfEntity = byParent('filings');
  const localDependantsOfService = (id: string) => [...local.lookup(IDX.accessByService, id)].map((a) => ({ collection: 'accesses', id: a }));
  const localDependantsOfEntity = (id: string): RecordRef[] => [
    ...[...local.lookup(IDX.serviceByEntity, id)].flatMap((s) => [{ collection: 'services', id: s }, ...localDependantsOfService(s)]),
    ...[...local.lookup(IDX.filingByEntity, id)].map((f) => ({ collection: 'filings', id: f })),
  ];
  const nameOf = (collection: string, id: string) => String((local.get(collection, id) as { name?: unknown } | undefined)?.name ?? '');

  const resolve = (kind: BundleConflictKind, collection: 'entities' | 'services', record: IncomingRecord, localId: string, conflictKey: string, incomingDependants: number, localDependants: RecordRef[]): BundleResolution => {
    const id = conflictId(kind, collection, record.id);
    const resolution = resolutions[id] ?? 'keep-local';
    conflicts.push({
      id,
      kind,
      collection,
      key: conflictKey,
      local: { id: localId, name: nameOf(collection, localId) },
      incoming: { id: record.id, name: record.name ?? '' },
      incomingDependants,
      localDependants: localDependants.length,
      resolution,
    });
    if (resolution === 'take-incoming') {
      remove(collection, localId);
      for (const d of localDependants) remove(d.collection, d.id);
    }
    return resolution;
  };

  for (const entity of incoming('entities')) {
    await breathe();
    const same = sameAsLocal('entities', entity);
    if (same === 'identical') {
      identical++;
      status.set(key('entities', entity.id), 'present');
      continue;
    }
    const certificate = entity.keys?.[0] ?? '';
    const byCertificate = [...local.lookup(IDX.entityByCertificate, certificate)].find((id) => id !== entity.id && !deleted.has(key('entities', id)));
    const localId = same === 'differs' ? entity.id : byCertificate;
    if (localId === undefined) {
      put('entities', entity.id);
      continue;
    }
    const services = servicesOfEntity.get(entity.id) ?? [];
    const dependants = services.length + services.reduce((n, s) => n + (accessesOfService.get(s.id)?.length ?? 0), 0) + (filingsOfEntity.get(entity.id)?.length ?? 0);
    const kind: BundleConflictKind = same === 'differs' && byCertificate === undefined ? 'record' : 'certificate';
    const resolution = resolve(kind, 'entities', entity, localId, kind === 'record' ? entity.id : certificate, dependants, localDependantsOfEntity(localId));
    if (resolution === 'take-incoming') put('entities', entity.id);
    else status.set(key('entities', entity.id), 'skipped');
  }

  const parentSkipped = (collection: string, record: IncomingRecord) => record.parent !== undefined && status.get(key(collection, record.parent)) === 'skipped';

  for (const service of incoming('services')) {
    await breathe();
    if (parentSkipped('entities', service)) {
      status.set(key('services', service.id), 'skipped');
      continue;
    }
    const same = sameAsLocal('services', service);
    if (same === 'identical') {
      identical++;
      status.set(key('services', service.id), 'present');
      continue;
    }
    let match: { kind: BundleConflictKind; localId: string; key: string } | undefined;
    if (same === 'differs') match = { kind: 'record', localId: service.id, key: service.id };
    for (const domain of service.keys ?? []) {
      const other = [...local.lookup(IDX.serviceByDomain, domain)].find((id) => id !== service.id && !deleted.has(key('services', id)));
      if (other !== undefined) {
        match = { kind: 'domain', localId: other, key: domain };
        break;
      }
    }
    if (!match) {
      put('services', service.id);
      continue;
    }
    const resolution = resolve(match.kind, 'services', service, match.localId, match.key, accessesOfService.get(service.id)?.length ?? 0, localDependantsOfService(match.localId));
    if (resolution === 'take-incoming') put('services', service.id);
    else status.set(key('services', service.id), 'skipped');
  }

  // Dependants: added with their parent, never over a different local record of the same id.
  const plain = async (collection: string, skip: (r: IncomingRecord) => boolean) => {
    for (const record of incoming(collection)) {
      await breathe();
      if (skip(record)) {
        status.set(key(collection, record.id), 'skipped');
        continue;
      }
      const same = sameAsLocal(collection, record);
      if (same === 'identical') identical++;
      if (same === 'absent') put(collection, record.id);
      else status.set(key(collection, record.id), same === 'identical' ? 'present' : 'skipped');
    }
  };
  await plain('accesses', (r) => parentSkipped('services', r));
  await plain('filings', (r) => parentSkipped('entities', r));

  const named = new Map<string, boolean>();
  for (const collection of ['entities', 'services', 'filings']) {
    for (const record of incoming(collection)) {
      const included = status.get(key(collection, record.id)) !== 'skipped';
      for (const leader of record.leaders ?? []) named.set(leader, (named.get(leader) ?? false) || included);
    }
  }
  await plain('people', (r) => named.get(r.id) === false);
  await plain('events', (r) => r.parent !== undefined && status.get(r.parent) === 'skipped');

  for (const collection of Object.keys(summary)) {
    if (NOT_MERGED.has(collection) || ['entities', 'services', 'accesses', 'filings', 'people', 'events'].includes(collection)) continue;
    await plain(collection, () => false);
  }
  return { conflicts, puts, deletes, identical };
}

/** Records the plan adds, per collection (the preview's "merge would add"). */
export const planCounts = (plan: MergePlan): Record<string, number> => Object.fromEntries([...plan.puts].map(([name, ids]) => [name, ids.size]));
