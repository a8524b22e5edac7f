import { describe, expect, it } from 'vitest';
import { leader } from '../../../../fixtures/domain/builders';
import { MOBILE } from '../../../../fixtures/domain/values';
import { at, entityOf, openFilings, recordFiled, rejection } from './harness';

describe('create: the order starts from the portfolio', () => {
  it('a modification starts from the filed data: entity, leaders, services and their access', async () => {
    const h = await openFilings();
    const { entityId, serviceIds } = await recordFiled(h, ['one.example.cn', 'two.example.cn'], ['alibaba', 'alibaba']);
    const d = await h.filings.create({ operation: 'modify', entityId });
    const entity = entityOf(h, entityId);
    expect(d.filing).toMatchObject({ operation: 'modify', state: 'DRAFT', entityId, targetServiceIds: serviceIds, providerId: 'alibaba' });
    expect(d.filing.data.entity).toMatchObject({ name: entity.name, icpNumber: '京ICP备2021000001号', leaderId: entity.leaderId });
    expect(d.filing.data.services?.map((s) => s.id)).toEqual(serviceIds);
    expect(d.filing.data.leaders?.map((p) => p.name)).toEqual(['张三', '李0', '李1']);
    expect(d.filing.data.access?.map((a) => a.serviceId)).toEqual(serviceIds);
    expect(d.changes).toEqual([]);
    expect(d.allowedEvents).toEqual(['submit', 'abandon', 'expire']);
    expect(d.deadlines.map((x) => x.kind)).toContain('order-expiry');
  });

  it('a cancellation of a service already cancelled is refused with the record state and the next step', async () => {
    const h = await openFilings();
    const { serviceIds } = await recordFiled(h, ['one.example.cn', 'two.example.cn']);
    const first = await h.filings.create({ operation: 'cancel-service', targetServiceIds: [serviceIds[0] ?? ''] });
    for (const f of first.findings.filter((x) => x.severity === 'warning')) await h.filings.acknowledge({ id: first.filing.id, codes: [f.key] });
    await h.filings.recordEvent({ id: first.filing.id, event: 'submit', at: at(9) });
    await h.filings.recordEvent({ id: first.filing.id, event: 'provider-approve', at: at(10) });
    await h.filings.recordEvent({ id: first.filing.id, event: 'submit-to-admin', at: at(11) });
    await h.filings.recordEvent({ id: first.filing.id, event: 'sms-verified', at: at(12) });
    await h.filings.recordEvent({ id: first.filing.id, event: 'admin-approve', at: at(13) });
    const error = await rejection(h.filings.create({ operation: 'cancel-service', targetServiceIds: [serviceIds[0] ?? ''] }));
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['targetServiceIds', 0] }] });
    expect(error.issues?.[0]?.message).toContain('"Cancelled"');
  });

  it('an order for an entity that does not exist is refused on entityId', async () => {
    const h = await openFilings();
    expect(await rejection(h.filings.create({ operation: 'modify', entityId: 'nope' }))).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['entityId'] }] });
  });
});

describe('determine', () => {
  it('reads the live portfolio: a filed entity accessed here adds a website to it', async () => {
    const h = await openFilings();
    const { entityId } = await recordFiled(h, ['one.example.cn']);
    const entity = entityOf(h, entityId);
    expect(h.filings.determine({ intent: 'add-service', certificateNumber: entity.certificateNumber, domain: 'two.example.cn', providerId: 'alibaba' })).toMatchObject({
      operation: 'add-service-existing-entity',
      entityId,
      questions: [],
    });
    expect(h.filings.determine({ intent: 'move-provider', domain: 'one.example.cn', providerId: 'tencent' })).toMatchObject({ operation: 'access', entityId });
  });
});

