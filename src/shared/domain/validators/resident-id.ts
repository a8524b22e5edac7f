import { text, type Finding } from '../finding';
import { OTHER_TOP_LEVEL_CODES, provinceByGbCode } from '../provinces';
import { compact } from './text-normalize';

/**
 * Resident identity card number, GB 11643-1999 (domain-reference §6.2; O18, O-9cbs):
 * 6-digit GB/T 2260 address code + YYYYMMDD + 3-digit sequence (odd = male) + ISO 7064
 * MOD 11-2 check character (0–9 or X; lowercase x accepted and normalised).
 */

/** 2^(18−i) mod 11 for positions 1–17 (§6.2, verified in the tests). */
export const RESIDENT_ID_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Remainder 0→'1', 1→'0', 2→'X', … (§6.2). */
const CHECK_CHARS = '10X98765432';

/** MOD 11-2 check character for 17 digits, or null if the input is not 17 digits. */
export function residentIdCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (RESIDENT_ID_WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/** Half-width, no spaces, upper-case X. */
export function normalizeResidentId(value: string): string {
  return compact(value).toUpperCase();
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface ParsedResidentId {
  /** Normalised 18-character number. */
  value: string;
  regionCode: string;
  birthDate: CalendarDate;
  sex: 'male' | 'female';
}

function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The parts of a well-formed number (checksum not required); null if the shape is wrong. */
export function parseResidentId(value: string): ParsedResidentId | null {
  const id = normalizeResidentId(value);
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  const birthDate = { year: Number(id.slice(6, 10)), month: Number(id.slice(10, 12)), day: Number(id.slice(12, 14)) };
  return { value: id, regionCode: id.slice(0, 6), birthDate, sex: Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female' };
}

/** The user's calendar date of `asOf` (local time: the app runs on the user's machine). */
function localDate(asOf: Date): CalendarDate {
  return { year: asOf.getFullYear(), month: asOf.getMonth() + 1, day: asOf.getDate() };
}

// A sanity floor, not from a source: nobody filing today was born before it.
const EARLIEST_BIRTH_YEAR = 1850;

export function checkResidentId(value: string, asOf: Date = new Date()): Finding[] {
  const id = normalizeResidentId(value);
  if (id === '') {
    return [{ code: 'resident-id.empty', severity: 'error', message: text('请填写18位居民身份证号码。', 'Enter the 18-character resident ID number.') }];
  }
  if (/^\d{15}$/.test(id)) {
    // §6.3: the pre-1999 15-digit form has no check character; unconfirmed whether any provider accepts it.
    return [
      {
        code: 'resident-id.legacy-15',
        severity: 'error',
        message: text(
          '这是旧版15位身份证号码，备案需使用现行18位号码；请按新版身份证填写。',
          'This is an old 15-digit ID number; filings need the current 18-character number. Enter the number from the current ID card.',
        ),
      },
    ];
  }
  if (id.length !== 18) {
    return [
      {
        code: 'resident-id.length',
        severity: 'error',
        message: text(
          `身份证号码应为18位，当前为${id.length}位；请对照身份证重新填写。`,
          `A resident ID number has 18 characters, this one has ${id.length}; copy it again from the ID card.`,
        ),
      },
    ];
  }
  const parsed = parseResidentId(id);
  if (!parsed) {
    return [
      {
        code: 'resident-id.format',
        severity: 'error',
        message: text(
          '身份证号码前17位只能是数字，最后一位是数字或 X；请核对后重新填写。',
          'The first 17 characters of a resident ID number are digits and the last is a digit or X; check and enter it again.',
        ),
      },
    ];
  }
  const findings: Finding[] = [];
  const { birthDate } = parsed;
  const shown = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isRealDate(birthDate) || birthDate.year < EARLIEST_BIRTH_YEAR) {
    findings.push({
      code: 'resident-id.birth-date-invalid',
      severity: 'error',
      message: text(
        `号码中的出生日期 ${shown} 不是有效日期（第7–14位）；请核对身份证。`,
        `The birth date in the number, ${shown} (characters 7–14), is not a real date; check the ID card.`,
      ),
    });
  } else if (compareDates(birthDate, localDate(asOf)) > 0) {
    findings.push({
      code: 'resident-id.birth-date-future',
      severity: 'error',
      message: text(
        `号码中的出生日期 ${shown} 晚于今天；请核对身份证。`,
        `The birth date in the number, ${shown}, is after today; check the ID card.`,
      ),
    });
  }
  if (residentIdCheckChar(id.slice(0, 17)) !== id.charAt(17)) {
    findings.push({
      code: 'resident-id.checksum',
      severity: 'error',
      message: text(
        '身份证号码校验位不正确，可能有数字输错或相邻数字颠倒；请对照身份证逐位核对。',
        'The check character of this ID number does not match: a digit may be mistyped or two neighbours swapped; compare it with the ID card digit by digit.',
      ),
    });
  }
  // The address code is GB/T 2260 (§6.2); 81/82/83 prefixes are HK/Macao/Taiwan residence permits.
  const prefix = `${id.slice(0, 2)}0000`;
  if (!provinceByGbCode(id.slice(0, 6)) && !OTHER_TOP_LEVEL_CODES.has(prefix)) {
    findings.push({
      code: 'resident-id.region-unknown',
      severity: 'warning',
      message: text(
        `号码前两位“${id.slice(0, 2)}”不是已知的省级行政区划代码；请核对身份证。`,
        `The first two digits "${id.slice(0, 2)}" are not a known province code; check the ID card.`,
      ),
    });
  }
  return findings;
}
