import { z } from 'zod';
import { FilingHistoryEntry, FilingLifecycle } from '../lifecycle-filing-types';
import type { OperationId } from '../operations';
import { AccessData, AccessDraft } from './access';
import { Decision, Id, IsoDateTime, NonEmpty, RecordMeta } from './common';
import { DocumentItem } from './documents';
import { ClosingCheck } from './filing-closing';
import { EntityData, EntityDraft } from './entity';
import { PersonData, PersonDraft } from './person';
import { ProviderId } from './providers';
import { ServiceData, ServiceDraft } from './service';

/** The wizard steps whose data a filing holds (architecture §5, §6). */
export const FilingStep = z.enum(['entity', 'leaders', 'services', 'access', 'documents']);
export type FilingStep = z.infer<typeof FilingStep>;

/**
 * The data of each step while the filing is prepared: every step optional and lenient, so Back can
 * save anything. Leaders are listed once and referenced by id from the entity and each service, so
 * "the same person" is explicit (§4.1: phones and emails must differ only between different people).
 */
export const FilingData = z.object({
  entity: EntityDraft.optional(),
  leaders: z.array(PersonDraft).optional(),
  services: z.array(ServiceDraft).optional(),
  access: z.array(AccessDraft).optional(),
  documents: z.array(DocumentItem).optional(),
});
export type FilingData = z.infer<typeof FilingData>;

/**
 * Steps a submission of each operation must fill (§2). Leaders may be stored persons referenced by
 * id, and documents are checked item by item (rules/required-documents), so neither is listed.
 * Cancellations and remove-access act on stored records named by entityId / targetServiceIds;
 * modify fills whatever changed.
 */
export const REQUIRED_STEPS: Readonly<Record<OperationId, readonly FilingStep[]>> = {
  initial: ['entity', 'services', 'access'],
  access: ['entity', 'services', 'access'],
  'add-service-new-entity-here': ['entity', 'services', 'access'],
  'add-service-existing-entity': ['services', 'access'],
  modify: [],
  claim: ['entity', 'services'],
  'remove-access': [],
  'cancel-entity': [],
  'cancel-service': [],
};

const completeSteps = {
  entity: EntityData,
  leaders: z.array(PersonData),
  services: z.array(ServiceData).min(1),
  access: z.array(AccessData).min(1),
  documents: z.array(DocumentItem),
} as const;

function buildFilingDataSchema(operation: OperationId) {
  const required = new Set(REQUIRED_STEPS[operation]);
  return z.object({
    entity: required.has('entity') ? completeSteps.entity : completeSteps.entity.optional(),
    leaders: required.has('leaders') ? completeSteps.leaders : completeSteps.leaders.optional(),
    services: required.has('services') ? completeSteps.services : completeSteps.services.optional(),
    access: required.has('access') ? completeSteps.access : completeSteps.access.optional(),
    documents: required.has('documents') ? completeSteps.documents : completeSteps.documents.optional(),
  });
}

const schemaCache = new Map<OperationId, ReturnType<typeof buildFilingDataSchema>>();

/** The strict schema of a submission: required steps present, every present step complete. */
export function filingDataSchemaFor(operation: OperationId): ReturnType<typeof buildFilingDataSchema> {
  let schema = schemaCache.get(operation);
  if (!schema) {
    schema = buildFilingDataSchema(operation);
    schemaCache.set(operation, schema);
  }
  return schema;
}

/** A rejection reason as the provider or 管局 gives it: (field, error, suggestion) triples (W4). */
export const RejectionFinding = z.object({
  fieldPath: z.string(),
  reason: NonEmpty,
  suggestion: z.string(),
  at: IsoDateTime.optional(),
});
export type RejectionFinding = z.infer<typeof RejectionFinding>;

export const FilingHistoryItem = FilingHistoryEntry.extend({ note: z.string().optional() });
export type FilingHistoryItem = z.infer<typeof FilingHistoryItem>;

/**
 * One filing order: what it does (operation, entity, targets), the data of each step, the provider
 * order, and its §9.1 lifecycle (state, SMS sub-status, resubmissions, history) — a Filing is a
 * FilingLifecycle, so the state machine applies to it directly.
 */
export const Filing = RecordMeta.extend(FilingLifecycle.shape).extend({
  history: z.array(FilingHistoryItem),
  entityId: Id.optional(),
  /** Stored services this order changes, cancels or removes access from. */
  targetServiceIds: z.array(Id).default([]),
  data: FilingData,
  providerId: ProviderId.optional(),
  providerOrderNumber: z.string().optional(),
  rejectionFindings: z.array(RejectionFinding).default([]),
  /** Warnings the user has read and accepted; they stay listed, ticked (rules/engine). */
  acknowledgedWarnings: z.array(Decision).default([]),
  /** The check and the changes frozen when the order closed; absent while open and on older records. */
  closingCheck: ClosingCheck.optional(),
});
export type Filing = z.infer<typeof Filing>;
