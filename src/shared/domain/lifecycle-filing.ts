import { text, type Finding } from './finding';
import { requiresSmsCheck, type OperationId } from './operations';
import { parseInstant } from './calendar/beijing-time';
import {
  FilingEvent,
  type FilingLifecycle,
  type FilingNode,
  type FilingState,
  type SmsStatus,
} from './lifecycle-filing-types';
import { FILING_EVENT_LABELS, FILING_NEXT_STEP, filingNodeLabel } from './lifecycle-filing-text';

/**
 * The filing (order) state machine of domain-reference §9.1 and §3, as data. Each row says which
 * event moves an order from one position to another, and which sources say so. Anything not in the
 * table is refused with a reason and the next step.
 */

/** Which orders a row applies to: remove-access skips the SMS check (§3, H2). */
export type SmsGuard = 'sms-check' | 'no-sms-check';

export interface FilingTransition {
  readonly from: FilingNode;
  readonly event: FilingEvent;
  readonly to: FilingNode;
  readonly only?: SmsGuard;
  /** Counts towards FilingLifecycle.resubmissions. */
  readonly resubmission?: true;
  readonly source: readonly string[];
}

/**
 * Positions where the order sits with the applicant or the provider, not with the 管局: it can be
 * abandoned there (§9.1 "any pre-admin state", T2: withdrawable only before it reaches the 管局) and
 * Alibaba deletes it after 45 days without an update (A5). A returned SMS check and a 管局 rejection
 * put the order back on the provider's side (§3, H1).
 */
export const PROVIDER_SIDE_NODES: readonly FilingNode[] = [
  'DRAFT',
  'PROVIDER_REVIEW',
  'PROVIDER_REJECTED',
  'PENDING_SUBMISSION_TO_ADMIN',
  'SMS_VERIFICATION:timed-out',
  'ADMIN_REJECTED',
];

export const FILING_TERMINAL_STATES: readonly FilingState[] = ['APPROVED', 'ABANDONED', 'EXPIRED'];

export const FILING_TRANSITIONS: readonly FilingTransition[] = [
  { from: 'DRAFT', event: 'submit', to: 'PROVIDER_REVIEW', source: ['§9.1', '§2.2', 'A4', 'H1'] },
  { from: 'PROVIDER_REVIEW', event: 'provider-reject', to: 'PROVIDER_REJECTED', source: ['§9.1', 'A4', 'T5', 'T9'] },
  { from: 'PROVIDER_REJECTED', event: 'resubmit', to: 'PROVIDER_REVIEW', resubmission: true, source: ['§9.1'] },
  {
    from: 'PROVIDER_REVIEW',
    event: 'provider-approve',
    to: 'PENDING_SUBMISSION_TO_ADMIN',
    source: ['§9.1', '§2.2', 'H1', 'A4', 'T9'],
  },
  // The SMS is sent once the provider has submitted to the 管局 (§3; A3, O1, O2).
  {
    from: 'PENDING_SUBMISSION_TO_ADMIN',
    event: 'submit-to-admin',
    to: 'SMS_VERIFICATION:waiting',
    only: 'sms-check',
    source: ['§9.1', '§2.2', '§3', 'A3', 'H2'],
  },
  // Cancel-access is the one order type without the SMS check (§3, §2.1; H2, T2).
  {
    from: 'PENDING_SUBMISSION_TO_ADMIN',
    event: 'submit-to-admin',
    to: 'ADMIN_REVIEW',
    only: 'no-sms-check',
    source: ['§3', '§2.1', 'H2', 'T2'],
  },
  // A code that never arrived can be re-sent (A3, H2): recorded as another sms-sent in the same round.
  { from: 'SMS_VERIFICATION:waiting', event: 'sms-sent', to: 'SMS_VERIFICATION:waiting', source: ['§3', 'A3', 'H2', 'O1'] },
  // Every listed leader must verify (A3); 'sms-verified' is recorded once all of them have.
  { from: 'SMS_VERIFICATION:waiting', event: 'sms-verified', to: 'ADMIN_REVIEW', source: ['§9.1', '§3', 'A3', 'W4'] },
  { from: 'SMS_VERIFICATION:waiting', event: 'sms-timeout', to: 'SMS_VERIFICATION:timed-out', source: ['§3', 'A3', 'H2', 'O3'] },
  { from: 'SMS_VERIFICATION:waiting', event: 'sms-failed-5', to: 'SMS_VERIFICATION:timed-out', source: ['§3', 'A3', 'O3'] },
  {
    from: 'SMS_VERIFICATION:timed-out',
    event: 'resubmit',
    to: 'PROVIDER_REVIEW',
    resubmission: true,
    source: ['§3', '§9.1', 'A3', 'H2', 'O3'],
  },
  { from: 'ADMIN_REVIEW', event: 'admin-approve', to: 'APPROVED', source: ['§9.1', '§2.2', 'T15', 'H5'] },
  { from: 'ADMIN_REVIEW', event: 'admin-reject', to: 'ADMIN_REJECTED', source: ['§9.1', 'W4', 'H1'] },
  // A 管局 rejection goes back through provider review (Huawei flow: H1, H8).
  { from: 'ADMIN_REJECTED', event: 'resubmit', to: 'PROVIDER_REVIEW', resubmission: true, source: ['§9.1', 'H1', 'H8'] },
  ...PROVIDER_SIDE_NODES.map(
    (from): FilingTransition => ({ from, event: 'abandon', to: 'ABANDONED', source: ['§9.1', 'A5', 'T2'] }),
  ),
  ...PROVIDER_SIDE_NODES.map(
    (from): FilingTransition => ({ from, event: 'expire', to: 'EXPIRED', source: ['§2.2', '§9.1', 'A5'] }),
  ),
];

