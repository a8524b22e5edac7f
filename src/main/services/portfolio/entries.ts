import { toEpochMs } from '../../../shared/domain/calendar/beijing-time';
import { dueSoonFrom, type Deadline, type DeadlineKind, type DeadlineStatus } from '../../../shared/domain/deadlines';
import { filingDeadlineList } from '../../../shared/domain/deadlines-filing';
import type { LocalizedText } from '../../../shared/domain/finding';
import { parseIcpNumber } from '../../../shared/domain/icp-number';
import { FILING_TERMINAL_STATES } from '../../../shared/domain/lifecycle-filing';
import type { FiledState } from '../../../shared/domain/lifecycle-service';
import type { Access } from '../../../shared/domain/model/access';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Person } from '../../../shared/domain/model/person';
import type { ProviderId } from '../../../shared/domain/model/providers';
import type { Service, ServiceKind } from '../../../shared/domain/model/service';
import { leaderCertificateDueDates, serviceDueDates, type DueDate } from '../../../shared/domain/obligations';
import { provinceByAbbreviation, provinceByGbCode, type Province } from '../../../shared/domain/provinces';
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
  /** Written only when shown (the dashboard lists a few of the portfolio's thousands). */
  label(): LocalizedText;
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
  readonly nature: Entity['nature'];
  /** Soonest first. Empty for an archived entity: the archive raises no reminders. */
  readonly deadlines: readonly DeadlineRef[];
  /** The first due instant (Infinity when none): "has overdue" without touching the list. */
  readonly firstDueMs: number;
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
  readonly haystack: string;
}

export interface PersonEntry extends Ranked {
  readonly person: Person;
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
  addAll(fields: readonly SearchField[]): void {
    for (const f of fields) {
      if (this.seen.has(f.norm)) continue;
      this.seen.add(f.norm);
      this.list.push(f);
    }
  }
  addNumber(value: string | undefined): void {
    if (!value?.trim()) return;
    this.add(canonicalNumber(value) ?? value, value.trim());
  }
  addDomain(value: string): void {
    this.add(value);
    // The ASCII (punycode) form only differs for internationalized names; URL parsing is not free.
    if (/[^\x21-\x7E]/.test(value)) {
      const ascii = normalizeDomain(value);
      if (ascii) this.add(ascii, value);
    }
  }
  addPerson(person: Person | undefined): void {
    if (!person) return;
    this.add(person.name);
    this.add(normalizeMobile(person.mobile) ?? person.mobile, `${person.name} ${person.mobile}`);
    this.add(person.email, `${person.name} ${person.email}`);
  }
  haystack(): string {
    return this.list.map((f) => f.norm).join(SEPARATOR);
  }
}

/** What a service contributes to a haystack, its own and its entity's. */
function serviceFields(service: Service): SearchField[] {
  const f = new Fields();
  f.add(service.name);
  f.addNumber(service.icpNumber);
  for (const domain of serviceDomains(service)) f.addDomain(domain);
  if (service.kind === 'website') f.add(service.publicSecurityNumber);
  else for (const p of service.platforms) f.add(p.packageName);
  return f.list;
}

/**
 * Canonical ICP numbers, remembered: a full build parses every number of the portfolio, often
 * twice (haystack and sort key), and the grammar is the most expensive step of it.
 */
const canonicalMemo = new Map<string, string | null>();
function canonicalNumber(value: string): string | undefined {
  let canonical = canonicalMemo.get(value);
  if (canonical === undefined) {
    if (canonicalMemo.size > 200_000) canonicalMemo.clear();
    canonical = parseIcpNumber(value)?.canonical ?? null;
    canonicalMemo.set(value, canonical);
  }
  return canonical ?? undefined;
}

const toMs = (iso: string): number => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
};

/**
 * Sort key of an ICP number: province in GB/T 2260 order (the abbreviations' code points mean
 * nothing), then the number itself; a number that does not parse sorts by its text.
 */
function icpSortOf(value: string | undefined): string {
  const raw = value?.trim();
  if (!raw) return '';
  const canonical = canonicalNumber(raw);
  if (!canonical) return `~${raw}`;
  const head = [...canonical][0] ?? '';
  return `${provinceByAbbreviation(head)?.gbCode ?? '999999'}${canonical.slice(head.length)}`;
}

