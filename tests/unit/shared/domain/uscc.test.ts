import { describe, expect, it } from 'vitest';
import { checkUscc, normalizeUscc, usccCheckChar, USCC_ALPHABET, USCC_WEIGHTS } from '../../../../src/shared/domain/validators/uscc';

const codes = (value: string) => checkUscc(value).map((f) => `${f.severity}:${f.code}`);

describe('checkUscc (GB 32100-2015, domain-reference §6.1)', () => {
  // Every valid vector of domain-reference §6.3.
  it.each([
    '91110000MA0000001L',
    '91310000MA00000025',
    '91440000MA000000A1',
    '92330000MA0000003D',
    '93510000MA0000004J',
    '12110000MB00000058',
    '51110000MJ0000006Q',
    '52440000MK0000007B',
    '53310000ML0000008A',
    'Y1110000MC0000009U',
    '91000000000000000K',
    '11000000000000001Y',
    '91110000MD00000220',
  ])('accepts the valid code %s without findings', (value) => {
    expect(checkUscc(value)).toEqual([]);
  });

  // Every invalid vector of domain-reference §6.3, with the finding a user sees.
  it.each([
    ['91110000MA0000001M', 'error:uscc.checksum'],
    ['91310000MA00000026', 'error:uscc.checksum'],
    ['91440000MA000000A2', 'error:uscc.checksum'],
    ['92330000MA0000003', 'error:uscc.length'],
    ['93510000MA0000004J0', 'error:uscc.length'],
    ['12110000MI00000058', 'error:uscc.charset'],
    ['51110000MO0000006Q', 'error:uscc.charset'],
    ['52440000MK0000007Z', 'error:uscc.charset'],
    ['53A10000ML0000008A', 'error:uscc.region-code'],
    ['Y1110000MCS000009U', 'error:uscc.charset'],
    ['91310000MA00000205', 'error:uscc.checksum'],
    ['', 'error:uscc.empty'],
  ])('rejects %s with %s', (value, expected) => {
    expect(codes(value)).toEqual([expected]);
  });

  it.each([
    ['lower case is upper-cased', '91110000ma0000001l'],
    ['spaces around and inside are ignored', '  9111 0000 MA00 0000 1L '],
    ['full-width characters from a Chinese IME are accepted', '９１１１００００ＭＡ００００００１Ｌ'],
  ])('%s', (_label, value) => {
    expect(checkUscc(value)).toEqual([]);
    expect(normalizeUscc(value)).toBe('91110000MA0000001L');
  });

  it('reproduces the worked example of §6.1 (S = 786 → L)', () => {
    expect(usccCheckChar('91110000MA0000001')).toBe('L');
  });

  it('maps S mod 31 = 0 to "0" and S mod 31 = 1 to "Y" (the off-by-one stdnum gets wrong, §6.3)', () => {
    expect(usccCheckChar('91110000MD0000022')).toBe('0');
    expect(usccCheckChar('11000000000000001')).toBe('Y');
  });

  it('uses weights 3^(i−1) mod 31 and the 31-character alphabet without I O S V Z', () => {
    expect(USCC_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31));
    expect(USCC_ALPHABET).toHaveLength(31);
    expect(USCC_ALPHABET).not.toMatch(/[IOSVZ]/);
  });

  it('says a checksum failure may be overridden with a recorded note (pilot-era codes, O21)', () => {
    const [finding] = checkUscc('91110000MA0000001M');
    expect(finding?.severity).toBe('error');
    expect(finding?.message.en).toMatch(/override/i);
    expect(finding?.message['zh-CN']).toMatch(/覆盖/);
  });

  it('warns about an unknown registration-authority code but still checks the checksum', () => {
    const body = 'B1110000MA0000001';
    const valid = `${body}${usccCheckChar(body) ?? ''}`;
    expect(codes(valid)).toEqual(['warning:uscc.authority-unknown']);
  });

  it('reports the length it found', () => {
    expect(checkUscc('92330000MA0000003')[0]?.message.en).toContain('17');
  });

  it('gives every message in both languages', () => {
    for (const value of ['', '123', '12110000MI00000058', '53A10000ML0000008A', '91110000MA0000001M']) {
      for (const f of checkUscc(value)) {
        expect(f.message['zh-CN']).not.toBe('');
        expect(f.message.en).not.toBe('');
      }
    }
  });
});
