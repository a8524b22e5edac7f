import { describe, expect, it } from 'vitest';
import type { PersonDraft } from '../../../../../src/shared/domain/model/person';
import type { RecordRef } from '../../../../../src/shared/ipc/result';
import { RESIDENT_ID, USCC } from '../../../../fixtures/domain/values';
import { entityInput, NOW, openPortfolio, personInput, rejection, websiteInput, type Harness } from './harness';

type Refusal = Awaited<ReturnType<typeof rejection>> & { ref?: RecordRef };
const refusal = (promise: Promise<unknown>) => rejection(promise) as Promise<Refusal>;

const eventsOf = (h: Harness, id: string) =>
  [...h.store.list<{ id: string; action: string; target?: { id: string }; summary?: { 'zh-CN': string; en: string } }>('events')].filter((e) => e.target?.id === id);

/** An order in progress (draft) whose leaders step lists this stored person, as the prefill writes it. */
const openOrderNaming = (h: Harness, leader: PersonDraft, state = 'DRAFT') =>
  h.store.transact('', (tx) =>
    tx.put('filings', {
      id: 'f1',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      operation: 'initial',
      state,
      resubmissions: 0,
      history: [],
      targetServiceIds: [],
      data: { entity: { name: '丙公司' }, leaders: [leader] },
      rejectionFindings: [],
      acknowledgedWarnings: [],
    }),
  );