/** The machine position of an order. An SMS round without a recorded status is still waiting. */
export function filingNode(state: FilingState, sms?: SmsStatus): FilingNode {
  if (state !== 'SMS_VERIFICATION') return state;
  return sms === 'timed-out' ? 'SMS_VERIFICATION:timed-out' : 'SMS_VERIFICATION:waiting';
}

const nodeState = (node: FilingNode): FilingState =>
  node.startsWith('SMS_VERIFICATION') ? 'SMS_VERIFICATION' : (node as FilingState);

const guardOf = (operation: OperationId): SmsGuard => (requiresSmsCheck(operation) ? 'sms-check' : 'no-sms-check');

/** The table row that applies, if any. */
export function findFilingTransition(
  operation: OperationId,
  from: FilingNode,
  event: FilingEvent,
): FilingTransition | undefined {
  const guard = guardOf(operation);
  return FILING_TRANSITIONS.find((t) => t.from === from && t.event === event && (t.only === undefined || t.only === guard));
}

/** Events the order accepts now, in table order (for buttons and for refusal hints). */
export function allowedFilingEvents(lifecycle: Pick<FilingLifecycle, 'operation' | 'state' | 'sms'>): FilingEvent[] {
  const from = filingNode(lifecycle.state, lifecycle.sms);
  return FilingEvent.options.filter((e) => findFilingTransition(lifecycle.operation, from, e) !== undefined);
}

export function newFilingLifecycle(operation: OperationId, createdAt: string): FilingLifecycle {
  return { operation, state: 'DRAFT', resubmissions: 0, createdAt, history: [] };
}

export type FilingEventResult = { ok: true; state: FilingLifecycle } | { ok: false; finding: Finding };

const refuse = (code: string, message: Finding['message']): FilingEventResult => ({
  ok: false,
  finding: { code, severity: 'error', path: 'state', message },
});

