import { describe, expect, it } from 'vitest';
import { filingChanges } from '../../../../src/shared/domain/filing-changes';
import { createInMemoryPortfolio } from '../../../../src/shared/domain/rules/in-memory-portfolio';
import { accessFor, entityDraft, leader, storedAccess, storedEntity, storedPerson, storedWebsite, website } from '../../../fixtures/domain/builders';
import { MOBILE } from '../../../fixtures/domain/values';

/** The old→new diff of a modification (§2 modify: A15, T13), against the filed records. */
const view = createInMemoryPortfolio({
  entities: [storedEntity('e-1')],
  persons: [storedPerson(leader('p-legal')), storedPerson(leader('p-web', { name: '李四', mobile: MOBILE.b }))],
  services: [{ ...storedWebsite('s-1', 'e-1', 'icpdesk-demo.cn'), leaderId: 'p-web' }],
  access: [storedAccess('a-1', 's-1')],
});

describe('filingChanges', () => {
  it('lists nothing when the draft equals the filed data', () => {
    const stored = storedWebsite('s-1', 'e-1', 'icpdesk-demo.cn');
    expect(filingChanges({ entityId: 'e-1', data: { entity: { ...entityDraft(), icpNumber: '京ICP备2021000001号', investor: undefined }, services: [{ ...stored, leaderId: 'p-web' }] } }, view)).toEqual([]);
  });

  it('names each changed field with its label, the filed value and the new one', () => {
    const changes = filingChanges(
      {
        entityId: 'e-1',
        data: {
          entity: { ...entityDraft(), icpNumber: '京ICP备2021000001号', investor: undefined, mailingAddress: '新地址8号', region: { province: '110000', city: '110100', district: '110108' } },
          leaders: [leader('p-web', { name: '李四', mobile: MOBILE.d })],
          services: [website('s-1', { name: '已备案网站1', leaderId: 'p-legal', icpNumber: '京ICP备2021000001号-1', domainExpiryDate: undefined, remarks: undefined, homepageUrl: 'https://icpdesk-demo.cn/' })],
          access: [accessFor('s-1', { ips: ['203.0.113.10', '203.0.113.11'] })],
        },
      },
      view,
    );
    expect(changes.map((c) => [c.path, c.old, c.new])).toEqual([
      ['entity.region.district', '110105', '110108'],
      ['entity.mailingAddress', '示例路1号2层', '新地址8号'],
      ['leaders.0.mobile', MOBILE.b, MOBILE.d],
      ['services.0.leaderId', '李四', '张三'],
      ['access.0.ips', '203.0.113.10', '203.0.113.10, 203.0.113.11'],
    ]);
    expect(changes[0]?.label).toEqual({ 'zh-CN': '主体 · 备案地域 · 区县', en: 'Entity · filing region · district' });
    expect(changes[3]?.label.en).toBe('Service "已备案网站1" · leader');
  });

  it('shows every field of a record the portfolio does not hold as new', () => {
    const changes = filingChanges({ entityId: 'e-1', data: { leaders: [leader('p-new', { name: '王五' })] } }, view);
    expect(changes.length).toBeGreaterThan(5);
    expect(changes.every((c) => c.old === undefined && c.new !== undefined)).toBe(true);
    expect(changes.find((c) => c.path === 'leaders.0.name')?.label.en).toBe('Leader 王五 · name');
  });
});
