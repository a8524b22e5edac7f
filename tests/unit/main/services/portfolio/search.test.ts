import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../../src/shared/domain/model/entity';
import { IDX, PortfolioServices } from '../../../../../src/main/services/portfolio';
import { storeConfig } from '../../../../../src/main/services/store-config';
import { Store } from '../../../../../src/main/store';
import { RESIDENT_ID, USCC } from '../../../../fixtures/domain/values';
import { accessInput, appInput, entityInput, NOW, openPortfolio, personInput, websiteInput, type Harness } from './harness';

const REGIONS = {
  beijing: { province: '110000', city: '110100', district: '110105' },
  guangdong: { province: '440000', city: '440100', district: '440106' },
  jiangsu: { province: '320000', city: '320100', district: '320102' },
};

/** Three filed entities in three provinces, each with numbers, domains, an app, people and providers. */
async function portfolio(h: Harness) {
  const alpha = await h.portfolio.recordExisting.record({
    entity: entityInput({ name: '北京阿尔法科技有限公司' }),
    leader: { new: personInput({ name: '张三', mobile: '13800138000' }) },
    entityIcpNumber: '京ICP备2024000001号',
    services: [
      { service: websiteInput({ name: '阿尔法官网', domain: 'alpha-demo.cn', homepageUrl: 'https://www.alpha-demo.cn/', icpNumber: '京ICP备2024000001号-1', goLiveDate: '2026-01-01' }), leader: { new: personInput({ name: '李四', mobile: '13900139000', certificateNumber: RESIDENT_ID.beijing1992 }) }, access: accessInput({ providerId: 'alibaba' }) },
      { service: appInput({ name: '阿尔法记账', icpNumber: '京ICP备2024000001号-2A', platforms: [{ platform: 'ios', packageName: 'cn.alpha.ledger', publicKey: 'MIIB', signatureDigest: '0123456789abcdef0123456789abcdef01234567' }] }), leader: { new: personInput({ name: '王五', mobile: '13700137000' }) } },
    ],
  });
  const beta = await h.portfolio.recordExisting.record({
    entity: entityInput({ name: '广州贝塔网络有限公司', certificateNumber: USCC.guangdong, region: REGIONS.guangdong, certificateAddress: '广州市天河区示例路2号' }),
    leader: { new: personInput({ name: '赵六', mobile: '13600136000', certificateNumber: RESIDENT_ID.guangdong1985 }) },
    entityIcpNumber: '粤ICP备2023000002号',
    services: [{ service: websiteInput({ name: '贝塔商城', domain: 'beta-shop.cn', homepageUrl: 'https://beta-shop.cn/', icpNumber: '粤ICP备2023000002号-1' }), leader: { new: personInput({ name: '钱七', mobile: '13500135000' }) }, access: accessInput({ providerId: 'tencent', serviceCode: 'AUTH-1' }) }],
  });
  const gamma = await h.portfolio.entities.create({
    entity: entityInput({ name: '江苏伽马文化传媒有限公司', certificateNumber: USCC.jiangsu, region: REGIONS.jiangsu, certificateAddress: '南京市玄武区示例路3号' }),
    leader: { new: personInput({ name: '孙八', mobile: '13300133000' }) },
  });
  return { alpha: alpha.entityId, alphaSite: alpha.serviceIds[0] as string, beta: beta.entityId, gamma: gamma.id };
}

const names = (h: Harness, query: Parameters<Harness['portfolio']['entities']['list']>[0]) => h.portfolio.entities.list(query).rows.map((r) => r.name);

