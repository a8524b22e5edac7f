import { describe, expect, it } from 'vitest';
import type { FilingData } from '../../../../../src/shared/domain/model/filing';
import type { Person } from '../../../../../src/shared/domain/model/person';
import type { IssuedNumbers } from '../../../../../src/shared/ipc/filing-schemas';
import { accessFor, cleanData, entityDraft, website as websiteDraft } from '../../../../fixtures/domain/builders';
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

/** From submission to the 管局's approval, with the numbers the 管局 gave (if any). */
async function approve(h: Harness, id: string, numbers?: IssuedNumbers) {
  await submitClean(h, id);
  await throughReview(h, id);
  return h.filings.recordEvent({ id, event: 'admin-approve', at: at(14), ...(numbers ? { numbers } : {}) });
}

/** A HiChina-era filing (before June 2010): the entity and the site already hold their numbers. */
const HICHINA_ENTITY = '京ICP备09012345号';

describe('approval of a claim (认领备案)', () => {
  it('brings a filing the portfolio did not hold into it with its old numbers, at this provider', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'claim', providerId: 'alibaba' });
    const data = cleanData();
    await fill(h, filing.id, {
      ...data,
      entity: entityDraft({ icpNumber: HICHINA_ENTITY }),
      services: [websiteDraft('s-1', { icpNumber: `${HICHINA_ENTITY}-1` })],
    });
    // The 管局 issues nothing new: the numbers of the claimed filing are the ones written.
    const approved = await approve(h, filing.id);

    expect(approved.filing.state).toBe('APPROVED');
    const entityId = approved.filing.entityId ?? '';
    expect(entityOf(h, entityId)).toMatchObject({ name: '北京示例科技有限公司', icpNumber: HICHINA_ENTITY, leaderId: 'p-legal', lifecycle: { state: 'ACTIVE' } });
    expect(serviceOf(h, 's-1')).toMatchObject({ entityId, domain: 'icpdesk-demo.cn', icpNumber: `${HICHINA_ENTITY}-1`, leaderId: 'p-web', lifecycle: { state: 'ACTIVE' } });
    expect(accessesOf(h, 's-1').map((a) => [a.providerId, a.ips, a.removedAt])).toEqual([['alibaba', ['203.0.113.10'], undefined]]);
    expect(h.store.get<Person>('people', 'p-web')?.name).toBe('李四');
    expect(approved.filing.targetServiceIds).toEqual(['s-1']);
    expect(h.portfolio.services.list({ text: `${HICHINA_ENTITY}-1` }).rows.map((r) => r.id)).toEqual(['s-1']);
  });

  it('claims a site the portfolio already records: numbers kept, the claiming provider added, the other link untouched', async () => {
    const h = await openFilings();
    const { entityId, serviceIds } = await recordFiled(h, ['old.example.cn'], ['tencent']);
    const site = serviceIds[0] ?? '';
    const created = await h.filings.create({ operation: 'claim', entityId, targetServiceIds: [site], providerId: 'alibaba' });
    // The order starts from the stored records: entity, leaders, the site, and a link at the claiming provider.
    expect(created.filing.data.entity?.icpNumber).toBe(ENTITY_NUMBER);
    expect(created.filing.data.services?.map((s) => s.id)).toEqual([site]);
    expect(created.filing.data.access).toEqual([{ serviceId: site, providerId: 'alibaba' }]);
    const legal = entityOf(h, entityId).leaderId;
    const siteLeader = serviceOf(h, site).leaderId;
    await fill(h, created.filing.id, {
      access: [accessFor(site, { ips: ['198.51.100.9'] })],
      documents: [
        { kind: 'entity-certificate', provided: true },
        { kind: 'leader-id', subjectId: legal, provided: true },
        { kind: 'leader-id', subjectId: siteLeader, provided: true },
      ],
    });
    const entityBefore = entityOf(h, entityId);
    await approve(h, created.filing.id);

    expect(entityOf(h, entityId)).toMatchObject({ icpNumber: ENTITY_NUMBER, name: entityBefore.name, lifecycle: { state: 'ACTIVE' } });
    expect(serviceOf(h, site)).toMatchObject({ icpNumber: `${ENTITY_NUMBER}-1`, domain: 'old.example.cn', lifecycle: { state: 'ACTIVE' } });
    expect(accessesOf(h, site).map((a) => [a.providerId, a.ips, a.removedAt])).toEqual([
      ['tencent', ['203.0.113.10'], undefined],
      ['alibaba', ['198.51.100.9'], undefined],
    ]);
    expect(h.store.count('entities')).toBe(1);
    expect(h.store.count('services')).toBe(1);
  });

  it('asks for the old numbers when the claim does not carry them, and changes nothing', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'claim', providerId: 'alibaba' });
    await fill(h, filing.id, cleanData());
    await submitClean(h, filing.id);
    await throughReview(h, filing.id);
    const before = filingOf(h, filing.id);
    const error = await rejection(h.filings.recordEvent({ id: filing.id, event: 'admin-approve', at: at(14) }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((i) => i.path.join('.'))).toEqual(['numbers.entityNumber', 'numbers.services']);
    expect(filingOf(h, filing.id)).toEqual(before);
    expect(h.store.count('entities')).toBe(0);
    expect(h.store.count('services')).toBe(0);
  });
});

