import { describe, expect, it } from 'vitest';
import { explainIcpNumber, formatIcpNumber, parseIcpNumber, serviceNumberBelongsTo, type ParsedIcpNumber } from '../../../../src/shared/domain/icp-number';
import { PROVINCES } from '../../../../src/shared/domain/provinces';

describe('parseIcpNumber (domain-reference §5)', () => {
  it.each<[string, ParsedIcpNumber]>([
    ['京ICP备11041704号-13', { province: '京', kind: 'filing', entityNumber: '京ICP备11041704号', serviceSeq: 13, serviceKind: 'website', canonical: '京ICP备11041704号-13' }],
    ['京ICP备16059763号', { province: '京', kind: 'filing', entityNumber: '京ICP备16059763号', canonical: '京ICP备16059763号' }],
    ['京ICP备 16059763号 -1', { province: '京', kind: 'filing', entityNumber: '京ICP备16059763号', serviceSeq: 1, serviceKind: 'website', canonical: '京ICP备16059763号-1' }],
    ['京ICP备16059763-1', { province: '京', kind: 'filing', entityNumber: '京ICP备16059763号', serviceSeq: 1, serviceKind: 'website', canonical: '京ICP备16059763号-1' }],
    ['粤ICP备２０２１１２３４５６号－２A', { province: '粤', kind: 'filing', entityNumber: '粤ICP备2021123456号', serviceSeq: 2, serviceKind: 'app', canonical: '粤ICP备2021123456号-2A' }],
    ['沪ICP备2099000000号-2A', { province: '沪', kind: 'filing', entityNumber: '沪ICP备2099000000号', serviceSeq: 2, serviceKind: 'app', canonical: '沪ICP备2099000000号-2A' }],
    ['浙ICP备12345678号-3X', { province: '浙', kind: 'filing', entityNumber: '浙ICP备12345678号', serviceSeq: 3, serviceKind: 'mini-program', canonical: '浙ICP备12345678号-3X' }],
    ['苏ICP备12345678号-4K', { province: '苏', kind: 'filing', entityNumber: '苏ICP备12345678号', serviceSeq: 4, serviceKind: 'quick-app', canonical: '苏ICP备12345678号-4K' }],
    ['京ICP证030173号', { province: '京', kind: 'license', entityNumber: '京ICP证030173号', canonical: '京ICP证030173号' }],
    ['京ICP证030173号-1', { province: '京', kind: 'license', entityNumber: '京ICP证030173号', serviceSeq: 1, serviceKind: 'website', canonical: '京ICP证030173号-1' }],
    ['粤B2-20090059', { province: '粤', kind: 'permit', entityNumber: '粤B2-20090059', canonical: '粤B2-20090059' }],
    ['粤B2-20090059-1626X', { province: '粤', kind: 'permit', entityNumber: '粤B2-20090059', serviceSeq: 1626, serviceKind: 'mini-program', canonical: '粤B2-20090059-1626X' }],
    ['粤b2—20090059—5', { province: '粤', kind: 'permit', entityNumber: '粤B2-20090059', serviceSeq: 5, serviceKind: 'website', canonical: '粤B2-20090059-5' }],
    ['浙B2-20080101号', { province: '浙', kind: 'permit', entityNumber: '浙B2-20080101', canonical: '浙B2-20080101' }],
    ['蜀ICP备2026000001号-1', { province: '蜀', kind: 'filing', entityNumber: '蜀ICP备2026000001号', serviceSeq: 1, serviceKind: 'website', canonical: '蜀ICP备2026000001号-1' }],
    ['陇ICP备2021003158号-1', { province: '陇', kind: 'filing', entityNumber: '陇ICP备2021003158号', serviceSeq: 1, serviceKind: 'website', canonical: '陇ICP备2021003158号-1' }],
    ['藏ICP备2025003289号-1', { province: '藏', kind: 'filing', entityNumber: '藏ICP备2025003289号', serviceSeq: 1, serviceKind: 'website', canonical: '藏ICP备2025003289号-1' }],
    ['贵ICP备123456号', { province: '贵', kind: 'filing', entityNumber: '贵ICP备123456号', canonical: '贵ICP备123456号' }],
    ['  京icp备16059763号-1a  ', { province: '京', kind: 'filing', entityNumber: '京ICP备16059763号', serviceSeq: 1, serviceKind: 'app', canonical: '京ICP备16059763号-1A' }],
    ['京ICP备16059763号–1', { province: '京', kind: 'filing', entityNumber: '京ICP备16059763号', serviceSeq: 1, serviceKind: 'website', canonical: '京ICP备16059763号-1' }],
    ['京ICP备16059763号‐1', { province: '京', kind: 'filing', entityNumber: '京ICP备16059763号', serviceSeq: 1, serviceKind: 'website', canonical: '京ICP备16059763号-1' }],
    ['京ICP备16059763-1号', { province: '京', kind: 'filing', entityNumber: '京ICP备16059763号', serviceSeq: 1, serviceKind: 'website', canonical: '京ICP备16059763号-1' }],
    ['京\u3000ICP备16059763号\u00A0-\u00A001', { province: '京', kind: 'filing', entityNumber: '京ICP备16059763号', serviceSeq: 1, serviceKind: 'website', canonical: '京ICP备16059763号-1' }],
    ['京ICP备16059763', { province: '京', kind: 'filing', entityNumber: '京ICP备16059763号', canonical: '京ICP备16059763号' }],
  ])('parses %s', (value, expected) => {
    expect(parseIcpNumber(value)).toEqual(expected);
  });

  it('accepts every province abbreviation of §5.1, including 蜀, 陇 and 贵', () => {
    const abbreviations = PROVINCES.flatMap((p) => p.abbreviations);
    expect(abbreviations).toHaveLength(34);
    for (const a of abbreviations) expect(parseIcpNumber(`${a}ICP备12345678号-1`)?.province).toBe(a);
  });

  it.each([
    ['', 'icp-number.empty'],
    ['ICP备16059763号-1', 'icp-number.province-missing'],
    ['icp备16059763号', 'icp-number.province-missing'],
    ['港ICP备16059763号', 'icp-number.province-not-mainland'],
    ['澳ICP备16059763号', 'icp-number.province-not-mainland'],
    ['台ICP备16059763号', 'icp-number.province-not-mainland'],
    ['云ICP备16059763号', 'icp-number.province-unknown'],
    ['中ICP备16059763号', 'icp-number.province-unknown'],
    ['京ICP备12345号', 'icp-number.digit-count'],
    ['京ICP备12345678901号', 'icp-number.digit-count'],
    ['京ICP证03017号', 'icp-number.digit-count'],
    ['粤B2-2009005', 'icp-number.digit-count'],
    ['京ICP号16059763号', 'icp-number.kind-unknown'],
    ['京ICP备案16059763号', 'icp-number.kind-unknown'],
    ['京ICP备号', 'icp-number.kind-unknown'],
    ['京ICP备16059763号-', 'icp-number.service-suffix'],
    ['京ICP备16059763号-A', 'icp-number.service-suffix'],
    ['京ICP备16059763号-1B', 'icp-number.service-suffix'],
    ['京ICP备16059763号-0', 'icp-number.service-suffix'],
    ['京ICP备16059763号--1', 'icp-number.service-suffix'],
    ['京ICP备16059763号-1号号', 'icp-number.service-suffix'],
    ['京ICP备16059763号-1号', 'icp-number.service-suffix'],
    ['京ICP备16059763号号', 'icp-number.service-suffix'],
    ['京ICP备16059763号-1 京公网安备11000002000001号', 'icp-number.public-security'],
    ['京公网安备11000002000001号', 'icp-number.public-security'],
    ['ICP备案号：京ICP备16059763号-1', 'icp-number.unexpected-text'],
    ['京ICP备16059763号-1 京ICP备16059763号-2', 'icp-number.service-suffix'],
  ])('rejects %s and explains it with %s', (value, code) => {
    expect(parseIcpNumber(value)).toBeNull();
    const explained = explainIcpNumber(value);
    expect(explained.parsed).toBeNull();
    if (explained.parsed === null) {
      expect(explained.finding.code).toBe(code);
      expect(explained.finding.severity).toBe('error');
      expect(explained.finding.message['zh-CN']).not.toBe('');
      expect(explained.finding.message.en).not.toBe('');
    }
  });

  it('suggests 滇 for 云', () => {
    const explained = explainIcpNumber('云ICP备16059763号');
    expect(explained.parsed === null && explained.finding.message['zh-CN']).toContain('滇');
  });

  it('explains a valid number by returning it parsed', () => {
    expect(explainIcpNumber('京ICP备11041704号-13')).toEqual({ parsed: parseIcpNumber('京ICP备11041704号-13') });
  });

  it('is idempotent: the canonical form parses to itself', () => {
    for (const raw of ['京ICP备 16059763号 -1', '粤ICP备２０２１１２３４５６号－２A', '粤b2—20090059—1626x', '京ICP证030173号']) {
      const canonical = parseIcpNumber(raw)?.canonical ?? '';
      expect(parseIcpNumber(canonical)?.canonical).toBe(canonical);
    }
  });
});

