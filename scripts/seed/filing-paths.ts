import { applyFilingEvent, newFilingLifecycle } from '../../src/shared/domain/lifecycle-filing';
import type { FilingEvent, FilingLifecycle, FilingState } from '../../src/shared/domain/lifecycle-filing-types';
import { requiresSmsCheck, type OperationId } from '../../src/shared/domain/operations';
import type { Rng } from './prng';
import { DAY, HOUR, MINUTE, beijingInstant } from './time';

/**
 * Orders are not written as a state: they are walked there, event by event, through the real state
 * machine (applyFilingEvent), so every stored history is one the app itself could have recorded.
 */

export type FilingTarget = FilingState | 'SMS_TIMED_OUT';

/** How long after the previous event each event typically happens (min, max). */
const GAP: Readonly<Record<FilingEvent, readonly [number, number]>> = {
  submit: [30 * MINUTE, 2 * DAY],
  'provider-reject': [4 * HOUR, 2 * DAY],
  resubmit: [2 * HOUR, 3 * DAY],
  'provider-approve': [4 * HOUR, 3 * DAY],
  'submit-to-admin': [1 * HOUR, 1 * DAY],
  'sms-sent': [10 * MINUTE, 2 * HOUR],
  'sms-verified': [20 * MINUTE, 20 * HOUR],
  'sms-timeout': [24 * HOUR, 24 * HOUR],
  'sms-failed-5': [1 * HOUR, 10 * HOUR],
  'admin-approve': [3 * DAY, 20 * DAY],
  'admin-reject': [3 * DAY, 15 * DAY],
  abandon: [1 * DAY, 30 * DAY],
  // Alibaba clears orders 45 days after their last update (A5).
  expire: [45 * DAY, 46 * DAY],
};

/** Events up to the provider's approval, with the occasional rejection and resubmission. */
function providerPart(rng: Rng): FilingEvent[] {
  const events: FilingEvent[] = ['submit'];
  if (rng.chance(0.22)) events.push('provider-reject', 'resubmit');
  if (rng.chance(0.05)) events.push('provider-reject', 'resubmit');
  events.push('provider-approve');
  return events;
}

/** From pending submission into 管局 review: the SMS round when the operation has one (§3). */
function adminEntry(rng: Rng, sms: boolean): FilingEvent[] {
  if (!sms) return ['submit-to-admin'];
  const events: FilingEvent[] = ['submit-to-admin'];
  if (rng.chance(0.1)) events.push('sms-sent');
  // A missed SMS round sends the order back through provider review (§3, A3).
  if (rng.chance(0.06)) events.push('sms-timeout', 'resubmit', 'provider-approve', 'submit-to-admin');
  events.push('sms-verified');
  return events;
}

function toAdminReview(rng: Rng, sms: boolean): FilingEvent[] {
  const events = [...providerPart(rng), ...adminEntry(rng, sms)];
  // A 管局 rejection goes back through provider review (H1, H8), then the whole way again.
  if (rng.chance(0.08)) events.push('admin-reject', 'resubmit', 'provider-approve', ...adminEntry(rng, sms));
  return events;
}

/** The events that take a new order of `operation` to `target`. */
export function eventsTo(target: FilingTarget, operation: OperationId, rng: Rng): FilingEvent[] {
  const sms = requiresSmsCheck(operation);
  switch (target) {
    case 'DRAFT':
      return [];
    case 'PROVIDER_REVIEW':
      return rng.chance(0.2) ? ['submit', 'provider-reject', 'resubmit'] : ['submit'];
    case 'PROVIDER_REJECTED':
      return rng.chance(0.2) ? ['submit', 'provider-reject', 'resubmit', 'provider-reject'] : ['submit', 'provider-reject'];
    case 'PENDING_SUBMISSION_TO_ADMIN':
      return providerPart(rng);
    case 'SMS_VERIFICATION':
      // For a remove-access order (no SMS check) this ends in 管局 review: callers pick states per operation.
      return [...providerPart(rng), 'submit-to-admin'];
    case 'SMS_TIMED_OUT':
      return [...providerPart(rng), 'submit-to-admin', rng.chance(0.7) ? 'sms-timeout' : 'sms-failed-5'];
    case 'ADMIN_REVIEW':
      return toAdminReview(rng, sms);
    case 'ADMIN_REJECTED':
      return [...toAdminReview(rng, sms), 'admin-reject'];
    case 'APPROVED':
      return [...toAdminReview(rng, sms), 'admin-approve'];
    case 'ABANDONED':
      return [...rng.pick<FilingEvent[]>([[], ['submit', 'provider-reject'], [...providerPart(rng)]]), 'abandon'];
    case 'EXPIRED':
      return [...rng.pick<FilingEvent[]>([[], ['submit', 'provider-reject']]), 'expire'];
  }
}

export interface WalkedFiling {
  lifecycle: FilingLifecycle;
  /** Instant of the last event (or the creation): the record's updatedAt. */
  lastMs: number;
  createdMs: number;
}

/**
 * Walks a new order through `events`, ending at `endMs` at the latest: the gaps are drawn first,
 * then the creation time is placed so that the last event lands at or before `endMs`.
 */
export function walkFiling(operation: OperationId, events: readonly FilingEvent[], endMs: number, rng: Rng): WalkedFiling {
  const gaps = events.map((e) => {
    const [min, max] = GAP[e];
    return Math.round((min + rng.next() * (max - min)) / MINUTE) * MINUTE;
  });
  const total = gaps.reduce((a, b) => a + b, 0);
  const createdMs = endMs - total - rng.int(0, 6) * HOUR;
  let lifecycle = newFilingLifecycle(operation, beijingInstant(createdMs));
  let t = createdMs;
  events.forEach((event, i) => {
    t += gaps[i] ?? 0;
    const result = applyFilingEvent(lifecycle, event, beijingInstant(t));
    if (!result.ok) throw new Error(`seed: ${operation} cannot take '${event}' from ${lifecycle.state}: ${result.finding.message.en}`);
    lifecycle = result.state;
  });
  return { lifecycle, lastMs: t, createdMs };
}