/** Why an event is refused, beyond the generic "not from here" — the cases users actually hit. */
function refusalReason(lifecycle: FilingLifecycle, from: FilingNode, event: FilingEvent): Finding['message'] {
  const here = filingNodeLabel(from);
  const what = FILING_EVENT_LABELS[event];
  const next = FILING_NEXT_STEP[from];
  let why = text('', '');
  // Closed orders need no reason beyond their next step, which already says they are finished.
  if (FILING_TERMINAL_STATES.includes(lifecycle.state)) {
    why = text('', '');
  } else if (event.startsWith('sms-') && !requiresSmsCheck(lifecycle.operation)) {
    why = text('取消接入订单无需工信部短信核验（§3）。', 'Cancel-access orders have no MIIT SMS check (§3).');
  } else if (event === 'abandon' && (from === 'ADMIN_REVIEW' || from === 'SMS_VERIFICATION:waiting')) {
    why = text(
      '订单已提交管局，只能在到达管局前撤回（T2）。',
      'The order is already with the 管局; it can be withdrawn only before it reaches the 管局 (T2).',
    );
  } else if (event === 'expire' && (from === 'ADMIN_REVIEW' || from === 'SMS_VERIFICATION:waiting')) {
    why = text(
      '订单正在管局处理，45 天未更新清理规则针对接入商侧的订单（A5）。',
      'The order is being handled by the 管局; the 45-day cleanup applies to orders on the provider side (A5).',
    );
  }
  const allowed = allowedFilingEvents(lifecycle).map((e) => FILING_EVENT_LABELS[e]);
  const can =
    allowed.length === 0
      ? text('', '')
      : text(
          `当前可记录：${allowed.map((l) => l['zh-CN']).join('、')}。`,
          ` Possible now: ${allowed.map((l) => l.en).join(', ')}.`,
        );
  return text(
    `“${here['zh-CN']}”状态下不能“${what['zh-CN']}”。${why['zh-CN']}${next['zh-CN']}${can['zh-CN']}`,
    `Cannot record "${what.en}" while the order is in "${here.en}". ${why.en ? `${why.en} ` : ''}${next.en}${can.en}`,
  );
}

/**
 * Applies one event at instant `at` (ISO with offset). Pure: returns the new lifecycle with the
 * event appended to its history, or a Finding saying why not and what to do instead.
 * Events must be recorded in time order, so that deadlines computed from the history are right.
 */
export function applyFilingEvent(lifecycle: FilingLifecycle, event: FilingEvent, at: string): FilingEventResult {
  if (!FilingEvent.options.includes(event)) {
    return refuse(
      'filing.event.unknown',
      text(`未知的订单事件“${String(event)}”。`, `Unknown order event "${String(event)}".`),
    );
  }
  const atMs = parseInstant(at);
  if (atMs === null) {
    return refuse(
      'filing.event.bad-time',
      text(
        `时间“${at}”无效：请使用带时区的 ISO 时间，例如 2026-02-13T10:00:00+08:00。`,
        `Time "${at}" is not valid: use an ISO date-time with an offset, e.g. 2026-02-13T10:00:00+08:00.`,
      ),
    );
  }
  // Only the order of events is enforced, not the record's creation time: agents often record a
  // submission made in the provider's console before they opened the order here.
  // Compared to the second: people record times to the second at most (the event dialog does), so
  // an event stamped 10:04:28 is not "before" one stamped 10:04:28.302 by a button.
  const last = lifecycle.history.at(-1)?.at;
  const lastMs = last === undefined ? null : parseInstant(last);
  if (lastMs !== null && Math.floor(atMs / 1000) < Math.floor(lastMs / 1000)) {
    return refuse(
      'filing.event.out-of-order',
      text(
        `事件时间 ${at} 早于上一条记录（${last}）：请按发生顺序记录，或更正时间。`,
        `The event time ${at} is before the previous record (${last}): record events in the order they happened, or correct the time.`,
      ),
    );
  }

  const from = filingNode(lifecycle.state, lifecycle.sms);
  const row = findFilingTransition(lifecycle.operation, from, event);
  if (!row) return refuse('filing.transition.refused', refusalReason(lifecycle, from, event));

  const to = nodeState(row.to);
  let sms: SmsStatus | undefined = lifecycle.sms;
  if (row.to === 'SMS_VERIFICATION:waiting') sms = 'waiting';
  else if (row.to === 'SMS_VERIFICATION:timed-out') sms = 'timed-out';
  else if (event === 'sms-verified') sms = 'verified';
  else if (row.to === 'PROVIDER_REVIEW') sms = undefined; // a new round starts after resubmission

  const next: FilingLifecycle = {
    ...lifecycle,
    state: to,
    resubmissions: lifecycle.resubmissions + (row.resubmission ? 1 : 0),
    history: [...lifecycle.history, { event, at, from: lifecycle.state, to, ...(sms ? { sms } : {}) }],
  };
  if (sms) next.sms = sms;
  else delete next.sms;
  return { ok: true, state: next };
}
