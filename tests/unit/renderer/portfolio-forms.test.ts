import { describe, expect, it } from 'vitest';
import { RecordForm, recordFieldPath, recordFindings, toRecordRequest, newRecordDefaults, type RecordFormIn } from '../../../src/renderer/features/entities/record/record-form';
import { entityFieldPath, entityFindings, toEntityInput, type EntityFormIn, type EntityFormOut } from '../../../src/renderer/features/entities/form/entity-form';
import { serviceFieldPath, serviceFindings, serviceNumberFindings } from '../../../src/renderer/features/portfolio/service-checks';

const USCC = '91110105MA01Q8XK3N';
const USCC_BAD_CHECK = '91110105MA01Q8XK3A';
const person = {
  name: '张晨',
  certificateType: 'resident-id' as const,
  certificateNumber: '110105198001010016',
  certificateValidFrom: '2020-01-01',
  certificateValidUntil: 'long-term',
  mobile: '13912345678',
  emergencyPhone: '13812345679',
  email: 'zhang.chen@example.com',
};
const entity = {
  nature: 'enterprise' as const,
  certificateType: 'uscc-certificate' as const,
  certificateNumber: USCC,
  name: '北京晨曦科技有限公司',
  region: { province: '110000', city: '110100', district: '110105' },
  certificateAddress: '北京市朝阳区 1 号',
  mailingAddress: '北京市朝阳区 1 号',
  leaderIsLegalRepresentative: true,
  overrides: [],
};
const codes = (findings: readonly { code: string; severity: string }[] | undefined) => (findings ?? []).map((f) => `${f.severity}:${f.code}`);

describe('entity form findings', () => {
  const form = (overrides: Partial<EntityFormIn> = {}): EntityFormIn =>
    ({ entity: { ...entity, certificateNumber: USCC_BAD_CHECK }, leader: { mode: 'new', person }, usccOverride: { checked: false, note: '' }, ...overrides }) as EntityFormIn;

  it('reports a USCC checksum error under the certificate number, and only a warning once an override note is recorded', () => {
    expect(codes(entityFindings(form())['entity.certificateNumber'])).toEqual(['error:uscc.checksum']);
    expect(codes(entityFindings(form({ usccOverride: { checked: true, note: '' } }))['entity.certificateNumber'])).toEqual(['error:uscc.checksum']);
    expect(codes(entityFindings(form({ usccOverride: { checked: true, note: '已核对营业执照原件' } }))['entity.certificateNumber'])).toEqual(['warning:uscc.checksum']);
  });

  it('reads an 18-character business licence number as a USCC, like main does, but not a 15-digit registration number', () => {
    const licence = (certificateNumber: string) => form({ entity: { ...entity, certificateType: 'business-licence', certificateNumber } } as never);
    expect(codes(entityFindings(licence(USCC_BAD_CHECK))['entity.certificateNumber'])).toEqual(['error:uscc.checksum']);
    expect(entityFindings(licence('110105012345678'))['entity.certificateNumber']).toEqual([]);
  });

  it('checks the new leader with the shared validators, and refuses a service number as the entity number', () => {
    const findings = entityFindings(form({ leader: { mode: 'new', person: { ...person, certificateNumber: '110105198001010017', mobile: '1701234567' } } } as never));
    expect(codes(findings['leader.person.certificateNumber'])).toContain('error:resident-id.checksum');
    expect(codes(findings['leader.person.mobile']).length).toBeGreaterThan(0);
    const number = entityFindings(form({ entity: { ...entity, icpNumber: '京ICP备2026012345号-1' } } as never))['entity.icpNumber'];
    expect(codes(number)).toEqual(['error:entity-number.has-suffix']);
  });

  it('stamps a new override with who and when, and keeps an unchanged one as it was recorded', () => {
    const values = { entity: { ...entity, overrides: [] }, leader: { mode: 'existing', id: 'p1' }, usccOverride: { checked: true, note: '已核对' } } as unknown as EntityFormOut;
    const stamped = toEntityInput(values, '王芳');
    expect(stamped.overrides).toHaveLength(1);
    expect(stamped.overrides[0]).toMatchObject({ code: 'uscc.checksum', note: '已核对', by: '王芳' });
    const earlier = { code: 'uscc.checksum', note: '已核对', by: '李雷', at: '2026-01-02T03:04:05.000Z' };
    expect(toEntityInput(values, '王芳', [earlier]).overrides).toEqual([earlier]);
    expect(toEntityInput({ ...values, usccOverride: { checked: false, note: '已核对' } }, '王芳', [earlier]).overrides).toEqual([]);
  });

  it("puts main's issue paths under the form's fields", () => {
    expect(entityFieldPath(['entity', 'region', 'district'])).toBe('entity.region.district');
    expect(entityFieldPath(['leader', 'new', 'mobile'])).toBe('leader.person.mobile');
    expect(entityFieldPath(['leader', 'id'])).toBe('leader.id');
    expect(entityFieldPath(['entity', 'overrides', 0, 'note'])).toBe('usccOverride.note');
  });
});

