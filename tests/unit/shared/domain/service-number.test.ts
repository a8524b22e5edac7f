import { describe, expect, it } from 'vitest';
import { checkServiceNumber } from '../../../../src/shared/domain/validators/service-number';

type Kind = Parameters<typeof checkServiceNumber>[2];
const codes = (service: string, entity: string, kind: Kind) => checkServiceNumber(service, entity, kind).map((f) => `${f.severity}:${f.code}`);

describe('checkServiceNumber (domain-reference §5: suffix none|A|X|K, same entity)', () => {
  it.each<[string, string, Kind]>([
    ['京ICP备11041704号-13', '京ICP备11041704号', 'website'],
    ['京ICP备11041704号-2A', '京ICP备11041704号', 'app'],
    ['京ICP备11041704号-3X', '京ICP备11041704号', 'mini-program'],
    ['京ICP备11041704号-4K', '京ICP备11041704号', 'quick-app'],
    ['粤B2-20090059-1626X', '粤B2-20090059', 'mini-program'],
    ['蜀ICP备15091234号-1', '川ICP备15091234号', 'website'],
    ['京ICP备 11041704 -2a', '京ICP备11041704号', 'app'],
  ])('accepts %s under %s as a %s', (service, entity, kind) => {
    expect(checkServiceNumber(service, entity, kind)).toEqual([]);
  });

  it.each<[string, string, Kind, string[]]>([
    ['京ICP备11041704号-2A', '京ICP备11041704号', 'website', ['error:service-number.kind-mismatch']],
    ['京ICP备11041704号-2', '京ICP备11041704号', 'app', ['error:service-number.kind-mismatch']],
    ['京ICP备11041704号-3K', '京ICP备11041704号', 'mini-program', ['error:service-number.kind-mismatch']],
    ['京ICP备11041704号-1', '京ICP备11041705号', 'website', ['error:service-number.other-entity']],
    ['京ICP备11041704号-1A', '沪ICP备11041704号', 'website', ['error:service-number.other-entity', 'error:service-number.kind-mismatch']],
    ['京ICP备11041704号', '京ICP备11041704号', 'website', ['error:service-number.no-suffix']],
    ['京ICP备11041704号-1', '京ICP备11041704号-1', 'website', ['error:service-number.entity-invalid']],
    ['京ICP备11041704号-1', '', 'website', ['error:service-number.entity-invalid']],
    ['京ICP备12345号-1', '京ICP备11041704号', 'website', ['error:icp-number.digit-count']],
  ])('flags %s under %s as a %s with %j', (service, entity, kind, expected) => {
    expect(codes(service, entity, kind)).toEqual(expected);
  });

  it('shows the expected suffix in the kind-mismatch message', () => {
    const [finding] = checkServiceNumber('京ICP备11041704号-2', '京ICP备11041704号', 'app');
    expect(finding?.message.en).toContain('-1A');
    expect(finding?.message['zh-CN']).toContain('App');
  });

  it('suggests a full service number when only the entity number was entered', () => {
    const [finding] = checkServiceNumber('京ICP备11041704号', '京ICP备11041704号', 'mini-program');
    expect(finding?.message.en).toContain('京ICP备11041704号-1X');
  });
});
