import { toEpochMs } from '../../../shared/domain/calendar/beijing-time';
import { dueSoonFrom, type DeadlineKind, type DeadlineStatus } from '../../../shared/domain/deadlines';
import { filingDeadlineList } from '../../../shared/domain/deadlines-filing';
import type { LocalizedText } from '../../../shared/domain/finding';
import { parseIcpNumber } from '../../../shared/domain/icp-number';
import { FILING_TERMINAL_STATES } from '../../../shared/domain/lifecycle-filing';
import type { FiledState } from '../../../shared/domain/lifecycle-service';
import type { Access } from '../../../shared/domain/model/access';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Filing } from '../../../shared/domain/model/filing';
import type { Person } from '../../../shared/domain/model/person';
import type { ProviderId } from '../../../shared/domain/model/providers';
import type { Service, ServiceKind } from '../../../shared/domain/model/service';
import { leaderCertificateDeadlines, serviceOwnDeadlines } from '../../../shared/domain/obligations';
import { provinceByGbCode, type Province } from '../../../shared/domain/provinces';
import { normalizeDomain } from '../../../shared/domain/validators/domain';
import { normalizeMobile } from '../../../shared/domain/validators/mobile';
import type { LinkTarget } from '../../../shared/ipc/portfolio-schemas';
import type { Store } from '../../store';
import type { Ranked } from './name-order';
import { accessesOf, filingsOf, servicesOf } from './records';
import { serviceDomains } from './indexes';
import { searchNorm } from './keys';

/**
 * What the search index keeps per entity, service and person: the values lists filter and sort on,
 * a lower-cased haystack for text search, and the dated obligations with their instants in ms, so
 * a query never touches services, people or the calendar code. Everything here is derived from
 * the store and rebuilt for the entities a transaction touched.
 */

/** One searchable value: its normalized form and how to show it as "matched". */
export interface SearchField {
  readonly norm: string;
  readonly shown: string;
}

export interface DeadlineRef {
  readonly kind: DeadlineKind;
  readonly label: LocalizedText;
  readonly dueAt: string;
  readonly dueMs: number;
  readonly soonMs: number;
  readonly target: LinkTarget;
}

export interface EntityEntry extends Ranked {
  readonly entity: Entity;
  readonly archived: boolean;
  readonly province: Province | undefined;
  /** GB/T 2260 order (Beijing first), the order of official province lists. */
  readonly provinceOrder: number;
  readonly status: FiledState;
  readonly updatedMs: number;
  /** '' when the entity has no number: sorted last. */
  readonly icpSort: string;
  readonly serviceIds: readonly string[];
  readonly activeServiceCount: number;
  readonly providers: readonly ProviderId[];
  readonly openFilingId: string | undefined;
  readonly openFilingCount: number;
  /** Soonest first. Empty for an archived entity: the archive raises no reminders. */
  readonly deadlines: readonly DeadlineRef[];
  readonly fields: readonly SearchField[];
  readonly haystack: string;
  /** Records this entry was built from, so changes made around the index can be detected. */
  readonly accessIds: readonly string[];
  readonly filingIds: readonly string[];
}

export interface ServiceEntry extends Ranked {
  readonly service: Service;
  readonly entityId: string;
  readonly entityName: string;
  readonly kind: ServiceKind;
  /** Archived itself or with its entity. */
  readonly archived: boolean;
  readonly status: FiledState;
  readonly updatedMs: number;
  readonly icpSort: string;
  readonly domainOrPackage: string;
  readonly providers: readonly ProviderId[];
  readonly fields: readonly SearchField[];
  readonly haystack: string;
}

export interface PersonEntry extends Ranked {
  readonly person: Person;
  readonly fields: readonly SearchField[];
  readonly haystack: string;
}

/** Separates fields in a haystack; never part of a normalized query (whitespace is removed). */
const SEPARATOR = '\n';

class Fields {
  readonly list: SearchField[] = [];
  private readonly seen = new Set<string>();
  add(value: string | undefined, shown = value): void {
    if (value === undefined || shown === undefined) return;
    const norm = searchNorm(value);
    if (norm === '' || this.seen.has(norm)) return;
    this.seen.add(norm);
    this.list.push({ norm, shown });
  }
  addNumber(value: string | undefined): void {
    if (!value?.trim()) return;
    const canonical = parseIcpNumber(value)?.canonical;
    this.add(canonical ?? value, value.trim());
  }
  addDomain(value: string): void {
    this.add(value);
    const ascii = normalizeDomain(value);
    if (ascii) this.add(ascii, value);
  }
  addPerson(person: Person | undefined): void {
    if (!person) return;
    this.add(person.name);
    this.add(normalizeMobile(person.mobile) ?? person.mobile, `${person.name} ${person.mobile}`);
    this.add(person.email, `${person.name} ${person.email}`);
  }
  addService(service: Service): void {
    this.add(service.name);
    this.addNumber(service.icpNumber);
    for (const domain of serviceDomains(service)) this.addDomain(domain);
    if (service.kind === 'website') this.add(service.publicSecurityNumber);
    else for (const p of service.platforms) this.add(p.packageName);
  }
  haystack(): string {
    return this.list.map((f) => f.norm).join(SEPARATOR);
  }
}

const toMs = (iso: string): number => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
};

const icpSortOf = (value: string | undefined): string => (value?.trim() ? (parseIcpNumber(value)?.canonical ?? value.trim()) : '');

const PROVINCE_UNKNOWN = 999_999;

function deadlineRef(kind: DeadlineKind, label: LocalizedText, dueAt: string, target: LinkTarget): DeadlineRef {
  return { kind, label, dueAt, dueMs: toEpochMs(dueAt), soonMs: toEpochMs(dueSoonFrom(kind, dueAt)), target };
}

