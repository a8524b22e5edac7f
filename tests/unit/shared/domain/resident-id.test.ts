import { describe, expect, it } from 'vitest';
import { checkResidentId, parseResidentId, residentIdCheckChar, RESIDENT_ID_WEIGHTS } from '../../../../src/shared/domain/validators/resident-id';

const asOf = new Date(2026, 10, 28); // 2026-11-28, local time
const codes = (value: string, date: Date = asOf) => checkResidentId(value, date).map((f) => `${f.severity}:${f.code}`);

describe('checkResidentId (GB 11643-1999, domain-reference §6.2)', () => {
  // Every valid vector of domain-reference §6.3.
  it.each([
    '110000190001010004',
    '310000190001020007',
    '440000190001030001',
    '510000190001040005',
    '320000199912310008',
    '330000200002290009',
    '650000195006150004',
    '540000198001010000',
    '810000197007010002',
    '120000202401310003',
    '230000198811110000',
    '460000196606060001',
    '37000019000106000X',
  ])('accepts the valid number %s', (value) => {
    expect(checkResidentId(value, asOf)).toEqual([]);
  });

  it('accepts a lowercase x check character', () => {
    expect(checkResidentId('37000019000106000x', asOf)).toEqual([]);
    expect(parseResidentId('37000019000106000x')?.value).toBe('37000019000106000X');
  });

  // Every invalid vector of domain-reference §6.3.
  it.each([
    ['110000190001010003', ['error:resident-id.checksum']],
    ['310000190001020006', ['error:resident-id.checksum']],
    ['440000190001030000', ['error:resident-id.checksum']],
    ['310000190002310006', ['error:resident-id.birth-date-invalid']],
    ['330000190002290002', ['error:resident-id.birth-date-invalid']],
    ['440000190013010008', ['error:resident-id.birth-date-invalid']],
    ['51000019000104000', ['error:resident-id.length']],
    ['3200001999123100080', ['error:resident-id.length']],
    ['3300002000X2290009', ['error:resident-id.format']],
    ['650000915006150004', ['error:resident-id.birth-date-future', 'error:resident-id.checksum']],
    ['110000190001010', ['error:resident-id.legacy-15']],
    ['', ['error:resident-id.empty']],
  ])('rejects %s with %j', (value, expected) => {
    expect(codes(value)).toEqual(expected);
  });

  it('reproduces the worked example of §6.2 (S = 41 → 4)', () => {
    expect(residentIdCheckChar('11000019000101000')).toBe('4');
  });

  it('uses weights 2^(18−i) mod 11', () => {
    expect(RESIDENT_ID_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11));
  });

  it('refuses a birth date after the as-of date and accepts it on that very day', () => {
    const body = '11000020261128000';
    const id = `${body}${residentIdCheckChar(body) ?? ''}`;
    expect(codes(id, new Date(2026, 10, 27))).toEqual(['error:resident-id.birth-date-future']);
    expect(codes(id, new Date(2026, 10, 28))).toEqual([]);
  });

  it('warns when the first two digits are no province code', () => {
    const body = '99000019900101000';
    expect(codes(`${body}${residentIdCheckChar(body) ?? ''}`)).toEqual(['warning:resident-id.region-unknown']);
  });

  it('tolerates spaces and full-width digits', () => {
    expect(checkResidentId(' 110000 19000101 0004 ', asOf)).toEqual([]);
    expect(checkResidentId('１１００００１９０００１０１０００４', asOf)).toEqual([]);
  });

  it('parses birth date and sex from the number', () => {
    expect(parseResidentId('320000199912310008')).toEqual({
      value: '320000199912310008',
      regionCode: '320000',
      birthDate: { year: 1999, month: 12, day: 31 },
      sex: 'female',
    });
    const body = '11000019900101001';
    expect(parseResidentId(`${body}${residentIdCheckChar(body) ?? ''}`)?.sex).toBe('male');
  });

  it('names the impossible date in the message', () => {
    expect(checkResidentId('310000190002310006', asOf)[0]?.message.en).toContain('1900-02-31');
  });
});
