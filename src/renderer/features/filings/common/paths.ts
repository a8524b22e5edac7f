import type { FilingDetail, RuleFindingView } from '../../../../shared/ipc';
import { stepsFor, targetOfPath, type FieldTarget, type WizardStep } from '../wizard/steps';

export const filingPath = (id: string): string => `/filings/${id}`;

/** The wizard of an order, open at a step, focusing a field. */
export function wizardPath(id: string, target?: Partial<FieldTarget>): string {
  const params = new URLSearchParams();
  if (target?.step) params.set('step', target.step);
  if (target?.field) params.set('focus', target.field);
  const query = params.toString();
  return `/filings/${id}/edit${query ? `?${query}` : ''}`;
}

/** Where the wizard fixes what a data path names, for this order. */
export function fixTarget(detail: FilingDetail, path: string | undefined, fallback?: WizardStep): FieldTarget {
  return targetOfPath(path, { steps: stepsFor(detail.filing.operation), documents: detail.requiredDocuments, ...(fallback ? { fallback } : {}) });
}

/** The wizard link of a finding of the pre-submission check. */
export const findingLink = (detail: FilingDetail, finding: RuleFindingView): string => wizardPath(detail.filing.id, fixTarget(detail, finding.path, finding.step));