/** A deadline's status at `nowMs`, from the instants kept in the entry (same result as deadlineStatus). */
export const refStatus = (d: DeadlineRef, nowMs: number): DeadlineStatus => (nowMs > d.dueMs ? 'overdue' : nowMs >= d.soonMs ? 'due-soon' : 'ok');

const people = (store: Store, ids: Iterable<string>): Person[] => {
  const out: Person[] = [];
  for (const id of new Set(ids)) {
    const p = store.get<Person>('people', id);
    if (p) out.push(p);
  }
  return out;
};

const providersOf = (accesses: readonly Access[]): ProviderId[] => [...new Set(accesses.filter((a) => !a.removedAt && !a.archivedAt).map((a) => a.providerId))].sort();

export interface EntityBuild {
  entry: EntityEntry;
  services: ServiceEntry[];
  /** Every access of every service, with its service: for change detection. */
  accesses: Access[];
  filings: Filing[];
}

/** Builds the entry of one entity and of each of its services from the store. */
export function buildEntity(store: Store, entity: Entity): EntityBuild {
  const archived = entity.archivedAt !== undefined;
  const services = servicesOf(store, entity.id);
  // An archived entity's services went to the archive with it: search them all, remind of none.
  const inScope = archived ? services : services.filter((s) => !s.archivedAt);
  const leaderOf = new Map(people(store, [entity.leaderId, ...services.map((s) => s.leaderId)]).map((p) => [p.id, p]));
  const accessesByService = new Map(services.map((s) => [s.id, accessesOf(store, s.id)]));
  const filings = filingsOf(store, entity.id);
  const open = filings.filter((f) => !f.archivedAt && !FILING_TERMINAL_STATES.includes(f.state)).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));

  const fields = new Fields();
  fields.add(entity.name);
  fields.add(entity.certificateNumber);
  fields.addNumber(entity.icpNumber);
  fields.add(entity.legalRepresentative?.name);
  fields.addPerson(leaderOf.get(entity.leaderId));
  for (const s of inScope) fields.addService(s);
  for (const s of inScope) fields.addPerson(leaderOf.get(s.leaderId));

  const entityTarget: LinkTarget = { kind: 'entity', id: entity.id, name: entity.name };
  const deadlines: DeadlineRef[] = [];
  if (!archived) {
    for (const s of inScope) {
      const target: LinkTarget = { kind: 'service', id: s.id, name: s.name };
      for (const d of serviceOwnDeadlines(s)) deadlines.push(deadlineRef(d.deadline.kind, d.deadline.label, d.deadline.dueAt, target));
    }
    const leaders = [entity.leaderId, ...inScope.map((s) => s.leaderId)].map((id) => leaderOf.get(id)).filter((p): p is Person => p !== undefined);
    for (const d of leaderCertificateDeadlines(leaders)) deadlines.push(deadlineRef(d.deadline.kind, d.deadline.label, d.deadline.dueAt, entityTarget));
    for (const f of open) {
      const target: LinkTarget = { kind: 'filing', id: f.id, name: entity.name };
      for (const d of filingDeadlineList({ ...f, province: entity.region.province })) deadlines.push(deadlineRef(d.kind, d.label, d.dueAt, target));
    }
    deadlines.sort((a, b) => a.dueMs - b.dueMs);
  }

  const province = provinceByGbCode(entity.region.province);
  const allAccesses = services.flatMap((s) => accessesByService.get(s.id) ?? []);
  const entry: EntityEntry = {
    id: entity.id,
    name: entity.name,
    rank: 0,
    entity,
    archived,
    province: province?.id,
    provinceOrder: province ? Number(province.gbCode) : PROVINCE_UNKNOWN,
    status: entity.lifecycle.state,
    updatedMs: toMs(entity.updatedAt),
    icpSort: icpSortOf(entity.icpNumber),
    serviceIds: services.map((s) => s.id),
    activeServiceCount: services.filter((s) => !s.archivedAt).length,
    providers: providersOf(inScope.flatMap((s) => accessesByService.get(s.id) ?? [])),
    openFilingId: open[0]?.id,
    openFilingCount: open.length,
    deadlines,
    fields: fields.list,
    haystack: fields.haystack(),
    accessIds: allAccesses.map((a) => a.id),
    filingIds: filings.map((f) => f.id),
  };

  const serviceEntries = services.map((s): ServiceEntry => {
    const f = new Fields();
    f.addService(s);
    f.add(entity.name);
    f.addPerson(leaderOf.get(s.leaderId));
    const first = s.kind === 'website' ? s.domain : (s.platforms[0]?.packageName ?? s.domains[0] ?? '');
    return {
      id: s.id,
      name: s.name,
      rank: 0,
      service: s,
      entityId: entity.id,
      entityName: entity.name,
      kind: s.kind,
      archived: archived || s.archivedAt !== undefined,
      status: s.lifecycle.state,
      updatedMs: toMs(s.updatedAt),
      icpSort: icpSortOf(s.icpNumber),
      domainOrPackage: first,
      providers: providersOf(accessesByService.get(s.id) ?? []),
      fields: f.list,
      haystack: f.haystack(),
    };
  });
  return { entry, services: serviceEntries, accesses: allAccesses, filings };
}

export function buildPerson(person: Person): PersonEntry {
  const fields = new Fields();
  fields.add(person.name);
  fields.add(person.certificateNumber);
  fields.add(normalizeMobile(person.mobile) ?? person.mobile, person.mobile);
  fields.add(person.email);
  return { id: person.id, name: person.name, rank: 0, person, fields: fields.list, haystack: fields.haystack() };
}

