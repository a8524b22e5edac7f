import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FilingDetail } from '../../../src/shared/ipc';
import { asksNumbers, eventDefaults, eventInput, eventProblems, numberFindings, type EventFormValues } from '../../../src/renderer/features/filings/detail/event-form';
import { fromBeijingInput, remaining, toBeijingInput } from '../../../src/renderer/features/filings/common/time';
import { determineInput, missingInput, typedDraft, type StartValues } from '../../../src/renderer/features/filings/new/new-filing';

const t = ((key: string) => key) as never;
const AT = '2026-03-03T10:00:00+08:00';

function detail(operation: FilingDetail['filing']['operation'], data: FilingDetail['filing']['data'] = {}, entityNumber?: string): FilingDetail {
  return {
    filing: { id: 'f-1', createdAt: AT, updatedAt: AT, operation, state: 'ADMIN_REVIEW', resubmissions: 0, history: [], targetServiceIds: [], rejectionFindings: [], acknowledgedWarnings: [], data, providerOrderNumber: 'ALI-1' },
    ...(entityNumber ? { entity: { icpNumber: entityNumber } } : {}),
    targets: [],
    findings: [],
    requiredDocuments: [],
    deadlines: [],
    changes: [],
    removes: { serviceNumbers: [] },
    allowedEvents: [],
  } as unknown as FilingDetail;
}

const website = { kind: 'website' as const, id: 's-1', name: '晨曦官网', domain: 'chenxi.cn' };
const app = { kind: 'app' as const, id: 's-2', name: '晨曦记账' };
const values = (over: Partial<EventFormValues>): EventFormValues => ({ at: '2026-03-05T09:30', rejections: [], numbers: { services: [] }, ...over });

describe('event times', () => {
  it('are typed in Beijing time and sent with +08:00, whatever the machine zone', () => {
    expect(toBeijingInput(Date.parse('2026-03-05T01:30:15Z'))).toBe('2026-03-05T09:30:15');
    expect(fromBeijingInput('2026-03-05T09:30')).toBe('2026-03-05T09:30:00+08:00');
    expect(fromBeijingInput('2026-03-05T09:30:15')).toBe('2026-03-05T09:30:15+08:00');
    expect(fromBeijingInput('')).toBeUndefined();
    expect(fromBeijingInput('yesterday')).toBeUndefined();
  });

  it('count down to a deadline and on past it', () => {
    const due = '2026-03-05T10:00:00+08:00';
    expect(remaining(due, Date.parse('2026-03-04T09:58:59+08:00'))).toEqual({ overdue: false, days: 1, clock: '00:01:01' });
    expect(remaining(due, Date.parse('2026-03-05T11:00:00+08:00'))).toEqual({ overdue: true, days: 0, clock: '01:00:00' });
  });
});

