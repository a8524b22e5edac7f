import { describe, expect, it } from 'vitest';
import { createInMemoryPortfolio } from '../../../../../src/shared/domain/rules/in-memory-portfolio';
import { AT, leader, storedAccess, storedEntity, storedFiling, storedPerson, storedWebsite } from '../../../../fixtures/domain/builders';
import { USCC } from '../../../../fixtures/domain/values';

const view = createInMemoryPortfolio({
  entities: [storedEntity('e-1'), storedEntity('e-2', { certificateNumber: USCC.guangdong, leaderId: 'p-2', archivedAt: AT })],
  persons: [storedPerson(leader('p-legal', { mobile: '13800138000' })), storedPerson(leader('p-web', { mobile: '13900139000' })), storedPerson(leader('p-2', { mobile: '13700137000' }))],
  services: [{ ...storedWebsite('s-1', 'e-1', 'Demo-ICPDesk.cn'), leaderId: 'p-web' }],
  access: [storedAccess('a-1', 's-1'), { ...storedAccess('a-2', 's-1', 'tencent'), removedAt: AT }],
  filings: [storedFiling('f-open', 'e-1', 'ADMIN_REVIEW'), storedFiling('f-done', 'e-1', 'APPROVED'), storedFiling('f-gone', 'e-1', 'ABANDONED')],
});

describe('in-memory PortfolioView', () => {
  it('finds entities by certificate whatever the case and spacing', () => {
    expect(view.entitiesByCertificate(' 91110000ma0000001l ').map((e) => e.id)).toEqual(['e-1']);
  });

  it('finds an entity through its entity leader’s or a service leader’s mobile, in any notation', () => {
    expect(view.entitiesUsingMobile('+86 138 0013 8000').map((e) => e.id)).toEqual(['e-1']);
    expect(view.entitiesUsingMobile('139-0013-9000').map((e) => e.id)).toEqual(['e-1']);
  });

  it('finds websites by domain case-insensitively', () => {
    expect(view.servicesByDomain('demo-icpdesk.CN').map((s) => s.id)).toEqual(['s-1']);
  });

  it('lists only open filings of an entity', () => {
    expect(view.openFilingsForEntity('e-1').map((f) => f.id)).toEqual(['f-open']);
  });

  it('lists only current provider links of a service', () => {
    expect(view.accessOfService('s-1').map((a) => a.id)).toEqual(['a-1']);
  });

  it('leaves archived records out', () => {
    expect(view.getEntity('e-2')).toBeUndefined();
    expect(view.entitiesByCertificate(USCC.guangdong)).toEqual([]);
    expect(view.entitiesUsingMobile('13700137000')).toEqual([]);
  });
});
