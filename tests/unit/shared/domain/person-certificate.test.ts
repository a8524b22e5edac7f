import { describe, expect, it } from 'vitest';
import type { PersonCertificateType } from '../../../../src/shared/domain/natures';
import { checkPersonCertificate } from '../../../../src/shared/domain/validators/person-certificate';
import { residentIdCheckChar } from '../../../../src/shared/domain/validators/resident-id';

const asOf = new Date(2026, 10, 28);
const codes = (type: PersonCertificateType, value: string) => checkPersonCertificate(type, value, asOf).map((f) => `${f.severity}:${f.code}`);
const withCheck = (body17: string) => `${body17}${residentIdCheckChar(body17) ?? ''}`;

describe('checkPersonCertificate (domain-reference §4.1)', () => {
  it('delegates a resident ID to checkResidentId', () => {
    expect(codes('resident-id', '110000190001010004')).toEqual([]);
    expect(codes('resident-id', '110000190001010003')).toEqual(['error:resident-id.checksum']);
    expect(codes('resident-id', '110000190001010')).toEqual(['error:resident-id.legacy-15']);
  });

  it.each<[PersonCertificateType, string]>([
    ['passport', 'E12345678'],
    ['passport', 'EA1234567'],
    ['passport', 'p 1234 5678'],
    ['passport', 'X0000001'],
    ['hk-macao-travel-permit', 'H12345678'],
    ['hk-macao-travel-permit', 'm1234567801'],
    ['taiwan-travel-permit', '12345678'],
    ['taiwan-travel-permit', '1234567890'],
    ['hk-macao-residence-permit', withCheck('81000019900101001')],
    ['hk-macao-residence-permit', withCheck('82000019900101002')],
    ['taiwan-residence-permit', withCheck('83000019900101003')],
    ['foreign-permanent-residence', 'USA110080052501'],
    ['foreign-permanent-residence', withCheck('91184019900101001')],
  ])('accepts a well-formed %s number %s', (type, value) => {
    expect(codes(type, value)).toEqual([]);
  });

  it.each<[PersonCertificateType, string, string[]]>([
    ['passport', '', ['error:certificate.empty']],
    ['passport', 'E1234-5678', ['error:certificate.charset']],
    ['passport', 'E12', ['warning:certificate.format']],
    ['hk-macao-travel-permit', 'A12345678', ['warning:certificate.format']],
    ['hk-macao-travel-permit', 'H1234567', ['warning:certificate.format']],
    ['hk-macao-travel-permit', 'H(12345678)', ['error:certificate.charset']],
    ['taiwan-travel-permit', '1234567', ['warning:certificate.format']],
    ['hk-macao-residence-permit', withCheck('83000019900101003'), ['warning:certificate.format']],
    ['hk-macao-residence-permit', '810000199001010010', ['error:resident-id.checksum']],
    ['taiwan-residence-permit', withCheck('11000019900101003'), ['warning:certificate.format']],
    ['taiwan-residence-permit', '83000019901301003', ['error:resident-id.length']],
    ['foreign-permanent-residence', 'US110080052501', ['warning:certificate.format']],
    ['foreign-permanent-residence', '911840199001010010', ['warning:certificate.checksum']],
  ])('flags %s %s with %j', (type, value, expected) => {
    expect(codes(type, value)).toEqual(expected);
  });

  it('names the document in its message', () => {
    expect(checkPersonCertificate('taiwan-travel-permit', '1', asOf)[0]?.message['zh-CN']).toContain('台湾居民来往大陆通行证');
  });
});
