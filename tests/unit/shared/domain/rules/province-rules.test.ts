import { describe, expect, it } from 'vitest';
import type { FilingData } from '../../../../../src/shared/domain/model/filing';
import { accessFor, individualDraft, leader, run, storedEntity, website } from '../../../../fixtures/domain/builders';
import { cleanWith, entityIn, scenario, type RegionKey } from '../../../../fixtures/domain/scenario';
import { REGION, RESIDENT_ID, usccFor } from '../../../../fixtures/domain/values';

const ruleIds = (data: FilingData, op: Parameters<typeof scenario>[0] = 'initial') => run(scenario(op, data).filing).map((f) => f.ruleId);

/** `n` websites with their own domains and access, in the clean enterprise moved to `region`. */
const websitesIn = (region: RegionKey, n: number) =>
  cleanWith((d) => {
    entityIn(region)(d);
    d.services = Array.from({ length: n }, (_, i) => website(`s-${i}`, { domain: `demo${i}-icpdesk.cn`, homepageUrl: `https://demo${i}-icpdesk.cn/` }));
    d.access = d.services.map((s) => accessFor(s.id));
  });

describe('leader age by province (§6.6: T8, H7, A25-Guizhou)', () => {
  const withLeaderId = (region: RegionKey, id: string) =>
    cleanWith((d) => {
      entityIn(region)(d);
      d.leaders![1] = { ...d.leaders![1]!, certificateNumber: id };
    });

  it('accepts a 13-year-old nowhere, since Guizhou starts at 14', () => {
    expect(ruleIds(withLeaderId('guizhou', RESIDENT_ID.guizhou2013))).toContain('leaders.age');
  });
  it('accepts a 15-year-old in Guizhou but not in Jiangsu (16) or Beijing (18)', () => {
    expect(ruleIds(withLeaderId('guizhou', RESIDENT_ID.jiangsu2010))).not.toContain('leaders.age');
    expect(ruleIds(withLeaderId('jiangsu', RESIDENT_ID.jiangsu2010))).toContain('leaders.age');
    expect(ruleIds(withLeaderId('beijing', RESIDENT_ID.jiangsu2010))).toContain('leaders.age');
  });
  it('accepts a 17-year-old in Guangdong, asking for proof of employment', () => {
    const ids = run(scenario('initial', withLeaderId('guangdong', RESIDENT_ID.guangdong2009)).filing);
    expect(ids.map((f) => f.ruleId)).not.toContain('leaders.age');
    expect(ids.find((f) => f.path === 'documents.employment-proof.p-web')?.ruleId).toBe('documents.missing');
  });
});

describe('remaining domain validity (§6.5: T4, H10, A25, H7)', () => {
  const expiring = (region: RegionKey, day: string) =>
    cleanWith((d) => {
      entityIn(region)(d);
      d.services = [website('s-1', { domainExpiryDate: day })];
    });

  it('wants more than 3 months in most provinces and more than 45 days in Shandong', () => {
    expect(ruleIds(expiring('beijing', '2026-05-01'))).toContain('service.domain.expiry');
    expect(ruleIds(expiring('shandong', '2026-05-01'))).not.toContain('service.domain.expiry');
    expect(ruleIds(expiring('shandong', '2026-04-10'))).toContain('service.domain.expiry');
  });
  it('says nothing when no expiry is recorded', () => {
    expect(ruleIds(cleanWith((d) => { d.services = [website('s-1', { domainExpiryDate: undefined })]; }))).not.toContain('service.domain.expiry');
  });
});