const PROVINCE_UNKNOWN = 999_999;

/**
 * Date arithmetic remembered per (deadline kind, date): a portfolio repeats dates (go-live days,
 * renewal days), and the calendar code is the most expensive part of building an entry.
 */
const instantMemo = new Map<string, { dueAt: string; dueMs: number; soonMs: number }>();
function instants(kind: DeadlineKind, key: string, dueAtOf: () => string): { dueAt: string; dueMs: number; soonMs: number } {
  const memoKey = `${kind}|${key}`;
  let found = instantMemo.get(memoKey);
  if (!found) {
    if (instantMemo.size > 100_000) instantMemo.clear();
    const dueAt = dueAtOf();
    found = { dueAt, dueMs: toMs(dueAt), soonMs: toEpochMs(dueSoonFrom(kind, dueAt)) };
    instantMemo.set(memoKey, found);
  }
  return found;
}

const fromDueDate = (due: DueDate, target: LinkTarget): DeadlineRef => ({
  kind: due.deadlineKind,
  ...instants(due.deadlineKind, due.from, () => due.describe().deadline.dueAt),
  label: () => due.describe().deadline.label,
  target,
});

const fromDeadline = (d: Deadline, target: LinkTarget): DeadlineRef => ({
  kind: d.kind,
  ...instants(d.kind, d.dueAt, () => d.dueAt),
  label: () => d.label,
  target,
});

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

  const ownFields = new Map(services.map((s) => [s.id, serviceFields(s)]));
  const fields = new Fields();
  fields.add(entity.name);
  fields.add(entity.certificateNumber);
  fields.addNumber(entity.icpNumber);
  fields.add(entity.legalRepresentative?.name);
  fields.addPerson(leaderOf.get(entity.leaderId));
  for (const s of inScope) fields.addAll(ownFields.get(s.id) ?? []);
  for (const s of inScope) fields.addPerson(leaderOf.get(s.leaderId));

  const entityTarget: LinkTarget = { kind: 'entity', id: entity.id, name: entity.name };
  const deadlines: DeadlineRef[] = [];
  if (!archived) {
    for (const s of inScope) {
      const target: LinkTarget = { kind: 'service', id: s.id, name: s.name };
      for (const due of serviceDueDates(s)) deadlines.push(fromDueDate(due, target));
    }
    const leaders = [entity.leaderId, ...inScope.map((s) => s.leaderId)].map((id) => leaderOf.get(id)).filter((p): p is Person => p !== undefined);
    for (const due of leaderCertificateDueDates(leaders)) deadlines.push(fromDueDate(due, entityTarget));
    for (const f of open) {
      const target: LinkTarget = { kind: 'filing', id: f.id, name: entity.name };
      for (const d of filingDeadlineList({ ...f, province: entity.region.province })) deadlines.push(fromDeadline(d, target));
    }
    deadlines.sort((a, b) => a.dueMs - b.dueMs);
  }

  const province = provinceByGbCode(entity.region.province);
  const allAccesses = services.flatMap((s) => accessesByService.get(s.id) ?? []);
  const entry: EntityEntry = {
    id: entity.id,
    name: entity.name,
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
    nature: entity.nature,
    deadlines,
    firstDueMs: deadlines[0]?.dueMs ?? Number.POSITIVE_INFINITY,
    fields: fields.list,
    haystack: fields.haystack(),
    accessIds: allAccesses.map((a) => a.id),
    filingIds: filings.map((f) => f.id),
  };

  const serviceEntries = services.map((s): ServiceEntry => {
    const f = new Fields();
    f.addAll(ownFields.get(s.id) ?? []);
    f.add(entity.name);
    f.addPerson(leaderOf.get(s.leaderId));
    const first = s.kind === 'website' ? s.domain : (s.platforms[0]?.packageName ?? s.domains[0] ?? '');
    return {
      id: s.id,
      name: s.name,
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
      haystack: f.haystack(),
    };
  });
  return { entry, services: serviceEntries };
}

export function buildPerson(person: Person): PersonEntry {
  const fields = new Fields();
  fields.add(person.name);
  fields.add(person.certificateNumber);
  fields.add(normalizeMobile(person.mobile) ?? person.mobile, person.mobile);
  fields.add(person.email);
  return { id: person.id, name: person.name, person, haystack: fields.haystack() };
}

