import { text, type LocalizedText } from './finding';
import type { FilingEvent, FilingNode, FilingState, SmsStatus } from './lifecycle-filing-types';

/**
 * Bilingual labels of the filing (order) lifecycle and, per position, what the user can do next.
 * Provider wording follows Huawei's statuses (待接入商审核 → 待提交管局 → 待管局审核, H1) and the
 * WeChat API (W4).
 */

export const FILING_STATE_LABELS: Readonly<Record<FilingState, LocalizedText>> = {
  DRAFT: text('草稿', 'Draft'),
  PROVIDER_REVIEW: text('接入商初审中', 'Provider review'),
  PROVIDER_REJECTED: text('接入商驳回', 'Rejected by the provider'),
  PENDING_SUBMISSION_TO_ADMIN: text('待提交管局', 'Waiting for submission to the 管局'),
  SMS_VERIFICATION: text('工信部短信核验', 'MIIT SMS check'),
  ADMIN_REVIEW: text('管局审核中', '管局 review'),
  ADMIN_REJECTED: text('管局驳回', 'Rejected by the 管局'),
  APPROVED: text('管局审核通过（已备案）', 'Approved by the 管局 (filed)'),
  ABANDONED: text('已放弃', 'Abandoned'),
  EXPIRED: text('已过期（订单被清理）', 'Expired (order deleted)'),
};

/** W4 sms_verify_status: 1 waiting, 2 done, 3 timed out. A timed-out or failed check returns the order. */
export const SMS_STATUS_LABELS: Readonly<Record<SmsStatus, LocalizedText>> = {
  waiting: text('待核验', 'Waiting for the check'),
  verified: text('已核验', 'Verified'),
  'timed-out': text('超时或核验失败，订单已退回', 'Timed out or failed; order returned'),
};

export const FILING_EVENT_LABELS: Readonly<Record<FilingEvent, LocalizedText>> = {
  submit: text('提交接入商初审', 'Submit for provider review'),
  'provider-reject': text('接入商驳回', 'Provider rejected'),
  resubmit: text('重新提交接入商审核', 'Resubmit for provider review'),
  'provider-approve': text('接入商初审通过', 'Provider approved'),
  'submit-to-admin': text('接入商已提交管局', 'Provider submitted to the 管局'),
  'sms-sent': text('收到工信部核验短信', 'MIIT SMS received'),
  'sms-verified': text('短信核验完成', 'SMS check completed'),
  'sms-timeout': text('短信核验超时（24 小时）', 'SMS check timed out (24 h)'),
  'sms-failed-5': text('短信核验失败 5 次', 'SMS check failed 5 times'),
  'admin-approve': text('管局审核通过', '管局 approved'),
  'admin-reject': text('管局驳回', '管局 rejected'),
  abandon: text('放弃订单', 'Abandon the order'),
  expire: text('订单过期被清理', 'Order expired and was deleted'),
};

/** Label of a machine position: the state, with the SMS sub-status where it matters. */
export function filingNodeLabel(node: FilingNode): LocalizedText {
  if (node === 'SMS_VERIFICATION:waiting' || node === 'SMS_VERIFICATION:timed-out') {
    const sms = SMS_STATUS_LABELS[node === 'SMS_VERIFICATION:waiting' ? 'waiting' : 'timed-out'];
    const state = FILING_STATE_LABELS.SMS_VERIFICATION;
    return text(`${state['zh-CN']}（${sms['zh-CN']}）`, `${state.en} (${sms.en})`);
  }
  return FILING_STATE_LABELS[node];
}

/** What to do next from each position; used in refusals so that a refusal is never a dead end. */
export const FILING_NEXT_STEP: Readonly<Record<FilingNode, LocalizedText>> = {
  DRAFT: text('请完善资料后提交接入商初审，或放弃订单。', 'Complete the data and submit it for provider review, or abandon the order.'),
  PROVIDER_REVIEW: text(
    '请等待接入商初审结果（约 1 个工作日），并保持负责人电话畅通以便审核员回访。',
    'Wait for the provider review (about 1 business day) and keep the leaders’ phones reachable for the reviewer’s call.',
  ),
  PROVIDER_REJECTED: text(
    '请按驳回原因修改资料后重新提交，或放弃订单。',
    'Fix the data as the rejection says and resubmit, or abandon the order.',
  ),
  PENDING_SUBMISSION_TO_ADMIN: text(
    '请等待接入商提交管局（约 1 个工作日）。',
    'Wait for the provider to submit the order to the 管局 (about 1 business day).',
  ),
  'SMS_VERIFICATION:waiting': text(
    '请在收到 12381 短信后 24 小时内到 beian.miit.gov.cn 完成短信核验；未收到短信可在工信部系统重新发送。',
    'Complete the check on beian.miit.gov.cn within 24 h of the 12381 text; if no text arrived, have it re-sent from the MIIT system.',
  ),
  'SMS_VERIFICATION:timed-out': text(
    '订单已退回接入商：请重新提交接入商审核以获取新的核验短信，或放弃订单。',
    'The order was returned to the provider: resubmit it for provider review to get a new SMS, or abandon it.',
  ),
  ADMIN_REVIEW: text(
    '请等待管局审核结果（通常不超过 20 个工作日，浙江 30 个工作日），不支持加急。',
    'Wait for the 管局 decision (normally at most 20 working days, Zhejiang 30); it cannot be expedited.',
  ),
  ADMIN_REJECTED: text(
    '请按管局驳回原因修改资料后重新提交接入商审核，或放弃订单。',
    'Fix the data as the 管局 rejection says and resubmit for provider review, or abandon the order.',
  ),
  APPROVED: text(
    '订单已结束（已备案）。如需修改备案信息，请新建变更备案订单。',
    'This order is finished (filed). To change filed data, start a new modification order.',
  ),
  ABANDONED: text('订单已放弃。如需继续办理，请新建订单。', 'This order was abandoned. Start a new order to continue.'),
  EXPIRED: text('订单已被清理。如需继续办理，请新建订单。', 'This order was deleted. Start a new order to continue.'),
};
