import { describe, expect, it } from 'vitest';
import { RESIDENT_ID, USCC } from '../../../../fixtures/domain/values';
import { entityInput, openPortfolio, personInput, rejection, websiteInput, type Harness } from './harness';

const archivedAt = (h: Harness, id: string) => h.store.get<{ id: string; archivedAt?: string }>('people', id)?.archivedAt;
const personEvents = (h: Harness, id: string) => h.portfolio.people.get(id).history?.map((e) => [e.action, e.summary?.['zh-CN']]);

/**
 * A person may be archived once only archived records name them; restoring such a record alone
 * would leave its edit form unsaveable (main refuses an archived person as the chosen leader).
 */
describe('restoring an entity or service brings back its archived leaders', () => {
  it('an entity comes back with its own leader and its websites’ leader, each restored with a history event, and can be saved again', async () => {
    const h = await openPortfolio();
    const { id: bossId } = await h.portfolio.people.create({ person: personInput({ name: '王芳' }) });
    const { id: webId } = await h.portfolio.people.create({ person: personInput({ name: '李四', certificateNumber: RESIDENT_ID.beijing1992, mobile: '13900139000' }) });
    const { id: entityId } = await h.portfolio.entities.create({ entity: entityInput({ name: '甲公司' }), leader: { id: bossId } });
    const site = await h.portfolio.services.create({ entityId, service: websiteInput({ name: '甲官网' }), leader: { id: webId } });
    await h.portfolio.entities.archive(entityId);
    await h.portfolio.people.archive(bossId);
    await h.portfolio.people.archive(webId);

    const result = await h.portfolio.entities.unarchive(entityId);
    expect(result).toEqual({ id: entityId, restoredLeaders: expect.arrayContaining([{ id: bossId, name: '王芳' }, { id: webId, name: '李四' }]) as unknown });
    expect(result.restoredLeaders).toHaveLength(2);
    expect(archivedAt(h, bossId)).toBeUndefined();
    expect(archivedAt(h, webId)).toBeUndefined();
    expect(personEvents(h, bossId)?.[0]).toEqual(['person.unarchived', '从归档恢复负责人“王芳”（随“甲公司”一并恢复）']);
    expect(personEvents(h, webId)?.[0]).toEqual(['person.unarchived', '从归档恢复负责人“李四”（随“甲公司”一并恢复）']);
    // Back in the pick-lists, and the restored records' forms save with their leaders.
    expect(h.portfolio.people.list({}).rows.map((r) => r.name).sort()).toEqual(['李四', '王芳']);
    const entity = h.portfolio.entities.get(entityId);
    await h.portfolio.entities.update({ id: entityId, entity: entityInput({ name: '甲公司（新）' }), leader: { id: bossId }, expectedUpdatedAt: entity.entity.updatedAt });
    const service = h.portfolio.services.get(site.id);
    await h.portfolio.services.update({ id: site.id, service: websiteInput({ name: '甲官网（新）' }), leader: { id: webId }, expectedUpdatedAt: service.service.updatedAt });
    expect(h.portfolio.services.get(site.id).service.name).toBe('甲官网（新）');
  });

  it('a service comes back with its archived leader; leaders still active are left alone and not reported', async () => {
    const h = await openPortfolio();
    const { id: bossId } = await h.portfolio.people.create({ person: personInput({ name: '王芳' }) });
    const { id: webId } = await h.portfolio.people.create({ person: personInput({ name: '李四', certificateNumber: RESIDENT_ID.beijing1992, mobile: '13900139000' }) });
    const { id: entityId } = await h.portfolio.entities.create({ entity: entityInput({ name: '乙公司', certificateNumber: USCC.beijing2 }), leader: { id: bossId } });
    const site = await h.portfolio.services.create({ entityId, service: websiteInput({ name: '乙官网' }), leader: { id: webId } });
    await h.portfolio.services.archive(site.id);
    await h.portfolio.people.archive(webId);

    expect(await h.portfolio.services.unarchive(site.id)).toEqual({ id: site.id, restoredLeaders: [{ id: webId, name: '李四' }] });
    expect(archivedAt(h, webId)).toBeUndefined();
    expect(personEvents(h, webId)?.[0]).toEqual(['person.unarchived', '从归档恢复负责人“李四”（随“乙官网”一并恢复）']);

    // Nobody archived: nothing restored, no person event.
    await h.portfolio.services.archive(site.id);
    const before = personEvents(h, webId)?.length;
    expect(await h.portfolio.services.unarchive(site.id)).toEqual({ id: site.id, restoredLeaders: [] });
    expect(personEvents(h, webId)).toHaveLength(before ?? -1);
    expect(await h.portfolio.entities.archive(entityId).then(() => h.portfolio.entities.unarchive(entityId))).toEqual({ id: entityId, restoredLeaders: [] });
  });

  it('a refused restore (its entity still archived) leaves the leader archived', async () => {
    const h = await openPortfolio();
    const { id: bossId } = await h.portfolio.people.create({ person: personInput({ name: '王芳' }) });
    const { id: entityId } = await h.portfolio.entities.create({ entity: entityInput({ name: '丙公司' }), leader: { id: bossId } });
    const site = await h.portfolio.services.create({ entityId, service: websiteInput({ name: '丙官网' }), leader: { id: bossId } });
    await h.portfolio.entities.archive(entityId);
    await h.portfolio.people.archive(bossId);
    expect((await rejection(h.portfolio.services.unarchive(site.id))).code).toBe('CONFLICT');
    expect(archivedAt(h, bossId)).toBeDefined();
  });
});
