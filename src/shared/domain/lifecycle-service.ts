import { z } from 'zod';
import { text, type Finding, type LocalizedText } from './finding';
import { parseInstant } from './calendar/beijing-time';
import { Instant } from './lifecycle-filing-types';

/**
 * Lifecycle of a filed entity or service (domain-reference §9.2; A18, A19, T1, T2, H3, H5), as data:
 * ACTIVE → ACCESS_REMOVED → SHELL → CANCELLED (by the owner) or REVOKED (by the 管局), with two
 * markers beside the state. UNFILED is the portfolio's record before its first filing is approved
 * (the same value set as the model's record status, so the two can meet without a mapping).
 */

export const FiledState = z.enum(['UNFILED', 'ACTIVE', 'ACCESS_REMOVED', 'SHELL', 'CANCELLED', 'REVOKED']);
export type FiledState = z.infer<typeof FiledState>;

/** 核查整改 (provider/管局 inspection to rectify) and resolving to an IP without access (§9.2, §8). */
export const FiledMarker = z.enum(['INSPECTION_PENDING', 'INVALID_ACCESS']);
export type FiledMarker = z.infer<typeof FiledMarker>;

export const FiledEvent = z.enum([
  'filed',
  'access-removed',
  'access-added',
  'shell-confirmed',
  'cancelled',
  'revoked',
  'inspection-opened',
  'inspection-closed',
  'invalid-access-found',
  'invalid-access-fixed',
]);
export type FiledEvent = z.infer<typeof FiledEvent>;

export const FiledHistoryEntry = z.object({
  event: FiledEvent,
  at: Instant,
  from: FiledState,
  to: FiledState,
  markers: z.array(FiledMarker),
});
export type FiledHistoryEntry = z.infer<typeof FiledHistoryEntry>;

export const FiledLifecycle = z.object({
  state: FiledState,
  markers: z.array(FiledMarker),
  history: z.array(FiledHistoryEntry),
});
export type FiledLifecycle = z.infer<typeof FiledLifecycle>;

export interface FiledTransition {
  readonly from: FiledState;
  readonly event: FiledEvent;
  readonly to: FiledState;
  readonly sets?: FiledMarker;
  readonly clears?: FiledMarker;
  /** The marker must be present (you cannot close an inspection that was never opened). */
  readonly requires?: FiledMarker;
  readonly source: readonly string[];
}

/** States in which the number still exists at MIIT. */
export const FILED_LIVE_STATES: readonly FiledState[] = ['ACTIVE', 'ACCESS_REMOVED', 'SHELL'];
/** Revoked or cancelled numbers cannot be restored (A18, T1). */
export const FILED_TERMINAL_STATES: readonly FiledState[] = ['CANCELLED', 'REVOKED'];

const onLive = (row: Omit<FiledTransition, 'from' | 'to'>): FiledTransition[] =>
  FILED_LIVE_STATES.map((from) => ({ ...row, from, to: from }));

