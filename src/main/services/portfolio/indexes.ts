import type { Access } from '../../../shared/domain/model/access';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Filing } from '../../../shared/domain/model/filing';
import type { Person } from '../../../shared/domain/model/person';
import type { Service } from '../../../shared/domain/model/service';
import type { IndexDef } from '../../store';
import { certificateKey, domainKey, icpEntityKey, icpKey, mobileKey } from './keys';

/** Index names, so a typo is a compile error rather than an empty lookup. */
export const IDX = {
  entityByCertificate: 'entities.byCertificate',
  entityByIcpNumber: 'entities.byIcpNumber',
  entityByLeader: 'entities.byLeader',
  serviceByEntity: 'services.byEntity',
  /** Keys: the whole service number and its entity part, so an entity number finds its services too. */
  serviceByIcpNumber: 'services.byIcpNumber',
  serviceByDomain: 'services.byDomain',
  serviceByLeader: 'services.byLeader',
  personByMobile: 'people.byMobile',
  personByCertificate: 'people.byCertificate',
  accessByService: 'accesses.byService',
  filingByEntity: 'filings.byEntity',
  /** 'collection/id' of an event's target: the history of one record without a scan. */
  eventByTarget: 'events.byTarget',
  /** The UTC day of an event ('2026-03-02'): the latest changes without walking 100,000 events. */
  eventByDay: 'events.byDay',
} as const;

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

export const serviceDomains = (s: Service): readonly string[] => (s.kind === 'website' ? [s.domain] : s.domains);

export const eventTargetKey = (collection: string, id: string): string => `${collection}/${id}`;

/** The store writes event instants with toISOString (UTC), so the first ten characters are the UTC day. */
export const eventDay = (at: string): string => at.slice(0, 10);

/**
 * The store indexes of the portfolio (architecture §4: reads through indexes kept in step with each
 * commit). They hold archived records too; readers filter what they must not see.
 */
export const portfolioIndexes: Record<string, IndexDef> = {
  [IDX.entityByCertificate]: { collection: 'entities', keys: (e: Entity) => [certificateKey(e.certificateNumber)] },
  [IDX.entityByIcpNumber]: { collection: 'entities', keys: (e: Entity) => (present(e.icpNumber) ? [icpKey(e.icpNumber)] : []) },
  [IDX.entityByLeader]: { collection: 'entities', keys: (e: Entity) => [e.leaderId] },
  [IDX.serviceByEntity]: { collection: 'services', keys: (s: Service) => [s.entityId] },
  [IDX.serviceByIcpNumber]: {
    collection: 'services',
    keys: (s: Service) => {
      if (!present(s.icpNumber)) return [];
      const entityPart = icpEntityKey(s.icpNumber);
      return entityPart ? [icpKey(s.icpNumber), entityPart] : [icpKey(s.icpNumber)];
    },
  },
  [IDX.serviceByDomain]: { collection: 'services', keys: (s: Service) => serviceDomains(s).map(domainKey) },
  [IDX.serviceByLeader]: { collection: 'services', keys: (s: Service) => [s.leaderId] },
  [IDX.personByMobile]: { collection: 'people', keys: (p: Person) => [mobileKey(p.mobile)] },
  [IDX.personByCertificate]: { collection: 'people', keys: (p: Person) => [certificateKey(p.certificateNumber)] },
  [IDX.accessByService]: { collection: 'accesses', keys: (a: Access) => [a.serviceId] },
  [IDX.filingByEntity]: { collection: 'filings', keys: (f: Filing) => (f.entityId ? [f.entityId] : []) },
  [IDX.eventByTarget]: { collection: 'events', keys: (e: { id: string; target?: { collection: string; id: string } }) => (e.target ? [eventTargetKey(e.target.collection, e.target.id)] : []) },
  [IDX.eventByDay]: { collection: 'events', keys: (e: { id: string; at: string }) => [eventDay(e.at)] },
};
