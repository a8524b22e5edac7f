import { describe, expect, it } from 'vitest';
import { checkMobile, normalizeMobile } from '../../../../src/shared/domain/validators/mobile';

const codes = (value: string) => checkMobile(value).map((f) => `${f.severity}:${f.code}`);

describe('checkMobile / normalizeMobile (domain-reference §6.4)', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+86-138-0013-8000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['(+86) 13800138000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['＋８６　１３８－００１３－８０００', '13800138000'],
    ['138.0013.8000', '13800138000'],
    ['19912345678', '19912345678'],
    ['19212345678', '19212345678'],
    ['16612345678', '16612345678'],
  ])('accepts %s as %s without findings', (value, national) => {
    expect(checkMobile(value)).toEqual([]);
    expect(normalizeMobile(value)).toBe(national);
  });

  it.each([
    ['', 'error:mobile.empty'],
    ['1380013800', 'error:mobile.format'],
    ['138001380001', 'error:mobile.format'],
    ['12800138000', 'error:mobile.format'],
    ['010-12345678', 'error:mobile.format'],
    ['1380013800a', 'error:mobile.format'],
    ['1440123456789', 'error:mobile.iot'],
    ['1480123456789', 'error:mobile.iot'],
    ['1460123456789', 'error:mobile.iot'],
    ['1410123456789', 'error:mobile.iot'],
    ['+86 1440 1234 56789', 'error:mobile.iot'],
    ['14512345678', 'warning:mobile.data-only'],
    ['14712345678', 'warning:mobile.data-only'],
    ['14912345678', 'warning:mobile.data-only'],
    ['16212345678', 'warning:mobile.virtual'],
    ['16512345678', 'warning:mobile.virtual'],
    ['16712345678', 'warning:mobile.virtual'],
    ['17012345678', 'warning:mobile.virtual'],
    ['17112345678', 'warning:mobile.virtual'],
    ['17491234567', 'warning:mobile.special-purpose'],
    ['17406123456', 'warning:mobile.special-purpose'],
  ])('flags %s with %s', (value, expected) => {
    expect(codes(value)).toEqual([expected]);
  });

  it('keeps a warned segment normalisable (it is still a mobile number)', () => {
    expect(normalizeMobile('+86 170 1234 5678')).toBe('17012345678');
  });

  it('does not normalise IoT or malformed numbers', () => {
    expect(normalizeMobile('1440123456789')).toBeNull();
    expect(normalizeMobile('010-12345678')).toBeNull();
    expect(normalizeMobile('')).toBeNull();
  });

  it('does not block segments missing from carrier tables (173, 190, 196)', () => {
    expect(checkMobile('17312345678')).toEqual([]);
    expect(checkMobile('19012345678')).toEqual([]);
    expect(checkMobile('19612345678')).toEqual([]);
  });

  it('tells the user what to do with an IoT number', () => {
    expect(checkMobile('1440123456789')[0]?.message.en).toMatch(/11-digit/);
  });
});
