import { LONG_TERM, type Person } from '../../src/shared/domain/model/person';
import type { PersonCertificateType } from '../../src/shared/domain/natures';
import { PROVINCES, citiesOf, type ProvinceInfo } from '../../src/shared/domain/provinces';
import { unique, type UnitDraw } from './context';
import { hkMacaoPermit, mobile, residentId } from './identifiers';
import { AREA_CODES, GIVEN_FEMALE, GIVEN_MALE, SURNAMES, SURNAME_PINYIN } from './names';
import type { Rng } from './prng';
import { DAY, beijingDate, beijingInstant } from './time';

const YEAR = 365.25 * DAY;
const MAIL_HOSTS = ['163.com', 'qq.com', '126.com', 'foxmail.com', 'sina.com', 'aliyun.com'] as const;

/** A county-level GB/T 2260 code: a listed prefecture plus a non-zero county number (shape-checked). */
export function countyCode(rng: Rng, province: ProvinceInfo): string {
  const city = rng.pick(citiesOf(province.id));
  return `${city.code.slice(0, 4)}${String(rng.int(1, 12)).padStart(2, '0')}`;
}

export interface PersonOptions {
  createdMs: number;
  /** The person files as an individual with this certificate (an individual entity's own leader). */
  certificateType?: PersonCertificateType;
  /** Organisations' leaders have a desk phone. */
  office: boolean;
  /** The mail host of an organisation's own domain, when it has one. */
  mailHost?: string;
}

/**
 * A leader (负责人) with a checksummed ID whose validity follows the resident-ID rules (10 years
 * under 26, 20 years to 45, long-term from 46), a few expiring within three months of the base date.
 */
export function makePerson(u: UnitDraw, options: PersonOptions): Person {
  const { rng, ctx } = u;
  const male = rng.chance(0.55);
  const s = rng.int(0, SURNAMES.length - 1);
  const name = `${SURNAMES[s]}${rng.pick(male ? GIVEN_MALE : GIVEN_FEMALE)}`;
  const age = rng.int(23, 66);
  const birthMs = ctx.baseMs - age * YEAR - rng.int(0, 364) * DAY;
  const birth = beijingDate(birthMs);
  // Most people are registered in the province where they work.
  const home = rng.chance(0.8) ? u.province : rng.pick(PROVINCES);
  const certificateType = options.certificateType ?? 'resident-id';
  const certificateNumber = unique(ctx.taken.certificates, () =>
    certificateType === 'resident-id' ? residentId(rng, countyCode(rng, home), birth, male ? 'male' : 'female') : hkMacaoPermit(rng),
  );
  const { validFrom, validUntil } = validity(rng, ctx.baseMs, birthMs, certificateType);
  const own = unique(ctx.taken.mobiles, () => mobile(rng));
  const emergency = unique(ctx.taken.mobiles, () => mobile(rng));
  const local = `${SURNAME_PINYIN[s]}${rng.digits(rng.int(2, 4))}`;
  const at = beijingInstant(options.createdMs);
  return {
    id: rng.uuid(),
    createdAt: at,
    updatedAt: at,
    name,
    certificateType,
    certificateNumber,
    certificateValidFrom: validFrom,
    certificateValidUntil: validUntil,
    ...(certificateType === 'resident-id' ? {} : { birthDate: birth }),
    mobile: own,
    ...(options.office ? { officePhone: officePhone(rng, u.province.gbCode) } : {}),
    emergencyPhone: emergency,
    email: `${local}@${options.mailHost ?? rng.pick(MAIL_HOSTS)}`,
  };
}

function officePhone(rng: Rng, provinceCode: string): string {
  const area = AREA_CODES[provinceCode] ?? `0${rng.int(350, 939)}`;
  return `${area}-${rng.int(2, 8)}${rng.digits(area.length === 3 ? 7 : 6)}`;
}

function validity(rng: Rng, baseMs: number, birthMs: number, type: PersonCertificateType): { validFrom: string; validUntil: string } {
  const roll = rng.next();
  if (type !== 'resident-id') {
    // Travel permits run 10 years for adults.
    const from = baseMs - rng.int(30, 9 * 365) * DAY;
    return { validFrom: beijingDate(from), validUntil: addYears(beijingDate(from), 10) };
  }
  // Issue date: up to one validity period back; then a few end within three months, a few have ended.
  const ageNow = (baseMs - birthMs) / YEAR;
  const years = ageNow < 26 ? 10 : ageNow < 46 ? 20 : 0;
  if (years === 0) return { validFrom: beijingDate(baseMs - rng.int(1, 20) * YEAR), validUntil: LONG_TERM };
  let from: number;
  if (roll < 0.03) from = baseMs - years * YEAR + rng.int(10, 85) * DAY;
  else if (roll < 0.04) from = baseMs - years * YEAR - rng.int(5, 200) * DAY;
  else from = baseMs - rng.int(30, Math.floor(years * 365) - 100) * DAY;
  // Never issued before the holder was 16.
  from = Math.max(from, birthMs + 16 * YEAR);
  return { validFrom: beijingDate(from), validUntil: addYears(beijingDate(from), years) };
}

/** Same day and month, `years` later, as printed on the card (29 February becomes the 28th). */
function addYears(date: string, years: number): string {
  const day = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${Number(date.slice(0, 4)) + years}-${day}`;
}
