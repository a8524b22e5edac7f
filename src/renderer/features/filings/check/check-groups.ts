import type { RuleFindingView } from '../../../../shared/ipc';
import { WIZARD_STEPS, type WizardStep } from '../wizard/steps';

export interface CheckGroup {
  step: WizardStep;
  findings: RuleFindingView[];
}

/** A finding that still stops the submission: an error, or a warning not yet ticked (an overridden error is decided). */
export const blocks = (f: RuleFindingView): boolean => !f.overridden && (f.severity === 'error' || !f.acknowledged);

export interface CheckSummary {
  errors: number;
  /** Warnings not yet acknowledged. */
  unacknowledged: number;
  clear: boolean;
}

export function summarize(findings: readonly RuleFindingView[]): CheckSummary {
  const errors = findings.filter((f) => f.severity === 'error' && !f.overridden).length;
  const unacknowledged = findings.filter((f) => f.severity === 'warning' && !f.overridden && !f.acknowledged).length;
  return { errors, unacknowledged, clear: errors === 0 && unacknowledged === 0 };
}

const rank = (f: RuleFindingView): number => (f.severity === 'error' && !f.overridden ? 0 : f.acknowledged || f.overridden ? 2 : 1);

/** The findings by wizard step, in step order; errors first, then open warnings, then ticked ones. */
export function groupFindings(findings: readonly RuleFindingView[]): CheckGroup[] {
  return WIZARD_STEPS.flatMap((step) => {
    const own = findings.filter((f) => f.step === step);
    return own.length === 0 ? [] : [{ step, findings: [...own].sort((a, b) => rank(a) - rank(b)) }];
  });
}
