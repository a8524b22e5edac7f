import { describe, expect, it } from 'vitest';
import { accessInput, appInput, entityInput, openPortfolio, personInput, rejection, websiteInput, type Harness } from './harness';

async function filedEntity(h: Harness) {
  const { id } = await h.portfolio.entities.create({ entity: entityInput({ icpNumber: '京ICP备2024000001号' }), leader: { new: personInput() } });
  return { id, leaderId: h.portfolio.entities.get(id).leader.id };
}

describe('services', () => {
  it('checks a service number against the entity number and its suffix against the kind, at the input path', async () => {
    const h = await openPortfolio();
    const { id, leaderId } = await filedEntity(h);
    const other = await rejection(h.portfolio.services.create({ entityId: id, service: websiteInput({ icpNumber: '京ICP备2024000002号-1' }), leader: { id: leaderId } }));
    expect(other.code).toBe('VALIDATION');
    expect(other.issues).toMatchObject([{ path: ['service', 'icpNumber'] }]);
    expect(other.issues?.[0]?.message).toContain('不属于');
    const suffix = await rejection(h.portfolio.services.create({ entityId: id, service: appInput({ icpNumber: '京ICP备2024000001号-2' }), leader: { id: leaderId } }));
    expect(suffix.issues).toMatchObject([{ path: ['service', 'icpNumber'] }]);
    expect(suffix.issues?.[0]?.message).toContain('-数字A');
    const { id: appId } = await h.portfolio.services.create({ entityId: id, service: appInput({ icpNumber: '京ICP备2024000001号-2A' }), leader: { id: leaderId } });
    expect(h.portfolio.services.get(appId).service.lifecycle.state).toBe('ACTIVE');
  });

  it('checks domains and the homepage against the domain', async () => {
    const h = await openPortfolio();
    const { id, leaderId } = await filedEntity(h);
    const error = await rejection(h.portfolio.services.create({ entityId: id, service: websiteInput({ domain: 'http://x.cn/a', homepageUrl: 'https://elsewhere.cn/' }), leader: { id: leaderId } }));
    expect(error.issues?.map((i) => i.path)).toEqual([
      ['service', 'domain'],
      ['service', 'homepageUrl'],
    ]);
    const app = await rejection(h.portfolio.services.create({ entityId: id, service: appInput({ domains: ['ok-demo.cn', 'bad domain'] }), leader: { id: leaderId } }));
    expect(app.issues?.map((i) => i.path)).toEqual([['service', 'domains', 1]]);
  });

  it('archive, undo, delete only from the archive, each with history; unarchive waits for an archived entity', async () => {
    const h = await openPortfolio();
    const { id, leaderId } = await filedEntity(h);
    const { id: serviceId } = await h.portfolio.services.create({ entityId: id, service: websiteInput({ icpNumber: '京ICP备2024000001号-1' }), leader: { id: leaderId } });
    await h.portfolio.accesses.save({ serviceId, access: accessInput() });
    expect((await rejection(h.portfolio.services.delete(serviceId))).code).toBe('CONFLICT');
    await h.portfolio.services.archive(serviceId);
    expect(h.portfolio.entities.get(id).obligations).toEqual([]);
    await h.portfolio.services.unarchive(serviceId);
    expect(h.portfolio.services.get(serviceId).service.archivedAt).toBeUndefined();
    await h.portfolio.entities.archive(id);
    const waiting = await rejection(h.portfolio.services.unarchive(serviceId));
    expect(waiting.code).toBe('CONFLICT');
    expect(waiting.userMessage.en).toContain('restore the entity first');
    await h.portfolio.entities.unarchive(id);
    await h.portfolio.services.archive(serviceId);
    expect(h.portfolio.services.get(serviceId).history.map((e) => e.action)).toEqual(expect.arrayContaining(['service.created', 'service.archived', 'service.unarchived', 'access.added']));
    await h.portfolio.services.delete(serviceId);
    expect(h.store.get('services', serviceId)).toBeUndefined();
    expect(h.store.count('accesses')).toBe(0);
    // The deletion is recorded on the entity, which remains.
    expect(h.portfolio.entities.get(id).history[0]).toMatchObject({ action: 'service.deleted', summary: { 'zh-CN': '删除服务“示例科技门户”' } });
  });

  it('service detail: entity summary, leader, current accesses, obligations with the footer HTML, history', async () => {
    const h = await openPortfolio();
    const { id, leaderId } = await filedEntity(h);
    const { id: serviceId } = await h.portfolio.services.create({
      entityId: id,
      service: websiteInput({ icpNumber: '京ICP备2024000001号-1', goLiveDate: '2026-02-05' }),
      leader: { new: personInput({ name: '李四', mobile: '13900139000' }) },
    });
    const first = await h.portfolio.accesses.save({ serviceId, access: accessInput() });
    await h.portfolio.accesses.save({ serviceId, access: accessInput({ providerId: 'tencent', serviceCode: 'AUTH-1' }) });
    await h.portfolio.accesses.remove(first.id);
    await h.portfolio.accesses.remove(first.id); // removing twice is harmless
    const detail = h.portfolio.services.get(serviceId);
    expect(detail.entity).toMatchObject({ id, name: '北京示例科技有限公司', icpNumber: '京ICP备2024000001号', province: 'BJ', status: 'ACTIVE' });
    expect(detail.leader.name).toBe('李四');
    expect(detail.accesses.map((a) => a.providerId)).toEqual(['tencent']);
    expect(detail.obligations.find((o) => o.kind === 'footer')?.footerHtml).toBe('<a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">京ICP备2024000001号-1</a>');
    expect(detail.deadlines.map((d) => d.kind)).toEqual(['public-security-filing']);
    expect(detail.history.map((e) => e.action)).toEqual(expect.arrayContaining(['service.created', 'access.added', 'access.removed']));
    expect(h.portfolio.services.list({ provider: 'alibaba' }).total).toBe(0);
    expect(h.portfolio.services.list({ provider: 'tencent' }).rows).toMatchObject([{ id: serviceId, domainOrPackage: 'icpdesk-demo.cn', providers: ['tencent'] }]);
    expect(leaderId).not.toBe(detail.leader.id);
  });

  it('updates a service with CONFLICT on a stale form, keeping its entity and lifecycle', async () => {
    const h = await openPortfolio();
    const { id, leaderId } = await filedEntity(h);
    const { id: serviceId } = await h.portfolio.services.create({ entityId: id, service: websiteInput({ icpNumber: '京ICP备2024000001号-1' }), leader: { id: leaderId } });
    const loaded = h.portfolio.services.get(serviceId);
    const saved = await h.portfolio.services.update({ id: serviceId, service: websiteInput({ icpNumber: '京ICP备2024000001号-1', name: '新名称' }), leader: { id: leaderId }, expectedUpdatedAt: loaded.service.updatedAt });
    expect(saved.service).toMatchObject({ name: '新名称', entityId: id, lifecycle: loaded.service.lifecycle });
    expect((await rejection(h.portfolio.services.update({ id: serviceId, service: websiteInput(), leader: { id: leaderId }, expectedUpdatedAt: loaded.service.updatedAt }))).code).toBe('CONFLICT');
  });

  it('refuses an access for another service and a service for a missing entity', async () => {
    const h = await openPortfolio();
    const { id, leaderId } = await filedEntity(h);
    const a = await h.portfolio.services.create({ entityId: id, service: websiteInput(), leader: { id: leaderId } });
    const b = await h.portfolio.services.create({ entityId: id, service: websiteInput({ name: '二', domain: 'two-demo.cn', homepageUrl: 'https://two-demo.cn/' }), leader: { id: leaderId } });
    const access = await h.portfolio.accesses.save({ serviceId: a.id, access: accessInput() });
    expect((await rejection(h.portfolio.accesses.save({ id: access.id, serviceId: b.id, access: accessInput() }))).code).toBe('CONFLICT');
    expect((await rejection(h.portfolio.services.create({ entityId: 'missing', service: websiteInput(), leader: { id: leaderId } }))).code).toBe('NOT_FOUND');
  });
});