describe('entity search', () => {
  it('finds an ICP number typed with spaces, full-width digits and dashes, entity or service number', async () => {
    const h = await openPortfolio();
    await portfolio(h);
    expect(names(h, { text: '京ICP备 ２０２４０００００１号－１' })).toEqual(['北京阿尔法科技有限公司']);
    expect(names(h, { text: '粤icp备2023000002' })).toEqual(['广州贝塔网络有限公司']);
    expect(names(h, { text: '京ICP备2024000001-2A' })).toEqual(['北京阿尔法科技有限公司']);
    expect(h.portfolio.entities.list({ text: '京ICP备2024000001号-1' }).rows[0]?.matched).toBe('京ICP备2024000001号-1');
    // A fragment of a number is a plain substring.
    expect(names(h, { text: '2023000002' })).toEqual(['广州贝塔网络有限公司']);
  });

  it('finds domains by fragment, package names, certificate numbers, and says what matched', async () => {
    const h = await openPortfolio();
    await portfolio(h);
    const byDomain = h.portfolio.entities.list({ text: 'ALPHA-DE' });
    expect(byDomain.rows).toMatchObject([{ name: '北京阿尔法科技有限公司', matched: 'alpha-demo.cn' }]);
    expect(h.portfolio.entities.list({ text: 'cn.alpha.led' }).rows).toMatchObject([{ matched: 'cn.alpha.ledger' }]);
    expect(names(h, { text: USCC.jiangsu.toLowerCase() })).toEqual(['江苏伽马文化传媒有限公司']);
    expect(h.portfolio.entities.list({ text: '贝塔' }).rows[0]?.matched).toBeUndefined();
  });

  it('finds people by name and phone however the phone is typed, entity and service leaders alike', async () => {
    const h = await openPortfolio();
    await portfolio(h);
    expect(h.portfolio.entities.list({ text: '李四' }).rows).toMatchObject([{ name: '北京阿尔法科技有限公司', matched: '李四' }]);
    expect(names(h, { text: '+86 135 0013 5000' })).toEqual(['广州贝塔网络有限公司']);
    expect(names(h, { text: '136-0013-6000' })).toEqual(['广州贝塔网络有限公司']);
    expect(names(h, { text: '孙八' })).toEqual(['江苏伽马文化传媒有限公司']);
    // Every word must match.
    expect(names(h, { text: '李四 alpha' })).toEqual(['北京阿尔法科技有限公司']);
    expect(names(h, { text: '李四 beta' })).toEqual([]);
  });

  it('filters by province, nature, status, provider, open filing and overdue, and counts per status tab', async () => {
    const h = await openPortfolio();
    const ids = await portfolio(h);
    expect(names(h, { province: 'GD' })).toEqual(['广州贝塔网络有限公司']);
    expect(names(h, { provider: 'alibaba' })).toEqual(['北京阿尔法科技有限公司']);
    expect(names(h, { status: 'UNFILED' })).toEqual(['江苏伽马文化传媒有限公司']);
    expect(names(h, { nature: 'individual' })).toEqual([]);
    // Alpha's website went live on 2026-01-01 without a 公安 number: overdue 30 days later.
    expect(names(h, { hasOverdue: true })).toEqual(['北京阿尔法科技有限公司']);
    expect(h.portfolio.entities.list({ text: '阿尔法' }).rows[0]).toMatchObject({ overdueCount: 1, providers: ['alibaba'], serviceCount: 2, status: 'ACTIVE', province: 'BJ' });
    await h.store.transact('', (tx) =>
      tx.put('filings', { id: 'f1', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), operation: 'modify', state: 'DRAFT', resubmissions: 0, history: [], entityId: ids.gamma, targetServiceIds: [], data: {}, rejectionFindings: [], acknowledgedWarnings: [] }),
    );
    expect(h.portfolio.entities.list({ hasOpenFiling: true }).rows).toMatchObject([{ id: ids.gamma, openFilingId: 'f1' }]);
    const counts = h.portfolio.entities.list({ status: 'ACTIVE' }).counts;
    expect(counts).toMatchObject({ all: 3, archived: 0, byStatus: { ACTIVE: 2, UNFILED: 1 } });
  });

  it('sorts by name (pinyin), update time, province and number, either way, and pages', async () => {
    const h = await openPortfolio();
    await portfolio(h);
    expect(names(h, {})).toEqual(['北京阿尔法科技有限公司', '广州贝塔网络有限公司', '江苏伽马文化传媒有限公司']);
    expect(names(h, { sort: { field: 'name', order: 'desc' } })).toEqual(['江苏伽马文化传媒有限公司', '广州贝塔网络有限公司', '北京阿尔法科技有限公司']);
    expect(names(h, { sort: { field: 'updatedAt', order: 'desc' } })).toEqual(['江苏伽马文化传媒有限公司', '广州贝塔网络有限公司', '北京阿尔法科技有限公司']);
    expect(names(h, { sort: { field: 'province', order: 'asc' } })).toEqual(['北京阿尔法科技有限公司', '江苏伽马文化传媒有限公司', '广州贝塔网络有限公司']);
    // Numbers sort by province (GB/T 2260 order) then serial; without a number sorts last either way.
    expect(names(h, { sort: { field: 'icpNumber', order: 'asc' } })).toEqual(['北京阿尔法科技有限公司', '广州贝塔网络有限公司', '江苏伽马文化传媒有限公司']);
    expect(names(h, { sort: { field: 'icpNumber', order: 'desc' } })).toEqual(['广州贝塔网络有限公司', '北京阿尔法科技有限公司', '江苏伽马文化传媒有限公司']);
    const page = h.portfolio.entities.list({ offset: 1, limit: 1 });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.name)).toEqual(['广州贝塔网络有限公司']);
  });

  it('stays in step with edits, archive, unarchive and delete', async () => {
    const h = await openPortfolio();
    const ids = await portfolio(h);
    const loaded = h.portfolio.entities.get(ids.gamma);
    await h.portfolio.entities.update({ id: ids.gamma, entity: entityInput({ ...loaded.entity, name: '江苏德尔塔有限公司' }), leader: { id: loaded.leader.id }, expectedUpdatedAt: loaded.entity.updatedAt });
    expect(names(h, { text: '伽马' })).toEqual([]);
    expect(names(h, { text: '德尔塔' })).toEqual(['江苏德尔塔有限公司']);
    expect(names(h, {})).toEqual(['北京阿尔法科技有限公司', '广州贝塔网络有限公司', '江苏德尔塔有限公司']);

    await h.portfolio.entities.archive(ids.beta);
    expect(names(h, { text: 'beta-shop' })).toEqual([]);
    expect(names(h, { text: 'beta-shop', archived: true })).toEqual(['广州贝塔网络有限公司']);
    expect(h.portfolio.entities.list({}).counts).toMatchObject({ all: 2, archived: 1 });
    expect(h.portfolio.services.list({ text: 'beta' }).total).toBe(0);
    expect(h.portfolio.services.list({ archived: true }).rows.map((r) => r.name)).toEqual(['贝塔商城']);

    await h.portfolio.entities.unarchive(ids.beta);
    expect(names(h, { text: 'beta-shop' })).toEqual(['广州贝塔网络有限公司']);

    await h.portfolio.services.archive(ids.alphaSite);
    expect(names(h, { text: 'alpha-demo' })).toEqual([]);
    expect(names(h, { provider: 'alibaba' })).toEqual([]);

    await h.portfolio.entities.archive(ids.beta);
    await h.portfolio.entities.delete(ids.beta);
    expect(names(h, { text: '贝塔', archived: true })).toEqual([]);
    expect(h.portfolio.services.list({ text: 'beta', archived: true }).total).toBe(0);
  });

  it('the store indexes answer exact lookups in step after update, archive and delete', async () => {
    const h = await openPortfolio();
    const ids = await portfolio(h);
    const ids_ = (index: string, key: string) => [...h.store.lookup(index, key)];
    expect(ids_(IDX.entityByIcpNumber, '京ICP备2024000001号')).toEqual([ids.alpha]);
    expect(ids_(IDX.serviceByIcpNumber, '京ICP备2024000001号-1')).toEqual([ids.alphaSite]);
    expect(ids_(IDX.serviceByIcpNumber, '京ICP备2024000001号')).toHaveLength(2);
    expect(ids_(IDX.serviceByDomain, 'alpha-demo.cn')).toEqual([ids.alphaSite]);
    expect(ids_(IDX.entityByCertificate, USCC.guangdong)).toEqual([ids.beta]);
    const site = h.portfolio.services.get(ids.alphaSite);
    await h.portfolio.services.update({
      id: ids.alphaSite,
      service: websiteInput({ name: '阿尔法官网', domain: 'alpha-new.cn', homepageUrl: 'https://alpha-new.cn/', icpNumber: '京ICP备2024000001号-1' }),
      leader: { id: site.leader.id },
      expectedUpdatedAt: site.service.updatedAt,
    });
    expect(ids_(IDX.serviceByDomain, 'alpha-demo.cn')).toEqual([]);
    expect(ids_(IDX.serviceByDomain, 'alpha-new.cn')).toEqual([ids.alphaSite]);
    const mobileOwner = ids_(IDX.personByMobile, '13900139000');
    expect(mobileOwner).toEqual([site.leader.id]);
    expect(ids_(IDX.serviceByLeader, site.leader.id)).toEqual([ids.alphaSite]);
    await h.portfolio.entities.archive(ids.alpha);
    // Archived records stay in the indexes (the archive is searchable); readers filter them.
    expect(ids_(IDX.entityByIcpNumber, '京ICP备2024000001号')).toEqual([ids.alpha]);
    await h.portfolio.entities.delete(ids.alpha);
    expect(ids_(IDX.entityByIcpNumber, '京ICP备2024000001号')).toEqual([]);
    expect(ids_(IDX.serviceByEntity, ids.alpha)).toEqual([]);
    expect(ids_(IDX.serviceByDomain, 'alpha-new.cn')).toEqual([]);
    expect(ids_(IDX.accessByService, ids.alphaSite)).toEqual([]);
  });

  it('follows writes made around the portfolio services and a restored backup', async () => {
    const h = await openPortfolio();
    const ids = await portfolio(h);
    expect(names(h, { text: '伽马' })).toEqual(['江苏伽马文化传媒有限公司']);
    const backup = await h.store.createBackup('manual');
    // Another service writing straight to the store (the filing work does): the index follows.
    await h.store.transact('', (tx) => {
      const entity = tx.get('entities', ids.gamma) as Entity;
      tx.put('entities', { ...entity, name: '江苏欧米伽有限公司' });
    });
    expect(names(h, { text: '伽马' })).toEqual([]);
    expect(names(h, { text: '欧米伽' })).toEqual(['江苏欧米伽有限公司']);
    await h.store.restoreBackup(backup.name);
    expect(names(h, { text: '欧米伽' })).toEqual([]);
    expect(names(h, { text: '伽马' })).toEqual(['江苏伽马文化传媒有限公司']);
  });

  it('rebuilds for a different store behind the same source (the data host reopened it)', async () => {
    const h = await openPortfolio();
    await portfolio(h);
    const source: { store: Store } = { store: h.store };
    const services = new PortfolioServices(source, { now: () => NOW });
    expect(services.entities.list({}).total).toBe(3);
    await h.store.close();
    const reopened = await Store.open({ dataDir: h.dataDir, config: storeConfig, idleCompactionMs: 0 });
    try {
      source.store = reopened;
      await services.entities.create({ entity: entityInput({ name: '重新打开后新建', certificateNumber: USCC.hubei }), leader: { new: personInput() } });
      expect(services.entities.list({}).total).toBe(4);
      expect(services.entities.list({ text: '重新打开' }).total).toBe(1);
    } finally {
      await reopened.close();
    }
  });
});

