import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPERATION_IDS, requiresSmsCheck, type OperationId } from '../../../../src/shared/domain/operations';
import {
  FILING_TRANSITIONS,
  allowedFilingEvents,
  applyFilingEvent,
  filingNode,
  newFilingLifecycle,
} from '../../../../src/shared/domain/lifecycle-filing';
import {
  FilingEvent,
  FilingLifecycle,
  FilingNode,
  type FilingState,
  type SmsStatus,
} from '../../../../src/shared/domain/lifecycle-filing-types';
import { FILING_NEXT_STEP } from '../../../../src/shared/domain/lifecycle-filing-text';

const T0 = '2026-03-02T09:00:00+08:00';
const LATER = '2026-03-02T10:00:00+08:00';

/** A lifecycle sitting at a machine position, for an operation of the given kind. */
function at(node: FilingNode, operation: OperationId): FilingLifecycle {
  const [state, sms] = node.split(':') as [FilingState, SmsStatus | undefined];
  return { ...newFilingLifecycle(operation, T0), state, ...(sms ? { sms } : {}) };
}

const SMS_OP: OperationId = 'initial';
const NO_SMS_OP: OperationId = 'remove-access';
const opFor = (only: 'sms-check' | 'no-sms-check' | undefined) => (only === 'no-sms-check' ? NO_SMS_OP : SMS_OP);

