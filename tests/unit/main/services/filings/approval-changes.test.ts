import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../../../src/main/store';
import type { EntityDraft } from '../../../../../src/shared/domain/model/entity';
import type { ServiceDraft } from '../../../../../src/shared/domain/model/service';
import { accessesOf, at, entityOf, filingOf, openFilings, recordFiled, rejection, serviceOf, submitClean, throughReview, type Harness } from './harness';

/** Walks an order from submission to the 管局's approval. */
async function approve(h: Harness, id: string): Promise<void> {
  await submitClean(h, id);
  await throughReview(h, id);
  await h.filings.recordEvent({ id, event: 'admin-approve', at: at(14) });
}

describe('approval of a modification', () => {
  it('writes the changed filed data into the portfolio and keeps the numbers', async () => {
    const h = await openFilings();
    const { entityId, serviceIds } = await recordFiled(h, ['site.example.cn']);
    const site = serviceIds[0] ?? '';
    const created = await h.filings.create({ operation: 'modify', entityId });
    const id = created.filing.id;
    const entityStep = { ...(created.filing.data.entity as EntityDraft), mailingAddress: '示例路9号' };
    let d = (await h.filings.saveStep({ id, step: 'entity', data: entityStep, validate: true, expectedUpdatedAt: created.filing.updatedAt })).detail;
    const services = (d.filing.data.services ?? []).map((s): ServiceDraft => ({ ...s, name: '示例网站改名' }));
    d = (await h.filings.saveStep({ id, step: 'services', data: services, validate: true, expectedUpdatedAt: d.filing.updatedAt })).detail;
    expect(d.changes.map((c) => [c.path, c.old, c.new])).toEqual([
      ['entity.mailingAddress', '示例路1号2层', '示例路9号'],
      ['services.0.name', '示例网站1', '示例网站改名'],
    ]);
    await h.filings.saveStep({ id, step: 'documents', data: (d.requiredDocuments ?? []).map((r) => ({ kind: r.kind, provided: true, ...(r.subjectId ? { subjectId: r.subjectId } : {}) })), validate: false, expectedUpdatedAt: d.filing.updatedAt });
    await approve(h, id);

    expect(entityOf(h, entityId)).toMatchObject({ mailingAddress: '示例路9号', icpNumber: '京ICP备2021000001号', lifecycle: { state: 'ACTIVE' } });
    expect(serviceOf(h, site)).toMatchObject({ name: '示例网站改名', icpNumber: '京ICP备2021000001号-1', lifecycle: { state: 'ACTIVE' } });
    // The portfolio now holds the new values; the closed order still shows what it changed (frozen at closing).
    expect(h.filings.get(id).changes.map((c) => [c.path, c.old, c.new])).toEqual([
      ['entity.mailingAddress', '示例路1号2层', '示例路9号'],
      ['services.0.name', '示例网站1', '示例网站改名'],
    ]);
  });
});

