import { z } from 'zod';
import type { LocalizedText } from './finding';
import {
  addCalendarMonths,
  beijingStartOfDay,
  toBeijingDate,
  toEpochMs,
  type DateInput,
} from './calendar/beijing-time';

/**
 * Deadlines are computed from recorded timestamps whenever they are needed, never stored: a
 * corrected timestamp or a new holiday table then moves every deadline that depends on it.
 * This file holds the shape and the status; deadlines-filing.ts and deadlines-service.ts derive them.
 */

export const DeadlineKind = z.enum([
  'sms-verification',
  'order-expiry',
  'admin-review',
  'public-security-filing',
  'domain-expiry',
  'document-expiry',
]);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

export interface Deadline {
  kind: DeadlineKind;
  /** ISO instant (UTC) after which the deadline is missed. Day-based deadlines end at 24:00 Beijing. */
  dueAt: string;
  /**
   * ISO instant the clock started from (SMS sent, last update, submission, go-live). For expiry
   * kinds, which have no clock, it is the start of the warning period.
   */
  startsAt: string;
  /** What the deadline is and what to do about it. */
  label: LocalizedText;
  /** Source keys of domain-reference.md. */
  source: string[];
  /** Set when the date rests on an incomplete holiday table or a missing timestamp. */
  approximate?: boolean;
}

export type DeadlineStatus = 'ok' | 'due-soon' | 'overdue';

export type TrackedDeadline = Deadline & { status: DeadlineStatus };

export type DueSoonWindow = { hours: number } | { days: number } | { months: number };

/** How long before dueAt a deadline turns 'due-soon', per kind, and why. */
export const DUE_SOON_WINDOW: Readonly<Record<DeadlineKind, DueSoonWindow>> = {
  // A quarter of the 24 h window (§3): enough to reach a leader who has not verified yet.
  'sms-verification': { hours: 6 },
  // Alibaba's first reminder comes at day 30 of 45 (A5).
  'order-expiry': { days: 15 },
  // Time to ask the provider about a review running to its ceiling (§2.2 stage 7).
  'admin-review': { days: 3 },
  // The last week of the 30 days to the 公安 filing (§8, T6).
  'public-security-filing': { days: 7 },
  // Many provinces require more than 3 months of remaining validity (§6.5; T4, H10, A25, H7).
  'domain-expiry': { months: 3 },
  // ID documents must stay valid for more than 3 months (§6.6; T8, A25-Hubei).
  'document-expiry': { months: 3 },
};

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** The instant a deadline of this kind turns 'due-soon'. */
export function dueSoonFrom(kind: DeadlineKind, dueAt: string): string {
  const w = DUE_SOON_WINDOW[kind];
  const due = toEpochMs(dueAt);
  if ('hours' in w) return new Date(due - w.hours * HOUR_MS).toISOString();
  if ('days' in w) return new Date(due - w.days * DAY_MS).toISOString();
  return beijingStartOfDay(addCalendarMonths(toBeijingDate(dueAt), -w.months));
}

export function deadlineStatus(deadline: Pick<Deadline, 'kind' | 'dueAt'>, now: DateInput): DeadlineStatus {
  const t = toEpochMs(now);
  if (t > toEpochMs(deadline.dueAt)) return 'overdue';
  if (t >= toEpochMs(dueSoonFrom(deadline.kind, deadline.dueAt))) return 'due-soon';
  return 'ok';
}

/** Attaches the status at `now` and sorts by due date, soonest first. */
export const trackDeadlines = (deadlines: readonly Deadline[], now: DateInput): TrackedDeadline[] =>
  deadlines
    .map((d) => ({ ...d, status: deadlineStatus(d, now) }))
    .sort((a, b) => toEpochMs(a.dueAt) - toEpochMs(b.dueAt));
