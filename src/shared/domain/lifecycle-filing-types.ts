import { z } from 'zod';
import { OperationId } from './operations';
import { isInstant } from './calendar/beijing-time';

/** States of one filing order (domain-reference §9.1; H1 and W4 vocabularies). */
export const FilingState = z.enum([
  'DRAFT',
  'PROVIDER_REVIEW',
  'PROVIDER_REJECTED',
  'PENDING_SUBMISSION_TO_ADMIN',
  'SMS_VERIFICATION',
  'ADMIN_REVIEW',
  'ADMIN_REJECTED',
  'APPROVED',
  'ABANDONED',
  'EXPIRED',
]);
export type FilingState = z.infer<typeof FilingState>;

/**
 * Outcome of the current MIIT SMS round (W4 sms_verify_status 1/2/3). 'timed-out' covers both the
 * 24 h timeout and 5 failed entries: either way the order is returned (§3; A3, O3); the history
 * tells which.
 */
export const SmsStatus = z.enum(['waiting', 'verified', 'timed-out']);
export type SmsStatus = z.infer<typeof SmsStatus>;

export const FilingEvent = z.enum([
  'submit',
  'provider-reject',
  'resubmit',
  'provider-approve',
  'submit-to-admin',
  'sms-sent',
  'sms-verified',
  'sms-timeout',
  'sms-failed-5',
  'admin-approve',
  'admin-reject',
  'abandon',
  'expire',
]);
export type FilingEvent = z.infer<typeof FilingEvent>;

/**
 * A position of the machine: the state, with the SMS sub-status spelled out where it changes what
 * may happen next. 'verified' is not a position: a completed check moves the order on to 管局 review.
 */
export const FilingNode = z.enum([
  'DRAFT',
  'PROVIDER_REVIEW',
  'PROVIDER_REJECTED',
  'PENDING_SUBMISSION_TO_ADMIN',
  'SMS_VERIFICATION:waiting',
  'SMS_VERIFICATION:timed-out',
  'ADMIN_REVIEW',
  'ADMIN_REJECTED',
  'APPROVED',
  'ABANDONED',
  'EXPIRED',
]);
export type FilingNode = z.infer<typeof FilingNode>;

/** An ISO instant with an explicit offset (a bare local time would depend on the machine's zone). */
export const Instant = z.string().refine(isInstant, 'ISO date-time with an offset, e.g. 2026-02-13T10:00:00+08:00');

export const FilingHistoryEntry = z.object({
  event: FilingEvent,
  at: Instant,
  from: FilingState,
  to: FilingState,
  /** SMS sub-status after the event, when the order is in or past an SMS round. */
  sms: SmsStatus.optional(),
});
export type FilingHistoryEntry = z.infer<typeof FilingHistoryEntry>;

export const FilingLifecycle = z.object({
  operation: OperationId,
  state: FilingState,
  sms: SmsStatus.optional(),
  /** Times the order went back to provider review after a rejection or a returned SMS check. */
  resubmissions: z.number().int().nonnegative(),
  createdAt: Instant,
  history: z.array(FilingHistoryEntry),
});
export type FilingLifecycle = z.infer<typeof FilingLifecycle>;
