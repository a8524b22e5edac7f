import { text, type Finding } from '../finding';
import { compact } from './text-normalize';

/**
 * Unified Social Credit Code, GB 32100-2015 (domain-reference §6.1; O19, O20, O21, O25b).
 * 18 characters from an alphabet without I, O, S, V, Z; positions 3–8 are a GB/T 2260 region
 * code (digits); position 18 is a MOD 31 check character.
 */

/** Index = value 0–30 (§6.1). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** 3^(i−1) mod 31 for positions 1–17 (§6.1, verified in the tests). */
export const USCC_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Registration authority codes of position 1, incl. letter codes A, N, Y (§6.1, O25b). */
const AUTHORITY_CODES = '123456789ANY';

/** Check character for the first 17 characters, or null if one of them is outside the alphabet. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Upper-case, half-width, no spaces: how a USCC is stored and compared. */
export function normalizeUscc(value: string): string {
  return compact(value).toUpperCase();
}

const FORBIDDEN = /[IOSVZ]/;

export function checkUscc(value: string): Finding[] {
  const code = normalizeUscc(value);
  if (code === '') {
    return [{ code: 'uscc.empty', severity: 'error', message: text('请填写18位统一社会信用代码。', 'Enter the 18-character unified social credit code.') }];
  }
  if (code.length !== 18) {
    return [
      {
        code: 'uscc.length',
        severity: 'error',
        message: text(
          `统一社会信用代码应为18位，当前为${code.length}位；请对照营业执照或登记证书重新填写。`,
          `A unified social credit code has 18 characters, this one has ${code.length}; copy it again from the licence or registration certificate.`,
        ),
      },
    ];
  }
  const forbidden = [...code].filter((ch) => FORBIDDEN.test(ch) || !/[0-9A-Z]/.test(ch));
  if (forbidden.length > 0) {
    const shown = [...new Set(forbidden)].join(' ');
    return [
      {
        code: 'uscc.charset',
        severity: 'error',
        message: text(
          `统一社会信用代码不使用字母 I、O、S、V、Z 及符号，发现：${shown}。常见原因是把数字 0、1、5、2 误写成字母，请核对证书。`,
          `A unified social credit code never contains I, O, S, V, Z or symbols; found: ${shown}. Often a 0, 1, 5 or 2 was typed as a letter; check the certificate.`,
        ),
      },
    ];
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return [
      {
        code: 'uscc.region-code',
        severity: 'error',
        message: text(
          '统一社会信用代码第3–8位是行政区划代码，只能是数字；请核对证书。',
          'Characters 3–8 of a unified social credit code are the region code and must be digits; check the certificate.',
        ),
      },
    ];
  }
  const findings: Finding[] = [];
  if (!AUTHORITY_CODES.includes(code.charAt(0))) {
    findings.push({
      code: 'uscc.authority-unknown',
      severity: 'warning',
      message: text(
        `第1位“${code.charAt(0)}”不是已知的登记管理部门代码（1–9、A、N、Y）；请核对证书。`,
        `The first character "${code.charAt(0)}" is not a known registration-authority code (1–9, A, N, Y); check the certificate.`,
      ),
    });
  }
  const expected = usccCheckChar(code.slice(0, 17));
  if (expected !== code.charAt(17)) {
    // O21: some pilot-era codes (e.g. issued in Fujian) fail the check; the user may override.
    findings.push({
      code: 'uscc.checksum',
      severity: 'error',
      message: text(
        '统一社会信用代码校验位不正确，可能有字符输错或相邻字符颠倒，请对照证书逐位核对。若证书上的代码确实如此（个别试点期代码不符合校验规则），可记录说明后覆盖此项检查。',
        'The check character of this unified social credit code does not match: a character may be mistyped or two neighbours swapped; compare it with the certificate character by character. If the certificate really shows this code (some pilot-era codes fail the check), you may override this check with a recorded note.',
      ),
    });
  }
  return findings;
}
