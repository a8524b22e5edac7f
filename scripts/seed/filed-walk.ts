import { applyFiledEvent, newFiledLifecycle, type FiledEvent, type FiledLifecycle, type FiledState } from '../../src/shared/domain/lifecycle-service';
import type { Rng } from './prng';
import { DAY, HOUR, beijingInstant } from './time';

/** When a filed entity or service got its number and, if it has left ACTIVE, when that happened. */
export interface FiledStory {
  state: FiledState;
  /** Approval instant; absent while UNFILED. */
  filedMs?: number;
  /** Instant of the change that left ACTIVE (access removed, cancelled, revoked). */
  changeMs?: number;
  /** Markers to open on a live record, at `changeMs` or later. */
  inspection?: boolean;
  invalidAccess?: boolean;
}

/** Picks the instants of a story: filed years ago (recent years more likely), any change later. */
export function storyFor(state: FiledState, rng: Rng, baseMs: number, earliestMs?: number): FiledStory {
  if (state === 'UNFILED') return { state };
  const floor = earliestMs ?? baseMs - 12 * 365 * DAY;
  const span = baseMs - 60 * DAY - floor;
  // Squaring pulls the draw towards the recent end: portfolios grow.
  const filedMs = baseMs - 60 * DAY - Math.floor(span * rng.next() ** 2);
  const story: FiledStory = { state, filedMs };
  if (state !== 'ACTIVE') story.changeMs = filedMs + Math.floor((baseMs - DAY - filedMs) * (0.3 + 0.7 * rng.next()));
  return story;
}

/**
 * The §9.2 lifecycle of a story, walked through the real transitions (applyFiledEvent), so the
 * history is one the app could have recorded. A SHELL record lost its access first half the time.
 */
export function walkFiled(story: FiledStory, rng: Rng, baseMs: number): FiledLifecycle {
  const steps: [FiledEvent, number][] = [];
  const { filedMs, changeMs } = story;
  if (filedMs === undefined) return newFiledLifecycle();
  steps.push(['filed', filedMs]);
  const change = changeMs ?? filedMs;
  switch (story.state) {
    case 'ACCESS_REMOVED':
      steps.push(['access-removed', change]);
      break;
    case 'SHELL':
      if (rng.chance(0.5)) steps.push(['access-removed', change - 30 * DAY > filedMs ? change - 30 * DAY : change]);
      steps.push(['shell-confirmed', change]);
      break;
    case 'CANCELLED':
      steps.push(['cancelled', change]);
      break;
    case 'REVOKED':
      steps.push(['revoked', change]);
      break;
    default:
      break;
  }
  if (story.state === 'ACTIVE' || story.state === 'ACCESS_REMOVED' || story.state === 'SHELL') {
    const last = steps.at(-1)?.[1] ?? filedMs;
    // Markers are recent news: after the last change, before the base instant.
    const at = (days: number) => Math.min(Math.max(last, baseMs - days * DAY), baseMs - HOUR);
    if (story.inspection) steps.push(['inspection-opened', at(20)]);
    if (story.invalidAccess) steps.push(['invalid-access-found', at(10)]);
  }
  let lifecycle = newFiledLifecycle();
  for (const [event, ms] of steps) {
    const result = applyFiledEvent(lifecycle, event, beijingInstant(ms));
    if (!result.ok) throw new Error(`seed: cannot record '${event}' from ${lifecycle.state}: ${result.finding.message.en}`);
    lifecycle = result.state;
  }
  return lifecycle;
}
