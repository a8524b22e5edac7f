import { z } from 'zod';
import { LocalizedText } from '../domain/finding';
import { FieldChange } from '../domain/filing-changes';
import { FilingEvent, FilingState, SmsStatus } from '../domain/lifecycle-filing-types';
import { Id, IsoDateTime } from '../domain/model/common';
import { DocumentItem, DocumentKind } from '../domain/model/documents';
import { EntityDraft, Entity } from '../domain/model/entity';
import { AccessDraft } from '../domain/model/access';
import { Filing, RejectionFinding } from '../domain/model/filing';
import { CheckFinding, RuleStep } from '../domain/model/filing-closing';
import { PersonDraft } from '../domain/model/person';
import { ProviderId } from '../domain/model/providers';
import { Service, ServiceDraft } from '../domain/model/service';
import { OperationId } from '../domain/operations';
import { IssueSchema } from './result';
import { TrackedDeadlineSchema } from './portfolio-schemas';

/**
 * Inputs and outputs of the filing channels (issue #5; /tmp/plan/filing-contract.md), built from the
 * domain model so nothing is declared twice. The determination schemas live with the pure
 * determineOperation and the FieldChange schema with the pure diff; both are re-exported here so the
 * renderer finds every filing schema in one place.
 */

export { CancelWhat, DetermineAnswers, DetermineInput, Determination, FilingIntent, Question, QuestionKey, QuestionOption } from '../domain/operation-determination-types';
export { FieldChange } from '../domain/filing-changes';

// ---- Findings and documents as they cross the boundary -----------------------------------------------

/** The model's check finding (domain/model/filing-closing), under the name the channels use. */
export const RuleStepSchema = RuleStep;
export const RuleFindingSchema = CheckFinding;
export type RuleFindingView = z.infer<typeof RuleFindingSchema>;

/** One document the filing needs (rules/required-documents), and whether the documents step has it. */
export const RequiredDocumentSchema = z.object({
  kind: DocumentKind,
  subjectId: Id.optional(),
  label: LocalizedText,
  reason: LocalizedText,
  source: z.array(z.string()),
  asOf: z.string(),
  /** Where it sits in the documents step: 'documents.leader-id.p1'. */
  path: z.string(),
  provided: z.boolean(),
});
export type RequiredDocumentView = z.infer<typeof RequiredDocumentSchema>;

// ---- filing:create ------------------------------------------------------------------------------------

/**
 * A new order. Modifications, additions and cancellations name their entity (or targets, from which
 * the entity follows); an initial filing names nothing: its entity is created on approval.
 */
export const FilingCreateInput = z
  .object({
    operation: OperationId,
    entityId: Id.optional(),
    targetServiceIds: z.array(Id).max(200).optional(),
    providerId: ProviderId.optional(),
  })
  .strict();
export type FilingCreateInput = z.infer<typeof FilingCreateInput>;

// ---- filing:list --------------------------------------------------------------------------------------

