import type { FiledState } from '../../src/shared/domain/lifecycle-service';
import type { UnitDraw } from './context';
import { CLOSED_FILING_STATE_WEIGHTS, OPEN_FILING_STATE_WEIGHTS } from './distributions';
import type { FiledStory } from './filed-walk';
import type { FilingTarget } from './filing-paths';
import type { BuiltService } from './generator';
import type { FilingPlan } from './make-filings';
import type { Rng } from './prng';
import { DAY, HOUR } from './time';

/**
 * Entities 0–10 each get one modification order in one of these positions, so that even a small
 * seed has an order in every state of the §9.1 machine (including a timed-out SMS round).
 */
export const COVERAGE_FILING_TARGETS: readonly FilingTarget[] = [
  'DRAFT', 'PROVIDER_REVIEW', 'PROVIDER_REJECTED', 'PENDING_SUBMISSION_TO_ADMIN', 'SMS_VERIFICATION', 'SMS_TIMED_OUT',
  'ADMIN_REVIEW', 'ADMIN_REJECTED', 'APPROVED', 'ABANDONED', 'EXPIRED',
];

const OPEN: ReadonlySet<FilingTarget> = new Set(['DRAFT', 'PROVIDER_REVIEW', 'PROVIDER_REJECTED', 'PENDING_SUBMISSION_TO_ADMIN', 'SMS_VERIFICATION', 'SMS_TIMED_OUT', 'ADMIN_REVIEW', 'ADMIN_REJECTED']);

function openTarget(rng: Rng): FilingTarget {
  const state = rng.weighted(OPEN_FILING_STATE_WEIGHTS);
  return state === 'SMS_VERIFICATION' && rng.chance(0.3) ? 'SMS_TIMED_OUT' : state;
}

/** Orders in progress were last touched recently (drafts within days); closed ones any time before. */
function openEnd(rng: Rng, baseMs: number, target: FilingTarget): number {
  return baseMs - (target === 'DRAFT' ? rng.int(1, 10 * 24) : rng.int(2, 30 * 24)) * HOUR;
}

export interface PlanInput {
  entityState: FiledState;
  story: FiledStory;
  services: readonly BuiltService[];
  /** Entities 0–10: the position their coverage order must reach. */
  coverageIndex: number | undefined;
}

/**
 * The orders an entity's history leaves behind (about 1.5 per entity): how it was filed, services
 * added, providers removed, cancellations, modifications — the closed ones dated at the changes
 * they made, the open ones recent.
 */
export function planFilings(u: UnitDraw, input: PlanInput): FilingPlan[] {
  const { rng, ctx } = u;
  const baseMs = ctx.baseMs;
  const { story, services } = input;
  const all = services.map((s) => s.service);
  const plans: FilingPlan[] = [];

  if (story.filedMs === undefined) {
    // Not filed yet: the first filing is in progress, sometimes after an attempt that lapsed.
    if (rng.chance(0.15)) plans.push({ operation: 'initial', target: rng.pick(['ABANDONED', 'EXPIRED'] as const), endMs: baseMs - rng.int(50, 300) * DAY, services: all });
    const target = openTarget(rng);
    plans.push({ operation: 'initial', target, endMs: openEnd(rng, baseMs, target), services: all });
    return plans;
  }

  // How it was filed, when the agent already handled it (the rest were taken over already filed).
  if (rng.chance(0.6)) {
    plans.push({ operation: 'initial', target: 'APPROVED', endMs: story.filedMs, services: services.filter((s) => s.withEntity).map((s) => s.service) });
  }
  for (const s of services) {
    const st = s.story;
    if (!s.withEntity && st.filedMs !== undefined && rng.chance(0.6)) {
      plans.push({ operation: 'add-service-existing-entity', target: 'APPROVED', endMs: st.filedMs, services: [s.service] });
    }
    if (st.state === 'UNFILED') {
      const target = openTarget(rng);
      plans.push({ operation: 'add-service-existing-entity', target, endMs: openEnd(rng, baseMs, target), services: [s.service] });
    }
    if (input.entityState === 'ACTIVE' && st.changeMs !== undefined && rng.chance(0.7)) {
      if (st.state === 'ACCESS_REMOVED') plans.push({ operation: 'remove-access', target: 'APPROVED', endMs: st.changeMs, services: [s.service] });
      if (st.state === 'CANCELLED') plans.push({ operation: 'cancel-service', target: 'APPROVED', endMs: st.changeMs, services: [s.service] });
    }
  }
  if (story.changeMs !== undefined && rng.chance(0.7)) {
    if (input.entityState === 'ACCESS_REMOVED') plans.push({ operation: 'remove-access', target: 'APPROVED', endMs: story.changeMs, services: all });
    if (input.entityState === 'CANCELLED') plans.push({ operation: 'cancel-entity', target: 'APPROVED', endMs: story.changeMs, services: [] });
  }
  if (input.entityState === 'ACTIVE') {
    const first = all[0];
    const filedMs = story.filedMs;
    const closedEnd = () => filedMs + Math.floor((baseMs - 50 * DAY - filedMs) * rng.next());
    const modify = (target: FilingTarget) => {
      const endMs = OPEN.has(target) ? openEnd(rng, baseMs, target) : closedEnd();
      plans.push({ operation: 'modify', target, endMs, services: first && rng.chance(0.4) ? [first] : [] });
    };
    if (input.coverageIndex !== undefined) modify(COVERAGE_FILING_TARGETS[input.coverageIndex] ?? 'APPROVED');
    else if (rng.chance(0.33)) modify(rng.chance(0.2) ? openTarget(rng) : rng.weighted(CLOSED_FILING_STATE_WEIGHTS));
    // Moving to this agent's provider: an access filing (the numbers stay).
    if (rng.chance(0.12)) {
      const target = rng.chance(0.85) ? 'APPROVED' : openTarget(rng);
      plans.push({ operation: 'access', target, endMs: OPEN.has(target) ? openEnd(rng, baseMs, target) : closedEnd(), services: all.filter((s) => s.lifecycle.state === 'ACTIVE') });
    }
  }
  return plans;
}
