import { filingChanges, type FieldChange } from '../../../shared/domain/filing-changes';
import type { FilingEvent } from '../../../shared/domain/lifecycle-filing-types';
import type { ClosingCheck } from '../../../shared/domain/model/filing-closing';
import type { Filing } from '../../../shared/domain/model/filing';
import { ALL_RULES } from '../../../shared/domain/rules/all-rules';
import { buildRuleContext, type RuleContext } from '../../../shared/domain/rules/context';
import { findingKey, runRulesOn } from '../../../shared/domain/rules/engine';
import type { RuleFinding } from '../../../shared/domain/rules/types';
import type { RuleFindingView } from '../../../shared/ipc/filing-schemas';
import type { FilingDeps } from './deps';

/** The rule context of a filing against the live portfolio at `now` (architecture §5: main is the authority). */
export const checkContext = (deps: FilingDeps, filing: Filing): RuleContext => buildRuleContext({ filing, portfolio: deps.view, now: deps.ctx.now() });

export const findingView = (f: RuleFinding): RuleFindingView => ({
  code: f.code,
  severity: f.severity,
  message: f.message,
  ruleId: f.ruleId,
  source: [...f.source],
  asOf: f.asOf,
  step: f.step,
  key: findingKey(f),
  ...(f.path === undefined ? {} : { path: f.path }),
  ...(f.acknowledged ? { acknowledged: true } : {}),
  ...(f.overridden ? { overridden: true } : {}),
});

/** The newest "as of" of the rule data (ISO dates compare as text): what a frozen check ran with. */
export const RULES_AS_OF: string = ALL_RULES.reduce((newest, r) => (r.asOf > newest ? r.asOf : newest), '');

export interface FilingCheck {
  findings: RuleFindingView[];
  changes: FieldChange[];
}

/**
 * The pre-submission check of an order against the live portfolio and rules, decided findings
 * listed and marked, and a modification's changes (the only operation whose diff the pages show).
 */
export function liveCheck(deps: FilingDeps, filing: Filing, ctx: RuleContext = checkContext(deps, filing)): FilingCheck {
  return {
    findings: runRulesOn(ctx, { includeDecided: true }).map(findingView),
    changes: filing.operation === 'modify' ? filingChanges(filing, deps.view) : [],
  };
}

/**
 * The check frozen as the order closes. Called with the order as it stood before the closing event
 * and before an approval writes into the portfolio: afterwards the portfolio holds the new values and
 * a modification's diff would be empty.
 */
export function freezeCheck(deps: FilingDeps, before: Filing, event: FilingEvent, stamp: string): ClosingCheck {
  return { frozenAt: stamp, event, rulesAsOf: RULES_AS_OF, ...liveCheck(deps, before) };
}
