import { describe, expect, it } from 'vitest';
import { createInMemoryPortfolio } from '../../../../../src/shared/domain/rules/in-memory-portfolio';
import { findingKey, runRules } from '../../../../../src/shared/domain/rules/engine';
import { ruleById } from '../../../../../src/shared/domain/rules/all-rules';
import { cleanFiling, NOW, run, website } from '../../../../fixtures/domain/builders';
import { decision } from '../../../../fixtures/domain/rule-cases';
import { cleanWith, scenario, unticked } from '../../../../fixtures/domain/scenario';

const badUscc = () => cleanWith((d) => { d.entity = { ...d.entity, certificateNumber: '91110000MA0000001M' }; });

describe('runRules', () => {
  it('runs only the rules whose operations, provinces and natures apply', () => {
    const beijing = run(scenario('initial', cleanWith((d) => { d.leaders![0] = { ...d.leaders![0]!, officePhone: '13800138000' }; })).filing);
    expect(beijing.some((f) => f.ruleId === 'leaders.office-phone-not-mobile')).toBe(true);
    const hebei = scenario('initial', cleanWith((d) => {
      d.entity = { ...d.entity, region: { province: '130000', city: '130100', district: '130102' }, certificateNumber: '91130000MA0000001X' };
      d.leaders![0] = { ...d.leaders![0]!, officePhone: '13800138000' };
    }));
    expect(run(hebei.filing).some((f) => f.ruleId === 'leaders.office-phone-not-mobile')).toBe(false);
  });

  it('gives each finding its rule id, sources, as-of date and wizard step', () => {
    const [f] = run(scenario('initial', badUscc()).filing);
    expect(f).toMatchObject({ ruleId: 'entity.certificate.uscc', code: 'uscc.checksum', step: 'entity', path: 'entity.certificateNumber', asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(f?.source).toContain('O21');
  });

  it('puts a missing field under the step its path names', () => {
    const findings = run(scenario('initial', cleanWith((d) => { d.services = [website('s-1', { homepageUrl: '' })]; })).filing);
    expect(findings.find((f) => f.ruleId === 'filing.required-fields')).toMatchObject({ path: 'services.0.homepageUrl', step: 'services', severity: 'error' });
  });

  it('fills message parameters in both languages', () => {
    const s = unticked(scenario('initial', cleanWith(() => {})));
    for (const f of run(s.filing)) {
      for (const m of [f.message['zh-CN'], f.message.en]) expect(m, f.ruleId).not.toMatch(/undefined|\$\{|NaN/);
    }
  });

  it('returns the same findings for the same input', () => {
    const s = unticked(scenario('initial', badUscc()));
    expect(run(s.filing)).toEqual(run(s.filing));
  });
});

describe('acknowledged warnings', () => {
  const open = () => unticked(scenario('initial', cleanWith((d) => { d.services = [website('s-1'), website('s-2', { domain: 'icpdesk-demo2.cn', homepageUrl: 'https://icpdesk-demo2.cn/' })]; })));

  it('leaves a warning out once its code is acknowledged, everywhere', () => {
    const s = open();
    const findings = run({ ...s.filing, acknowledgedWarnings: [decision('service.domain.verify')] });
    expect(findings.filter((f) => f.ruleId === 'service.domain.verify')).toEqual([]);
  });

  it('acknowledges one place with code@path', () => {
    const s = open();
    const key = findingKey({ code: 'service.domain.verify', path: 'services.1.domain' });
    const left = run({ ...s.filing, acknowledgedWarnings: [decision(key)] }).filter((f) => f.ruleId === 'service.domain.verify');
    expect(left.map((f) => f.path)).toEqual(['services.0.domain']);
  });

  it('lists acknowledged warnings, ticked, when asked for decided findings', () => {
    const s = open();
    const findings = runRules({ filing: { ...s.filing, acknowledgedWarnings: [decision('service.domain.verify')] }, portfolio: createInMemoryPortfolio({}), now: NOW }, { includeDecided: true });
    expect(findings.filter((f) => f.ruleId === 'service.domain.verify').every((f) => f.acknowledged === true)).toBe(true);
  });

  it('never lets an acknowledgement hide an error', () => {
    const s = scenario('initial', badUscc(), { acknowledgedWarnings: [decision('uscc.checksum')] });
    expect(run(s.filing).some((f) => f.code === 'uscc.checksum' && f.severity === 'error')).toBe(true);
  });
});

describe('overridden errors', () => {
  const override = (code: string) => [{ ...decision(code, '证书上的代码确实如此（福建试点期代码）'), note: '证书上的代码确实如此（福建试点期代码）' }];

  it('accepts an override of the USCC checksum with a note (§6.1, O21)', () => {
    const s = scenario('initial', cleanWith((d) => { d.entity = { ...d.entity, certificateNumber: '91110000MA0000001M', overrides: override('uscc.checksum') }; }));
    expect(run(s.filing).filter((f) => f.code === 'uscc.checksum')).toEqual([]);
    const decided = runRules({ filing: s.filing, portfolio: createInMemoryPortfolio({}), now: NOW }, { includeDecided: true });
    expect(decided.find((f) => f.code === 'uscc.checksum')).toMatchObject({ severity: 'warning', overridden: true });
  });

  it('refuses to override an error that is not overridable', () => {
    const s = scenario('initial', cleanWith((d) => { d.entity = { ...d.entity, certificateNumber: '91110000MA000000', overrides: override('uscc.length') }; }));
    expect(run(s.filing).find((f) => f.code === 'uscc.length')?.severity).toBe('error');
  });
});

describe('the clean fixture', () => {
  it('has only checklist items open before the user ticks them', () => {
    const ids = new Set(run({ ...cleanFiling(), acknowledgedWarnings: [] }).map((f) => f.ruleId));
    expect([...ids].sort()).toEqual(['documents.face-check', 'documents.originals', 'leaders.mobile-local', 'service.domain.not-resolving', 'service.domain.verify']);
    expect(ruleById('service.domain.verify')?.severity).toBe('warning');
  });
});
