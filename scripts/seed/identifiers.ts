import { residentIdCheckChar } from '../../src/shared/domain/validators/resident-id';
import { USCC_ALPHABET, usccCheckChar } from '../../src/shared/domain/validators/uscc';
import type { EntityNature } from '../../src/shared/domain/natures';
import type { Rng } from './prng';

/**
 * Synthetic identifiers that pass the app's own checks: the check characters come from the
 * validators' helpers, so a seed can never drift from what the app accepts.
 */

/**
 * GB 32100 registration authority + type (characters 1–2 of a USCC) per nature. Enterprises are
 * mostly 91; a few are 92 (individual businesses, which some provinces treat as enterprises).
 */
const USCC_PREFIX: Readonly<Record<EntityNature, readonly string[]>> = {
  defense: ['A1'],
  government: ['11'],
  'public-institution': ['12'],
  enterprise: ['91', '91', '91', '91', '91', '91', '91', '91', '91', '92'],
  individual: ['92'],
  'social-group': ['51'],
  'private-non-enterprise': ['52'],
  foundation: ['53'],
  'law-firm': ['31'],
  'foreign-cultural-centre': ['41'],
  'mass-organization': ['81'],
  'forensic-institution': ['34'],
  'religious-group': ['71'],
  'overseas-institution': ['Y1'],
  'medical-institution': ['12', '52'],
  notary: ['32'],
  'collective-economic': ['N2'],
  arbitration: ['35'],
};

/** GB 11714 organization-code check character (the 9th character of the code inside a USCC). */
function organizationCodeCheck(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8.charAt(i), 36) * (weights[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Letters the organization code shares with the USCC alphabet (no I, O, S, V, Z). */
const ORG_LETTERS = USCC_ALPHABET.slice(10);

export function uscc(rng: Rng, nature: EntityNature, districtCode: string): string {
  const prefix = rng.pick(USCC_PREFIX[nature]);
  // Since 2015 new registrations get 'MA…' organization codes; older ones are all digits.
  const body = rng.chance(0.6) ? `MA${rng.chars(`0123456789${ORG_LETTERS}`, 6)}` : rng.digits(8);
  const first17 = `${prefix}${districtCode}${body}${organizationCodeCheck(body)}`;
  const check = usccCheckChar(first17);
  if (check === null) throw new Error(`uscc: bad characters in ${first17}`);
  return first17 + check;
}

/** An 18-digit resident ID: county code of the person's province, birth date, sequence, MOD 11-2 check. */
export function residentId(rng: Rng, countyCode: string, birth: string, sex: 'male' | 'female'): string {
  const sequence = `${rng.digits(2)}${sex === 'male' ? rng.pick(['1', '3', '5', '7', '9']) : rng.pick(['0', '2', '4', '6', '8'])}`;
  const first17 = `${countyCode}${birth.replaceAll('-', '')}${sequence}`;
  const check = residentIdCheckChar(first17);
  if (check === null) throw new Error(`resident id: not 17 digits: ${first17}`);
  return first17 + check;
}

/**
 * Ordinary voice segments of the three carriers; the data-only, MVNO, IoT and special-purpose
 * segments the validators warn about are left out on purpose (a leader's phone must take the SMS).
 */
const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156',
  '157', '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186',
  '187', '188', '189', '191', '198', '199',
] as const;

export function mobile(rng: Rng): string {
  return `${rng.pick(MOBILE_PREFIXES)}${rng.digits(8)}`;
}

/** The kinds of passes a non-mainland individual files with (natures.ts, person certificates). */
export function hkMacaoPermit(rng: Rng): string {
  return `${rng.pick(['H', 'M'])}${rng.digits(8)}`;
}

/** Alibaba's 备案服务号 is UUID-like (providers.ts, A1); Tencent and Huawei issue authorization codes. */
export function providerCode(rng: Rng, providerId: string): string {
  if (providerId === 'alibaba') return `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`;
  if (providerId === 'tencent' || providerId === 'huawei') return rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 16);
  return `${providerId.slice(0, 2).toUpperCase()}${rng.digits(10)}`;
}

/** Documentation address ranges (RFC 5737 / RFC 3849): realistic shape, never someone's server. */
export function serverIp(rng: Rng): string {
  if (rng.chance(0.05)) return `2001:db8:${rng.hex(4)}::${rng.int(1, 254).toString(16)}`;
  return `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`;
}

export function hexDigest(rng: Rng, length: number): string {
  return rng.hex(length);
}
