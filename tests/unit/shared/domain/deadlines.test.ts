import { describe, expect, it } from 'vitest';
import { DUE_SOON_WINDOW, deadlineStatus, dueSoonFrom, type Deadline } from '../../../../src/shared/domain/deadlines';
import {
  adminReviewWorkingDays,
  filingDeadlines,
  orderExpiryReminders,
  type FilingDeadlineInput,
} from '../../../../src/shared/domain/deadlines-filing';
import { serviceDeadlines } from '../../../../src/shared/domain/deadlines-service';

const kinds = (ds: { kind: string }[]) => ds.map((d) => d.kind);
const find = <T extends { kind: string }>(ds: T[], kind: string): T => {
  const d = ds.find((x) => x.kind === kind);
  if (!d) throw new Error(`no ${kind} deadline in ${JSON.stringify(kinds(ds))}`);
  return d;
};

const SUBMITTED = '2026-02-10T10:00:00+08:00';
const smsOrder = (history: FilingDeadlineInput['history']): FilingDeadlineInput => ({
  operation: 'initial',
  state: 'SMS_VERIFICATION',
  sms: 'waiting',
  createdAt: '2026-02-01T09:00:00+08:00',
  history: [{ event: 'submit-to-admin', at: SUBMITTED }, ...history],
});

