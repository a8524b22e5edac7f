import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../../src/shared/ipc/contract';
import { RESIDENT_ID, USCC } from '../../../../fixtures/domain/values';
import { accessInput, appInput, entityInput, openPortfolio, personInput, rejection, websiteInput } from './harness';

const journalLines = (dataDir: string): number => readFileSync(join(dataDir, 'icp-desk.journal.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '').length;

const input = (): ChannelInput<'portfolio:record-existing'> => ({
  entity: entityInput(),
  leader: { new: personInput() },
  entityIcpNumber: '京ICP备2024000001号',
  services: [
    { service: websiteInput({ icpNumber: '京ICP备2024000001号-1' }), leader: { new: personInput({ name: '李四', mobile: '13900139000', certificateNumber: RESIDENT_ID.beijing1992 }) }, access: accessInput() },
    { service: appInput({ icpNumber: '京ICP备2024000001号-2A' }), leader: { new: personInput({ name: '王五', mobile: '13700137000', certificateNumber: RESIDENT_ID.guangdong1985 }) } },
  ],
});

describe('portfolio:record-existing', () => {
  it('records an entity filed elsewhere with its numbers, leaders and access in one transaction', async () => {
    const h = await openPortfolio();
    const linesBefore = journalLines(h.dataDir);
    const { entityId, serviceIds } = await h.portfolio.recordExisting.record(input());
    expect(journalLines(h.dataDir)).toBe(linesBefore + 1);
    const detail = h.portfolio.entities.get(entityId);
    expect(detail.entity).toMatchObject({ icpNumber: '京ICP备2024000001号', lifecycle: { state: 'ACTIVE' } });
    expect(detail.entity.lifecycle.history.map((e) => e.event)).toEqual(['filed']);
    expect(detail.services.map((s) => [s.id, s.icpNumber, s.lifecycle.state])).toEqual([
      [serviceIds[0], '京ICP备2024000001号-1', 'ACTIVE'],
      [serviceIds[1], '京ICP备2024000001号-2A', 'ACTIVE'],
    ]);
    expect(detail.people.map((p) => p.name).sort()).toEqual(['张三', '李四', '王五']);
    expect(detail.accesses).toMatchObject([{ serviceId: serviceIds[0], providerId: 'alibaba' }]);
    expect(detail.history.map((e) => e.action)).toEqual(expect.arrayContaining(['entity.recorded', 'service.recorded', 'access.added']));
    expect(detail.obligations.map((o) => o.kind)).toEqual(expect.arrayContaining(['footer', 'app-display', 'public-security']));
  });

  it('one new person sent as the leader of the entity and of every service is stored once', async () => {
    const h = await openPortfolio();
    const same = input();
    for (const item of same.services) item.leader = same.leader;
    const { entityId } = await h.portfolio.recordExisting.record(same);
    const detail = h.portfolio.entities.get(entityId);
    expect(detail.people.map((p) => p.name)).toEqual(['张三']);
    expect(new Set([detail.entity.leaderId, ...detail.services.map((s) => s.leaderId)]).size).toBe(1);
  });

  it('a service number of another entity: VALIDATION at that service, nothing stored', async () => {
    const h = await openPortfolio();
    const bad = input();
    bad.services[1] = { leader: { new: personInput() }, service: appInput({ icpNumber: '京ICP备2024000009号-2A' }) };
    const error = await rejection(h.portfolio.recordExisting.record(bad));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toMatchObject([{ path: ['services', 1, 'service', 'icpNumber'] }]);
    expect(h.store.count('entities') + h.store.count('services') + h.store.count('people')).toBe(0);
  });

  it('a suffix that does not match the kind (website none, app A, mini-program X, quick app K)', async () => {
    const h = await openPortfolio();
    const bad = input();
    bad.services[0] = { leader: { new: personInput() }, service: websiteInput({ icpNumber: '京ICP备2024000001号-1X' }) };
    bad.services[1] = { leader: { new: personInput() }, service: { ...appInput({ icpNumber: '京ICP备2024000001号-2A' }), kind: 'mini-program' } };
    const error = await rejection(h.portfolio.recordExisting.record(bad));
    expect(error.issues?.map((i) => i.path)).toEqual([
      ['services', 0, 'service', 'icpNumber'],
      ['services', 1, 'service', 'icpNumber'],
    ]);
  });

  it('tolerates how numbers are pasted, but refuses a service number given as the entity number', async () => {
    const h = await openPortfolio();
    const messy = input();
    messy.entityIcpNumber = ' 京ICP备２０２４000001号 ';
    messy.services[0] = { leader: { new: personInput() }, service: websiteInput({ icpNumber: '京ICP备2024000001－1' }) };
    await h.portfolio.recordExisting.record(messy);
    const suffixed = { ...input(), entity: entityInput({ certificateNumber: USCC.beijing2 }), entityIcpNumber: '京ICP备2024000002号-1', services: [] };
    const error = await rejection(h.portfolio.recordExisting.record(suffixed));
    expect(error.issues).toMatchObject([{ path: ['entityIcpNumber'] }]);
  });

  it('refuses numbers already in the portfolio, and the same number twice in one call', async () => {
    const h = await openPortfolio();
    await h.portfolio.recordExisting.record(input());
    const again = await rejection(h.portfolio.recordExisting.record({ ...input(), services: [] }));
    expect(again.issues).toMatchObject([{ path: ['entityIcpNumber'] }]);
    expect(again.issues?.[0]?.message).toContain('北京示例科技有限公司');
    const twice = input();
    twice.entityIcpNumber = '京ICP备2024000002号';
    twice.services = [
      { service: websiteInput({ icpNumber: '京ICP备2024000002号-1' }), leader: { new: personInput() }, access: accessInput() },
      { service: websiteInput({ icpNumber: '京ICP备2024000002号-1', domain: 'other-demo.cn', homepageUrl: 'https://other-demo.cn/' }), leader: { new: personInput() }, access: accessInput() },
    ];
    const error = await rejection(h.portfolio.recordExisting.record(twice));
    expect(error.issues).toMatchObject([{ path: ['services', 1, 'service', 'icpNumber'] }]);
  });
});