export const FilingQuery = z
  .object({
    /** Entity name, provider order number, domains and names of the targets. */
    text: z.string().max(200).optional(),
    state: FilingState.optional(),
    operation: OperationId.optional(),
    entityId: Id.optional(),
    /** true: neither approved nor ended; false: approved, abandoned or expired. */
    open: z.boolean().optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type FilingQuery = z.infer<typeof FilingQuery>;

export const FilingRow = z.object({
  id: Id,
  operation: OperationId,
  state: FilingState,
  sms: SmsStatus.optional(),
  entityId: Id.optional(),
  /** The stored entity's name, or the name typed in the entity step ('' while none). */
  entityName: z.string(),
  /** The websites/apps concerned, e.g. 'example.cn、示例App' ('' while none). */
  targetsLabel: z.string(),
  providerId: ProviderId.optional(),
  providerOrderNumber: z.string().optional(),
  updatedAt: z.string(),
  /** The soonest deadline still running, for the live countdown. */
  nextDeadline: TrackedDeadlineSchema.optional(),
});
export type FilingRow = z.infer<typeof FilingRow>;

export const FilingListResult = z.object({ total: z.number().int(), rows: z.array(FilingRow) });
export type FilingListResult = z.infer<typeof FilingListResult>;

// ---- filing:get ---------------------------------------------------------------------------------------

/** What a cancellation deletes at MIIT (§2.1): nothing for remove-access. */
export const FilingRemoves = z.object({ entityNumber: z.string().optional(), serviceNumbers: z.array(z.string()) });
export type FilingRemoves = z.infer<typeof FilingRemoves>;

export const FilingDetail = z.object({
  filing: Filing,
  /** The stored entity, when the order concerns one that is in the portfolio. */
  entity: Entity.optional(),
  /** Stored services the order changes, cancels or removes access from. */
  targets: z.array(Service),
  /**
   * The pre-submission check of the whole draft against the portfolio. Acknowledged warnings and
   * overridden errors are listed, marked; the rest blocks 'submit' and 'resubmit'.
   */
  findings: z.array(RuleFindingSchema),
  requiredDocuments: z.array(RequiredDocumentSchema),
  deadlines: z.array(TrackedDeadlineSchema),
  /** Modify: every field whose new value differs from the filed one. */
  changes: z.array(FieldChange),
  removes: FilingRemoves,
  /** Remove-access: a target is left with no provider and becomes a shell site (§2.1: A1, T1). */
  leavesShell: z.boolean().optional(),
  /** Events that may be recorded now (the §9.1 state machine), for the buttons. */
  allowedEvents: z.array(FilingEvent),
});
export type FilingDetail = z.infer<typeof FilingDetail>;

// ---- filing:save-step ---------------------------------------------------------------------------------

const stepBase = {
  id: Id,
  /** false: save as typed (Back, autosave); true: also answer the step's issues (Next). */
  validate: z.boolean(),
  /** The filing's updatedAt the form was loaded with: a later save by someone else is a CONFLICT. */
  expectedUpdatedAt: IsoDateTime,
};

/** One step's lenient draft, replacing what the step held; paths of stepIssues start at `data`. */
export const FilingSaveStepInput = z.discriminatedUnion('step', [
  z.object({ ...stepBase, step: z.literal('entity'), data: EntityDraft }).strict(),
  z.object({ ...stepBase, step: z.literal('leaders'), data: z.array(PersonDraft).max(50) }).strict(),
  z.object({ ...stepBase, step: z.literal('services'), data: z.array(ServiceDraft).max(200) }).strict(),
  z.object({ ...stepBase, step: z.literal('access'), data: z.array(AccessDraft).max(400) }).strict(),
  z.object({ ...stepBase, step: z.literal('documents'), data: z.array(DocumentItem).max(400) }).strict(),
]);
export type FilingSaveStepInput = z.infer<typeof FilingSaveStepInput>;

export const FilingSaveStepResult = z.object({ detail: FilingDetail, stepIssues: z.array(IssueSchema) });
export type FilingSaveStepResult = z.infer<typeof FilingSaveStepResult>;

// ---- filing:acknowledge -------------------------------------------------------------------------------

/** Ticks warnings (finding keys, RuleFindingSchema.key); `unacknowledge` unticks. */
export const FilingAcknowledgeInput = z
  .object({
    id: Id,
    codes: z.array(z.string().min(1).max(300)).max(200),
    unacknowledge: z.array(z.string().min(1).max(300)).max(200).optional(),
  })
  .strict();
export type FilingAcknowledgeInput = z.infer<typeof FilingAcknowledgeInput>;

// ---- filing:record-event ------------------------------------------------------------------------------

/** A number issued on approval for one service: the stored service id, the draft's id, or 'draft:<index>'. */
export const IssuedServiceNumber = z.object({ serviceKey: z.string().min(1).max(100), number: z.string().min(1).max(60) }).strict();

export const IssuedNumbers = z
  .object({
    entityNumber: z.string().min(1).max(60).optional(),
    services: z.array(IssuedServiceNumber).max(200).default([]),
  })
  .strict();
export type IssuedNumbers = z.infer<typeof IssuedNumbers>;

export const FilingRecordEventInput = z
  .object({
    id: Id,
    event: FilingEvent,
    /** When it happened: ISO with an offset (the lifecycle refuses events out of order). */
    at: IsoDateTime,
    note: z.string().max(2000).optional(),
    providerOrderNumber: z.string().trim().min(1).max(100).optional(),
    /** provider-reject / admin-reject: field-level reasons as (field, error, suggestion) triples (W4). */
    rejections: z.array(RejectionFinding).max(100).optional(),
    /** admin-approve: the numbers the 管局 issued. */
    numbers: IssuedNumbers.optional(),
  })
  .strict();
export type FilingRecordEventInput = z.infer<typeof FilingRecordEventInput>;