describe('service search', () => {
  it('lists services with their entity, filters by kind and entity, sorts, and finds them by number and package', async () => {
    const h = await openPortfolio();
    const ids = await portfolio(h);
    const list = h.portfolio.services.list({});
    expect(list.rows.map((r) => r.name)).toEqual(['阿尔法官网', '阿尔法记账', '贝塔商城']);
    expect(list.rows[1]).toMatchObject({ kind: 'app', entityName: '北京阿尔法科技有限公司', domainOrPackage: 'cn.alpha.ledger', icpNumber: '京ICP备2024000001号-2A', status: 'ACTIVE' });
    expect(h.portfolio.services.list({ kind: 'website', sort: { field: 'entityName', order: 'desc' } }).rows.map((r) => r.name)).toEqual(['贝塔商城', '阿尔法官网']);
    expect(h.portfolio.services.list({ entityId: ids.alpha, sort: { field: 'kind', order: 'asc' } }).rows.map((r) => r.kind)).toEqual(['app', 'website']);
    expect(h.portfolio.services.list({ text: '京ICP备2024000001-1' }).rows.map((r) => r.id)).toEqual([ids.alphaSite]);
    expect(h.portfolio.services.list({ text: '李四' }).rows.map((r) => r.id)).toEqual([ids.alphaSite]);
    expect(h.portfolio.services.list({ text: '贝塔网络' }).rows.map((r) => r.name)).toEqual(['贝塔商城']);
  });
});
