import type { Access } from '../model/access';
import type { Entity } from '../model/entity';
import type { Filing } from '../model/filing';
import type { Person } from '../model/person';
import type { Service } from '../model/service';

/**
 * The lookups the rules need from the stored portfolio. The store implements them with indexes kept
 * in step with each commit (architecture §4), so a rule never scans: every call is a map lookup.
 * Keys are normalized by the implementation (mobile: normalizeMobile, domain: normalizeDomain,
 * certificate numbers: upper-cased and trimmed), so callers may pass what the user typed.
 */
export interface PortfolioView {
  getEntity(id: string): Entity | undefined;
  getPerson(id: string): Person | undefined;
  getService(id: string): Service | undefined;
  /** Entities filed (or prepared) under this certificate number. */
  entitiesByCertificate(certificateNumber: string): readonly Entity[];
  /** Entities whose entity leader or any service leader uses this mobile. */
  entitiesUsingMobile(mobile: string): readonly Entity[];
  /** Websites with this domain and apps that declare it among their domains. */
  servicesByDomain(domain: string): readonly Service[];
  servicesOfEntity(entityId: string): readonly Service[];
  /** Filings of this entity that are neither approved nor ended (abandoned, expired, …). */
  openFilingsForEntity(entityId: string): readonly Filing[];
  /** Access records (one per provider link) of a service. */
  accessOfService(serviceId: string): readonly Access[];
}
