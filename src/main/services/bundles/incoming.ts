import { createHash } from 'node:crypto';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Filing } from '../../../shared/domain/model/filing';
import type { Service } from '../../../shared/domain/model/service';
import { certificateKey, domainKey } from '../portfolio/keys';
import { serviceDomains } from '../portfolio/indexes';

/**
 * What main needs to know about a bundle's records to preview and plan a merge, without parsing
 * the whole document on main's thread: per record its id, a hash of its content (to tell "the same
 * record" from "the same id, changed"), and the few fields conflicts and references are found by.
 * Built in the task worker from the validated records.
 */
export interface IncomingRecord {
  id: string;
  hash: string;
  /** Entities and services: the name shown in the conflict table. */
  name?: string;
  /** Entities: the certificate key; services: the domain keys. */
  keys?: string[];
  /** Services and filings: the entity id; accesses: the service id; events: 'collection/id' of the target. */
  parent?: string;
  /** People this record names as leader. */
  leaders?: string[];
}

export type IncomingSummary = Record<string, IncomingRecord[]>;

type Json = Record<string, unknown>;

/** Records are the schemas' output, so equal records stringify equally (the key order is the schema's). */
export const recordHash = (record: unknown): string => createHash('sha1').update(JSON.stringify(record)).digest('hex');

const filingLeaders = (f: Filing): string[] => {
  const ids = new Set<string>();
  if (f.data.entity?.leaderId) ids.add(f.data.entity.leaderId);
  for (const s of f.data.services ?? []) if (s.leaderId) ids.add(s.leaderId);
  for (const p of f.data.leaders ?? []) ids.add(p.id);
  return [...ids];
};

function describe(collection: string, record: Json): IncomingRecord {
  const base = { id: record.id as string, hash: recordHash(record) };
  switch (collection) {
    case 'entities': {
      const e = record as unknown as Entity;
      return { ...base, name: e.name, keys: [certificateKey(e.certificateNumber)], leaders: [e.leaderId] };
    }
    case 'services': {
      const s = record as unknown as Service;
      return { ...base, name: s.name, keys: serviceDomains(s).map(domainKey), parent: s.entityId, leaders: [s.leaderId] };
    }
    case 'accesses':
      return { ...base, parent: record.serviceId as string };
    case 'filings': {
      const f = record as unknown as Filing;
      return { ...base, ...(f.entityId ? { parent: f.entityId } : {}), leaders: filingLeaders(f) };
    }
    case 'events': {
      const target = record.target as { collection: string; id: string } | undefined;
      return { ...base, ...(target ? { parent: `${target.collection}/${target.id}` } : {}) };
    }
    default:
      return base;
  }
}

export function summarize(collections: Record<string, readonly Json[]>): IncomingSummary {
  return Object.fromEntries(Object.entries(collections).map(([name, records]) => [name, records.map((r) => describe(name, r))]));
}