export const FILED_TRANSITIONS: readonly FiledTransition[] = [
  // Approval issues the numbers (§9.1 APPROVED; A1, A12).
  { from: 'UNFILED', event: 'filed', to: 'ACTIVE', source: ['§9.1', 'A1', 'A12'] },
  // 取消接入 of the last provider: the number stays at MIIT (§2.1; A1, T2, H2).
  { from: 'ACTIVE', event: 'access-removed', to: 'ACCESS_REMOVED', source: ['§9.2', '§2.1', 'A1', 'T2', 'H2'] },
  // No provider left = shell site (A1, T1); an entity whose last service is gone = shell entity (§2.1; T2, H3).
  { from: 'ACCESS_REMOVED', event: 'shell-confirmed', to: 'SHELL', source: ['§9.2', '§2.1', 'A1', 'T1'] },
  { from: 'ACTIVE', event: 'shell-confirmed', to: 'SHELL', source: ['§9.2', '§2.1', 'T2', 'H3'] },
  // An access filing at a new provider keeps the number (§2 接入备案; A1, A2, J1). For a shell
  // entity, adding a new service directly is allowed in 11 provinces only (§2.1; H3, T2).
  { from: 'ACCESS_REMOVED', event: 'access-added', to: 'ACTIVE', source: ['§2', '§2.1', 'A1', 'A2', 'J1'] },
  { from: 'SHELL', event: 'access-added', to: 'ACTIVE', source: ['§2', '§2.1', 'A1', 'H3', 'T2'] },
  // 注销 by the owner, through a provider or (shell entity) offline at the 管局 (§2.1; A16, T2, H3).
  ...FILED_LIVE_STATES.map((from): FiledTransition => ({
    from,
    event: 'cancelled',
    to: 'CANCELLED',
    source: ['§2.1', '§9.2', 'A16', 'T2', 'H3'],
  })),
  // 注销 by the 管局: inaccurate data, shell cleanup, illegal content, re-registered domain (§8; A18, T1).
  ...FILED_LIVE_STATES.map((from): FiledTransition => ({
    from,
    event: 'revoked',
    to: 'REVOKED',
    source: ['§8', '§9.2', 'A18', 'T1', 'A19'],
  })),
  ...onLive({ event: 'inspection-opened', sets: 'INSPECTION_PENDING', source: ['§8', '§9.2', 'H5', 'A15'] }),
  ...onLive({
    event: 'inspection-closed',
    clears: 'INSPECTION_PENDING',
    requires: 'INSPECTION_PENDING',
    source: ['§8', '§9.2', 'H5', 'A15'],
  }),
  ...onLive({ event: 'invalid-access-found', sets: 'INVALID_ACCESS', source: ['§8', '§9.2', 'A6', 'A9', 'A19'] }),
  ...onLive({
    event: 'invalid-access-fixed',
    clears: 'INVALID_ACCESS',
    requires: 'INVALID_ACCESS',
    source: ['§8', '§9.2', 'A6', 'A9', 'A19'],
  }),
];

export const FILED_STATE_LABELS: Readonly<Record<FiledState, LocalizedText>> = {
  UNFILED: text('未备案', 'Not filed yet'),
  ACTIVE: text('已备案（有接入）', 'Filed (with access)'),
  ACCESS_REMOVED: text('已取消接入（备案号保留）', 'Access removed (number kept)'),
  SHELL: text('空壳（无接入商）', 'Shell (no access provider)'),
  CANCELLED: text('已注销', 'Cancelled'),
  REVOKED: text('已被管局注销', 'Revoked by the 管局'),
};

export const FILED_MARKER_LABELS: Readonly<Record<FiledMarker, LocalizedText>> = {
  INSPECTION_PENDING: text('核查整改中', 'Inspection: rectification pending'),
  INVALID_ACCESS: text('解析到非接入 IP', 'Resolves to an IP without access'),
};

export const FILED_EVENT_LABELS: Readonly<Record<FiledEvent, LocalizedText>> = {
  filed: text('备案通过，取得备案号', 'Filing approved, number issued'),
  'access-removed': text('取消接入（已无接入商）', 'Access removed (no provider left)'),
  'access-added': text('新接入商接入备案通过', 'Access filing at a new provider approved'),
  'shell-confirmed': text('确认为空壳', 'Confirmed as a shell'),
  cancelled: text('注销（主动）', 'Cancelled by the owner'),
  revoked: text('被管局注销', 'Revoked by the 管局'),
  'inspection-opened': text('收到核查整改通知', 'Inspection notice received'),
  'inspection-closed': text('核查整改完成', 'Inspection rectified'),
  'invalid-access-found': text('发现解析到非接入 IP', 'Found resolving to an IP without access'),
  'invalid-access-fixed': text('解析已改回接入 IP', 'Resolution fixed to an access IP'),
};

/** What to do next from each state; used in refusals. */
export const FILED_NEXT_STEP: Readonly<Record<FiledState, LocalizedText>> = {
  UNFILED: text('请先完成首次备案（或接入备案）订单。', 'Complete an initial (or access) filing order first.'),
  ACTIVE: text(
    '保持信息准确、网站可访问并展示备案号；信息变化时提交变更备案。',
    'Keep the data accurate and the site reachable with its number shown; file a modification when anything changes.',
  ),
  ACCESS_REMOVED: text(
    '请尽快在新接入商办理接入备案，否则可能成为空壳被管局注销；不再需要时可主动注销。',
    'Get an access filing at a new provider soon, or the number may become a shell and be cancelled by the 管局; cancel it yourself if it is no longer needed.',
  ),
  SHELL: text(
    '请办理接入备案，或主动注销（空壳主体须线下向管局办理）。',
    'File access at a provider, or cancel the number (a shell entity is cancelled offline at the 管局).',
  ),
  CANCELLED: text('备案号已注销，不可恢复；如需再次备案请新建首次备案。', 'The number is gone and cannot be restored; file again from scratch if needed.'),
  REVOKED: text('备案号已被注销，不可恢复；如需再次备案请新建首次备案。', 'The number was revoked and cannot be restored; file again from scratch if needed.'),
};

