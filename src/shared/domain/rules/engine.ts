import type { LocalizedText } from '../finding';
import { ALL_RULES } from './all-rules';
import { buildRuleContext, type RuleContext, type RuleInput } from './context';
import type { HitParams, Rule, RuleFinding, RuleHit } from './types';

/**
 * The key a user's acknowledgement or override is recorded under: the finding code, or the code at
 * one path ('service.domain.verify@services.1') to tick a single place.
 */
export const findingKey = (f: { code: string; path?: string }): string => (f.path ? `${f.code}@${f.path}` : f.code);

export function ruleApplies(rule: Rule, ctx: RuleContext): boolean {
  const { operations, provinces, natures } = rule.appliesTo;
  if (operations && !operations.includes(ctx.operation)) return false;
  if (provinces && (!ctx.province || !provinces.includes(ctx.province))) return false;
  if (natures && (!ctx.nature || !natures.includes(ctx.nature))) return false;
  return true;
}

const messageOf = (rule: Rule, hit: RuleHit): LocalizedText => {
  if (hit.message) return hit.message;
  const params: HitParams = hit.params ?? {};
  return typeof rule.message === 'function' ? rule.message(params) : rule.message;
};

const decided = (set: ReadonlySet<string>, code: string, path: string | undefined): boolean =>
  set.has(code) || (path !== undefined && set.has(findingKey({ code, path })));

export interface RunOptions {
  /** The rule set; all rules by default. */
  readonly rules?: readonly Rule[];
  /**
   * Also return acknowledged warnings and overridden errors, marked as such (a checklist view).
   * By default they are left out: a decided finding is no longer open.
   */
  readonly includeDecided?: boolean;
}

/** Runs the rules that apply to a context; exported for tests and for the UI's per-step checks. */
export function runRulesOn(ctx: RuleContext, options: RunOptions = {}): RuleFinding[] {
  const rules = options.rules ?? ALL_RULES;
  const includeDecided = options.includeDecided ?? false;
  const acknowledged = new Set((ctx.filing.acknowledgedWarnings ?? []).map((d) => d.code));
  const overridden = new Set([...(ctx.storedEntity?.overrides ?? []), ...(ctx.data.entity?.overrides ?? [])].map((o) => o.code));
  const findings: RuleFinding[] = [];
  for (const rule of rules) {
    if (!ruleApplies(rule, ctx)) continue;
    for (const hit of rule.check(ctx)) {
      const code = hit.code ?? rule.id;
      const path = hit.path ?? rule.field;
      const severity = hit.severity ?? rule.severity;
      const base: RuleFinding = {
        code,
        severity,
        message: messageOf(rule, hit),
        ruleId: rule.id,
        source: rule.source,
        asOf: rule.asOf,
        step: hit.step ?? rule.step,
        ...(path === undefined ? {} : { path }),
      };
      if (severity === 'error' && (hit.overridable ?? rule.overridable) && decided(overridden, code, path)) {
        if (includeDecided) findings.push({ ...base, severity: 'warning', overridden: true });
      } else if (severity === 'warning' && decided(acknowledged, code, path)) {
        if (includeDecided) findings.push({ ...base, acknowledged: true });
      } else {
        findings.push(base);
      }
    }
  }
  return findings;
}

/**
 * Checks one filing against the rules and the portfolio (architecture §5). Pure: the same input
 * gives the same findings; the renderer runs it for feedback and main again before storing.
 */
export function runRules(input: RuleInput, options: RunOptions = {}): RuleFinding[] {
  return runRulesOn(buildRuleContext(input), options);
}
