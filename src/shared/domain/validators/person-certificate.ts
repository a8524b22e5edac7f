import { text, type Finding } from '../finding';
import { PERSON_CERTIFICATE_TYPES, type PersonCertificateType } from '../natures';
import { checkResidentId, residentIdCheckChar } from './resident-id';
import { compact } from './text-normalize';

/**
 * Format checks for the personal certificates a leader may file with (domain-reference §4.1;
 * W3, O25, A21). Only the resident ID format is in the domain reference (§6.2); the shapes of the
 * other documents below are general knowledge, unconfirmed there, so a shape mismatch is a warning
 * ("check it") and only empty input or impossible characters are errors.
 *
 * - HK/Macao mainland travel permit (回乡证): H or M + 8 digits (card), older booklets + 2 more digits.
 * - Taiwan mainland travel permit (台胞证): 8 digits (card since 2015); older 10 digits.
 * - HK/Macao/Taiwan residence permits: an 18-character GB 11643 number whose address code is
 *   810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan).
 * - Foreign permanent resident ID: 3 letters + 12 digits (2004 card) or an 18-character number
 *   starting with 9 and ending in a MOD 11-2 check character (2023 card).
 * - Passport: 5–17 letters and digits (foreign passports vary too much for more).
 */

const SHAPES: Readonly<Record<Exclude<PersonCertificateType, 'resident-id'>, { pattern: RegExp; zh: string; en: string }>> = {
  passport: { pattern: /^[A-Z0-9]{5,17}$/, zh: '5–17位字母或数字', en: '5–17 letters or digits' },
  'hk-macao-travel-permit': { pattern: /^[HM]\d{8}(\d{2})?$/, zh: 'H 或 M 开头加8位数字（旧版为10位数字）', en: 'H or M followed by 8 digits (10 on older permits)' },
  'taiwan-travel-permit': { pattern: /^(\d{8}|\d{10})$/, zh: '8位数字（旧版为10位）', en: '8 digits (10 on older permits)' },
  'hk-macao-residence-permit': { pattern: /^8[12]0000\d{11}[\dX]$/, zh: '以 810000（香港）或 820000（澳门）开头的18位号码', en: 'an 18-character number starting 810000 (Hong Kong) or 820000 (Macao)' },
  'taiwan-residence-permit': { pattern: /^830000\d{11}[\dX]$/, zh: '以 830000 开头的18位号码', en: 'an 18-character number starting 830000' },
  'foreign-permanent-residence': { pattern: /^([A-Z]{3}\d{12}|9\d{16}[\dX])$/, zh: '3位字母加12位数字，或以9开头的18位号码', en: '3 letters and 12 digits, or an 18-character number starting with 9' },
};

function formatWarning(type: Exclude<PersonCertificateType, 'resident-id'>): Finding {
  const label = PERSON_CERTIFICATE_TYPES[type];
  const shape = SHAPES[type];
  return {
    code: 'certificate.format',
    severity: 'warning',
    message: text(
      `${label['zh-CN']}号码通常为${shape.zh}；请对照证件核对，确认无误可忽略此提示。`,
      `A ${label.en} number is usually ${shape.en}; compare it with the document, and ignore this if it is correct.`,
    ),
  };
}

export function checkPersonCertificate(type: PersonCertificateType, value: string, asOf: Date = new Date()): Finding[] {
  if (type === 'resident-id') return checkResidentId(value, asOf);
  const number = compact(value).toUpperCase();
  const label = PERSON_CERTIFICATE_TYPES[type];
  if (number === '') {
    return [{ code: 'certificate.empty', severity: 'error', message: text(`请填写${label['zh-CN']}号码。`, `Enter the ${label.en} number.`) }];
  }
  if (!/^[A-Z0-9]+$/.test(number)) {
    return [
      {
        code: 'certificate.charset',
        severity: 'error',
        message: text(
          `${label['zh-CN']}号码只含字母和数字，请去掉括号、横线等符号后重新填写。`,
          `A ${label.en} number contains only letters and digits; remove brackets, dashes and other symbols.`,
        ),
      },
    ];
  }
  if (type === 'hk-macao-residence-permit' || type === 'taiwan-residence-permit') {
    // Residence permits carry a GB 11643 number (§6.2 arithmetic applies): its errors stay errors.
    const findings = checkResidentId(number, asOf).filter((f) => f.code !== 'resident-id.region-unknown');
    if (findings.some((f) => f.severity === 'error')) return findings;
    return SHAPES[type].pattern.test(number) ? findings : [...findings, formatWarning(type)];
  }
  if (!SHAPES[type].pattern.test(number)) return [formatWarning(type)];
  if (type === 'foreign-permanent-residence' && number.length === 18 && residentIdCheckChar(number.slice(0, 17)) !== number.charAt(17)) {
    return [
      {
        code: 'certificate.checksum',
        severity: 'warning',
        message: text(
          '外国人永久居留身份证号码校验位与常见规则不符，可能有字符输错；请对照证件核对。',
          'The check character of this permanent resident ID number does not match the usual rule; a character may be mistyped. Compare it with the card.',
        ),
      },
    ];
  }
  return [];
}
