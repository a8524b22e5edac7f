import { describe, expect, it } from 'vitest';
import type { Access } from '../../../../../src/shared/domain/model/access';
import type { Entity } from '../../../../../src/shared/domain/model/entity';
import type { Filing } from '../../../../../src/shared/domain/model/filing';
import type { Person } from '../../../../../src/shared/domain/model/person';
import type { Service } from '../../../../../src/shared/domain/model/service';
import { createInMemoryPortfolio } from '../../../../../src/shared/domain/rules/in-memory-portfolio';
import type { PortfolioView } from '../../../../../src/shared/domain/rules/portfolio-view';
import { runRules } from '../../../../../src/shared/domain/rules/engine';
import { cleanFiling } from '../../../../fixtures/domain/builders';
import { USCC } from '../../../../fixtures/domain/values';
import { accessInput, appInput, entityInput, NOW, openPortfolio, personInput, websiteInput, type Harness } from './harness';

const filing = (id: string, entityId: string, state: Filing['state']) => ({
  id,
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
  operation: 'modify' as const,
  state,
  resubmissions: 0,
  history: [],
  entityId,
  targetServiceIds: [],
  data: {},
  rejectionFindings: [],
  acknowledgedWarnings: [],
});

/**
 * A portfolio with everything the view must get right: a person shared by two entities, an app
 * declaring a website's domain, a removed provider link, an archived service and an archived
 * entity, open and finished filings.
 */
async function fixture(h: Harness) {
  const { id: shared } = await h.portfolio.people.create({ person: personInput({ name: '共用负责人', mobile: '13900139000' }) });
  const a = await h.portfolio.entities.create({ entity: entityInput({ name: '甲', icpNumber: '京ICP备2024000001号' }), leader: { id: shared } });
  const b = await h.portfolio.entities.create({ entity: entityInput({ name: '乙', certificateNumber: USCC.beijing2 }), leader: { new: personInput({ mobile: '13800138000' }) } });
  const c = await h.portfolio.entities.create({ entity: entityInput({ name: '丙', certificateNumber: USCC.beijing2 }), leader: { new: personInput({ mobile: '13700137000' }) } });
  const site = await h.portfolio.services.create({ entityId: a.id, service: websiteInput({ domain: 'shared-demo.cn', homepageUrl: 'https://shared-demo.cn/' }), leader: { id: shared } });
  const app = await h.portfolio.services.create({ entityId: b.id, service: appInput({ domains: ['SHARED-demo.cn', 'api.b-demo.cn'] }), leader: { id: shared } });
  const old = await h.portfolio.services.create({ entityId: b.id, service: websiteInput({ name: '旧站', domain: 'old-demo.cn', homepageUrl: 'https://old-demo.cn/' }), leader: { new: personInput({ mobile: '13600136000' }) } });
  const kept = await h.portfolio.accesses.save({ serviceId: site.id, access: accessInput() });
  const removed = await h.portfolio.accesses.save({ serviceId: site.id, access: accessInput({ providerId: 'tencent', serviceCode: 'AUTH' }) });
  await h.portfolio.accesses.remove(removed.id);
  await h.portfolio.services.archive(old.id);
  await h.portfolio.entities.archive(c.id);
  await h.store.transact('', (tx) => {
    tx.put('filings', filing('open-a', a.id, 'PROVIDER_REVIEW'));
    tx.put('filings', filing('done-a', a.id, 'APPROVED'));
    tx.put('filings', filing('open-c', c.id, 'DRAFT'));
  });
  return { a: a.id, b: b.id, c: c.id, shared, site: site.id, app: app.id, old: old.id, kept: kept.id };
}

const idsOf = (records: readonly { id: string }[]) => records.map((r) => r.id).sort();

function inMemoryOf(h: Harness): PortfolioView {
  return createInMemoryPortfolio({
    entities: [...h.store.list<Entity>('entities')],
    persons: [...h.store.list<Person>('people')],
    services: [...h.store.list<Service>('services')],
    access: [...h.store.list<Access>('accesses')],
    filings: [...h.store.list<Filing>('filings')],
  });
}