export function findFiledTransition(
  lifecycle: Pick<FiledLifecycle, 'state' | 'markers'>,
  event: FiledEvent,
): FiledTransition | undefined {
  return FILED_TRANSITIONS.find(
    (t) =>
      t.from === lifecycle.state &&
      t.event === event &&
      (t.requires === undefined || lifecycle.markers.includes(t.requires)),
  );
}

export function allowedFiledEvents(lifecycle: Pick<FiledLifecycle, 'state' | 'markers'>): FiledEvent[] {
  return FiledEvent.options.filter((e) => findFiledTransition(lifecycle, e) !== undefined);
}

export const newFiledLifecycle = (state: FiledState = 'UNFILED'): FiledLifecycle => ({ state, markers: [], history: [] });

export type FiledEventResult = { ok: true; state: FiledLifecycle } | { ok: false; finding: Finding };

const refuse = (code: string, message: LocalizedText): FiledEventResult => ({
  ok: false,
  finding: { code, severity: 'error', path: 'state', message },
});

function refusalReason(lifecycle: FiledLifecycle, event: FiledEvent): LocalizedText {
  const here = FILED_STATE_LABELS[lifecycle.state];
  const what = FILED_EVENT_LABELS[event];
  const needs = FILED_TRANSITIONS.find((t) => t.from === lifecycle.state && t.event === event)?.requires;
  const why = needs
    ? text(`当前没有“${FILED_MARKER_LABELS[needs]['zh-CN']}”标记。`, `There is no "${FILED_MARKER_LABELS[needs].en}" marker. `)
    : text('', '');
  const next = FILED_NEXT_STEP[lifecycle.state];
  return text(
    `“${here['zh-CN']}”状态下不能记录“${what['zh-CN']}”。${why['zh-CN']}${next['zh-CN']}`,
    `Cannot record "${what.en}" while the record is "${here.en}". ${why.en}${next.en}`,
  );
}

/** Applies one event at `at` (ISO with offset); pure, same contract as applyFilingEvent. */
export function applyFiledEvent(lifecycle: FiledLifecycle, event: FiledEvent, at: string): FiledEventResult {
  if (!FiledEvent.options.includes(event)) {
    return refuse('filed.event.unknown', text(`未知的备案事件“${String(event)}”。`, `Unknown record event "${String(event)}".`));
  }
  const atMs = parseInstant(at);
  if (atMs === null) {
    return refuse(
      'filed.event.bad-time',
      text(
        `时间“${at}”无效：请使用带时区的 ISO 时间，例如 2026-02-13T10:00:00+08:00。`,
        `Time "${at}" is not valid: use an ISO date-time with an offset, e.g. 2026-02-13T10:00:00+08:00.`,
      ),
    );
  }
  const last = lifecycle.history.at(-1)?.at;
  const lastMs = last === undefined ? null : parseInstant(last);
  if (last !== undefined && lastMs !== null && atMs < lastMs) {
    return refuse(
      'filed.event.out-of-order',
      text(
        `事件时间 ${at} 早于上一条记录（${last}）：请按发生顺序记录，或更正时间。`,
        `The event time ${at} is before the previous record (${last}): record events in the order they happened, or correct the time.`,
      ),
    );
  }
  const row = findFiledTransition(lifecycle, event);
  if (!row) return refuse('filed.transition.refused', refusalReason(lifecycle, event));

  let markers = lifecycle.markers.filter((m) => m !== row.clears);
  if (row.sets && !markers.includes(row.sets)) markers = [...markers, row.sets];
  // A gone number carries no open inspection or access problem.
  if (FILED_TERMINAL_STATES.includes(row.to)) markers = [];
  return {
    ok: true,
    state: {
      state: row.to,
      markers,
      history: [...lifecycle.history, { event, at, from: lifecycle.state, to: row.to, markers }],
    },
  };
}