describe('service number findings', () => {
  it('wants a service number under the entity number, with the suffix of its kind', () => {
    expect(serviceNumberFindings('京ICP备2026000123号-1', '京ICP备2026000123号', 'website')).toEqual([]);
    expect(codes(serviceNumberFindings('京ICP备2026000999号-2', '京ICP备2026000123号', 'website'))).toEqual(['error:service-number.other-entity']);
    expect(codes(serviceNumberFindings('京ICP备2026000123号-2', '京ICP备2026000123号', 'app'))).toEqual(['error:service-number.kind-mismatch']);
  });

  it('still checks the suffix against the kind when there is no entity number to compare with', () => {
    expect(serviceNumberFindings('京ICP备2026000123号-2A', undefined, 'app')).toEqual([]);
    expect(codes(serviceNumberFindings('京ICP备2026000123号-2A', '', 'website'))).toEqual(['error:service-number.kind-mismatch']);
  });

  it('gathers the domains of an app under its one domains field', () => {
    const findings = serviceFindings({ kind: 'app', domains: ['api.example.com', '1.2.3.4'] }, 'service', {});
    expect(codes(findings['service.domains'])).toEqual(['error:domain.is-ip:1.2.3.4']);
    expect(serviceFieldPath('service', ['domains', 1])).toBe('service.domains');
    expect(serviceFieldPath('service', ['homepageUrl'])).toBe('service.homepageUrl');
  });
});

describe('record-existing form', () => {
  const website = (icpNumber: string) => ({
    service: { kind: 'website', name: '已备案官网', domain: 'yibeian.cn', homepageUrl: 'https://www.yibeian.cn/', contentCategories: ['organisation-portal'], languages: ['zh-Hans'], preApprovals: [], icpNumber },
    leader: { mode: 'entity' },
    withAccess: true,
    access: { providerId: 'alibaba', serviceCode: '32a43232-a888-88e8-b9ec-00888be81234', accessMethod: 'cloud', serverRegion: '110000', ips: ['203.0.113.10'] },
  });
  const values = (numbers: string[]) =>
    ({ ...newRecordDefaults, entity: entity, leader: { mode: 'new', person }, entityIcpNumber: '京ICP备2026000123号', services: numbers.map(website) }) as unknown as RecordFormIn;

  it('flags a service number that is not under the entity number under that service', () => {
    const findings = recordFindings(values(['京ICP备2026000123号-1', '京ICP备2026000999号-2']));
    expect(findings['services.0.service.icpNumber']).toEqual([]);
    expect(codes(findings['services.1.service.icpNumber'])).toEqual(['error:service-number.other-entity']);
  });

  it('sends the entity leader for services led by them, the entity number on the entity, and each access', () => {
    const parsed = RecordForm.parse(values(['京ICP备2026000123号-1', '京ICP备2026000123号-2']));
    const request = toRecordRequest(parsed, '王芳');
    expect(request.entity.icpNumber).toBe('京ICP备2026000123号');
    expect(request.services.map((s) => s.leader)).toEqual([request.leader, request.leader]);
    expect(request.services[1]?.access?.providerId).toBe('alibaba');
    expect('new' in request.leader && request.leader.new.name).toBe('张晨');
  });

  it("maps main's paths for a service's new leader and an app's domains", () => {
    expect(recordFieldPath(['services', 1, 'service', 'icpNumber'])).toBe('services.1.service.icpNumber');
    expect(recordFieldPath(['services', 0, 'leader', 'new', 'mobile'])).toBe('services.0.leader.person.mobile');
    expect(recordFieldPath(['services', 2, 'service', 'domains', 3])).toBe('services.2.service.domains');
    expect(recordFieldPath(['entityIcpNumber'])).toBe('entityIcpNumber');
  });
});