describe('recording an event', () => {
  it('asks for numbers only when the approval issues them', () => {
    expect(asksNumbers('admin-approve', 'initial')).toBe(true);
    expect(asksNumbers('admin-approve', 'cancel-service')).toBe(false);
    expect(asksNumbers('provider-approve', 'initial')).toBe(false);
  });

  it('opens on now, the order number so far, one empty reason for a rejection, the numbers known', () => {
    expect(eventDefaults(detail('initial'), 'provider-reject', '2026-03-05T09:30:00')).toMatchObject({ at: '2026-03-05T09:30:00', rejections: [{}] });
    expect(eventDefaults(detail('initial'), 'submit', 'x').providerOrderNumber).toBe('ALI-1');
    const approve = eventDefaults(detail('add-service-existing-entity', { services: [website, app] }, '京ICP备2026012345号'), 'admin-approve', 'x');
    expect(approve.numbers).toEqual({
      entityNumber: '京ICP备2026012345号',
      services: [
        { serviceKey: 's-1', kind: 'website', label: '晨曦官网', number: undefined },
        { serviceKey: 's-2', kind: 'app', label: '晨曦记账', number: undefined },
      ],
    });
  });

  it('checks the numbers as typed: no suffix on the entity number, each service under it with its kind’s suffix', () => {
    const numbers = (entityNumber: string, site: string, appNumber: string) =>
      numberFindings(values({ numbers: { entityNumber, services: [{ serviceKey: 's-1', kind: 'website', label: '', number: site }, { serviceKey: 's-2', kind: 'app', label: '', number: appNumber }] } }));
    const ok = numbers('京ICP备2026012345号', '京ICP备2026012345号-1', '京ICP备2026012345号-2A');
    expect(Object.values(ok).flat().filter((f) => f.severity === 'error')).toEqual([]);
    const bad = numbers('京ICP备2026012345号-1', '京ICP备2026099999号-1', '京ICP备2026012345号-2');
    expect(bad['numbers.entityNumber']?.some((f) => f.severity === 'error')).toBe(true);
    const wrong = numbers('京ICP备2026012345号', '京ICP备2026099999号-1', '京ICP备2026012345号-2');
    expect(wrong['numbers.services.0.number']?.some((f) => f.severity === 'error')).toBe(true);
    expect(wrong['numbers.services.1.number']?.some((f) => f.severity === 'error')).toBe(true);
  });

  it('refuses to send a rejection reason left empty, a missing number or time', () => {
    const problems = eventProblems(values({ at: '', rejections: [{ fieldPath: 'services.0.name' }] }), 'provider-reject', 'initial', t).map((p) => p.field);
    expect(problems).toEqual(['at', 'rejections.0.reason']);
    const missing = eventProblems(values({ numbers: { services: [{ serviceKey: 's-1', kind: 'website', label: '' }] } }), 'admin-approve', 'initial', t).map((p) => p.field);
    expect(missing).toEqual(['numbers.entityNumber', 'numbers.services.0.number']);
  });

  it('sends what the event carries, trimmed, with the Beijing time', () => {
    const reject = eventInput('f-1', 'provider-reject', 'initial', values({ note: ' 电话通知 ', rejections: [{ fieldPath: 'services.0.name', reason: ' 名称不规范 ', suggestion: ' 改名 ' }, { reason: '地址不全' }] }));
    expect(reject).toEqual({
      id: 'f-1',
      event: 'provider-reject',
      at: '2026-03-05T09:30:00+08:00',
      note: '电话通知',
      rejections: [
        { fieldPath: 'services.0.name', reason: '名称不规范', suggestion: '改名' },
        { fieldPath: '', reason: '地址不全', suggestion: '' },
      ],
    });
    const approve = eventInput('f-1', 'admin-approve', 'initial', values({ numbers: { entityNumber: '京ICP备2026012345号 ', services: [{ serviceKey: 's-1', kind: 'website', label: '', number: '京ICP备2026012345号-1' }] } }));
    expect(approve.numbers).toEqual({ entityNumber: '京ICP备2026012345号', services: [{ serviceKey: 's-1', number: '京ICP备2026012345号-1' }] });
    expect(eventInput('f-1', 'admin-approve', 'modify', values({})).numbers).toBeUndefined();
  });
});

describe('starting an order', () => {
  const start = (over: Partial<StartValues>): StartValues => ({ intent: 'new-client-first-site', providerId: 'alibaba', serviceKind: 'website', ...over });
  afterEach(() => vi.restoreAllMocks());

  it('sends only the inputs the intent shows', () => {
    expect(determineInput(start({ certificateNumber: ' 91110105MA01Q8XK3N ', domain: 'chenxi.cn', entityId: 'e-1' }), {})).toEqual({
      intent: 'new-client-first-site',
      providerId: 'alibaba',
      answers: {},
      certificateNumber: '91110105MA01Q8XK3N',
      domain: 'chenxi.cn',
    });
    expect(determineInput(start({ intent: 'cancel', entityId: 'e-1', serviceId: 's-1', domain: 'x.cn' }), { cancelWhat: 'service' })).toEqual({
      intent: 'cancel',
      providerId: 'alibaba',
      answers: { cancelWhat: 'service' },
      entityId: 'e-1',
      serviceId: 's-1',
    });
  });

  it('says which input is missing before asking main', () => {
    expect(missingInput(start({}))).toBe('certificate');
    expect(missingInput(start({ intent: 'modify' }))).toBe('entity');
    expect(missingInput(start({ intent: 'move-provider', domain: 'x.cn' }))).toBeUndefined();
  });

  it('carries the typed certificate number and domain into a new client’s draft', () => {
    vi.spyOn(crypto, 'randomUUID').mockReturnValue('0000-new' as never);
    const saves = typedDraft(detail('initial'), start({ certificateNumber: '91110105MA01Q8XK3N', domain: 'chenxi.cn' }));
    expect(saves.map((s) => s.step)).toEqual(['entity', 'services']);
    expect(saves[0]?.data).toMatchObject({ certificateNumber: '91110105MA01Q8XK3N' });
    expect(saves[1]?.data).toEqual([{ kind: 'website', id: '0000-new', domain: 'chenxi.cn', homepageUrl: 'https://chenxi.cn/', contentCategories: [], languages: ['zh-Hans'], preApprovals: [] }]);
    expect(typedDraft(detail('modify', { services: [website] }), start({ intent: 'modify', entityId: 'e-1' }))).toEqual([]);
  });
});
