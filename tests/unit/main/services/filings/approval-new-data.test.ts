import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../../src/shared/domain/model/person';
import type { FilingData } from '../../../../../src/shared/domain/model/filing';
import { accessFor, cleanData, website as websiteDraft } from '../../../../fixtures/domain/builders';
import { accessesOf, at, ENTITY_NUMBER, entityOf, filingOf, openFilings, recordFiled, rejection, serviceOf, submitClean, throughReview, type Harness } from './harness';

/** Saves every step of `data` into the order, as the wizard does with Next. */
async function fill(h: Harness, id: string, data: FilingData): Promise<void> {
  for (const step of ['entity', 'leaders', 'services', 'access', 'documents'] as const) {
    const value = data[step];
    if (value === undefined) continue;
    const expectedUpdatedAt = h.filings.get(id).filing.updatedAt;
    await h.filings.saveStep({ id, step, data: value, validate: false, expectedUpdatedAt } as Parameters<Harness['filings']['saveStep']>[0]);
  }
}

describe('approval of an initial filing', () => {
  it('creates the entity, its leaders, the website with its number and the access, all active, in one go', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'initial', providerId: 'alibaba' });
    await fill(h, filing.id, cleanData());
    await submitClean(h, filing.id);
    await throughReview(h, filing.id);
    const approved = await h.filings.recordEvent({
      id: filing.id,
      event: 'admin-approve',
      at: at(14),
      numbers: { entityNumber: '京ICP备2026000001号', services: [{ serviceKey: 'draft:0', number: '京ICP备2026000001号-1' }] },
    });

    expect(approved.filing.state).toBe('APPROVED');
    const entityId = approved.filing.entityId ?? '';
    const entity = entityOf(h, entityId);
    expect(entity).toMatchObject({ name: '北京示例科技有限公司', icpNumber: '京ICP备2026000001号', leaderId: 'p-legal' });
    expect(entity.lifecycle.state).toBe('ACTIVE');
    expect(entity.lifecycle.history.at(-1)).toMatchObject({ event: 'filed', at: at(14) });
    const site = serviceOf(h, 's-1');
    expect(site).toMatchObject({ entityId, domain: 'icpdesk-demo.cn', icpNumber: '京ICP备2026000001号-1', leaderId: 'p-web' });
    expect(site.lifecycle.state).toBe('ACTIVE');
    expect(accessesOf(h, 's-1')).toMatchObject([{ providerId: 'alibaba', ips: ['203.0.113.10'] }]);
    expect(h.store.get<Person>('people', 'p-web')?.name).toBe('李四');
    expect(approved.filing.targetServiceIds).toEqual(['s-1']);
    // The portfolio's own reads see the new records at once (the search index followed the commit).
    expect(h.portfolio.entities.list({ text: '京ICP备2026000001号' }).rows.map((r) => r.id)).toEqual([entityId]);
  });

  it('refuses a service number of another entity or of the wrong kind, and changes nothing', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'initial', providerId: 'alibaba' });
    await fill(h, filing.id, cleanData());
    await submitClean(h, filing.id);
    await throughReview(h, filing.id);
    const before = filingOf(h, filing.id);
    const error = await rejection(
      h.filings.recordEvent({ id: filing.id, event: 'admin-approve', at: at(14), numbers: { entityNumber: '京ICP备2026000001号', services: [{ serviceKey: 's-1', number: '京ICP备2026000002号-1A' }] } }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((i) => i.path.join('.'))).toEqual(['numbers.services.0.number', 'numbers.services.0.number']);
    expect(filingOf(h, filing.id)).toEqual(before);
    expect(h.store.count('entities')).toBe(0);
    expect(h.store.count('services')).toBe(0);
  });

  it('asks for the numbers when none are given', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'initial', providerId: 'alibaba' });
    await fill(h, filing.id, cleanData());
    await submitClean(h, filing.id);
    await throughReview(h, filing.id);
    const error = await rejection(h.filings.recordEvent({ id: filing.id, event: 'admin-approve', at: at(14) }));
    expect(error.issues?.map((i) => i.path.join('.'))).toEqual(['numbers.entityNumber', 'numbers.services']);
  });
});

describe('approval of the other filings that bring a site', () => {
  it('an access filing adds this provider to a site filed elsewhere; the number stays', async () => {
    const h = await openFilings();
    const { entityId, serviceIds } = await recordFiled(h, ['moving.example.cn'], ['tencent']);
    const site = serviceIds[0] ?? '';
    const created = await h.filings.create({ operation: 'access', entityId, targetServiceIds: [site], providerId: 'alibaba' });
    expect(created.filing.data.access).toEqual([{ serviceId: site, providerId: 'alibaba' }]);
    await fill(h, created.filing.id, { access: [accessFor(site, { ips: ['198.51.100.7'] })], documents: cleanData().documents ?? [] });
    await submitClean(h, created.filing.id);
    await throughReview(h, created.filing.id);
    await h.filings.recordEvent({ id: created.filing.id, event: 'admin-approve', at: at(14) });

    expect(serviceOf(h, site).icpNumber).toBe(`${ENTITY_NUMBER}-1`);
    expect(accessesOf(h, site).map((a) => [a.providerId, a.ips, a.removedAt])).toEqual([
      ['tencent', ['203.0.113.10'], undefined],
      ['alibaba', ['198.51.100.7'], undefined],
    ]);
    expect(entityOf(h, entityId).lifecycle.state).toBe('ACTIVE');
  });

  it('adding a website writes its number under the existing entity number', async () => {
    const h = await openFilings();
    const { entityId, serviceIds } = await recordFiled(h, ['first.example.cn']);
    const created = await h.filings.create({ operation: 'add-service-existing-entity', entityId, providerId: 'alibaba' });
    const entityBefore = entityOf(h, entityId);
    const legal = entityBefore.leaderId;
    await fill(h, created.filing.id, {
      services: [websiteDraft('s-new', { domain: 'second.example.cn', homepageUrl: 'https://second.example.cn/', leaderId: legal, name: '示例第二站' })],
      access: [accessFor('s-new')],
      documents: [{ kind: 'leader-id', subjectId: legal, provided: true }],
    });
    await submitClean(h, created.filing.id);
    await throughReview(h, created.filing.id);
    await h.filings.recordEvent({ id: created.filing.id, event: 'admin-approve', at: at(14), numbers: { services: [{ serviceKey: 's-new', number: `${ENTITY_NUMBER}-2` }] } });

    expect(serviceOf(h, 's-new')).toMatchObject({ entityId, icpNumber: `${ENTITY_NUMBER}-2`, lifecycle: { state: 'ACTIVE' } });
    expect(serviceOf(h, serviceIds[0] ?? '').icpNumber).toBe(`${ENTITY_NUMBER}-1`);
    // The entity was not part of the order: it is neither rewritten nor logged.
    expect(entityOf(h, entityId)).toEqual(entityBefore);
    expect(accessesOf(h, 's-new').map((a) => a.providerId)).toEqual(['alibaba']);
  });
});
