import { PortfolioGenerator } from './generator';
import { MINUTE } from './time';

/** One filing event the agent records in the final hours: which entity, which of its orders, when. */
export interface RecordedEvent {
  unit: number;
  filing: number;
  atMs: number;
}

/** What the journal holds once seeding ends: newest clients entered, and order events recorded. */
export interface JournalPlan {
  /** The last `newEntities` entities are written one transaction each. */
  newEntities: number;
  /** Sorted by time. Their orders are written one event earlier in the bulk (rewindFiling). */
  events: RecordedEvent[];
  /** When each new entity was entered, in index order. */
  newEntityTimes: number[];
}

/** About one transaction in twenty enters a new client; the rest record events on orders. */
const NEW_ENTITY_SHARE = 0.05;

/**
 * Picks the journal's transactions: a first, throw-away pass over the portfolio finds the orders
 * whose last event is the most recent (approvals excluded: they also change the entity and its
 * services, which a single-record transaction would not). Generation is cheap and deterministic,
 * so building the portfolio twice costs seconds and saves holding it all in memory.
 */
export function planJournal(seed: string, baseMs: number, total: number, journalCount: number): JournalPlan {
  if (journalCount === 0) return { newEntities: 0, events: [], newEntityTimes: [] };
  const minNew = Math.max(1, Math.round(journalCount * NEW_ENTITY_SHARE));
  const generator = new PortfolioGenerator(seed, baseMs);
  const candidates: RecordedEvent[] = [];
  // Entities that may become new ones are never candidates, whatever the final split.
  for (let i = 0; i < total - journalCount; i++) {
    generator.unit(i).filings.forEach((f, k) => {
      const last = f.history.at(-1);
      if (last && last.event !== 'admin-approve') candidates.push({ unit: i, filing: k, atMs: Date.parse(last.at) });
    });
  }
  candidates.sort((a, b) => b.atMs - a.atMs || a.unit - b.unit || a.filing - b.filing);
  const events = candidates.slice(0, Math.min(journalCount - minNew, candidates.length));
  events.sort((a, b) => a.atMs - b.atMs || a.unit - b.unit || a.filing - b.filing);
  const newEntities = journalCount - events.length;
  // New clients are entered over the same hours as the events (or the last day when there are none).
  const from = events[0]?.atMs ?? baseMs - 24 * 60 * MINUTE;
  const step = Math.max(MINUTE, Math.floor((baseMs - MINUTE - from) / newEntities));
  const newEntityTimes = Array.from({ length: newEntities }, (_, j) => from + (j + 1) * step - MINUTE);
  return { newEntities, events, newEntityTimes };
}
