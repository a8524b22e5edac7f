import { FILING_TERMINAL_STATES } from '../../../shared/domain/lifecycle-filing';
import { FilingState } from '../../../shared/domain/lifecycle-filing-types';
import type { Access } from '../../../shared/domain/model/access';
import type { Filing } from '../../../shared/domain/model/filing';
import type { Person } from '../../../shared/domain/model/person';
import type { DashboardData, DeadlineItem, LinkTarget, RecentChange } from '../../../shared/ipc/portfolio-schemas';
import type { HistoryEvent, Store } from '../../store';
import { refStatus, type DeadlineRef } from './entries';
import { zeroByState } from './entity-list';
import { TopK } from './top-k';
import { eventDay, IDX } from './indexes';
import type { PortfolioContext } from './portfolio-context';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The dashboard looks a month ahead (§8's 30-day 公安 window is the longest clock that matters day to day). */
export const UPCOMING_DAYS = 30;
const LIST_LIMIT = 100;
const RECENT_LIMIT = 20;

const toItem = (d: DeadlineRef, nowMs: number): DeadlineItem => ({ kind: d.kind, label: d.label(), dueAt: d.dueAt, status: refStatus(d, nowMs), target: d.target });

/** How far back the latest changes are looked for, day by day (an idle portfolio may have none for long). */
const RECENT_LOOKBACK_DAYS = 3 * 366;

/**
 * The last `limit` events, newest first, through the by-day index: today's, then the day before,
 * until enough are found. An index lists a day's events in the order they were committed, so the
 * newest are its tail: an import day of 10,000 events costs no more than a quiet one.
 */
function latestEvents(store: Store, limit: number, now: Date): HistoryEvent[] {
  const found: HistoryEvent[] = [];
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  // Start a day ahead: events stamped by a clock that has since been set back still count.
  for (let d = -1; d < RECENT_LOOKBACK_DAYS && found.length < limit; d++) {
    const ids = [...store.lookup(IDX.eventByDay, eventDay(new Date(today - d * DAY_MS).toISOString()))];
    for (let i = ids.length - 1; i >= 0 && found.length < limit; i--) {
      const event = store.get<HistoryEvent>('events', ids[i] as string);
      if (event) found.push(event);
    }
  }
  return found;
}

/** Where a history event links to; nothing when its record is gone or is not part of the portfolio. */
function linkOf(store: Store, event: HistoryEvent): LinkTarget | undefined {
  const target = event.target;
  if (!target) return undefined;
  const named = (collection: string, id: string): { name: string } | undefined => store.get<{ id: string; name: string }>(collection, id);
  switch (target.collection) {
    case 'entities': {
      const e = named('entities', target.id);
      return e ? { kind: 'entity', id: target.id, name: e.name } : undefined;
    }
    case 'services': {
      const s = named('services', target.id);
      return s ? { kind: 'service', id: target.id, name: s.name } : undefined;
    }
    case 'people': {
      const p = store.get<Person>('people', target.id);
      return p ? { kind: 'person', id: target.id, name: p.name } : undefined;
    }
    case 'accesses': {
      const a = store.get<Access>('accesses', target.id);
      const s = a ? named('services', a.serviceId) : undefined;
      return a && s ? { kind: 'service', id: a.serviceId, name: s.name } : undefined;
    }
    case 'filings': {
      const f = store.get<Filing>('filings', target.id);
      const owner = f?.entityId ? named('entities', f.entityId) : undefined;
      return f ? { kind: 'filing', id: target.id, name: owner?.name ?? '' } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * dashboard:get — counts, what falls due in the next 30 days, what is overdue, and the latest
 * changes, each with a link target. Deadlines come from the search index (kept per entity with
 * their instants), so this is one pass over the entries, not a computation per service.
 */
export class DashboardService {
  constructor(private readonly ctx: PortfolioContext) {}

  get(): DashboardData {
    const index = this.ctx.index.current();
    const store = this.ctx.store;
    const nowMs = this.ctx.now().getTime();
    const horizon = nowMs + UPCOMING_DAYS * DAY_MS;
    const byEntityStatus = zeroByState();
    let entities = 0;
    const byDue = (a: DeadlineRef, b: DeadlineRef): number => a.dueMs - b.dueMs;
    const upcoming = new TopK<DeadlineRef>(LIST_LIMIT, byDue);
    const overdue = new TopK<DeadlineRef>(LIST_LIMIT, byDue);
    for (const e of index.entities.values()) {
      if (e.archived) continue;
      entities++;
      byEntityStatus[e.status]++;
      for (const d of e.deadlines) {
        if (nowMs > d.dueMs) overdue.add(d);
        else if (d.dueMs <= horizon) upcoming.add(d);
        else break; // sorted by due date: the rest are further out
      }
    }
    let services = 0;
    for (const s of index.services.values()) if (!s.archived) services++;
    let people = 0;
    for (const p of index.people.values()) if (!p.person.archivedAt) people++;
    const byFilingState = Object.fromEntries(FilingState.options.map((s) => [s, 0])) as Record<FilingState, number>;
    let openFilings = 0;
    for (const f of store.list<Filing>('filings')) {
      if (f.archivedAt) continue;
      byFilingState[f.state]++;
      if (!FILING_TERMINAL_STATES.includes(f.state)) openFilings++;
    }
    const recent: RecentChange[] = latestEvents(store, RECENT_LIMIT, this.ctx.now()).map((event) => ({
      id: event.id,
      at: event.at,
      actor: event.actor,
      action: event.action,
      summary: event.summary,
      target: linkOf(store, event),
    }));
    return {
      counts: { entities, services, people, openFilings, byEntityStatus, byFilingState, upcoming: upcoming.count, overdue: overdue.count },
      upcoming: upcoming.sorted().map((d) => toItem(d, nowMs)),
      overdue: overdue.sorted().map((d) => toItem(d, nowMs)),
      recent,
    };
  }
}
