import { describe, expect, it } from 'vitest';
import { RESIDENT_ID, USCC } from '../../../../fixtures/domain/values';
import { entityInput, openPortfolio, personInput, rejection, websiteInput } from './harness';

describe('people', () => {
  it('a person leading two entities and a service is stored once: one edit reaches all, usages list each', async () => {
    const h = await openPortfolio();
    const { id: personId } = await h.portfolio.people.create({ person: personInput({ name: '王芳', mobile: '13900139000' }) });
    const a = await h.portfolio.entities.create({ entity: entityInput({ name: '甲公司' }), leader: { id: personId } });
    const b = await h.portfolio.entities.create({ entity: entityInput({ name: '乙公司', certificateNumber: USCC.beijing2 }), leader: { id: personId } });
    const site = await h.portfolio.services.create({ entityId: b.id, service: websiteInput({ name: '乙官网' }), leader: { id: personId } });
    expect(h.store.count('people')).toBe(1);

    const before = h.portfolio.people.get(personId);
    expect(before.usages).toEqual([
      { role: 'entity-leader', entityId: a.id, entityName: '甲公司', archived: false },
      { role: 'entity-leader', entityId: b.id, entityName: '乙公司', archived: false },
      { role: 'service-leader', entityId: b.id, entityName: '乙公司', serviceId: site.id, serviceName: '乙官网', archived: false },
    ]);

    const after = await h.portfolio.people.update({ id: personId, person: personInput({ name: '王芳', mobile: '13700137000' }), expectedUpdatedAt: before.person.updatedAt });
    expect(after.person.mobile).toBe('13700137000');
    expect(after.usages).toHaveLength(3);
    expect(h.portfolio.entities.get(a.id).leader.mobile).toBe('13700137000');
    expect(h.portfolio.entities.get(b.id).leader.mobile).toBe('13700137000');
    expect(h.portfolio.services.get(site.id).leader.mobile).toBe('13700137000');
    // Search follows the edit in both entities, through the person, not through the entities.
    expect(h.portfolio.entities.list({ text: '137 0013 7000' }).rows.map((r) => r.name).sort()).toEqual(['乙公司', '甲公司']);
    expect(h.portfolio.entities.list({ text: '13900139000' }).total).toBe(0);
    expect(h.portfolio.people.list({}).rows).toMatchObject([{ id: personId, usageCount: 3 }]);
  });

  it('answers CONFLICT on a stale person edit and VALIDATION with paths on bad values', async () => {
    const h = await openPortfolio();
    const { id } = await h.portfolio.people.create({ person: personInput() });
    const loaded = h.portfolio.people.get(id);
    await h.portfolio.people.update({ id, person: personInput({ name: '张三丰' }), expectedUpdatedAt: loaded.person.updatedAt });
    expect((await rejection(h.portfolio.people.update({ id, person: personInput(), expectedUpdatedAt: loaded.person.updatedAt }))).code).toBe('CONFLICT');
    const bad = await rejection(h.portfolio.people.create({ person: personInput({ certificateNumber: '110000199001010006', mobile: '1380013800' }) }));
    expect(bad.code).toBe('VALIDATION');
    expect(bad.issues?.map((i) => i.path)).toEqual([
      ['person', 'certificateNumber'],
      ['person', 'mobile'],
    ]);
  });

  it('lists people in name order and finds them by name, certificate, phone and e-mail', async () => {
    const h = await openPortfolio();
    await h.portfolio.people.create({ person: personInput({ name: '赵六', email: 'zhao@example.com', mobile: '13600136000' }) });
    await h.portfolio.people.create({ person: personInput({ name: '李四', certificateNumber: RESIDENT_ID.beijing1992, mobile: '13900139000' }) });
    await h.portfolio.people.create({ person: personInput({ name: '阿强' }) });
    expect(h.portfolio.people.list({}).rows.map((r) => r.name)).toEqual(['阿强', '李四', '赵六']);
    expect(h.portfolio.people.list({ text: 'ZHAO@' }).rows.map((r) => r.name)).toEqual(['赵六']);
    expect(h.portfolio.people.list({ text: '+86 139-0013-9000' }).rows.map((r) => r.name)).toEqual(['李四']);
    expect(h.portfolio.people.list({ text: RESIDENT_ID.beijing1992.slice(-6) }).rows.map((r) => r.name)).toEqual(['李四']);
    expect(h.portfolio.people.list({ offset: 1, limit: 1 })).toMatchObject({ total: 3, rows: [{ name: '李四' }] });
  });
});
