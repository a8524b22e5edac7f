import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../../../src/main/store';
import { liveCheck, RULES_AS_OF } from '../../../../../src/main/services/filings/check';
import { REFERENCE_AS_OF } from '../../../../../src/shared/domain/model/reference-date';
import type { Filing } from '../../../../../src/shared/domain/model/filing';
import { at, entityOf, filingOf, modificationUnderReview, openFilings, rejection, type Harness } from './harness';

/** Someone edits the filed entity later, outside any order. */
async function editEntity(h: Harness, entityId: string, mailingAddress: string): Promise<void> {
  const entity = entityOf(h, entityId);
  await h.store.transact('', (tx) => tx.put('entities', { ...entity, mailingAddress }));
}

describe('the check frozen when an order closes', () => {
  it('an approved modification keeps the changes it made and its findings, with when and the rule data as of', async () => {
    const h = await openFilings();
    const { id, entityId } = await modificationUnderReview(h);
    const underReview = h.filings.get(id);
    expect(underReview.filing.closingCheck).toBeUndefined();
    const approved = await h.filings.recordEvent({ id, event: 'admin-approve', at: at(14) });

    const frozen = filingOf(h, id).closingCheck;
    expect(frozen).toMatchObject({ event: 'admin-approve', rulesAsOf: RULES_AS_OF });
    expect(frozen?.frozenAt).toBe(approved.filing.updatedAt);
    expect(frozen?.changes.map((c) => [c.path, c.old, c.new])).toEqual([['entity.mailingAddress', '示例路1号2层', '示例路9号']]);
    // What was checked at approval: the same findings the open order showed (acknowledged warnings included).
    expect(frozen?.findings).toEqual(underReview.findings);
    expect(frozen?.findings.length).toBeGreaterThan(0);
    expect(approved.changes).toEqual(frozen?.changes);
    expect(approved.findings).toEqual(frozen?.findings);

    // A later edit of the portfolio rewrites the live diff, never the closed order's record.
    await editEntity(h, entityId, '示例路10号');
    expect(liveCheck({ ctx: h.portfolio.context, view: h.portfolio.view }, filingOf(h, id)).changes.map((c) => [c.path, c.old, c.new])).toEqual([
      ['entity.mailingAddress', '示例路10号', '示例路9号'],
    ]);
    expect(h.filings.get(id).changes.map((c) => [c.path, c.old, c.new])).toEqual([['entity.mailingAddress', '示例路1号2层', '示例路9号']]);
  });

  it('an abandoned draft keeps the errors it had when it was withdrawn', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'initial', providerId: 'alibaba' });
    const open = h.filings.get(filing.id);
    expect(open.findings.some((f) => f.severity === 'error')).toBe(true);
    const abandoned = await h.filings.recordEvent({ id: filing.id, event: 'abandon', at: at(9) });

    expect(abandoned.filing.closingCheck).toMatchObject({ event: 'abandon', findings: open.findings, changes: [] });
    expect(abandoned.findings).toEqual(open.findings);
  });

  it('an expired order is frozen too; an order that stays open is not', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'initial', providerId: 'alibaba' });
    const rejected = await rejection(h.filings.recordEvent({ id: filing.id, event: 'submit', at: at(9) }));
    expect(rejected.code).toBe('VALIDATION');
    expect(filingOf(h, filing.id).closingCheck).toBeUndefined();
    const expired = await h.filings.recordEvent({ id: filing.id, event: 'expire', at: at(10) });
    expect(expired.filing.closingCheck?.event).toBe('expire');
  });

  it('is written in the closing transaction: a failed commit leaves neither the state nor a frozen check', async () => {
    const h = await openFilings();
    const { id } = await modificationUnderReview(h);
    const before = filingOf(h, id);
    h.failNextAppend();
    expect(await h.filings.recordEvent({ id, event: 'admin-approve', at: at(14) }).catch((e: unknown) => e)).toBeInstanceOf(StoreError);
    expect(filingOf(h, id)).toEqual(before);
  });

  it('an order closed before checks were frozen shows them checked now, and says so by having none', async () => {
    const h = await openFilings();
    const { filing } = await h.filings.create({ operation: 'initial', providerId: 'alibaba' });
    await h.filings.recordEvent({ id: filing.id, event: 'abandon', at: at(9) });
    // As an older version stored it: closed, nothing frozen.
    const { closingCheck: _dropped, ...old } = filingOf(h, filing.id);
    await h.store.transact('', (tx) => tx.put('filings', old satisfies Filing));

    const detail = h.filings.get(filing.id);
    expect(detail.filing.closingCheck).toBeUndefined();
    expect(detail.findings.some((f) => f.severity === 'error')).toBe(true);
  });

  it('the rule data as of is the newest date of the rule tables', () => {
    expect(RULES_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(RULES_AS_OF >= REFERENCE_AS_OF).toBe(true);
  });
});
