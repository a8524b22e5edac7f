import { text } from './finding';
import { goesToAdminReview, type OperationId } from './operations';
import { beijingEndOfDay, parseInstant, type DateInput } from './calendar/beijing-time';
import { addWorkingDays } from './calendar/working-days';
import { trackDeadlines, type Deadline, type TrackedDeadline } from './deadlines';
import { expiryDeadlines, type ExpiryInput } from './deadlines-expiry';
import { PROVIDER_SIDE_NODES, filingNode } from './lifecycle-filing';
import type { FilingEvent, FilingState, SmsStatus } from './lifecycle-filing-types';

/**
 * Deadlines of one filing order, from its recorded history (§2.2, §3, A5). A FilingLifecycle can
 * be passed as is; only these fields are read.
 */
export interface FilingDeadlineInput extends ExpiryInput {
  operation: OperationId;
  state: FilingState;
  sms?: SmsStatus;
  createdAt?: string;
  /** Last time the order's data changed, if tracked apart from the history. */
  updatedAt?: string;
  /** Filing province: GB/T 2260 code, name or abbreviation ('330000', '浙江', '浙'). */
  province?: string;
  history: readonly { event: FilingEvent; at: string }[];
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** 24 h to complete the MIIT SMS check (§3; A3, O1, O2, H2). */
export const SMS_WINDOW_HOURS = 24;
/** Alibaba deletes an order not updated for 45 days and reminds at 30 and 40 (§2.2 "Order expiry", A5). */
export const ORDER_EXPIRY_DAYS = 45;
export const ORDER_EXPIRY_REMINDER_DAYS: readonly number[] = [30, 40];
/** Statutory ceiling of the 管局 review (§2.2 stage 7; A4, T9); Zhejiang 30 per Tencent (T9, §7). */
export const ADMIN_REVIEW_WORKING_DAYS = 20;
export const ADMIN_REVIEW_WORKING_DAYS_ZHEJIANG = 30;

const ZHEJIANG = new Set(['浙', '浙江', '浙江省', 'zhejiang']);

/** Working days the 管局 of a province may take (20; Zhejiang 30, T9). */
export function adminReviewWorkingDays(province?: string): number {
  const p = province?.trim().toLowerCase() ?? '';
  const zhejiang = ZHEJIANG.has(p) || /^33\d{4}$/.test(p);
  return zhejiang ? ADMIN_REVIEW_WORKING_DAYS_ZHEJIANG : ADMIN_REVIEW_WORKING_DAYS;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** The latest instant among the order's records: the clock of the 45-day cleanup. */
function lastUpdateMs(input: FilingDeadlineInput): number | null {
  const stamps = [input.createdAt, input.updatedAt, ...input.history.map((h) => h.at)];
  let latest: number | null = null;
  for (const s of stamps) {
    const ms = s === undefined ? null : parseInstant(s);
    if (ms !== null && (latest === null || ms > latest)) latest = ms;
  }
  return latest;
}

function lastIndexOf(history: FilingDeadlineInput['history'], event: FilingEvent): number {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]?.event === event) return i;
  return -1;
}

/** Reminder instants of the 45-day cleanup (A5), from the last update. */
export function orderExpiryReminders(lastUpdate: string): string[] {
  const ms = parseInstant(lastUpdate);
  return ms === null ? [] : ORDER_EXPIRY_REMINDER_DAYS.map((d) => iso(ms + d * DAY_MS));
}

export function filingDeadlineList(input: FilingDeadlineInput): Deadline[] {
  const out: Deadline[] = [];
  const node = filingNode(input.state, input.sms);

  const updated = lastUpdateMs(input);
  if (updated !== null && PROVIDER_SIDE_NODES.includes(node)) {
    out.push({
      kind: 'order-expiry',
      startsAt: iso(updated),
      dueAt: iso(updated + ORDER_EXPIRY_DAYS * DAY_MS),
      label: text(
        '订单 45 天未更新将被接入商自动删除（阿里云在第 30、40 天提醒）：请在此之前修改、提交或推进订单。',
        'An order not updated for 45 days is deleted by the provider (Alibaba reminds at days 30 and 40): update, submit or move the order on before then.',
      ),
      source: ['§2.2', 'A5'],
    });
  }

  const submitted = lastIndexOf(input.history, 'submit-to-admin');
  const submittedAt = submitted < 0 ? null : (input.history[submitted]?.at ?? null);
  const submittedMs = submittedAt === null ? null : parseInstant(submittedAt);

  if (node === 'SMS_VERIFICATION:waiting' && submittedMs !== null) {
    // The first code of this round starts the 24 h; a re-sent code may not extend it (unconfirmed),
    // so the earliest send is the safe clock. Without a recorded send, the submission stands in.
    const sent = input.history.slice(submitted + 1).find((h) => h.event === 'sms-sent');
    const sentMs = sent ? parseInstant(sent.at) : null;
    const start = sentMs ?? submittedMs;
    out.push({
      kind: 'sms-verification',
      startsAt: iso(start),
      dueAt: iso(start + SMS_WINDOW_HOURS * HOUR_MS),
      label: text(
        '工信部短信核验：收到 12381 短信后 24 小时内，所有被通知的负责人须在 beian.miit.gov.cn 输入手机号、验证码和证件号完成核验；超时或错误 5 次订单将被退回。',
        'MIIT SMS check: within 24 h of the 12381 text, every notified leader must enter mobile number, code and ID number on beian.miit.gov.cn; a timeout or 5 wrong entries returns the order.',
      ),
      source: ['§3', 'A3', 'O1', 'O2', 'O3', 'H2'],
      ...(sentMs === null ? { approximate: true } : {}),
    });
  }

  const inAdminStage = node === 'SMS_VERIFICATION:waiting' || node === 'ADMIN_REVIEW';
  if (inAdminStage && submittedAt !== null && submittedMs !== null && goesToAdminReview(input.operation)) {
    const days = adminReviewWorkingDays(input.province);
    const end = addWorkingDays(submittedAt, days);
    out.push({
      kind: 'admin-review',
      startsAt: iso(submittedMs),
      dueAt: beijingEndOfDay(end.date),
      label: text(
        `管局审核预计最迟完成（提交管局后 ${days} 个工作日）：不支持加急；超过仍无结果请联系接入商。`,
        `Expected latest end of the 管局 review (${days} working days after submission to the 管局): it cannot be expedited; ask the provider if there is still no result after this.`,
      ),
      source: days === ADMIN_REVIEW_WORKING_DAYS ? ['§2.2', 'A4', 'T9'] : ['§2.2', '§7', 'A4', 'T9'],
      ...(end.approximate ? { approximate: true } : {}),
    });
  }

  out.push(...expiryDeadlines(input));
  return out;
}

/** The order's deadlines with their status at `now`, soonest first. */
export const filingDeadlines = (input: FilingDeadlineInput, now: DateInput): TrackedDeadline[] =>
  trackDeadlines(filingDeadlineList(input), now);
