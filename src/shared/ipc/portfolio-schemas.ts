import { z } from 'zod';
import { DeadlineKind } from '../domain/deadlines';
import { LocalizedText } from '../domain/finding';
import { FilingState } from '../domain/lifecycle-filing-types';
import { FiledMarker, FiledState } from '../domain/lifecycle-service';
import { Access, AccessData } from '../domain/model/access';
import { Id, IsoDateTime, NonEmpty } from '../domain/model/common';
import { Entity, EntityData } from '../domain/model/entity';
import { Person, PersonData } from '../domain/model/person';
import { ProviderId } from '../domain/model/providers';
import { AppData, MiniProgramData, QuickAppData, Service, ServiceKind, WebsiteData } from '../domain/model/service';
import { EntityNature, PersonCertificateType } from '../domain/natures';
import { Obligation } from '../domain/obligations';
import { OperationId } from '../domain/operations';
import { Province } from '../domain/provinces';

/**
 * Inputs and outputs of the portfolio channels (issue #4; /tmp/plan/portfolio-contract.md), built
 * from the domain model so nothing is declared twice. Main parses every input with these and then
 * runs the shared validators as the authority; the renderer uses the same schemas in its forms.
 */

// ---- Shared pieces --------------------------------------------------------------------------------

export const IdInput = z.object({ id: Id }).strict();
export type IdInput = z.infer<typeof IdInput>;
export const IdResult = z.object({ id: Id });
export type IdResult = z.infer<typeof IdResult>;
/**
 * entity:unarchive / service:unarchive: also the leaders archived meanwhile that came back with the
 * record (an archived leader would leave its edit form unsaveable), so the message can say so.
 */
export const UnarchiveResult = IdResult.extend({ restoredLeaders: z.array(z.object({ id: Id, name: z.string() })) });
export type UnarchiveResult = z.infer<typeof UnarchiveResult>;

export const SortOrder = z.enum(['asc', 'desc']);
export type SortOrder = z.infer<typeof SortOrder>;

/** Every list answers one page; 500 rows is the most one call may ask for. */
const paging = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
};

/** A history event as the store writes it (newest first wherever it is listed). */
export const HistoryItem = z.object({
  id: Id,
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.object({ collection: z.string(), id: z.string() }).optional(),
  summary: LocalizedText.optional(),
});
export type HistoryItem = z.infer<typeof HistoryItem>;

/** A deadline with its status at the time of the call (the domain's TrackedDeadline). */
export const TrackedDeadlineSchema = z.object({
  kind: DeadlineKind,
  dueAt: z.string(),
  startsAt: z.string(),
  label: LocalizedText,
  source: z.array(z.string()),
  approximate: z.boolean().optional(),
  status: z.enum(['ok', 'due-soon', 'overdue']),
});
export type TrackedDeadlineView = z.infer<typeof TrackedDeadlineSchema>;