describe('filing lifecycle', () => {
  describe('allows every transition of the table', () => {
    for (const row of FILING_TRANSITIONS) {
      it(`${row.from} --${row.event}--> ${row.to}${row.only ? ` (${row.only})` : ''}`, () => {
        const before = at(row.from, opFor(row.only));
        const r = applyFilingEvent(before, row.event, LATER);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(filingNode(r.state.state, r.state.sms)).toBe(row.to);
        expect(r.state.history.at(-1)).toMatchObject({ event: row.event, at: LATER, from: before.state, to: r.state.state });
        expect(r.state.resubmissions).toBe(row.resubmission ? 1 : 0);
        expect(FilingLifecycle.safeParse(r.state).success).toBe(true);
        expect(row.source.length).toBeGreaterThan(0);
      });
    }
  });

  describe('refuses every (position, event) pair the table does not allow', () => {
    for (const operation of [SMS_OP, NO_SMS_OP]) {
      const guard = requiresSmsCheck(operation) ? 'sms-check' : 'no-sms-check';
      const pairs = FilingNode.options.flatMap((node) =>
        FilingEvent.options
          .filter((event) => !FILING_TRANSITIONS.some((t) => t.from === node && t.event === event && (t.only ?? guard) === guard))
          .map((event) => [node, event] as const),
      );
      it(`${operation}: ${pairs.length} disallowed pairs, each refused with a bilingual next step`, () => {
        expect(pairs.length).toBeGreaterThan(100);
        for (const [node, event] of pairs) {
          const before = at(node, operation);
          const r = applyFilingEvent(before, event, LATER);
          expect({ node, event, ok: r.ok }).toEqual({ node, event, ok: false });
          if (r.ok) continue;
          expect(r.finding.code).toBe('filing.transition.refused');
          expect(r.finding.severity).toBe('error');
          expect(r.finding.message['zh-CN']).toContain(FILING_NEXT_STEP[node]['zh-CN']);
          expect(r.finding.message.en).toContain(FILING_NEXT_STEP[node].en);
        }
      });
    }
  });

  it('runs an initial filing from draft to approval through the SMS check', () => {
    let s = newFilingLifecycle('initial', T0);
    const steps: [FilingEvent, string][] = [
      ['submit', '2026-03-02T10:00:00+08:00'],
      ['provider-approve', '2026-03-03T10:00:00+08:00'],
      ['submit-to-admin', '2026-03-04T10:00:00+08:00'],
      ['sms-sent', '2026-03-04T10:05:00+08:00'],
      ['sms-verified', '2026-03-04T12:00:00+08:00'],
      ['admin-approve', '2026-03-20T10:00:00+08:00'],
    ];
    for (const [event, when] of steps) {
      const r = applyFilingEvent(s, event, when);
      if (!r.ok) throw new Error(r.finding.message.en);
      s = r.state;
    }
    expect(s.state).toBe('APPROVED');
    expect(s.sms).toBe('verified');
    expect(s.history.map((h) => h.to)).toEqual([
      'PROVIDER_REVIEW',
      'PENDING_SUBMISSION_TO_ADMIN',
      'SMS_VERIFICATION',
      'SMS_VERIFICATION',
      'ADMIN_REVIEW',
      'APPROVED',
    ]);
  });

  it('sends a remove-access order straight to the 管局 without an SMS step (§3)', () => {
    const r = applyFilingEvent(at('PENDING_SUBMISSION_TO_ADMIN', 'remove-access'), 'submit-to-admin', LATER);
    expect(r.ok && r.state.state).toBe('ADMIN_REVIEW');
    expect(r.ok && r.state.sms).toBeUndefined();
  });

  it('returns the order after an SMS timeout or 5 failures and counts resubmissions', () => {
    const timedOut = applyFilingEvent(at('SMS_VERIFICATION:waiting', 'modify'), 'sms-failed-5', LATER);
    expect(timedOut.ok && timedOut.state.sms).toBe('timed-out');
    if (!timedOut.ok) return;
    const back = applyFilingEvent(timedOut.state, 'resubmit', '2026-03-03T09:00:00+08:00');
    expect(back.ok && back.state).toMatchObject({ state: 'PROVIDER_REVIEW', resubmissions: 1 });
    expect(back.ok && back.state.sms).toBeUndefined();
  });

  it('refuses abandoning an order that is with the 管局, saying why (T2)', () => {
    const r = applyFilingEvent(at('ADMIN_REVIEW', 'initial'), 'abandon', LATER);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.finding.message['zh-CN']).toContain('到达管局前');
    expect(r.finding.message.en).toContain('before it reaches the 管局');
  });

  it('refuses SMS events on a remove-access order, saying it has no SMS check', () => {
    const r = applyFilingEvent(at('ADMIN_REVIEW', 'remove-access'), 'sms-sent', LATER);
    expect(!r.ok && r.finding.message.en).toContain('no MIIT SMS check');
  });

  it('refuses a time without an offset and a time before the previous record', () => {
    const s = at('DRAFT', 'initial');
    const bad = applyFilingEvent(s, 'submit', '2026-03-02T10:00:00');
    expect(!bad.ok && bad.finding.code).toBe('filing.event.bad-time');
    const submitted = applyFilingEvent(s, 'submit', LATER);
    if (!submitted.ok) throw new Error('submit refused');
    const early = applyFilingEvent(submitted.state, 'provider-reject', '2026-03-01T10:00:00+08:00');
    expect(!early.ok && early.finding.code).toBe('filing.event.out-of-order');
    const unknown = applyFilingEvent(s, 'teleport' as FilingEvent, LATER);
    expect(!unknown.ok && unknown.finding.code).toBe('filing.event.unknown');
  });

  it('orders events to the second: a time typed to the second is not before a button press in that second', () => {
    const submitted = applyFilingEvent(at('DRAFT', 'initial'), 'submit', '2026-03-02T10:00:00.302+08:00');
    if (!submitted.ok) throw new Error('submit refused');
    expect(applyFilingEvent(submitted.state, 'provider-reject', '2026-03-02T10:00:00+08:00').ok).toBe(true);
    const early = applyFilingEvent(submitted.state, 'provider-reject', '2026-03-02T09:59:59+08:00');
    expect(!early.ok && early.finding.code).toBe('filing.event.out-of-order');
  });

  it('accepts a first event dated before the order was recorded here (recorded after the fact)', () => {
    const s = at('DRAFT', 'initial');
    const before = new Date(Date.parse(s.createdAt) - 86_400_000).toISOString();
    expect(applyFilingEvent(s, 'submit', before).ok).toBe(true);
  });

  it('never changes the lifecycle it is given', () => {
    const s = at('DRAFT', 'initial');
    const copy = structuredClone(s);
    applyFilingEvent(s, 'submit', LATER);
    expect(s).toEqual(copy);
  });

  it('lists what the order accepts next', () => {
    expect(allowedFilingEvents(at('ADMIN_REVIEW', 'initial'))).toEqual(['admin-approve', 'admin-reject']);
    expect(allowedFilingEvents(at('APPROVED', 'initial'))).toEqual([]);
  });

  it('keeps any sequence of events consistent with the table (property)', () => {
    const ops = fc.constantFrom(...OPERATION_IDS);
    const events = fc.array(fc.constantFrom(...FilingEvent.options), { maxLength: 40 });
    fc.assert(
      fc.property(ops, events, (operation, seq) => {
        let s = newFilingLifecycle(operation, T0);
        let t = Date.parse(T0);
        for (const e of seq) {
          t += 3_600_000;
          const r = applyFilingEvent(s, e, new Date(t).toISOString());
          if (r.ok) s = r.state;
        }
        expect(s.resubmissions).toBe(s.history.filter((h) => h.event === 'resubmit').length);
        if (!requiresSmsCheck(operation)) expect(s.history.some((h) => h.to === 'SMS_VERIFICATION')).toBe(false);
        expect(FilingLifecycle.safeParse(s).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