describe('the store-backed PortfolioView', () => {
  it('answers every lookup as the in-memory view over the same records does', async () => {
    const h = await openPortfolio();
    const ids = await fixture(h);
    const store = h.portfolio.view;
    const memory = inMemoryOf(h);
    const recordIds = [...Object.values(ids), 'missing'];
    for (const id of recordIds) {
      expect(store.getEntity(id)?.id, `getEntity ${id}`).toBe(memory.getEntity(id)?.id);
      expect(store.getPerson(id)?.id, `getPerson ${id}`).toBe(memory.getPerson(id)?.id);
      expect(store.getService(id)?.id, `getService ${id}`).toBe(memory.getService(id)?.id);
      expect(idsOf(store.servicesOfEntity(id)), `servicesOfEntity ${id}`).toEqual(idsOf(memory.servicesOfEntity(id)));
      expect(idsOf(store.openFilingsForEntity(id)), `openFilingsForEntity ${id}`).toEqual(idsOf(memory.openFilingsForEntity(id)));
      expect(idsOf(store.accessOfService(id)), `accessOfService ${id}`).toEqual(idsOf(memory.accessOfService(id)));
    }
    for (const number of [USCC.beijing, USCC.beijing2, ` ${USCC.beijing2.toLowerCase()}`, 'none']) {
      expect(idsOf(store.entitiesByCertificate(number)), number).toEqual(idsOf(memory.entitiesByCertificate(number)));
    }
    for (const mobile of ['13900139000', '+86 139 0013 9000', '13800138000', '13700137000', '13600136000', '13500135000']) {
      expect(idsOf(store.entitiesUsingMobile(mobile)), mobile).toEqual(idsOf(memory.entitiesUsingMobile(mobile)));
    }
    for (const domain of ['shared-demo.cn', 'SHARED-DEMO.CN.', 'api.b-demo.cn', 'old-demo.cn', 'icpdesk-demo.cn']) {
      expect(idsOf(store.servicesByDomain(domain)), domain).toEqual(idsOf(memory.servicesByDomain(domain)));
    }
    // And the answers are the ones the fixture means, not merely equal.
    expect(idsOf(store.entitiesUsingMobile('13900139000'))).toEqual([ids.a, ids.b].sort());
    expect(idsOf(store.servicesByDomain('shared-demo.cn'))).toEqual([ids.site, ids.app].sort());
    expect(idsOf(store.accessOfService(ids.site))).toEqual([ids.kept]);
    expect(idsOf(store.openFilingsForEntity(ids.a))).toEqual(['open-a']);
    expect(store.getEntity(ids.c)).toBeUndefined();
    expect(store.getService(ids.old)).toBeUndefined();
  });

  it('runs the rule engine to the same findings as the in-memory view', async () => {
    const h = await openPortfolio();
    await fixture(h);
    const subject = cleanFiling();
    const withStore = runRules({ filing: subject, portfolio: h.portfolio.view, now: NOW });
    const withMemory = runRules({ filing: subject, portfolio: inMemoryOf(h), now: NOW });
    expect(withStore.map((f) => `${f.ruleId}@${f.path ?? ''}`).sort()).toEqual(withMemory.map((f) => `${f.ruleId}@${f.path ?? ''}`).sort());
    // The portfolio rules did fire: the certificate and a mobile are already in the portfolio.
    expect(withStore.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['entity.already-filed', 'leaders.mobile-used-by-other-entity']));
  });

  it('reads the store on each call, so it sees a change at once', async () => {
    const h = await openPortfolio();
    const ids = await fixture(h);
    expect(h.portfolio.view.getEntity(ids.a)).toBeDefined();
    await h.portfolio.entities.archive(ids.a);
    expect(h.portfolio.view.getEntity(ids.a)).toBeUndefined();
    expect(h.portfolio.view.entitiesUsingMobile('13900139000').map((e) => e.id)).toEqual([ids.b]);
  });
});
