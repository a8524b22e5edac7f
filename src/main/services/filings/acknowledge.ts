import { text } from '../../../shared/domain/finding';
import { FILING_TERMINAL_STATES } from '../../../shared/domain/lifecycle-filing';
import type { Decision } from '../../../shared/domain/model/common';
import type { Filing } from '../../../shared/domain/model/filing';
import { findingKey, runRulesOn } from '../../../shared/domain/rules/engine';
import type { FilingAcknowledgeInput } from '../../../shared/ipc/filing-schemas';
import type { Issue } from '../../../shared/ipc/result';
import { checkContext } from './check';
import type { FilingDeps } from './deps';
import { filingIn } from './drafts';
import { closedFiling, invalid } from './messages';

/**
 * filing:acknowledge — ticks warnings of the pre-submission check (a checklist item read and
 * accepted) and unticks them. Only a warning of the current check can be ticked, by its code or by
 * 'code@path' for one place (rules/engine findingKey); an error must be fixed instead.
 */
export async function acknowledge(deps: FilingDeps, input: FilingAcknowledgeInput): Promise<Filing> {
  const language = deps.ctx.language();
  const by = deps.ctx.actor();
  return deps.ctx.transact((tx, at) => {
    const current = filingIn(tx, input.id);
    if (FILING_TERMINAL_STATES.includes(current.state)) throw closedFiling(current);
    const findings = runRulesOn(checkContext(deps, current), { includeDecided: true });
    const warnings = new Set(findings.filter((f) => f.severity === 'warning' && !f.overridden).flatMap((f) => [f.code, findingKey(f)]));
    const errors = new Set(findings.filter((f) => f.severity === 'error').flatMap((f) => [f.code, findingKey(f)]));
    const issues: Issue[] = [];
    input.codes.forEach((code, i) => {
      if (warnings.has(code)) return;
      const message = errors.has(code)
        ? text('这是错误，不能勾选确认：请按提示修正后再检查。', 'This is an error and cannot be acknowledged: fix it as indicated, then check again.')
        : text('当前检查中没有这条警告（可能已经解决），请刷新检查结果。', 'The current check has no such warning (it may be resolved already); refresh the check.');
      issues.push({ path: ['codes', i], message: message[language] });
    });
    if (issues.length > 0) throw invalid(issues);
    const drop = new Set([...(input.unacknowledge ?? []), ...input.codes]);
    const kept = current.acknowledgedWarnings.filter((d) => !drop.has(d.code));
    const added: Decision[] = [...new Set(input.codes)].map((code) => ({ code, by, at }));
    const next: Filing = { ...current, acknowledgedWarnings: [...kept, ...added], updatedAt: at };
    tx.put('filings', next);
    const untick = (input.unacknowledge ?? []).length;
    tx.log({
      action: 'filing.acknowledged',
      target: { collection: 'filings', id: current.id },
      summary: text(`确认 ${added.length} 条提交前检查的警告${untick ? `，取消确认 ${untick} 条` : ''}`, `${added.length} warning(s) of the pre-submission check acknowledged${untick ? `, ${untick} unticked` : ''}`),
    });
    return next;
  });
}
