import { text } from '../../../shared/domain/finding';
import { filingDataSchemaFor, type Filing, type FilingStep } from '../../../shared/domain/model/filing';
import { runRulesOn } from '../../../shared/domain/rules/engine';
import type { RuleFinding } from '../../../shared/domain/rules/types';
import type { Issue } from '../../../shared/ipc/result';
import type { Language } from '../../../shared/ipc/schemas';
import { checkContext } from './check';
import type { FilingDeps } from './deps';

/** 'services.0.domain' → ['services', 0, 'domain']: a finding's dotted path as an issue path. */
export const pathOf = (dotted: string | undefined): (string | number)[] =>
  dotted === undefined || dotted === '' ? [] : dotted.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

const inStep = (f: RuleFinding, step: FilingStep): boolean => f.path === step || (f.path?.startsWith(`${step}.`) ?? false);

const incomplete = text('此项不完整或格式不正确，请按要求填写。', 'This value is incomplete or not in the expected form; correct it.');

/**
 * The issues that stop Next on one step (architecture §6): the step's strict schema (the submission
 * shape of the operation) and the errors of the field rules on that step, run on the whole draft so
 * cross-field rules see everything. Paths are input paths of filing:save-step: they start at 'data'.
 * A rule's message wins over the schema's where both speak about the same field.
 */
export function stepIssues(deps: FilingDeps, filing: Filing, step: FilingStep, language: Language): Issue[] {
  const issues = new Map<string, Issue>();
  const add = (rest: (string | number)[], message: string): void => {
    const path = ['data', ...rest];
    const key = path.join('.');
    if (!issues.has(key)) issues.set(key, { path, message });
  };
  const findings = runRulesOn(checkContext(deps, filing)).filter((f) => f.severity === 'error' && inStep(f, step));
  for (const f of findings) add(pathOf(f.path).slice(1), f.message[language]);
  const schema = filingDataSchemaFor(filing.operation).shape[step];
  const parsed = schema.safeParse(filing.data[step]);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path.map((p) => (typeof p === 'number' ? p : String(p))), incomplete[language]);
  }
  return [...issues.values()];
}