describe('save-step', () => {
  it('always saves; with validate=false it answers no issues', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'initial' });
    const broken = [leader('p-1', { mobile: '123', email: undefined })];
    const saved = await h.filings.saveStep({ id: filing.id, step: 'leaders', data: broken, validate: false, expectedUpdatedAt: filing.updatedAt });
    expect(saved.stepIssues).toEqual([]);
    expect(saved.detail.filing.data.leaders).toEqual(broken);
    expect(saved.detail.filing.updatedAt > filing.updatedAt).toBe(true);
  });

  it('with validate=true it still saves and answers the step issues at input paths', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'initial' });
    const broken = [leader('p-1', { mobile: '123', email: undefined })];
    const saved = await h.filings.saveStep({ id: filing.id, step: 'leaders', data: broken, validate: true, expectedUpdatedAt: filing.updatedAt });
    expect(saved.detail.filing.data.leaders).toEqual(broken);
    const byPath = new Map(saved.stepIssues.map((i) => [i.path.join('.'), i.message]));
    expect([...byPath.keys()].sort()).toEqual(['data.0.email', 'data.0.mobile']);
    expect(byPath.get('data.0.mobile')).toMatch(/mobile/i);

    const fixed = await h.filings.saveStep({ id: filing.id, step: 'leaders', data: [leader('p-1', { mobile: MOBILE.d })], validate: true, expectedUpdatedAt: saved.detail.filing.updatedAt });
    expect(fixed.stepIssues).toEqual([]);
  });

  it('answers CONFLICT on a stale expectedUpdatedAt and keeps the newer save', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'initial' });
    const first = await h.filings.saveStep({ id: filing.id, step: 'documents', data: [{ kind: 'entity-certificate', provided: true }], validate: false, expectedUpdatedAt: filing.updatedAt });
    const error = await rejection(h.filings.saveStep({ id: filing.id, step: 'documents', data: [], validate: false, expectedUpdatedAt: filing.updatedAt }));
    expect(error.code).toBe('CONFLICT');
    expect(h.filings.get(filing.id).filing.data.documents).toEqual(first.detail.filing.data.documents);
  });

  it('refuses to change an order under review', async () => {
    const h = await openFilings();
    const { entityId } = await recordFiled(h, ['one.example.cn']);
    const created = await h.filings.create({ operation: 'cancel-entity', entityId });
    await h.filings.acknowledge({ id: created.filing.id, codes: created.findings.filter((f) => f.severity === 'warning').map((f) => f.key) });
    const submitted = await h.filings.recordEvent({ id: created.filing.id, event: 'submit', at: at(9) });
    const error = await rejection(h.filings.saveStep({ id: created.filing.id, step: 'documents', data: [], validate: false, expectedUpdatedAt: submitted.filing.updatedAt }));
    expect(error.code).toBe('CONFLICT');
    expect(error.userMessage.en).toContain('cannot be changed');
  });
});

describe('list', () => {
  it('pages the orders, newest change first, with filters and the next deadline', async () => {
    const h = await openFilings();
    const { entityId, serviceIds } = await recordFiled(h, ['one.example.cn']);
    const draft = await h.filings.create({ operation: 'initial' });
    const cancel = await h.filings.create({ operation: 'cancel-service', targetServiceIds: serviceIds });

    const all = h.filings.list({ offset: 0, limit: 10 });
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => r.id)).toEqual([cancel.filing.id, draft.filing.id]);
    expect(all.rows[0]).toMatchObject({ operation: 'cancel-service', state: 'DRAFT', entityId, entityName: '北京示例科技有限公司', targetsLabel: 'one.example.cn', nextDeadline: { kind: 'order-expiry' } });
    expect(h.filings.list({ text: 'ONE.example', offset: 0, limit: 10 }).rows.map((r) => r.id)).toEqual([cancel.filing.id]);
    expect(h.filings.list({ entityId, offset: 0, limit: 10 }).total).toBe(1);
    expect(h.filings.list({ operation: 'initial', offset: 0, limit: 10 }).rows.map((r) => r.id)).toEqual([draft.filing.id]);
    expect(h.filings.list({ open: false, offset: 0, limit: 10 }).total).toBe(0);
    expect(h.filings.list({ offset: 1, limit: 1 }).rows.map((r) => r.id)).toEqual([draft.filing.id]);
  });
});