describe('formatIcpNumber', () => {
  it.each([
    [{ province: '京', kind: 'filing', serial: '11041704', serviceSeq: 13 } as const, '京ICP备11041704号-13'],
    [{ province: '京', kind: 'filing', serial: '11041704' } as const, '京ICP备11041704号'],
    [{ province: '沪', kind: 'filing', serial: '2099000000', serviceSeq: 2, serviceKind: 'app' } as const, '沪ICP备2099000000号-2A'],
    [{ province: '粤', kind: 'permit', serial: '20090059', serviceSeq: 1626, serviceKind: 'mini-program' } as const, '粤B2-20090059-1626X'],
    [{ province: '京', kind: 'license', serial: '030173' } as const, '京ICP证030173号'],
    [{ province: '苏', kind: 'filing', serial: '12345678', serviceSeq: 4, serviceKind: 'quick-app' } as const, '苏ICP备12345678号-4K'],
  ])('formats %j as %s', (parts, expected) => {
    expect(formatIcpNumber(parts)).toBe(expected);
  });

  it.each([
    { province: '港', kind: 'filing', serial: '11041704' } as const,
    { province: '京', kind: 'filing', serial: '12345' } as const,
    { province: '京', kind: 'filing', serial: '11041704', serviceKind: 'app' } as const,
    { province: '京', kind: 'filing', serial: '11041704', serviceSeq: 0 } as const,
    { province: '京', kind: 'permit', serial: '2009' } as const,
  ])('refuses parts no valid number has: %j', (parts) => {
    expect(() => formatIcpNumber(parts)).toThrow(RangeError);
  });
});

describe('serviceNumberBelongsTo', () => {
  it.each([
    ['京ICP备11041704号-13', '京ICP备11041704号'],
    ['京ICP备 11041704号 -2A', '京ICP备11041704'],
    ['粤B2-20090059-1626X', '粤B2-20090059'],
    ['蜀ICP备15091234号-1', '川ICP备15091234号'],
    ['陇ICP备2021003158号-1', '甘ICP备2021003158号'],
  ])('%s belongs to %s', (service, entity) => {
    expect(serviceNumberBelongsTo(service, entity)).toBe(true);
  });

  it.each([
    ['京ICP备11041704号-13', '京ICP备11041705号'],
    ['京ICP备11041704号-13', '津ICP备11041704号'],
    ['京ICP备11041704号', '京ICP备11041704号'],
    ['京ICP备11041704号-1', '京ICP备11041704号-2'],
    ['京ICP证030173号-1', '京ICP备030173号'],
    ['not a number', '京ICP备11041704号'],
    ['京ICP备11041704号-1', 'not a number'],
  ])('%s does not belong to %s', (service, entity) => {
    expect(serviceNumberBelongsTo(service, entity)).toBe(false);
  });
});
