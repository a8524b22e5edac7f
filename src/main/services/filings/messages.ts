import { text, type LocalizedText } from '../../../shared/domain/finding';
import { FILING_NEXT_STEP, FILING_STATE_LABELS } from '../../../shared/domain/lifecycle-filing-text';
import { filingNode } from '../../../shared/domain/lifecycle-filing';
import type { Filing } from '../../../shared/domain/model/filing';
import { operationInfo } from '../../../shared/domain/operations';
import type { Issue } from '../../../shared/ipc/result';
import { ServiceError } from '../service-error';

/** The filing services' refusals: each says what happened and what to do next, in both languages. */

export const filingNotFound = (): ServiceError =>
  new ServiceError('NOT_FOUND', text('找不到该备案订单，可能已被删除。请刷新订单列表后重试。', 'That filing order no longer exists; it may have been deleted. Refresh the list of orders and try again.'));

/** One open order per entity (§1: A23, H1, T4): the error links to the open one. */
export const openFilingExists = (open: Filing): ServiceError => {
  const op = operationInfo(open.operation).label;
  const state = FILING_STATE_LABELS[open.state];
  return new ServiceError(
    'CONFLICT',
    text(
      `该主体已有一个进行中的备案订单（${op['zh-CN']}，${state['zh-CN']}），同一主体同时只能有一个订单（A23、H1、T4）。请打开该订单继续办理，或先放弃它再新建。`,
      `This entity already has an order in progress (${op.en}, ${state.en}), and an entity can have only one at a time (A23, H1, T4). Open that order to continue, or abandon it before creating a new one.`,
    ),
    undefined,
    { kind: 'filing', id: open.id },
  );
};

export const staleFiling = (): ServiceError =>
  new ServiceError(
    'CONFLICT',
    text(
      '该订单在您编辑期间已被保存过，本次修改未保存。请重新打开订单查看最新内容，再重新修改。',
      'This order was saved elsewhere while you were editing, so your changes were not saved. Reopen the order to see the latest version, then make your changes again.',
    ),
  );

/** The data under review is frozen: no change during the transfer or the 管局 review (§2: A2, A15). */
export const notEditable = (filing: Filing): ServiceError => {
  const state = FILING_STATE_LABELS[filing.state];
  const next = FILING_NEXT_STEP[filingNode(filing.state, filing.sms)];
  return new ServiceError(
    'CONFLICT',
    text(
      `订单处于“${state['zh-CN']}”状态，资料不能修改（审核期间不能变更，A2、A15）。${next['zh-CN']}`,
      `The order is in "${state.en}", so its data cannot be changed (no changes while it is reviewed, A2, A15). ${next.en}`,
    ),
  );
};

export const notDeletable = (filing: Filing): ServiceError =>
  new ServiceError(
    'CONFLICT',
    text(
      `只能删除草稿或已放弃的订单；该订单为“${FILING_STATE_LABELS[filing.state]['zh-CN']}”，其记录需要保留。如不再办理，请先放弃订单。`,
      `Only a draft or an abandoned order can be deleted; this one is "${FILING_STATE_LABELS[filing.state].en}" and its record is kept. If it is no longer wanted, abandon it first.`,
    ),
  );

export const closedFiling = (filing: Filing): ServiceError =>
  new ServiceError(
    'CONFLICT',
    text(
      `订单已结束（${FILING_STATE_LABELS[filing.state]['zh-CN']}），不能再修改或勾选。如需继续办理，请新建订单。`,
      `The order is closed (${FILING_STATE_LABELS[filing.state].en}) and cannot be changed or ticked any more. Create a new order to continue.`,
    ),
  );

export const invalid = (issues: Issue[], message?: LocalizedText): ServiceError =>
  new ServiceError(
    'VALIDATION',
    message ?? text('有内容未通过检查，没有保存。请按字段下的提示修改后再试。', 'Some values did not pass the checks, so nothing was saved. Correct the fields as indicated, then try again.'),
    issues,
  );

/** Submission is refused while the pre-submission check has open findings (architecture §5). */
export const checkNotPassed = (issues: Issue[]): ServiceError =>
  invalid(
    issues,
    text(
      `提交前检查还有 ${issues.length} 项未处理：请修正错误，并逐项确认警告后再提交。`,
      `The pre-submission check still has ${issues.length} open item(s): fix the errors and acknowledge each warning, then submit.`,
    ),
  );