describe('approval of a new website of an entity filed through another provider', () => {
  it('records the entity with its existing number and the new site with the number issued, at this provider', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'add-service-new-entity-here', providerId: 'alibaba' });
    await fill(h, filing.id, { ...cleanData(), entity: entityDraft({ icpNumber: '京ICP备2019000001号' }) });
    const approved = await approve(h, filing.id, { services: [{ serviceKey: 'draft:0', number: '京ICP备2019000001号-3' }] });

    const entityId = approved.filing.entityId ?? '';
    expect(entityOf(h, entityId)).toMatchObject({ icpNumber: '京ICP备2019000001号', lifecycle: { state: 'ACTIVE' } });
    expect(serviceOf(h, 's-1')).toMatchObject({ entityId, icpNumber: '京ICP备2019000001号-3', lifecycle: { state: 'ACTIVE' } });
    expect(accessesOf(h, 's-1').map((a) => a.providerId)).toEqual(['alibaba']);
    expect(approved.filing.targetServiceIds).toEqual(['s-1']);
  });

  it('adds the site under an entity the portfolio records at another provider; the entity and its sites stay as they were', async () => {
    const h = await openFilings();
    const { entityId, serviceIds } = await recordFiled(h, ['first.example.cn'], ['tencent']);
    const first = serviceIds[0] ?? '';
    const firstBefore = serviceOf(h, first);
    const firstAccessBefore = accessesOf(h, first);
    const created = await h.filings.create({ operation: 'add-service-new-entity-here', entityId, providerId: 'alibaba' });
    // The entity's data goes for review again, so the order starts from the stored record.
    expect(created.filing.data.entity?.name).toBe('北京示例科技有限公司');
    const legal = entityOf(h, entityId).leaderId;
    await fill(h, created.filing.id, {
      services: [websiteDraft('s-new', { domain: 'second.example.cn', homepageUrl: 'https://second.example.cn/', leaderId: legal, name: '示例第二站' })],
      access: [accessFor('s-new')],
      documents: [
        { kind: 'entity-certificate', provided: true },
        { kind: 'leader-id', subjectId: legal, provided: true },
      ],
    });
    await approve(h, created.filing.id, { services: [{ serviceKey: 's-new', number: `${ENTITY_NUMBER}-2` }] });

    expect(entityOf(h, entityId)).toMatchObject({ icpNumber: ENTITY_NUMBER, lifecycle: { state: 'ACTIVE' } });
    expect(serviceOf(h, 's-new')).toMatchObject({ entityId, icpNumber: `${ENTITY_NUMBER}-2`, domain: 'second.example.cn', lifecycle: { state: 'ACTIVE' } });
    expect(accessesOf(h, 's-new').map((a) => [a.providerId, a.removedAt])).toEqual([['alibaba', undefined]]);
    expect(serviceOf(h, first)).toEqual(firstBefore);
    expect(accessesOf(h, first)).toEqual(firstAccessBefore);
    expect(h.portfolio.services.list({ entityId }).rows.map((r) => r.id).sort()).toEqual([first, 's-new'].sort());
  });

  it('refuses an issued number under another entity number, and changes nothing', async () => {
    const h = await openFilings();
    const { entityId } = await recordFiled(h, ['first.example.cn'], ['tencent']);
    const created = await h.filings.create({ operation: 'add-service-new-entity-here', entityId, providerId: 'alibaba' });
    const legal = entityOf(h, entityId).leaderId;
    await fill(h, created.filing.id, {
      services: [websiteDraft('s-new', { domain: 'second.example.cn', homepageUrl: 'https://second.example.cn/', leaderId: legal })],
      access: [accessFor('s-new')],
      documents: [
        { kind: 'entity-certificate', provided: true },
        { kind: 'leader-id', subjectId: legal, provided: true },
      ],
    });
    await submitClean(h, created.filing.id);
    await throughReview(h, created.filing.id);
    const error = await rejection(h.filings.recordEvent({ id: created.filing.id, event: 'admin-approve', at: at(14), numbers: { services: [{ serviceKey: 's-new', number: '京ICP备2019000001号-2' }] } }));
    expect(error.code).toBe('VALIDATION');
    expect(h.store.get('services', 's-new')).toBeUndefined();
    expect(filingOf(h, created.filing.id).state).toBe('ADMIN_REVIEW');
  });
});