export const FilingSummary = z.object({
  id: Id,
  operation: OperationId,
  state: FilingState,
  /** Neither approved nor ended (abandoned, expired). */
  open: z.boolean(),
  providerId: ProviderId.optional(),
  providerOrderNumber: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FilingSummary = z.infer<typeof FilingSummary>;

// ---- Record data as typed in the forms -------------------------------------------------------------

/** A person's data; main mints the id. Same checks as PersonData (validity in order). */
export const PersonInput = z
  .object(PersonData.shape)
  .omit({ id: true })
  .superRefine((p, ctx) => {
    // The model's own refinement, repeated because .omit() cannot carry refinements along.
    if (p.certificateValidUntil !== 'long-term' && p.certificateValidUntil < p.certificateValidFrom) {
      ctx.addIssue({ code: 'custom', path: ['certificateValidUntil'], message: 'validity ends before it starts' });
    }
  });
export type PersonInput = z.infer<typeof PersonInput>;

/** A stored person, or a new one created in the same save: a leader is stored once and shared. */
export const LeaderChoice = z.union([z.object({ id: Id }).strict(), z.object({ new: PersonInput }).strict()]);
export type LeaderChoice = z.infer<typeof LeaderChoice>;

/** Entity data without its leader (chosen apart); the model's cross-field checks still apply. */
export const EntityInput = z
  .object(EntityData.shape)
  .omit({ leaderId: true })
  .superRefine((e, ctx) => {
    const full = EntityData.safeParse({ ...e, leaderId: 'leader' });
    if (full.success) return;
    for (const issue of full.error.issues) if (issue.code === 'custom') ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type EntityInput = z.infer<typeof EntityInput>;

/** Service data without id and leader: main mints the id, the leader is chosen apart. */
export const ServiceInput = z.discriminatedUnion('kind', [
  WebsiteData.omit({ id: true, leaderId: true }),
  AppData.omit({ id: true, leaderId: true }),
  MiniProgramData.omit({ id: true, leaderId: true }),
  QuickAppData.omit({ id: true, leaderId: true }),
]);
export type ServiceInput = z.infer<typeof ServiceInput>;

/** Access data of one provider link; the service is named beside it. */
export const AccessInput = AccessData.omit({ serviceId: true });
export type AccessInput = z.infer<typeof AccessInput>;

// ---- Entities --------------------------------------------------------------------------------------

export const EntitySortField = z.enum(['name', 'updatedAt', 'province', 'icpNumber']);
export type EntitySortField = z.infer<typeof EntitySortField>;

export const EntityQuery = z
  .object({
    /** Name, certificate, ICP numbers, domains, package names, people's names and phones. */
    text: z.string().max(200).optional(),
    province: Province.optional(),
    nature: EntityNature.optional(),
    status: FiledState.optional(),
    provider: ProviderId.optional(),
    hasOpenFiling: z.boolean().optional(),
    hasOverdue: z.boolean().optional(),
    /** false (default): active entities only; true: the archive. */
    archived: z.boolean().default(false),
    sort: z.object({ field: EntitySortField, order: SortOrder }).strict().optional(),
    ...paging,
  })
  .strict();
export type EntityQuery = z.infer<typeof EntityQuery>;

export const EntityRow = z.object({
  id: Id,
  name: z.string(),
  nature: EntityNature,
  province: Province.optional(),
  certificateNumber: z.string(),
  icpNumber: z.string().optional(),
  status: FiledState,
  markers: z.array(FiledMarker),
  serviceCount: z.number().int(),
  providers: z.array(ProviderId),
  openFilingId: Id.optional(),
  overdueCount: z.number().int(),
  dueSoonCount: z.number().int(),
  updatedAt: z.string(),
  archivedAt: z.string().optional(),
  /** What the search text matched when it was not the name, e.g. a domain or a leader's phone. */
  matched: z.string().optional(),
});
export type EntityRow = z.infer<typeof EntityRow>;

/**
 * Counts for the status tabs: every filter of the query applies except `status` and `archived`, so
 * the numbers read "how many of what I searched for are in each tab".
 */
export const EntityCounts = z.object({
  all: z.number().int(),
  byStatus: z.record(FiledState, z.number().int()),
  archived: z.number().int(),
});
export type EntityCounts = z.infer<typeof EntityCounts>;

export const EntityListResult = z.object({ total: z.number().int(), rows: z.array(EntityRow), counts: EntityCounts });
export type EntityListResult = z.infer<typeof EntityListResult>;

export const EntityDetail = z.object({
  entity: Entity,
  leader: Person,
  services: z.array(Service),
  /** Current provider links of the services (removed ones are left out). */
  accesses: z.array(Access),
  /** Every person the entity or its services reference, once each. */
  people: z.array(Person),
  filings: z.array(FilingSummary),
  /** This entity and its services and accesses, newest first. */
  history: z.array(HistoryItem),
  obligations: z.array(Obligation),
  deadlines: z.array(TrackedDeadlineSchema),
});
export type EntityDetail = z.infer<typeof EntityDetail>;

export const EntityCreateInput = z.object({ entity: EntityInput, leader: LeaderChoice }).strict();
export type EntityCreateInput = z.infer<typeof EntityCreateInput>;

/** `expectedUpdatedAt` is the updatedAt the form was loaded with: a later save by someone else is a CONFLICT. */
export const EntityUpdateInput = z.object({ id: Id, entity: EntityInput, leader: LeaderChoice, expectedUpdatedAt: IsoDateTime }).strict();
export type EntityUpdateInput = z.infer<typeof EntityUpdateInput>;

export const ArchiveResult = z.object({ id: Id, archivedAt: IsoDateTime });
export type ArchiveResult = z.infer<typeof ArchiveResult>;

// ---- People ----------------------------------------------------------------------------------------

export const PersonQuery = z
  .object({
    text: z.string().max(200).optional(),
    /** false (default): people in use, the only ones a leader pick-list offers; true: the archive. */
    archived: z.boolean().default(false),
    ...paging,
  })
  .strict();
export type PersonQuery = z.infer<typeof PersonQuery>;

export const PersonRow = z.object({
  id: Id,
  name: z.string(),
  certificateType: PersonCertificateType,
  certificateNumber: z.string(),
  mobile: z.string(),
  email: z.string(),
  /** How many entities and services name this person as leader. */
  usageCount: z.number().int(),
  updatedAt: z.string(),
  archivedAt: z.string().optional(),
});
export type PersonRow = z.infer<typeof PersonRow>;

/** Tab counts: the text search applies, the archive switch does not. */
export const PersonCounts = z.object({ active: z.number().int(), archived: z.number().int() });
export type PersonCounts = z.infer<typeof PersonCounts>;

export const PersonListResult = z.object({ total: z.number().int(), rows: z.array(PersonRow), counts: PersonCounts });
export type PersonListResult = z.infer<typeof PersonListResult>;

export const PersonUsage = z.object({
  role: z.enum(['entity-leader', 'service-leader']),
  entityId: Id,
  entityName: z.string(),
  serviceId: Id.optional(),
  serviceName: z.string().optional(),
  archived: z.boolean(),
});
export type PersonUsage = z.infer<typeof PersonUsage>;

/** A person and where they are used: editing them changes every one of these. */
export const PersonDetail = z.object({
  person: Person,
  usages: z.array(PersonUsage),
  /** The person's own history, newest first (person:get and person:update fill it). */
  history: z.array(HistoryItem).optional(),
});
export type PersonDetail = z.infer<typeof PersonDetail>;

export const PersonCreateInput = z.object({ person: PersonInput }).strict();
export type PersonCreateInput = z.infer<typeof PersonCreateInput>;
export const PersonUpdateInput = z.object({ id: Id, person: PersonInput, expectedUpdatedAt: IsoDateTime }).strict();
export type PersonUpdateInput = z.infer<typeof PersonUpdateInput>;

// ---- Services --------------------------------------------------------------------------------------

export const ServiceSortField = z.enum(['name', 'updatedAt', 'icpNumber', 'entityName', 'kind']);
export type ServiceSortField = z.infer<typeof ServiceSortField>;

export const ServiceQuery = z
  .object({
    text: z.string().max(200).optional(),
    kind: ServiceKind.optional(),
    entityId: Id.optional(),
    status: FiledState.optional(),
    provider: ProviderId.optional(),
    archived: z.boolean().default(false),
    sort: z.object({ field: ServiceSortField, order: SortOrder }).strict().optional(),
    ...paging,
  })
  .strict();
export type ServiceQuery = z.infer<typeof ServiceQuery>;

export const ServiceRow = z.object({
  id: Id,
  entityId: Id,
  entityName: z.string(),
  kind: ServiceKind,
  name: z.string(),
  /** The website's domain, or the first package name / bundle id of an app. */
  domainOrPackage: z.string(),
  icpNumber: z.string().optional(),
  status: FiledState,
  providers: z.array(ProviderId),
  publicSecurityNumber: z.string().optional(),
  updatedAt: z.string(),
  archivedAt: z.string().optional(),
});
export type ServiceRow = z.infer<typeof ServiceRow>;

export const ServiceListResult = z.object({ total: z.number().int(), rows: z.array(ServiceRow) });
export type ServiceListResult = z.infer<typeof ServiceListResult>;

export const EntitySummary = z.object({
  id: Id,
  name: z.string(),
  icpNumber: z.string().optional(),
  province: Province.optional(),
  status: FiledState,
  archivedAt: z.string().optional(),
});
export type EntitySummary = z.infer<typeof EntitySummary>;

export const ServiceDetail = z.object({
  service: Service,
  entity: EntitySummary,
  leader: Person,
  accesses: z.array(Access),
  obligations: z.array(Obligation),
  deadlines: z.array(TrackedDeadlineSchema),
  history: z.array(HistoryItem),
});
export type ServiceDetail = z.infer<typeof ServiceDetail>;

export const ServiceCreateInput = z.object({ entityId: Id, service: ServiceInput, leader: LeaderChoice }).strict();
export type ServiceCreateInput = z.infer<typeof ServiceCreateInput>;
export const ServiceUpdateInput = z.object({ id: Id, service: ServiceInput, leader: LeaderChoice, expectedUpdatedAt: IsoDateTime }).strict();
export type ServiceUpdateInput = z.infer<typeof ServiceUpdateInput>;

// ---- Access ----------------------------------------------------------------------------------------

/** Without `id` a new provider link is added; with it, that link is replaced. */
export const AccessSaveInput = z.object({ id: Id.optional(), serviceId: Id, access: AccessInput }).strict();
export type AccessSaveInput = z.infer<typeof AccessSaveInput>;

// ---- Recording numbers that already exist ----------------------------------------------------------

const withNumber = { icpNumber: NonEmpty };

/** A filed service as recorded from its existing number: the number is required. */
export const ExistingServiceInput = z.discriminatedUnion('kind', [
  WebsiteData.omit({ id: true, leaderId: true }).extend(withNumber),
  AppData.omit({ id: true, leaderId: true }).extend(withNumber),
  MiniProgramData.omit({ id: true, leaderId: true }).extend(withNumber),
  QuickAppData.omit({ id: true, leaderId: true }).extend(withNumber),
]);
export type ExistingServiceInput = z.infer<typeof ExistingServiceInput>;

export const RecordExistingService = z
  .object({ service: ExistingServiceInput, leader: LeaderChoice, access: AccessInput.optional() })
  .strict();
export type RecordExistingService = z.infer<typeof RecordExistingService>;

/**
 * An entity already filed elsewhere (before the app, or at another agent), with its numbers, in one
 * transaction: each service number must belong to the entity number and its suffix match the kind.
 */
export const RecordExistingInput = z
  .object({
    entity: EntityInput,
    leader: LeaderChoice,
    entityIcpNumber: NonEmpty,
    services: z.array(RecordExistingService).max(200),
  })
  .strict();
export type RecordExistingInput = z.infer<typeof RecordExistingInput>;

export const RecordExistingResult = z.object({ entityId: Id, serviceIds: z.array(Id) });
export type RecordExistingResult = z.infer<typeof RecordExistingResult>;

// ---- Dashboard -------------------------------------------------------------------------------------

export const LinkTarget = z.object({
  kind: z.enum(['entity', 'service', 'filing', 'person']),
  id: Id,
  name: z.string(),
});
export type LinkTarget = z.infer<typeof LinkTarget>;

export const DeadlineItem = z.object({
  kind: DeadlineKind,
  label: LocalizedText,
  dueAt: z.string(),
  status: z.enum(['ok', 'due-soon', 'overdue']),
  target: LinkTarget,
});
export type DeadlineItem = z.infer<typeof DeadlineItem>;

export const RecentChange = z.object({
  id: Id,
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  summary: LocalizedText.optional(),
  /** Absent when the record is gone (deleted) or is not a portfolio record (settings). */
  target: LinkTarget.optional(),
});
export type RecentChange = z.infer<typeof RecentChange>;

export const DashboardData = z.object({
  counts: z.object({
    entities: z.number().int(),
    services: z.number().int(),
    people: z.number().int(),
    openFilings: z.number().int(),
    byEntityStatus: z.record(FiledState, z.number().int()),
    byFilingState: z.record(FilingState, z.number().int()),
    /** How many deadlines fall in each list; the lists themselves stop at 100 items. */
    upcoming: z.number().int(),
    overdue: z.number().int(),
  }),
  /** Due within the next 30 days, soonest first (at most 100). */
  upcoming: z.array(DeadlineItem),
  /** Past due, most overdue first (at most 100). */
  overdue: z.array(DeadlineItem),
  /** The last 20 history events. */
  recent: z.array(RecentChange),
});
export type DashboardData = z.infer<typeof DashboardData>;
