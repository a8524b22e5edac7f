import { describe, expect, it } from 'vitest';
import { RESIDENT_ID, USCC } from '../../../../fixtures/domain/values';
import { accessInput, entityInput, NOW, openPortfolio, personInput, websiteInput } from './harness';

describe('dashboard:get', () => {
  it('counts, deadlines of the next 30 days, overdue items and recent changes, each with a link target', async () => {
    const h = await openPortfolio();
    const filed = await h.portfolio.recordExisting.record({
      entity: entityInput({ name: '甲公司' }),
      leader: { new: personInput({ certificateValidUntil: '2026-03-20' }) },
      entityIcpNumber: '京ICP备2024000001号',
      services: [
        // Live since 2026-01-01 without a 公安 number: overdue since 2026-01-31.
        { service: websiteInput({ name: '甲官网', icpNumber: '京ICP备2024000001号-1', goLiveDate: '2026-01-01', domainExpiryDate: '2026-03-25' }), leader: { new: personInput({ name: '李四', mobile: '13900139000', certificateNumber: RESIDENT_ID.beijing1992 }) }, access: accessInput() },
      ],
    });
    const draft = await h.portfolio.entities.create({ entity: entityInput({ name: '乙公司', certificateNumber: USCC.beijing2 }), leader: { new: personInput({ name: '王五', mobile: '13700137000' }) } });
    const archived = await h.portfolio.entities.create({ entity: entityInput({ name: '丙公司', certificateNumber: USCC.jiangsu }), leader: { new: personInput({ name: '赵六', mobile: '13600136000', certificateValidUntil: '2026-03-10' }) } });
    await h.portfolio.entities.archive(archived.id);
    await h.store.transact('', (tx) =>
      tx.put('filings', {
        id: 'f1',
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
        operation: 'initial',
        state: 'DRAFT',
        resubmissions: 0,
        history: [],
        entityId: draft.id,
        targetServiceIds: [],
        data: {},
        rejectionFindings: [],
        acknowledgedWarnings: [],
      }),
    );

    const dashboard = h.portfolio.dashboard.get();
    expect(dashboard.counts).toMatchObject({ entities: 2, services: 1, people: 4, openFilings: 1, byEntityStatus: { ACTIVE: 1, UNFILED: 1 }, byFilingState: { DRAFT: 1 }, overdue: 1, upcoming: 2 });
    expect(dashboard.overdue).toMatchObject([{ kind: 'public-security-filing', status: 'overdue', target: { kind: 'service', id: filed.serviceIds[0], name: '甲官网' } }]);
    expect(dashboard.overdue[0]?.label['zh-CN']).toContain('公安');
    // Soonest first; the archived entity's expiring document is not a reminder; the 45-day order
    // clock of the draft runs to mid-April, past the 30-day window.
    expect(dashboard.upcoming.map((d) => [d.kind, d.target.kind, d.target.name, d.status])).toEqual([
      ['document-expiry', 'entity', '甲公司', 'due-soon'],
      ['domain-expiry', 'service', '甲官网', 'due-soon'],
    ]);
    expect(dashboard.recent).toHaveLength(10); // every event so far: fewer than the 20 shown
    expect(dashboard.recent[0]).toMatchObject({ action: 'entity.archived', target: { kind: 'entity', id: archived.id, name: '丙公司' } });
    expect(dashboard.recent.every((r, i) => i === 0 || (dashboard.recent[i - 1]?.at ?? '') >= r.at)).toBe(true);

    // Thirty days on, the draft's 45-day order clock has come due and the rest are past.
    h.setNow(new Date(NOW.getTime() + 30 * 24 * 3600 * 1000));
    const later = h.portfolio.dashboard.get();
    expect(later.upcoming.map((d) => [d.kind, d.target.kind, d.target.id])).toEqual([['order-expiry', 'filing', 'f1']]);
    expect(later.counts.overdue).toBe(3);
  });

  it('shows the last 20 changes, newest first', async () => {
    const h = await openPortfolio();
    for (let i = 0; i < 25; i++) await h.portfolio.people.create({ person: personInput({ name: `负责人${i}` }) });
    const recent = h.portfolio.dashboard.get().recent;
    expect(recent.map((r) => r.target?.name)).toEqual(Array.from({ length: 20 }, (_, i) => `负责人${24 - i}`));
  });

  it('a recent change whose record is gone has no link', async () => {
    const h = await openPortfolio();
    const { id } = await h.portfolio.entities.create({ entity: entityInput(), leader: { new: personInput() } });
    await h.portfolio.entities.archive(id);
    await h.portfolio.entities.delete(id);
    const recent = h.portfolio.dashboard.get().recent;
    expect(recent[0]).toMatchObject({ action: 'entity.deleted' });
    expect(recent[0]?.target).toBeUndefined();
    expect(recent.at(-1)).toMatchObject({ action: 'person.created', target: { kind: 'person' } });
  });
});