describe('filing deadlines', () => {
  it('gives the MIIT SMS check 24 h from the first code of the round (§3)', () => {
    const input = smsOrder([
      { event: 'sms-sent', at: '2026-02-10T11:00:00+08:00' },
      { event: 'sms-sent', at: '2026-02-10T18:00:00+08:00' }, // a re-send does not extend the window
    ]);
    const sms = find(filingDeadlines(input, '2026-02-10T12:00:00+08:00'), 'sms-verification');
    expect(sms).toMatchObject({ startsAt: '2026-02-10T03:00:00.000Z', dueAt: '2026-02-11T03:00:00.000Z', status: 'ok' });
    expect(sms.approximate).toBeUndefined();
    expect(find(filingDeadlines(input, '2026-02-11T05:00:00+08:00'), 'sms-verification').status).toBe('due-soon');
    expect(find(filingDeadlines(input, '2026-02-11T11:00:00.001+08:00'), 'sms-verification').status).toBe('overdue');
  });

  it('falls back to the submission time, flagged approximate, when no SMS was recorded', () => {
    const sms = find(filingDeadlines(smsOrder([]), SUBMITTED), 'sms-verification');
    expect(sms).toMatchObject({ dueAt: '2026-02-11T02:00:00.000Z', approximate: true });
  });

  it('expects the 管局 review to end 20 working days after submission, across Spring Festival 2026', () => {
    const review = find(filingDeadlines(smsOrder([]), SUBMITTED), 'admin-review');
    // 02-10 + 20 working days = 03-16 (02-14 and 02-28 are make-up days, 02-15..23 off).
    expect(review).toMatchObject({ startsAt: '2026-02-10T02:00:00.000Z', dueAt: '2026-03-16T15:59:59.999Z' });
    expect(review.approximate).toBeUndefined();
    expect(review.source).toEqual(['§2.2', 'A4', 'T9']);
  });

  it('gives Zhejiang 30 working days (T9), whichever way the province is written', () => {
    for (const province of ['330000', '浙江', '浙', 'Zhejiang', '浙江省']) {
      const review = find(filingDeadlines({ ...smsOrder([]), province }, SUBMITTED), 'admin-review');
      expect([province, review.dueAt]).toEqual([province, '2026-03-30T15:59:59.999Z']);
    }
    expect(adminReviewWorkingDays('110000')).toBe(20);
    expect(adminReviewWorkingDays(undefined)).toBe(20);
  });

  it('counts the review from the Beijing day of submission, across National Day 2026', () => {
    const input: FilingDeadlineInput = {
      operation: 'remove-access',
      state: 'ADMIN_REVIEW',
      history: [{ event: 'submit-to-admin', at: '2026-09-18T15:00:00Z' }], // 23:00 Beijing, Friday 09-18
    };
    expect(find(filingDeadlines(input, '2026-09-19T00:00:00Z'), 'admin-review').dueAt).toBe('2026-10-22T15:59:59.999Z');
    expect(kinds(filingDeadlines(input, '2026-09-19T00:00:00Z'))).toEqual(['admin-review']);
  });

  it('flags a review period reaching into 2027 as approximate (no 2027 notice)', () => {
    const input: FilingDeadlineInput = {
      operation: 'modify',
      state: 'ADMIN_REVIEW',
      history: [{ event: 'submit-to-admin', at: '2026-12-20T10:00:00+08:00' }],
    };
    expect(find(filingDeadlines(input, '2026-12-21T00:00:00Z'), 'admin-review').approximate).toBe(true);
  });

  it('deletes a provider-side order 45 days after its last update, due soon from day 30 (A5)', () => {
    const input: FilingDeadlineInput = {
      operation: 'initial',
      state: 'PROVIDER_REJECTED',
      createdAt: '2026-03-01T10:00:00+08:00',
      history: [
        { event: 'submit', at: '2026-03-02T10:00:00+08:00' },
        { event: 'provider-reject', at: '2026-03-03T10:00:00+08:00' },
      ],
    };
    const expiry = find(filingDeadlines(input, '2026-03-04T00:00:00Z'), 'order-expiry');
    expect(expiry).toMatchObject({ startsAt: '2026-03-03T02:00:00.000Z', dueAt: '2026-04-17T02:00:00.000Z', status: 'ok' });
    expect(find(filingDeadlines(input, '2026-04-01T10:00:00+08:00'), 'order-expiry').status).toBe('ok'); // day 29
    expect(find(filingDeadlines(input, '2026-04-02T10:00:00+08:00'), 'order-expiry').status).toBe('due-soon'); // day 30
    expect(find(filingDeadlines(input, '2026-04-17T10:00:01+08:00'), 'order-expiry').status).toBe('overdue');
    expect(orderExpiryReminders('2026-03-03T10:00:00+08:00')).toEqual(['2026-04-02T02:00:00.000Z', '2026-04-12T02:00:00.000Z']);
    // A later data edit restarts the clock.
    const edited = find(filingDeadlines({ ...input, updatedAt: '2026-03-20T10:00:00+08:00' }, '2026-03-21T00:00:00Z'), 'order-expiry');
    expect(edited.dueAt).toBe('2026-05-04T02:00:00.000Z');
  });

  it('has no expiry while the order is with the 管局 or closed', () => {
    for (const state of ['ADMIN_REVIEW', 'APPROVED', 'ABANDONED', 'EXPIRED'] as const) {
      const ds = filingDeadlines({ operation: 'initial', state, createdAt: SUBMITTED, history: [] }, SUBMITTED);
      expect([state, kinds(ds)]).toEqual([state, []]);
    }
    const draft = filingDeadlines({ operation: 'initial', state: 'DRAFT', createdAt: SUBMITTED, history: [] }, SUBMITTED);
    expect(kinds(draft)).toEqual(['order-expiry']);
  });

  it('warns about domains and ID documents in an order being prepared', () => {
    const ds = filingDeadlines(
      {
        operation: 'initial',
        state: 'DRAFT',
        createdAt: '2026-11-01T10:00:00+08:00',
        history: [],
        domains: [{ name: 'example.cn', expiresOn: '2027-01-15' }],
        documents: [
          { name: '法定代表人身份证', validUntil: '2028-01-01' },
          { name: '营业执照', validUntil: null },
        ],
      },
      '2026-11-28T10:00:00+08:00',
    );
    expect(ds.map((d) => [d.kind, d.status])).toEqual([
      ['order-expiry', 'ok'],
      ['domain-expiry', 'due-soon'],
      ['document-expiry', 'ok'],
    ]);
  });
});

