import { describe, expect, it } from 'vitest';
import { Filing } from '../../../../../src/shared/domain/model/filing';
import { CheckFinding, type ClosingCheck } from '../../../../../src/shared/domain/model/filing-closing';
import { RuleFindingSchema } from '../../../../../src/shared/ipc/filing-schemas';
import { storedFiling } from '../../../../fixtures/domain/builders';

const frozen: ClosingCheck = {
  frozenAt: '2026-03-03T14:00:05+08:00',
  event: 'admin-approve',
  rulesAsOf: '2026-11-28',
  findings: [
    {
      code: 'leader.mobile.province',
      severity: 'warning',
      path: 'leaders.0.mobile',
      message: { 'zh-CN': '北京要求负责人手机号码为本省号码', en: 'Beijing requires leader mobiles registered in Beijing' },
      ruleId: 'leader.mobile.province',
      source: ['§6.4'],
      asOf: '2026-11-28',
      step: 'leaders',
      key: 'leader.mobile.province@leaders.0.mobile',
      acknowledged: true,
    },
  ],
  changes: [{ path: 'entity.mailingAddress', label: { 'zh-CN': '主体 · 通信地址', en: 'Entity · mailing address' }, old: '示例路1号', new: '示例路9号' }],
};

describe('the Filing record and its frozen check', () => {
  it('reads a record written before checks were frozen (no migration: the field is optional)', () => {
    const old = storedFiling('f-1', 'e-1', 'APPROVED');
    const parsed = Filing.parse(JSON.parse(JSON.stringify(old)));
    expect(parsed.closingCheck).toBeUndefined();
    expect(parsed).toEqual(old);
  });

  it('keeps a frozen check through a JSON round trip, field for field', () => {
    const record = { ...storedFiling('f-1', 'e-1', 'APPROVED'), closingCheck: frozen };
    expect(Filing.parse(JSON.parse(JSON.stringify(record))).closingCheck).toEqual(frozen);
  });

  it('refuses a frozen check without its time or of an unknown event', () => {
    const { frozenAt: _f, ...noTime } = frozen;
    expect(Filing.safeParse({ ...storedFiling('f-1', 'e-1', 'APPROVED'), closingCheck: noTime }).success).toBe(false);
    expect(Filing.safeParse({ ...storedFiling('f-1', 'e-1', 'APPROVED'), closingCheck: { ...frozen, event: 'closed' } }).success).toBe(false);
  });

  it('the channels use the same finding schema as the record: one declaration, so a frozen finding is always one filing:get can send', () => {
    expect(RuleFindingSchema).toBe(CheckFinding);
    const [finding] = frozen.findings;
    expect(RuleFindingSchema.parse(finding)).toEqual(finding);
    expect(RuleFindingSchema.safeParse({ ...finding, step: 'signing' }).success).toBe(false);
  });
});