describe('approval of a cancellation', () => {
  it('cancel-entity cancels the entity and every one of its services', async () => {
    const h = await openFilings();
    const { entityId, serviceIds } = await recordFiled(h, ['one.example.cn', 'two.example.cn']);
    const created = await h.filings.create({ operation: 'cancel-entity', entityId, providerId: 'alibaba' });
    expect(created.filing.targetServiceIds).toEqual(serviceIds);
    expect(created.removes).toEqual({ entityNumber: '京ICP备2021000001号', serviceNumbers: ['京ICP备2021000001号-1', '京ICP备2021000001号-2'] });
    await approve(h, created.filing.id);

    expect(entityOf(h, entityId).lifecycle.state).toBe('CANCELLED');
    for (const id of serviceIds) {
      expect(serviceOf(h, id).lifecycle.state).toBe('CANCELLED');
      expect(accessesOf(h, id).every((a) => a.removedAt === at(14))).toBe(true);
    }
  });

  it('cancel-service cancels one website of an entity with two and leaves the other untouched', async () => {
    const h = await openFilings();
    const { entityId, serviceIds } = await recordFiled(h, ['one.example.cn', 'two.example.cn']);
    const [gone = '', kept = ''] = serviceIds;
    const keptBefore = serviceOf(h, kept);
    const keptAccessBefore = accessesOf(h, kept);
    const created = await h.filings.create({ operation: 'cancel-service', targetServiceIds: [gone] });
    expect(created.filing.entityId).toBe(entityId);
    expect(created.removes).toEqual({ serviceNumbers: ['京ICP备2021000001号-1'] });
    await approve(h, created.filing.id);

    expect(serviceOf(h, gone).lifecycle.state).toBe('CANCELLED');
    expect(serviceOf(h, kept)).toEqual(keptBefore);
    expect(accessesOf(h, kept)).toEqual(keptAccessBefore);
    expect(entityOf(h, entityId).lifecycle.state).toBe('ACTIVE');
  });

  it('refuses to cancel two websites in one order (one at a time, §2.1)', async () => {
    const h = await openFilings();
    const { serviceIds } = await recordFiled(h, ['one.example.cn', 'two.example.cn']);
    const error = await rejection(h.filings.create({ operation: 'cancel-service', targetServiceIds: serviceIds }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.[0]?.path).toEqual(['targetServiceIds']);
  });
});

describe('approval of a provider removal', () => {
  it('removes the access and, when it was the last provider, makes the site a shell (through ACCESS_REMOVED)', async () => {
    const h = await openFilings();
    const { entityId, serviceIds } = await recordFiled(h, ['only.example.cn']);
    const site = serviceIds[0] ?? '';
    const created = await h.filings.create({ operation: 'remove-access', targetServiceIds: [site] });
    expect(created.filing.providerId).toBe('alibaba');
    expect(created.leavesShell).toBe(true);
    expect(created.findings.map((f) => f.code)).toContain('filing.remove-access-leaves-shell');
    await approve(h, created.filing.id);

    expect(accessesOf(h, site).map((a) => a.removedAt)).toEqual([at(14)]);
    const s = serviceOf(h, site);
    expect(s.lifecycle.state).toBe('SHELL');
    expect(s.lifecycle.history.slice(-2).map((e) => e.to)).toEqual(['ACCESS_REMOVED', 'SHELL']);
    expect(s.icpNumber).toBe('京ICP备2021000001号-1');
    expect(entityOf(h, entityId).lifecycle.state).toBe('SHELL');
  });

  it('removing one of two providers keeps the site active', async () => {
    const h = await openFilings();
    const { serviceIds } = await recordFiled(h, ['two-hosts.example.cn']);
    const site = serviceIds[0] ?? '';
    await h.portfolio.accesses.save({ serviceId: site, access: { providerId: 'tencent', serviceCode: 'TC-AUTH-1', accessMethod: 'cloud', serverRegion: '110000', ips: ['198.51.100.8'] } });
    const created = await h.filings.create({ operation: 'remove-access', targetServiceIds: [site], providerId: 'tencent' });
    expect(created.leavesShell).toBe(false);
    await approve(h, created.filing.id);

    expect(accessesOf(h, site).map((a) => [a.providerId, a.removedAt !== undefined])).toEqual([
      ['alibaba', false],
      ['tencent', true],
    ]);
    expect(serviceOf(h, site).lifecycle.state).toBe('ACTIVE');
  });
});

describe('a failed write', () => {
  it('leaves both the filing and the portfolio untouched when the journal append fails', async () => {
    const h = await openFilings();
    const { entityId, serviceIds } = await recordFiled(h, ['one.example.cn', 'two.example.cn']);
    const created = await h.filings.create({ operation: 'cancel-entity', entityId });
    const id = created.filing.id;
    await submitClean(h, id);
    await throughReview(h, id);
    const filingBefore = filingOf(h, id);
    const entityBefore = entityOf(h, entityId);
    const servicesBefore = serviceIds.map((s) => serviceOf(h, s));
    const eventsBefore = h.store.count('events');

    h.failNextAppend();
    const error = await h.filings.recordEvent({ id, event: 'admin-approve', at: at(14) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('IO');
    expect(filingOf(h, id)).toEqual(filingBefore);
    expect(entityOf(h, entityId)).toEqual(entityBefore);
    expect(serviceIds.map((s) => serviceOf(h, s))).toEqual(servicesBefore);
    expect(h.store.count('events')).toBe(eventsBefore);

    // The disk has room again: the same approval goes through.
    await h.filings.recordEvent({ id, event: 'admin-approve', at: at(14) });
    expect(entityOf(h, entityId).lifecycle.state).toBe('CANCELLED');
  });
});
