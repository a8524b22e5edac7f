import { text } from '../../../shared/domain/finding';
import { applyFilingEvent, FILING_TERMINAL_STATES } from '../../../shared/domain/lifecycle-filing';
import { FILING_EVENT_LABELS, FILING_STATE_LABELS } from '../../../shared/domain/lifecycle-filing-text';
import type { FilingEvent } from '../../../shared/domain/lifecycle-filing-types';
import type { Filing } from '../../../shared/domain/model/filing';
import { runRulesOn } from '../../../shared/domain/rules/engine';
import type { FilingRecordEventInput } from '../../../shared/ipc/filing-schemas';
import type { Issue } from '../../../shared/ipc/result';
import type { Language } from '../../../shared/ipc/schemas';
import { ServiceError } from '../service-error';
import { applyApproval } from './approval';
import { checkContext, freezeCheck } from './check';
import type { FilingDeps } from './deps';
import { filingIn } from './drafts';
import { checkNotPassed, invalid } from './messages';
import { pathOf } from './step-issues';

/** Events that hand the order to the provider: the pre-submission check must be clear (architecture §5). */
const SUBMISSIONS: readonly FilingEvent[] = ['submit', 'resubmit'];
/** Rejections carry field-level reasons as (field, error, suggestion) triples (W4). */
const REJECTIONS: readonly FilingEvent[] = ['provider-reject', 'admin-reject'];

/** Extras that only make sense with some events; a mismatch is a mistake worth saying. */
function checkExtras(input: FilingRecordEventInput, language: Language): void {
  const issues: Issue[] = [];
  if (input.rejections && !REJECTIONS.includes(input.event)) {
    issues.push({ path: ['rejections'], message: text('驳回原因只能随“驳回”事件记录。', 'Rejection reasons go with a rejection event only.')[language] });
  }
  if (input.numbers && input.event !== 'admin-approve') {
    issues.push({ path: ['numbers'], message: text('备案号只能随“管局审核通过”记录。', 'Numbers go with the 管局 approval only.')[language] });
  }
  if (issues.length > 0) throw invalid(issues);
}

function refusal(finding: { code: string; message: { 'zh-CN': string; en: string } }, language: Language): ServiceError {
  // A malformed or out-of-order time is the caller's field to fix; anything else is the state machine's refusal.
  if (finding.code === 'filing.event.bad-time' || finding.code === 'filing.event.out-of-order') {
    return invalid([{ path: ['at'], message: finding.message[language] }], finding.message);
  }
  return new ServiceError('CONFLICT', finding.message);
}

/**
 * filing:record-event — one step of the §9.1 state machine (applyFilingEvent is the authority), with
 * what comes with it: the provider's order number, rejection reasons, and on the 管局's approval the
 * numbers and every change to the portfolio, all in one transaction with the filing's new state.
 */
export async function recordEvent(deps: FilingDeps, input: FilingRecordEventInput): Promise<Filing> {
  const language = deps.ctx.language();
  checkExtras(input, language);
  return deps.ctx.transact((tx, stamp) => {
    const current = filingIn(tx, input.id);
    if (SUBMISSIONS.includes(input.event)) {
      const open = runRulesOn(checkContext(deps, current));
      if (open.length > 0) throw checkNotPassed(open.map((f) => ({ path: pathOf(f.path), message: f.message[language] })));
    }
    const result = applyFilingEvent(current, input.event, input.at);
    if (!result.ok) throw refusal(result.finding, language);
    const history = result.state.history.map((h, i, all) => (i === all.length - 1 && input.note ? { ...h, note: input.note } : h));
    let next: Filing = { ...current, ...result.state, history, updatedAt: stamp };
    // Frozen from the order as it stood, before an approval rewrites the portfolio it is checked against.
    if (FILING_TERMINAL_STATES.includes(next.state)) next.closingCheck = freezeCheck(deps, current, input.event, stamp);
    if (input.providerOrderNumber) next.providerOrderNumber = input.providerOrderNumber;
    if (input.rejections) next.rejectionFindings = [...current.rejectionFindings, ...input.rejections.map((r) => ({ ...r, at: r.at ?? input.at }))];
    if (input.event === 'admin-approve') {
      next = { ...next, ...applyApproval({ tx, store: deps.ctx.store, at: { event: input.at, stamp }, language, numbers: input.numbers }, next) };
    }
    tx.put('filings', next);
    const what = FILING_EVENT_LABELS[input.event];
    const to = FILING_STATE_LABELS[next.state];
    tx.log({
      action: `filing.event.${input.event}`,
      target: { collection: 'filings', id: current.id },
      summary: text(`记录“${what['zh-CN']}”：订单现为“${to['zh-CN']}”`, `Recorded "${what.en}": the order is now "${to.en}"`),
    });
    return next;
  });
}