describe('service deadlines', () => {
  it('asks for the 公安 filing within 30 days of going live (§8, T6)', () => {
    const [d] = serviceDeadlines({ goLiveOn: '2026-09-10' }, '2026-09-20T10:00:00+08:00');
    expect(d).toMatchObject({
      kind: 'public-security-filing',
      startsAt: '2026-09-09T16:00:00.000Z',
      dueAt: '2026-10-10T15:59:59.999Z',
      status: 'ok',
    });
    expect(serviceDeadlines({ goLiveOn: '2026-09-10' }, '2026-10-04T00:00:00+08:00')[0]?.status).toBe('due-soon');
    expect(serviceDeadlines({ goLiveOn: '2026-09-10' }, '2026-10-11T00:00:00+08:00')[0]?.status).toBe('overdue');
    expect(serviceDeadlines({ goLiveOn: '2026-09-10', publicSecurityFiledOn: '2026-09-30' }, '2026-10-11')).toEqual([]);
  });

  it('takes a go-live instant at its Beijing day', () => {
    const [d] = serviceDeadlines({ goLiveOn: '2026-09-09T17:00:00Z' }, '2026-09-20'); // 01:00 Beijing 09-10
    expect(d?.dueAt).toBe('2026-10-10T15:59:59.999Z');
  });

  it('warns 3 months before a domain expires and flags it overdue after (§6.5)', () => {
    const input = { domains: [{ name: 'example.com.cn', expiresOn: '2027-03-01' }] };
    const at = (now: string) => serviceDeadlines(input, now)[0];
    expect(at('2026-11-30T12:00:00Z')).toMatchObject({ status: 'ok', startsAt: '2026-11-30T16:00:00.000Z', dueAt: '2027-03-01T15:59:59.999Z' });
    expect(at('2026-12-01T00:00:00+08:00')?.status).toBe('due-soon');
    expect(at('2027-03-02T00:00:00+08:00')?.status).toBe('overdue');
    expect(at('2027-03-02T00:00:00+08:00')?.label.en).toContain('example.com.cn');
  });

  it('skips long-term (长期) documents and sorts what remains, soonest first', () => {
    const ds = serviceDeadlines(
      {
        goLiveOn: '2026-11-20',
        domains: [{ name: 'a.cn', expiresOn: '2027-06-01' }],
        documents: [
          { name: 'ID A', validUntil: '2026-12-31' },
          { name: 'ID B', validUntil: null },
        ],
      },
      '2026-11-28',
    );
    expect(ds.map((d) => d.kind)).toEqual(['public-security-filing', 'document-expiry', 'domain-expiry']);
    expect(ds.map((d) => d.status)).toEqual(['ok', 'due-soon', 'ok']);
  });
});

describe('deadline status', () => {
  const base = (kind: Deadline['kind'], dueAt: string) => ({ kind, dueAt });

  it('has a due-soon window for every kind', () => {
    expect(Object.keys(DUE_SOON_WINDOW).sort()).toEqual(
      ['admin-review', 'document-expiry', 'domain-expiry', 'order-expiry', 'public-security-filing', 'sms-verification'],
    );
  });

  it('is ok before the window, due-soon inside it, overdue after the due instant', () => {
    const d = base('sms-verification', '2026-02-11T03:00:00.000Z');
    expect(dueSoonFrom(d.kind, d.dueAt)).toBe('2026-02-10T21:00:00.000Z');
    expect(deadlineStatus(d, '2026-02-10T20:59:59.999Z')).toBe('ok');
    expect(deadlineStatus(d, '2026-02-10T21:00:00.000Z')).toBe('due-soon');
    expect(deadlineStatus(d, '2026-02-11T03:00:00.000Z')).toBe('due-soon');
    expect(deadlineStatus(d, new Date('2026-02-11T03:00:00.001Z'))).toBe('overdue');
  });

  it('measures month windows in Beijing calendar months, clamped to the month end', () => {
    expect(dueSoonFrom('document-expiry', '2026-05-31T15:59:59.999Z')).toBe('2026-02-27T16:00:00.000Z');
    expect(dueSoonFrom('admin-review', '2026-03-16T15:59:59.999Z')).toBe('2026-03-13T15:59:59.999Z');
  });
});
