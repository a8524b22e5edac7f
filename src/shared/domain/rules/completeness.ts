import { filingDataSchemaFor } from '../model/filing';
import { REFERENCE_AS_OF } from '../model/reference-date';
import { DATA_OPERATIONS, type RuleContext } from './context';
import { rule, text } from './helpers';
import type { RuleHit, RuleStep } from './types';

const isMissing = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Paths of required values that are absent, per the strict submission schema of the operation. */
function missingPaths(ctx: RuleContext): string[] {
  const result = filingDataSchemaFor(ctx.operation).safeParse(ctx.data);
  if (result.success) return [];
  const paths = new Set<string>();
  for (const issue of result.error.issues) {
    if (isMissing(valueAt(ctx.data, issue.path))) paths.add(issue.path.map(String).join('.'));
  }
  return [...paths];
}

const STEPS: readonly RuleStep[] = ['entity', 'leaders', 'services', 'access', 'documents'];
const stepOf = (path: string): RuleStep => STEPS.find((s) => path === s || path.startsWith(`${s}.`)) ?? 'review';

/**
 * Required fields of a submission (§4 field tables; W1, W5): reported per field so the form can mark
 * it. Malformed values are left to the field rules, which say what is wrong with them.
 */
export const requiredFields = rule({
  id: 'filing.required-fields',
  appliesTo: {},
  severity: 'error',
  step: 'review',
  source: ['§4.1', '§4.2', '§4.3', 'W1', 'W5', 'O25'],
  asOf: REFERENCE_AS_OF,
  message: text('此项为必填，请填写后再提交。', 'This field is required; fill it in before submitting.'),
  check: (ctx) => missingPaths(ctx).map((path): RuleHit => ({ path, step: stepOf(path) })),
});

/** Every leader referenced must be known: typed in this filing or stored (§4.1 leaders; W1). */
export const leaderKnown = rule({
  id: 'filing.leader-unknown',
  appliesTo: { operations: DATA_OPERATIONS },
  severity: 'error',
  step: 'leaders',
  source: ['§4.1', '§4.2', 'W1'],
  asOf: REFERENCE_AS_OF,
  message: text('所选负责人不存在，请重新选择或在负责人步骤中填写其信息。', 'The chosen leader does not exist; pick another one or enter the person in the leaders step.'),
  check: (ctx) => {
    const hits: RuleHit[] = [];
    const id = ctx.entity?.leaderId;
    if (id && !ctx.leader(id)) hits.push({ path: 'entity.leaderId' });
    for (const { service, path } of ctx.services) {
      if (service.leaderId && !ctx.leader(service.leaderId)) hits.push({ path: `${path}.leaderId` });
    }
    return hits;
  },
});
