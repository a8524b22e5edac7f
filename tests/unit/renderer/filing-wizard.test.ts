import { describe, expect, it } from 'vitest';
import type { FilingDetail, RuleFindingView } from '../../../src/shared/ipc';
import { groupFindings, summarize } from '../../../src/renderer/features/filings/check/check-groups';
import { dataFieldLabel, dataFields } from '../../../src/renderer/features/filings/common/data-fields';
import { isEditable } from '../../../src/renderer/features/filings/common/editable';
import { findingLink, wizardPath } from '../../../src/renderer/features/filings/common/paths';
import { latestRejections } from '../../../src/renderer/features/filings/common/rejections';
import { mergeFindings, savedFindings } from '../../../src/renderer/features/filings/wizard/field-findings';
import { sanitizeStep } from '../../../src/renderer/features/filings/wizard/step-data';
import { issueField, stepsFor, targetOfPath } from '../../../src/renderer/features/filings/wizard/steps';

// Words for labels: the keys themselves, with their values, so the tests read what would be shown.
const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key}${JSON.stringify(values)}` : key)) as never;

const finding = (over: Partial<RuleFindingView>): RuleFindingView => ({
  code: 'x',
  severity: 'error',
  message: { 'zh-CN': '错', en: 'wrong' },
  ruleId: 'r',
  source: ['§4'],
  asOf: '2026-01-01',
  step: 'services',
  key: 'x',
  ...over,
});

const AT = '2026-03-03T10:00:00+08:00';

/** An initial order with one leader, one website and its access; a stub of what filing:get answers. */
function detail(over: Partial<FilingDetail['filing']> = {}, rest: Partial<FilingDetail> = {}): FilingDetail {
  return {
    filing: {
      id: 'f-1',
      createdAt: AT,
      updatedAt: AT,
      operation: 'initial',
      state: 'DRAFT',
      resubmissions: 0,
      history: [],
      targetServiceIds: [],
      rejectionFindings: [],
      acknowledgedWarnings: [],
      data: {
        entity: { name: '北京晨曦科技有限公司', leaderId: 'p-1' },
        leaders: [{ id: 'p-1', name: '张晨' }],
        services: [{ kind: 'website', id: 's-1', name: '晨曦官网', domain: 'chenxi.cn' }],
        access: [{ serviceId: 's-1', providerId: 'alibaba' }],
      },
      ...over,
    },
    targets: [],
    findings: [],
    requiredDocuments: [
      { kind: 'entity-certificate', label: { 'zh-CN': '执照', en: 'licence' }, reason: { 'zh-CN': '', en: '' }, source: [], asOf: '', path: 'documents.entity-certificate', provided: false },
      { kind: 'leader-id', subjectId: 'p-1', label: { 'zh-CN': '身份证', en: 'ID' }, reason: { 'zh-CN': '', en: '' }, source: [], asOf: '', path: 'documents.leader-id.p-1', provided: false },
    ],
    deadlines: [],
    changes: [],
    removes: { serviceNumbers: [] },
    allowedEvents: ['submit', 'abandon'],
    ...rest,
  } as FilingDetail;
}

describe('the steps of each operation', () => {
  it('asks for everything in a new filing, no entity step when the entity is filed here, only the checklist for cancellations', () => {
    expect(stepsFor('initial')).toEqual(['entity', 'leaders', 'services', 'access', 'documents', 'review']);
    expect(stepsFor('modify')).toEqual(['entity', 'leaders', 'services', 'access', 'documents', 'review']);
    expect(stepsFor('add-service-existing-entity')).toEqual(['leaders', 'services', 'access', 'documents', 'review']);
    expect(stepsFor('cancel-service')).toEqual(['documents', 'review']);
    expect(stepsFor('remove-access')).toEqual(['documents', 'review']);
  });
});

describe('where a finding is fixed', () => {
  const all = { steps: stepsFor('initial') };
  it('opens the step of the path at its field', () => {
    expect(targetOfPath('services.0.domain', all)).toEqual({ step: 'services', field: 'services.0.domain' });
    expect(targetOfPath('leaders.1.mobile', all)).toEqual({ step: 'leaders', field: 'leaders.1.mobile' });
    expect(targetOfPath('entity.region.district', all)).toEqual({ step: 'entity', field: 'entity.region.district' });
  });

  it('points an item of a list of values at the one control that holds the list', () => {
    expect(targetOfPath('services.0.domains.2', all)).toEqual({ step: 'services', field: 'services.0.domains' });
    expect(targetOfPath('access.0.ips.1', all)).toEqual({ step: 'access', field: 'access.0.ips' });
    expect(targetOfPath('services.0.contentCategories.0', all)).toEqual({ step: 'services', field: 'services.0.contentCategories' });
    expect(targetOfPath('services.0.platforms.0.signatureDigest', all)).toEqual({ step: 'services', field: 'services.0.platforms.0.signatureDigest' });
    expect(targetOfPath('services.0.preApprovals', all)).toEqual({ step: 'services' });
  });

  it("chooses the entity's leader on the leaders step and a USCC override on the entity step", () => {
    expect(targetOfPath('entity.leaderId', all)).toEqual({ step: 'leaders', field: 'entityLeaderId' });
    expect(targetOfPath('entity.overrides', all)).toEqual({ step: 'entity', field: 'usccOverride.note' });
  });

  it('ticks a document at its checkbox, in the order the documents step lists them', () => {
    const documents = detail().requiredDocuments;
    expect(targetOfPath('documents.leader-id.p-1', { ...all, documents })).toEqual({ step: 'documents', field: 'documents.1.provided' });
    expect(targetOfPath('documents', { ...all, documents })).toEqual({ step: 'documents' });
  });

  it("sends the order's subject, and anything of a step the operation does not have, to the review", () => {
    expect(targetOfPath('targetServiceIds', all)).toEqual({ step: 'review' });
    expect(targetOfPath('services.0.domain', { steps: stepsFor('cancel-service') })).toEqual({ step: 'review' });
    expect(targetOfPath(undefined, { ...all, fallback: 'documents' })).toEqual({ step: 'documents' });
  });

  it("places main's save-step issues, whose paths start at the step's data", () => {
    expect(issueField('leaders', ['data', 0, 'mobile'])).toBe('leaders.0.mobile');
    expect(issueField('entity', ['data', 'region', 'city'])).toBe('entity.region.city');
    expect(issueField('entity', ['data', 'leaderId'])).toBe('entityLeaderId');
    expect(issueField('access', ['data', 0, 'ips', 1])).toBe('access.0.ips');
  });

  it('links a finding to the wizard at its step and field', () => {
    expect(wizardPath('f-1')).toBe('/filings/f-1/edit');
    expect(findingLink(detail(), finding({ path: 'services.0.domain' }))).toBe('/filings/f-1/edit?step=services&focus=services.0.domain');
  });
});

describe('what a draft saves', () => {
  it('leaves out a half-typed value the draft cannot hold, and keeps everything else', () => {
    const saved = sanitizeStep('entity', {
      name: '北京晨曦科技有限公司',
      region: { province: '110000', city: '110100', district: '1101' },
      legalRepresentative: { name: '   ', certificateNumber: '110105198001010016' },
      formOnly: true,
    });
    expect(saved).toEqual({ name: '北京晨曦科技有限公司', region: { province: '110000', city: '110100' }, legalRepresentative: { certificateNumber: '110105198001010016' } });
  });

  it('keeps list items that are fine when another one is not', () => {
    const saved = sanitizeStep('leaders', [
      { id: 'p-1', name: '张晨', certificateValidFrom: '2020-13-40' },
      { id: 'p-2', name: '李四' },
    ]);
    expect(saved).toEqual([{ id: 'p-1', name: '张晨' }, { id: 'p-2', name: '李四' }]);
  });
});

describe('the pre-submission check', () => {
  it('blocks on errors and on warnings not yet ticked; an overridden error is decided', () => {
    expect(summarize([finding({}), finding({ severity: 'warning', key: 'w' })])).toEqual({ errors: 1, unacknowledged: 1, clear: false });
    expect(summarize([finding({ severity: 'warning', acknowledged: true }), finding({ severity: 'warning', overridden: true })])).toEqual({ errors: 0, unacknowledged: 0, clear: true });
  });

  it('groups by step in wizard order, errors first and ticked warnings last', () => {
    const groups = groupFindings([
      finding({ step: 'services', severity: 'warning', key: 'ticked', acknowledged: true }),
      finding({ step: 'services', severity: 'warning', key: 'open' }),
      finding({ step: 'entity', key: 'e' }),
      finding({ step: 'services', key: 'err' }),
    ]);
    expect(groups.map((g) => [g.step, g.findings.map((f) => f.key)])).toEqual([
      ['entity', ['e']],
      ['services', ['err', 'open', 'ticked']],
    ]);
  });

  it("shows main's findings and the latest rejection under the fields of a step", () => {
    const rejected = detail(
      {
        state: 'PROVIDER_REJECTED',
        history: [
          { event: 'submit', at: AT, from: 'DRAFT', to: 'PROVIDER_REVIEW' },
          { event: 'provider-reject', at: '2026-03-04T10:00:00+08:00', from: 'PROVIDER_REVIEW', to: 'PROVIDER_REJECTED' },
        ],
        rejectionFindings: [
          { fieldPath: 'services.0.name', reason: '旧的', suggestion: '', at: AT },
          { fieldPath: 'services.0.name', reason: '名称不规范', suggestion: '改名', at: '2026-03-04T10:00:00+08:00' },
        ],
      },
      { findings: [finding({ path: 'services.0.domain', key: 'd' }), finding({ path: 'leaders.0.mobile', step: 'leaders', key: 'm' }), finding({ path: 'services.0.name', severity: 'warning', key: 'ok', acknowledged: true })] },
    );
    expect(latestRejections(rejected).map((r) => r.reason)).toEqual(['名称不规范']);
    const fields = savedFindings(rejected, 'services', t);
    expect(Object.keys(fields).sort()).toEqual(['services.0.domain', 'services.0.name']);
    expect(fields['services.0.name']?.[0]?.message['zh-CN']).toContain('名称不规范');
    const merged = mergeFindings({ 'services.0.domain': [{ code: 'd', severity: 'error', message: { 'zh-CN': '错', en: 'wrong' } }] }, fields);
    expect(merged['services.0.domain']).toHaveLength(1);
  });
});

describe('the order as the user reads it', () => {
  it('names every rejectable field after its record', () => {
    const fields = dataFields(detail().filing.data, t);
    expect(fields.map((f) => f.value)).toContain('services.0.domain');
    expect(dataFieldLabel('leaders.0.mobile', detail().filing.data, t)).toBe('张晨 · person.field.mobile');
    expect(dataFieldLabel('services.0.domain', detail().filing.data, t)).toBe('晨曦官网 · service.field.domain');
    expect(dataFieldLabel('nowhere.1', detail().filing.data, t)).toBe('nowhere.1');
  });

  it('is editable as a draft, after a rejection and after a returned SMS check, not under review', () => {
    expect(isEditable({ state: 'DRAFT' })).toBe(true);
    expect(isEditable({ state: 'PROVIDER_REJECTED' })).toBe(true);
    expect(isEditable({ state: 'SMS_VERIFICATION', sms: 'timed-out' })).toBe(true);
    expect(isEditable({ state: 'SMS_VERIFICATION', sms: 'waiting' })).toBe(false);
    expect(isEditable({ state: 'ADMIN_REVIEW' })).toBe(false);
  });
});
