import { describe, expect, it } from 'vitest';
import {
  FILED_NEXT_STEP,
  FILED_TRANSITIONS,
  FiledEvent,
  FiledLifecycle,
  FiledMarker,
  FiledState,
  allowedFiledEvents,
  applyFiledEvent,
  newFiledLifecycle,
} from '../../../../src/shared/domain/lifecycle-service';

const AT = '2026-06-01T09:00:00+08:00';
const MARKER_SETS: FiledMarker[][] = [[], [...FiledMarker.options]];

describe('filed entity/service lifecycle', () => {
  describe('allows every transition of the table', () => {
    for (const row of FILED_TRANSITIONS) {
      it(`${row.from} --${row.event}--> ${row.to}`, () => {
        const before: FiledLifecycle = { ...newFiledLifecycle(row.from), markers: row.requires ? [row.requires] : [] };
        const r = applyFiledEvent(before, row.event, AT);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.state.state).toBe(row.to);
        if (row.sets) expect(r.state.markers).toContain(row.sets);
        if (row.clears) expect(r.state.markers).not.toContain(row.clears);
        expect(FiledLifecycle.safeParse(r.state).success).toBe(true);
        expect(row.source.length).toBeGreaterThan(0);
      });
    }
  });

  it('refuses every (state, markers, event) combination the table does not allow', () => {
    let refused = 0;
    for (const state of FiledState.options) {
      for (const markers of MARKER_SETS) {
        for (const event of FiledEvent.options) {
          const allowed = FILED_TRANSITIONS.some(
            (t) => t.from === state && t.event === event && (t.requires === undefined || markers.includes(t.requires)),
          );
          if (allowed) continue;
          const r = applyFiledEvent({ state, markers, history: [] }, event, AT);
          expect({ state, markers, event, ok: r.ok }).toEqual({ state, markers, event, ok: false });
          if (r.ok) continue;
          refused++;
          expect(r.finding.code).toBe('filed.transition.refused');
          expect(r.finding.message['zh-CN']).toContain(FILED_NEXT_STEP[state]['zh-CN']);
          expect(r.finding.message.en).toContain(FILED_NEXT_STEP[state].en);
        }
      }
    }
    expect(refused).toBeGreaterThan(50);
  });

  it('walks ACTIVE → ACCESS_REMOVED → SHELL → REVOKED and clears the markers of a gone number', () => {
    let s = newFiledLifecycle('ACTIVE');
    const steps: [FiledEvent, string][] = [
      ['inspection-opened', '2026-06-01T09:00:00+08:00'],
      ['access-removed', '2026-06-10T09:00:00+08:00'],
      ['shell-confirmed', '2026-07-01T09:00:00+08:00'],
      ['revoked', '2026-08-01T09:00:00+08:00'],
    ];
    for (const [event, when] of steps) {
      const r = applyFiledEvent(s, event, when);
      if (!r.ok) throw new Error(r.finding.message.en);
      s = r.state;
    }
    expect(s.state).toBe('REVOKED');
    expect(s.markers).toEqual([]);
    expect(allowedFiledEvents(s)).toEqual([]);
  });

  it('gets a removed or shell number back to ACTIVE through a new access filing', () => {
    for (const state of ['ACCESS_REMOVED', 'SHELL'] as const) {
      const r = applyFiledEvent(newFiledLifecycle(state), 'access-added', AT);
      expect(r.ok && r.state.state).toBe('ACTIVE');
    }
  });

  it('refuses closing an inspection that was never opened, saying so', () => {
    const r = applyFiledEvent(newFiledLifecycle('ACTIVE'), 'inspection-closed', AT);
    expect(!r.ok && r.finding.message.en).toContain('There is no "Inspection: rectification pending" marker');
  });

  it('refuses an out-of-order time', () => {
    const first = applyFiledEvent(newFiledLifecycle('ACTIVE'), 'invalid-access-found', AT);
    if (!first.ok) throw new Error('setup');
    const r = applyFiledEvent(first.state, 'invalid-access-fixed', '2026-05-01T09:00:00+08:00');
    expect(!r.ok && r.finding.code).toBe('filed.event.out-of-order');
  });
});
