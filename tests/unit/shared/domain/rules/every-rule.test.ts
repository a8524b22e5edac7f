import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../../../src/shared/domain/rules/all-rules';
import { run } from '../../../../fixtures/domain/builders';
import { RULE_CASES } from '../../../../fixtures/domain/rule-cases';

describe('each rule trips on its fixture filing', () => {
  it.each(RULE_CASES.map((c) => [c.ruleId, c] as const))('%s', (_id, c) => {
    const s = c.scenario();
    const findings = run(s.filing, s.arrays, s.now);
    const hit = findings.find((f) => f.ruleId === c.ruleId && (c.path === null ? f.path === undefined : f.path === c.path));
    expect(hit, `${c.why}; got ${JSON.stringify(findings.map((f) => [f.ruleId, f.path]))}`).toBeDefined();
    expect(hit?.severity).toBe(c.severity);
    expect(hit?.code).toBe(c.code ?? c.ruleId);
    expect(hit?.message['zh-CN']).not.toBe('');
    expect(hit?.message.en).not.toBe('');
  });
});

describe('rule catalogue', () => {
  it('has a tripping fixture for every rule', () => {
    const covered = new Set(RULE_CASES.map((c) => c.ruleId));
    expect(ALL_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('gives every rule a unique id, source keys and an as-of date', () => {
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
    for (const r of ALL_RULES) {
      expect(r.source.length, r.id).toBeGreaterThan(0);
      expect(r.asOf, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('keeps provincial rules as warnings (domain-reference §11)', () => {
    const provincial = ALL_RULES.filter((r) => r.appliesTo.provinces !== undefined);
    expect(provincial.length).toBeGreaterThan(10);
    expect(provincial.filter((r) => r.severity !== 'warning').map((r) => r.id)).toEqual([]);
  });
});