describe('websites per order (§4.2, §7)', () => {
  it.each([
    ['hubei', 1],
    ['hunan', 1],
    ['shanxi', 3],
    ['henan', 5],
  ] as const)('%s accepts %i and warns above', (region, max) => {
    expect(ruleIds(websitesIn(region, max))).not.toContain('filing.websites-per-order');
    expect(ruleIds(websitesIn(region, max + 1))).toContain('filing.websites-per-order');
  });

  it('has no limit of its own in Beijing', () => {
    expect(ruleIds(websitesIn('beijing', 6))).not.toContain('filing.websites-per-order');
  });

  it('lets Tencent organisations file up to 10 websites per order (T4)', () => {
    const tencent = (n: number): FilingData => {
      const d = websitesIn('beijing', n);
      return { ...d, access: (d.services ?? []).map((s) => accessFor(s.id, { providerId: 'tencent' })) };
    };
    expect(ruleIds(tencent(10))).not.toContain('filing.provider-websites-per-order');
    expect(ruleIds(tencent(11))).toContain('filing.provider-websites-per-order');
  });
});

describe('individuals from another province (§7)', () => {
  const individualIn = (region: RegionKey) =>
    cleanWith((d) => {
      d.entity = individualDraft({ region: { ...REGION[region] } });
      d.leaders = [leader('p-legal')];
      d.services = [website('s-1', { leaderId: 'p-legal', contentCategories: ['blog'], name: '张三读书笔记' })];
    });

  it('warns where only local IDs are accepted', () => {
    expect(run(scenario('initial', individualIn('henan')).filing).find((f) => f.ruleId === 'entity.individual.cross-province')?.message.en).toMatch(/only from holders of a local ID/);
  });
  it('asks for a residence permit instead of warning in Shanghai', () => {
    const findings = run(scenario('initial', individualIn('shanghai')).filing);
    expect(findings.map((f) => f.ruleId)).not.toContain('entity.individual.cross-province');
    expect(findings.find((f) => f.path === 'documents.residence-permit.p-legal')?.ruleId).toBe('documents.missing');
  });
  it('tells the user to ask the provider where the sources say nothing', () => {
    expect(run(scenario('initial', individualIn('anhui')).filing).find((f) => f.ruleId === 'entity.individual.cross-province')?.message.en).toMatch(/confirm with the provider/);
  });
  it('is quiet for a local ID', () => {
    expect(ruleIds(individualIn('beijing'))).not.toContain('entity.individual.cross-province');
  });
});

describe('shell entities adding services (§2.1: H3, T2)', () => {
  it('lets a Beijing shell entity add a website directly', () => {
    const s = scenario('add-service-existing-entity', cleanWith(() => {}), { entityId: 'e-1' }, { entities: [storedEntity('e-1', {}, 'SHELL')] });
    expect(run(s.filing, s.arrays).map((f) => f.ruleId)).not.toContain('entity.shell-add-service');
  });
});

describe('organisations across provinces (§4.1, §7 All)', () => {
  it('compares the USCC region with the filing province, not the leader’s ID', () => {
    const local = cleanWith((d) => { d.entity = { ...d.entity, certificateNumber: usccFor('110105') }; });
    expect(ruleIds(local)).not.toContain('entity.cross-province');
  });
});

describe('certificate and mailing city (§4.1: T8, H9)', () => {
  it('reads the city named first in the certificate address', () => {
    const zhengzhou = cleanWith(entityIn('henan', { certificateAddress: '河南省郑州市金水区南阳路1号' }));
    expect(ruleIds(zhengzhou)).not.toContain('entity.mailing-same-city');
  });
  it('names both cities in the language of the message', () => {
    const luoyang = cleanWith(entityIn('henan', { certificateAddress: '河南省洛阳市西工区示例路1号' }));
    const hit = run(scenario('initial', luoyang).filing).find((f) => f.ruleId === 'entity.mailing-same-city');
    expect(hit?.message.en).toContain('The certificate address is in Luoyang but the filing region (mailing address) is Zhengzhou;');
    expect(hit?.message['zh-CN']).toContain('证件住所在洛阳市，而备案地域（通信地址）选了郑州市');
  });
  it('is not a rule in Beijing', () => {
    expect(ruleIds(cleanWith((d) => { d.entity = { ...d.entity, certificateAddress: '河北省保定市示例路1号' }; }))).not.toContain('entity.mailing-same-city');
  });
});