describe('archiving and deleting people', () => {
  it('archives a person nobody uses, undo restores them, deletes only from the archive, each step in the history', async () => {
    const h = await openPortfolio();
    const { id } = await h.portfolio.people.create({ person: personInput({ name: '孙七' }) });
    await h.portfolio.people.create({ person: personInput({ name: '周八', certificateNumber: RESIDENT_ID.beijing1992 }) });

    const notYet = await refusal(h.portfolio.people.delete(id));
    expect(notYet.code).toBe('CONFLICT');
    expect(notYet.userMessage.en).toContain('archive it first');

    const { archivedAt } = await h.portfolio.people.archive(id);
    expect(h.portfolio.people.get(id).person.archivedAt).toBe(archivedAt);
    // Pick-lists ask for the default side: the archived person is not offered; the archive tab lists them.
    expect(h.portfolio.people.list({}).rows.map((r) => r.name)).toEqual(['周八']);
    expect(h.portfolio.people.list({ archived: true })).toMatchObject({ total: 1, rows: [{ id, name: '孙七', archivedAt }], counts: { active: 1, archived: 1 } });
    expect(h.portfolio.people.list({ text: '孙' }).counts).toEqual({ active: 0, archived: 1 });
    expect((await refusal(h.portfolio.people.archive(id))).code).toBe('CONFLICT');
    const loaded = h.portfolio.people.get(id);
    expect((await refusal(h.portfolio.people.update({ id, person: personInput({ name: '孙七七' }), expectedUpdatedAt: loaded.person.updatedAt }))).userMessage.en).toContain('Restore it from the archive');

    await h.portfolio.people.unarchive(id);
    expect(h.portfolio.people.get(id).person.archivedAt).toBeUndefined();
    expect(h.portfolio.people.list({}).rows.map((r) => r.name)).toEqual(['孙七', '周八']);
    expect((await refusal(h.portfolio.people.unarchive(id))).code).toBe('CONFLICT');

    await h.portfolio.people.archive(id);
    await h.portfolio.people.delete(id);
    expect(h.store.get('people', id)).toBeUndefined();
    expect(h.portfolio.people.list({ archived: true }).total).toBe(0);
    expect((await refusal(Promise.resolve().then(() => h.portfolio.people.get(id)))).code).toBe('NOT_FOUND');

    // The history outlives the record; the detail shows it newest first while the person exists.
    const events = eventsOf(h, id);
    expect(events.map((e) => e.action)).toEqual(['person.created', 'person.archived', 'person.unarchived', 'person.archived', 'person.deleted']);
    expect(events[1]?.summary?.['zh-CN']).toContain('归档负责人“孙七”');
    expect(events[4]?.summary?.en).toBe('Person "孙七" deleted');
  });

  it('the detail carries the person’s own history, newest first', async () => {
    const h = await openPortfolio();
    const { id } = await h.portfolio.people.create({ person: personInput() });
    await h.portfolio.people.archive(id);
    await h.portfolio.people.unarchive(id);
    expect(h.portfolio.people.get(id).history?.map((e) => e.action)).toEqual(['person.unarchived', 'person.archived', 'person.created']);
  });

  it('refuses to archive the leader of an entity or service still at work, naming it with a link', async () => {
    const h = await openPortfolio();
    const { id: personId } = await h.portfolio.people.create({ person: personInput({ name: '王芳' }) });
    const { id: otherId } = await h.portfolio.people.create({ person: personInput({ name: '李四', certificateNumber: RESIDENT_ID.beijing1992, mobile: '13900139000' }) });
    const entity = await h.portfolio.entities.create({ entity: entityInput({ name: '甲公司' }), leader: { id: personId } });

    const byEntity = await refusal(h.portfolio.people.archive(personId));
    expect(byEntity.code).toBe('CONFLICT');
    expect(byEntity.ref).toEqual({ kind: 'entity', id: entity.id });
    expect(byEntity.userMessage['zh-CN']).toBe('“王芳”仍是主体“甲公司”的负责人，不能归档。请先在该主体中改选其他负责人（或归档该主体），再归档此人。');
    expect(byEntity.userMessage.en).toContain('Choose another leader for that entity');

    // The entity gets another leader; a website of it is still led by the person.
    const loaded = h.portfolio.entities.get(entity.id);
    await h.portfolio.entities.update({ id: entity.id, entity: entityInput({ name: '甲公司' }), leader: { id: otherId }, expectedUpdatedAt: loaded.entity.updatedAt });
    const site = await h.portfolio.services.create({ entityId: entity.id, service: websiteInput({ name: '甲官网' }), leader: { id: personId } });
    const byService = await refusal(h.portfolio.people.archive(personId));
    expect(byService.ref).toEqual({ kind: 'service', id: site.id });
    expect(byService.userMessage['zh-CN']).toContain('服务“甲官网”（主体“甲公司”）的负责人');

    // Once the website is archived, the person is used only by the archive: archiving is allowed.
    await h.portfolio.services.archive(site.id);
    await h.portfolio.people.archive(personId);
    expect(h.store.get<{ id: string; archivedAt?: string }>('people', personId)?.archivedAt).toBeDefined();
    expect(eventsOf(h, personId).map((e) => e.action)).toEqual(['person.created', 'person.archived']);
  });

  it('refuses to delete while an archived entity or service still names the person, then deletes once it is gone', async () => {
    const h = await openPortfolio();
    const { id: personId } = await h.portfolio.people.create({ person: personInput({ name: '王芳' }) });
    const entity = await h.portfolio.entities.create({ entity: entityInput({ name: '乙公司', certificateNumber: USCC.beijing2 }), leader: { id: personId } });
    await h.portfolio.entities.archive(entity.id);
    await h.portfolio.people.archive(personId);

    const refused = await refusal(h.portfolio.people.delete(personId));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.ref).toEqual({ kind: 'entity', id: entity.id });
    expect(refused.userMessage['zh-CN']).toBe('“王芳”仍是已归档主体“乙公司”的负责人，不能删除。请先从归档中彻底删除该主体，或恢复它并改选其他负责人，再删除此人。');
    expect(refused.userMessage.en).toContain('Delete that entity from the archive first');
    expect(h.store.get('people', personId)).toBeDefined();

    await h.portfolio.entities.delete(entity.id);
    await h.portfolio.people.delete(personId);
    expect(h.store.get('people', personId)).toBeUndefined();
  });

  it('an order in progress naming the person blocks archiving and deleting; a finished one does not', async () => {
    const h = await openPortfolio();
    const { id: personId } = await h.portfolio.people.create({ person: personInput({ name: '王芳' }) });
    await openOrderNaming(h, { id: personId, name: '王芳' });

    const refused = await refusal(h.portfolio.people.archive(personId));
    expect(refused.ref).toEqual({ kind: 'filing', id: 'f1' });
    expect(refused.userMessage['zh-CN']).toBe('“王芳”仍是主体“丙公司”进行中的备案订单里的负责人，不能归档。请先完成或放弃该订单，再归档此人。');

    await openOrderNaming(h, { id: personId, name: '王芳' }, 'ABANDONED');
    await h.portfolio.people.archive(personId);
    await h.portfolio.people.delete(personId);
    expect(h.store.get('people', personId)).toBeUndefined();
  });
});
