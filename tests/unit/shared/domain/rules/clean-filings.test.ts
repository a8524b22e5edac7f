import { describe, expect, it } from 'vitest';
import { run } from '../../../../fixtures/domain/builders';
import { CLEAN_SCENARIOS } from '../../../../fixtures/domain/clean-filings';

describe('clean filings pass every rule', () => {
  it.each(Object.entries(CLEAN_SCENARIOS))('%s', (_name, build) => {
    const s = build();
    const findings = run(s.filing, s.arrays, s.now);
    expect(findings.map((f) => `${f.ruleId} @ ${f.path ?? '-'}: ${f.message.en}`)).toEqual([]);
  });
});
