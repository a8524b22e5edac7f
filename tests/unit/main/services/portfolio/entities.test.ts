import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../../src/shared/domain/model/entity';
import { USCC } from '../../../../fixtures/domain/values';
import { entityInput, NOW, openPortfolio, personInput, rejection, websiteInput, type Harness } from './harness';

const setUserName = (h: Harness, userName: string) =>
  h.store.transact('', (tx) => tx.put('settings', { id: 'app', language: 'zh-CN', theme: 'system', userName }));

async function entityWithWebsite(h: Harness) {
  const { id } = await h.portfolio.entities.create({ entity: entityInput(), leader: { new: personInput() } });
  const leaderId = h.portfolio.entities.get(id).leader.id;
  const service = await h.portfolio.services.create({ entityId: id, service: websiteInput(), leader: { id: leaderId } });
  return { id, leaderId, serviceId: service.id };
}

describe('entities', () => {
  it('creates an entity with a new leader in one transaction, unfiled, with history', async () => {
    const h = await openPortfolio();
    const { id } = await h.portfolio.entities.create({ entity: entityInput(), leader: { new: personInput() } });
    const detail = h.portfolio.entities.get(id);
    expect(detail.entity).toMatchObject({ name: '北京示例科技有限公司', lifecycle: { state: 'UNFILED' } });
    expect(Date.parse(detail.entity.createdAt) - NOW.getTime()).toBeLessThan(1000);
    expect(detail.leader).toMatchObject({ name: '张三', mobile: '13800138000' });
    expect(detail.people.map((p) => p.id)).toEqual([detail.leader.id]);
    expect(detail.history.map((e) => e.action).sort()).toEqual(['entity.created']);
    expect(h.store.count('people')).toBe(1);
  });

  it('refuses a bad USCC with the input path of the field, in the user language, and stores nothing', async () => {
    const h = await openPortfolio();
    const error = await rejection(h.portfolio.entities.create({ entity: entityInput({ certificateNumber: '91110000MA0000001M' }), leader: { new: personInput({ mobile: '12345' }) } }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((i) => i.path)).toEqual([
      ['entity', 'certificateNumber'],
      ['leader', 'new', 'mobile'],
    ]);
    expect(error.issues?.[0]?.message).toContain('校验位');
    expect(error.userMessage.en).toContain('Correct the fields');
    expect(h.store.count('entities')).toBe(0);
    expect(h.store.count('people')).toBe(0);
  });

  it('accepts a USCC failing only its checksum when an override note is recorded (§6.1, O21)', async () => {
    const h = await openPortfolio();
    const overrides = [{ code: 'uscc.checksum', note: '证书原件即为此代码（试点期代码）', by: '王五', at: '2026-03-01T10:00:00+08:00' }];
    const { id } = await h.portfolio.entities.create({ entity: entityInput({ certificateNumber: '91110000MA0000001M', overrides }), leader: { new: personInput() } });
    expect(h.portfolio.entities.get(id).entity.overrides).toEqual(overrides);
    // An override of the checksum does not excuse other errors.
    const error = await rejection(h.portfolio.entities.create({ entity: entityInput({ certificateNumber: '91110000MA00000', overrides }), leader: { new: personInput() } }));
    expect(error.issues?.map((i) => i.path)).toEqual([['entity', 'certificateNumber']]);
  });

  it('answers warnings with nothing: a data-only mobile segment is stored', async () => {
    const h = await openPortfolio();
    const { id } = await h.portfolio.entities.create({ entity: entityInput(), leader: { new: personInput({ mobile: '14700147000' }) } });
    expect(h.portfolio.entities.get(id).leader.mobile).toBe('14700147000');
  });

  it('refuses an entity number with a service suffix, and a leader that does not exist', async () => {
    const h = await openPortfolio();
    const error = await rejection(h.portfolio.entities.create({ entity: entityInput({ icpNumber: '京ICP备2024000001号-1' }), leader: { id: 'nobody' } }));
    expect(error.issues?.map((i) => i.path)).toEqual([
      ['entity', 'icpNumber'],
      ['leader', 'id'],
    ]);
  });

  it('answers a malformed call with VALIDATION paths even without the router (seeds call services directly)', async () => {
    const h = await openPortfolio();
    const error = await rejection(h.portfolio.entities.create({ entity: { ...entityInput(), name: '' }, leader: { new: personInput() } }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.[0]?.path).toEqual(['entity', 'name']);
  });

  it('updates with the updatedAt the form was loaded with, and answers CONFLICT when someone saved meanwhile', async () => {
    const h = await openPortfolio();
    const { id } = await h.portfolio.entities.create({ entity: entityInput(), leader: { new: personInput() } });
    const loaded = h.portfolio.entities.get(id);
    const leader = { id: loaded.leader.id };
    const saved = await h.portfolio.entities.update({ id, entity: entityInput({ name: '北京示例网络有限公司' }), leader, expectedUpdatedAt: loaded.entity.updatedAt });
    expect(saved.entity.name).toBe('北京示例网络有限公司');
    expect(saved.entity.createdAt).toBe(loaded.entity.createdAt);
    expect(saved.entity.updatedAt > loaded.entity.updatedAt).toBe(true);
    // A second form still holding the first load: refused, nothing changed.
    const stale = await rejection(h.portfolio.entities.update({ id, entity: entityInput({ name: '覆盖' }), leader, expectedUpdatedAt: loaded.entity.updatedAt }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.userMessage['zh-CN']).toContain('重新打开');
    expect(h.portfolio.entities.get(id).entity.name).toBe('北京示例网络有限公司');
  });

  it('an update replaces the form fields: a cleared optional field is gone, the lifecycle stays', async () => {
    const h = await openPortfolio();
    const { id } = await h.portfolio.entities.create({ entity: entityInput({ remarks: '旧备注', icpNumber: '京ICP备2024000001号' }), leader: { new: personInput() } });
    const loaded = h.portfolio.entities.get(id);
    expect(loaded.entity.lifecycle.state).toBe('ACTIVE');
    const saved = await h.portfolio.entities.update({ id, entity: entityInput({ icpNumber: '京ICP备2024000001号' }), leader: { id: loaded.leader.id }, expectedUpdatedAt: loaded.entity.updatedAt });
    expect(saved.entity.remarks).toBeUndefined();
    expect(saved.entity.lifecycle).toEqual(loaded.entity.lifecycle);
  });

  it('archives with its services and logs who did it; undo brings both back; delete only from the archive', async () => {
    const h = await openPortfolio();
    await setUserName(h, '王五');
    const { id, serviceId } = await entityWithWebsite(h);

    const notYet = await rejection(h.portfolio.entities.delete(id));
    expect(notYet.code).toBe('CONFLICT');
    expect(notYet.userMessage['zh-CN']).toContain('请先归档');
    expect(notYet.userMessage.en).toContain('archive it first');

    const { archivedAt } = await h.portfolio.entities.archive(id);
    expect(h.portfolio.entities.get(id).entity.archivedAt).toBe(archivedAt);
    expect(h.portfolio.services.get(serviceId).service.archivedAt).toBe(archivedAt);
    expect((await rejection(h.portfolio.entities.archive(id))).code).toBe('CONFLICT');

    await h.portfolio.entities.unarchive(id);
    expect(h.portfolio.entities.get(id).entity.archivedAt).toBeUndefined();
    expect(h.portfolio.services.get(serviceId).service.archivedAt).toBeUndefined();

    await h.portfolio.entities.archive(id);
    await h.portfolio.entities.delete(id);
    expect(h.store.get('entities', id)).toBeUndefined();
    expect(h.store.get('services', serviceId)).toBeUndefined();
    expect((await rejection(Promise.resolve().then(() => h.portfolio.entities.get(id)))).code).toBe('NOT_FOUND');

    // The history outlives the record: every step, by the user named in Settings.
    const events = [...h.store.list<{ id: string; action: string; actor: string; target?: { id: string }; summary?: { 'zh-CN': string; en: string } }>('events')].filter((e) => e.target?.id === id);
    expect(events.map((e) => e.action)).toEqual(['entity.created', 'entity.archived', 'entity.unarchived', 'entity.archived', 'entity.deleted']);
    expect(new Set(events.map((e) => e.actor))).toEqual(new Set(['王五']));
    expect(events[1]?.summary?.['zh-CN']).toContain('归档主体“北京示例科技有限公司”');
    expect(events[1]?.summary?.en).toContain('archived');
  });

  it('unarchive restores only the services archived with the entity', async () => {
    const h = await openPortfolio();
    const { id, serviceId, leaderId } = await entityWithWebsite(h);
    const second = await h.portfolio.services.create({ entityId: id, service: websiteInput({ name: '第二个网站', domain: 'second-demo.cn', homepageUrl: 'https://second-demo.cn/' }), leader: { id: leaderId } });
    h.setNow(new Date(NOW.getTime() + 60_000));
    await h.portfolio.services.archive(second.id);
    h.setNow(new Date(NOW.getTime() + 120_000));
    await h.portfolio.entities.archive(id);
    await h.portfolio.entities.unarchive(id);
    expect(h.portfolio.services.get(serviceId).service.archivedAt).toBeUndefined();
    expect(h.portfolio.services.get(second.id).service.archivedAt).toBeDefined();
  });

  it('an archived entity cannot be edited, and one with an open filing cannot be deleted', async () => {
    const h = await openPortfolio();
    const { id } = await entityWithWebsite(h);
    await h.portfolio.entities.archive(id);
    const loaded = h.portfolio.entities.get(id);
    const edit = await rejection(h.portfolio.entities.update({ id, entity: entityInput(), leader: { id: loaded.leader.id }, expectedUpdatedAt: loaded.entity.updatedAt }));
    expect(edit.code).toBe('CONFLICT');
    await h.store.transact('', (tx) =>
      tx.put('filings', {
        id: 'f1',
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
        operation: 'modify',
        state: 'DRAFT',
        resubmissions: 0,
        history: [],
        entityId: id,
        targetServiceIds: [],
        data: {},
        rejectionFindings: [],
        acknowledgedWarnings: [],
      }),
    );
    const refused = await rejection(h.portfolio.entities.delete(id));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.userMessage.en).toContain('filing orders in progress');
    expect(h.store.get<Entity>('entities', id)).toBeDefined();
  });

  it('stores the USCC as typed and finds it again by its normalized key', async () => {
    const h = await openPortfolio();
    const { id } = await h.portfolio.entities.create({ entity: entityInput({ certificateNumber: ` ${USCC.beijing.toLowerCase()} ` }), leader: { new: personInput() } });
    expect(h.portfolio.view.entitiesByCertificate(USCC.beijing).map((e) => e.id)).toEqual([id]);
  });
});
