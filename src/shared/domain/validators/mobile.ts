import { text, type Finding } from '../finding';
import { MOBILE_SEGMENTS_DATA } from '../data/mobile-segments';
import { compact } from './text-normalize';

/** Mainland mobile numbers (domain-reference §6.4; O22, O23, T3, T5). */

const MOBILE = new RegExp(MOBILE_SEGMENTS_DATA.mobilePattern);
const startsWithAny = (digits: string, prefixes: readonly string[]): boolean => prefixes.some((p) => digits.startsWith(p));

/**
 * Digits only, with a leading +86 / 0086 / 86 country code removed. Separators people type
 * (spaces, dashes, dots, brackets) are dropped; anything else is kept so that it fails the check.
 */
function nationalDigits(value: string): string {
  let s = compact(value).replace(/[-.()]/g, '');
  if (s.startsWith('+86')) s = s.slice(3);
  else if (s.startsWith('0086')) s = s.slice(4);
  // A bare 86 only when what follows is a full mobile or IoT number: 86 + 11 or 13 digits.
  else if (/^861\d{10}(\d{2})?$/.test(s)) s = s.slice(2);
  return s;
}

/** The 11-digit national number, or null when the value is not a mainland mobile number. */
export function normalizeMobile(value: string): string | null {
  const digits = nationalDigits(value);
  return MOBILE.test(digits) ? digits : null;
}

export function checkMobile(value: string): Finding[] {
  const digits = nationalDigits(value);
  if (digits === '') {
    return [{ code: 'mobile.empty', severity: 'error', message: text('请填写手机号码。', 'Enter a mobile number.') }];
  }
  if (/^1\d{12}$/.test(digits) && startsWithAny(digits, MOBILE_SEGMENTS_DATA.iot)) {
    return [
      {
        code: 'mobile.iot',
        severity: 'error',
        message: text(
          '这是13位物联网号码，无法接收工信部核验短信；负责人请填写本人常用的11位手机号码。',
          'This is a 13-digit IoT number, which cannot receive the MIIT verification SMS; enter the leader’s own 11-digit mobile number.',
        ),
      },
    ];
  }
  if (!MOBILE.test(digits)) {
    return [
      {
        code: 'mobile.format',
        severity: 'error',
        message: text(
          '手机号码应为以1开头的11位数字（可带 +86）；固定电话请填在办公电话一栏。',
          'A mobile number has 11 digits starting with 1 (+86 optional); put a landline in the office phone field.',
        ),
      },
    ];
  }
  if (startsWithAny(digits, MOBILE_SEGMENTS_DATA.specialPurpose)) {
    return [
      {
        code: 'mobile.special-purpose',
        severity: 'warning',
        message: text(
          '该号段用于卫星或应急通信，通常不是个人手机；请确认能接收短信和电话，否则换用常用手机号。',
          'This segment is used for satellite or emergency communications, not usually a personal phone; make sure it receives SMS and calls, or use another mobile number.',
        ),
      },
    ];
  }
  if (startsWithAny(digits, MOBILE_SEGMENTS_DATA.dataOnly)) {
    return [
      {
        code: 'mobile.data-only',
        severity: 'warning',
        message: text(
          '这是上网卡号段（145/147/149），部分号码不能通话，审核人员电话核实时可能联系不上；建议换用常用手机号。',
          'This is a data-plan segment (145/147/149); some cannot take calls, so the reviewer’s phone check may fail. Prefer the leader’s usual mobile number.',
        ),
      },
    ];
  }
  if (startsWithAny(digits, MOBILE_SEGMENTS_DATA.virtual)) {
    return [
      {
        code: 'mobile.virtual',
        severity: 'warning',
        message: text(
          '这是虚拟运营商号段（如162/165/167/170/171），部分接入商或管局不接受，也可能收不到核验短信；建议换用三大运营商号码。',
          'This is a virtual-operator (MVNO) segment such as 162/165/167/170/171; some providers or administrations reject it and it may miss the verification SMS. Prefer a number from one of the three main carriers.',
        ),
      },
    ];
  }
  return [];
}
