import { describe, expect, it } from 'vitest';
import { requiredDocuments } from '../../../../../src/shared/domain/rules/required-documents';
import { createInMemoryPortfolio } from '../../../../../src/shared/domain/rules/in-memory-portfolio';
import type { FilingData } from '../../../../../src/shared/domain/model/filing';
import type { OperationId } from '../../../../../src/shared/domain/operations';
import type { PortfolioArrays } from '../../../../../src/shared/domain/rules/in-memory-portfolio';
import { filing, individualDraft, leader, NOW, storedEntity, storedWebsite, website } from '../../../../fixtures/domain/builders';
import { cleanWith, entityIn } from '../../../../fixtures/domain/scenario';
import { REGION } from '../../../../fixtures/domain/values';

const docs = (data: FilingData, op: OperationId = 'initial', over = {}, arrays: PortfolioArrays = {}, now = NOW) =>
  requiredDocuments({ filing: filing(op, data, over), portfolio: createInMemoryPortfolio(arrays), now });
const kinds = (...args: Parameters<typeof docs>) => docs(...args).map((d) => (d.subjectId ? `${d.kind}:${d.subjectId}` : d.kind));

describe('requiredDocuments', () => {
  it('asks an enterprise for its certificate and each leader’s ID', () => {
    expect(kinds(cleanWith(() => {}))).toEqual(['entity-certificate', 'leader-id:p-legal', 'leader-id:p-web']);
  });

  it('gives every item a label, a reason and its sources', () => {
    for (const d of docs(cleanWith(entityIn('guangdong')))) {
      expect(d.label['zh-CN']).not.toBe('');
      expect(d.reason.en).not.toBe('');
      expect(d.source.length).toBeGreaterThan(0);
    }
  });

  it('adds an authorization letter when the entity leader is not the legal representative (A21, H6)', () => {
    expect(kinds(cleanWith((d) => { d.entity = { ...d.entity, leaderIsLegalRepresentative: false }; }))).toContain('authorization-letter');
  });

  it('wants the Guangdong commitment letter from 2021-06-21 only (H6, H7)', () => {
    const gd = cleanWith(entityIn('guangdong'));
    expect(kinds(gd)).toContain('guangdong-commitment');
    expect(kinds(gd, 'initial', {}, {}, new Date('2021-06-20T04:00:00Z'))).not.toContain('guangdong-commitment');
  });

  it('wants the Jiangsu notice and commitment from 2021-06-01 (T8, H7)', () => {
    expect(kinds(cleanWith(entityIn('jiangsu')))).toEqual(expect.arrayContaining(['jiangsu-responsibility-notice', 'jiangsu-commitment']));
  });

  it('asks for domain certificates in Henan from 4 domains (A25-Henan)', () => {
    const henan = (n: number) =>
      cleanWith((d) => {
        entityIn('henan')(d);
        d.services = Array.from({ length: n }, (_, i) => website(`s-${i}`, { domain: `demo${i}-icpdesk.cn` }));
      });
    expect(kinds(henan(3)).filter((k) => k.startsWith('domain-certificate'))).toEqual([]);
    expect(kinds(henan(4)).filter((k) => k.startsWith('domain-certificate'))).toHaveLength(4);
  });

  it('asks an out-of-province individual in Shanghai for a residence permit', () => {
    const data = cleanWith((d) => {
      d.entity = individualDraft({ region: { ...REGION.shanghai } });
      d.leaders = [leader('p-legal')];
      d.services = [website('s-1', { leaderId: 'p-legal' })];
    });
    expect(kinds(data).sort()).toEqual(['leader-id:p-legal', 'residence-permit:p-legal']);
  });

  it('asks for the pre-approval document of a website that declares one', () => {
    const data = cleanWith((d) => { d.services = [website('s-1', { contentCategories: ['news'], preApprovals: [{ category: 'news', approvalNumber: '京新网备 2026-001' }] })]; });
    expect(kinds(data)).toContain('pre-approval:s-1');
  });

  it('asks a renamed entity for the certificate of name change (A15)', () => {
    const data: FilingData = { entity: { name: '北京示例新名称有限公司' } };
    expect(kinds(data, 'modify', { entityId: 'e-1' }, { entities: [storedEntity('e-1')] })).toEqual(['name-change-certificate']);
  });

  it('asks a Shanghai enterprise reaching 30 websites for a construction plan', () => {
    const sh = storedEntity('e-1', { region: { ...REGION.shanghai } });
    const filed = Array.from({ length: 29 }, (_, i) => storedWebsite(`s-old-${i}`, 'e-1', `old${i}-demo.cn`, 'ACTIVE', i + 1));
    const data = cleanWith(entityIn('shanghai'));
    expect(kinds(data, 'add-service-existing-entity', { entityId: 'e-1' }, { entities: [sh], services: filed })).toContain('construction-plan');
    expect(kinds(data, 'add-service-existing-entity', { entityId: 'e-1' }, { entities: [sh], services: filed.slice(1) })).not.toContain('construction-plan');
  });

  it('needs nothing to cancel', () => {
    expect(kinds({}, 'cancel-service', { entityId: 'e-1', targetServiceIds: ['s-1'] }, { entities: [storedEntity('e-1')] })).toEqual([]);
  });
});
