import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../../../src/main/store';
import { at, filingOf, openFilings, recordFiled, rejection, submitClean } from './harness';

describe('submission', () => {
  it('is refused while the check has errors, with an issue at each finding path', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'initial', providerId: 'alibaba' });
    const error = await rejection(h.filings.recordEvent({ id: filing.id, event: 'submit', at: at(9) }));
    expect(error.code).toBe('VALIDATION');
    const paths = error.issues?.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['entity', 'services', 'access']));
    expect(filingOf(h, filing.id).state).toBe('DRAFT');
  });

  it('is refused while a warning is not acknowledged, and goes through once it is', async () => {
    const h = await openFilings();
    const { entityId } = await recordFiled(h, ['one.example.cn']);
    const created = await h.filings.create({ operation: 'cancel-entity', entityId });
    const warning = created.findings.find((f) => f.code === 'filing.cancel-irreversible');
    expect(warning).toMatchObject({ severity: 'warning', step: 'review', source: expect.arrayContaining(['A16']) });
    const error = await rejection(h.filings.recordEvent({ id: created.filing.id, event: 'submit', at: at(9) }));
    expect(error.code).toBe('VALIDATION');
    expect(error.userMessage.en).toContain('acknowledge each warning');

    const acked = await h.filings.acknowledge({ id: created.filing.id, codes: [warning?.key ?? ''] });
    expect(acked.findings.find((f) => f.code === 'filing.cancel-irreversible')?.acknowledged).toBe(true);
    expect(acked.filing.acknowledgedWarnings).toMatchObject([{ code: 'filing.cancel-irreversible', by: '测试员' }]);
    const submitted = await h.filings.recordEvent({ id: created.filing.id, event: 'submit', at: at(9) });
    expect(submitted.filing.state).toBe('PROVIDER_REVIEW');
  });

  it('refuses to acknowledge an error or an unknown code', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'initial' });
    const error = await rejection(h.filings.acknowledge({ id: filing.id, codes: ['filing.required-fields', 'no.such.code'] }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['codes.0', 'This is an error and cannot be acknowledged: fix it as indicated, then check again.'],
      ['codes.1', 'The current check has no such warning (it may be resolved already); refresh the check.'],
    ]);
  });
});

describe('rejection and resubmission', () => {
  it('records two field-level reasons of a provider rejection, then a resubmission counts once', async () => {
    const h = await openFilings();
    const { entityId } = await recordFiled(h, ['one.example.cn']);
    const { filing } = await h.filings.create({ operation: 'cancel-entity', entityId });
    await submitClean(h, filing.id);
    const rejected = await h.filings.recordEvent({
      id: filing.id,
      event: 'provider-reject',
      at: at(10),
      note: '初审驳回',
      providerOrderNumber: 'ORDER-7',
      rejections: [
        { fieldPath: 'entity.mailingAddress', reason: '通信地址不详细', suggestion: '请填写到门牌号' },
        { fieldPath: 'leaders.0.mobile', reason: '电话无法接通', suggestion: '请保持电话畅通' },
      ],
    });
    expect(rejected.filing).toMatchObject({ state: 'PROVIDER_REJECTED', providerOrderNumber: 'ORDER-7', resubmissions: 0 });
    expect(rejected.filing.rejectionFindings).toEqual([
      { fieldPath: 'entity.mailingAddress', reason: '通信地址不详细', suggestion: '请填写到门牌号', at: at(10) },
      { fieldPath: 'leaders.0.mobile', reason: '电话无法接通', suggestion: '请保持电话畅通', at: at(10) },
    ]);
    expect(rejected.filing.history.at(-1)).toMatchObject({ event: 'provider-reject', from: 'PROVIDER_REVIEW', to: 'PROVIDER_REJECTED', note: '初审驳回' });

    const again = await h.filings.recordEvent({ id: filing.id, event: 'resubmit', at: at(11) });
    expect(again.filing).toMatchObject({ state: 'PROVIDER_REVIEW', resubmissions: 1 });
  });

  it('refuses an event the state machine does not allow, with its reason, and changes nothing', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'initial' });
    const error = await rejection(h.filings.recordEvent({ id: filing.id, event: 'admin-approve', at: at(9) }));
    expect(error.code).toBe('CONFLICT');
    expect(error.userMessage.en).toContain('Cannot record "管局 approved" while the order is in "Draft"');
    expect(error.userMessage['zh-CN']).toContain('“草稿”状态下不能“管局审核通过”');
    expect(filingOf(h, filing.id)).toEqual(filing);
  });

  it('refuses an event recorded before the previous one, on the time field', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'initial' });
    await h.filings.recordEvent({ id: filing.id, event: 'abandon', at: '2026-01-02T10:00:00+08:00' });
    const error = await rejection(h.filings.recordEvent({ id: filing.id, event: 'expire', at: '2026-01-01T10:00:00+08:00' }));
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['at'] }] });
  });

  it('refuses numbers with any event but the 管局 approval', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'initial' });
    const error = await rejection(h.filings.recordEvent({ id: filing.id, event: 'abandon', at: at(9), numbers: { services: [] } }));
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['numbers'] }] });
  });
});

describe('one open order per entity', () => {
  it('refuses a second order with CONFLICT and a link to the open one', async () => {
    const h = await openFilings();
    const { entityId, serviceIds } = await recordFiled(h, ['one.example.cn']);
    const first = await h.filings.create({ operation: 'modify', entityId });
    const error = await rejection(h.filings.create({ operation: 'remove-access', targetServiceIds: serviceIds }));
    expect(error.code).toBe('CONFLICT');
    expect(error.ref).toEqual({ kind: 'filing', id: first.filing.id });
    expect(error.userMessage.en).toContain('Open that order to continue');

    // Abandoned, the entity is free for a new order.
    await h.filings.recordEvent({ id: first.filing.id, event: 'abandon', at: at(9) });
    const second = await h.filings.create({ operation: 'remove-access', targetServiceIds: serviceIds });
    expect(second.filing.state).toBe('DRAFT');
  });
});

describe('delete-draft and history', () => {
  it('deletes a draft, refuses an order past the draft, and logs every action under the user name', async () => {
    const h = await openFilings();
    const { entityId } = await recordFiled(h, ['one.example.cn']);
    const { filing } = await h.filings.create({ operation: 'cancel-entity', entityId });
    await submitClean(h, filing.id);
    const error = await rejection(h.filings.deleteDraft(filing.id));
    expect(error.code).toBe('CONFLICT');
    await h.filings.recordEvent({ id: filing.id, event: 'abandon', at: at(10) });
    expect(await h.filings.deleteDraft(filing.id)).toEqual({ id: filing.id });
    expect(h.store.get('filings', filing.id)).toBeUndefined();

    const events = [...h.store.list<HistoryEvent>('events')].filter((e) => e.target?.collection === 'filings');
    expect(events.map((e) => e.action)).toEqual(['filing.created', 'filing.acknowledged', 'filing.event.submit', 'filing.event.abandon', 'filing.deleted']);
    expect(new Set(events.map((e) => e.actor))).toEqual(new Set(['测试员']));
    expect(await rejection(h.filings.deleteDraft(filing.id))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
