import { z } from 'zod';
import { PROVINCES_DATA } from './data/provinces';
import { REGIONS_GBT2260_DATA } from './data/regions-gbt2260';

/**
 * The 31 provincial-level filing units (domain-reference §5.1) and the GB/T 2260 region table
 * (§4.1). A `Province` is the stable ASCII id (ISO 3166-2:CN without `CN-`); names and
 * abbreviations are looked up here so that nobody compares Chinese strings by hand.
 */

export const PROVINCE_IDS = [
  'BJ', 'TJ', 'HE', 'SX', 'NM', 'LN', 'JL', 'HL', 'SH', 'JS', 'ZJ', 'AH', 'FJ', 'JX', 'SD', 'HA',
  'HB', 'HN', 'GD', 'GX', 'HI', 'CQ', 'SC', 'GZ', 'YN', 'XZ', 'SN', 'GS', 'QH', 'NX', 'XJ',
] as const;
export const Province = z.enum(PROVINCE_IDS);
export type Province = z.infer<typeof Province>;

export interface ProvinceInfo {
  id: Province;
  /** GB/T 2260 province code, e.g. '110000'. */
  gbCode: string;
  zh: string;
  zhShort: string;
  en: string;
  level: 'municipality' | 'province' | 'autonomous-region';
  /** One-character abbreviations used in ICP numbers; the first is the usual one. */
  abbreviations: readonly string[];
}

export const PROVINCES: readonly ProvinceInfo[] = PROVINCES_DATA.provinces;
export const PROVINCES_META = { source: PROVINCES_DATA.source, asOf: PROVINCES_DATA.asOf, note: PROVINCES_DATA.note };

const byId = new Map<string, ProvinceInfo>(PROVINCES.map((p) => [p.id, p]));
const byAbbreviation = new Map<string, ProvinceInfo>(PROVINCES.flatMap((p) => p.abbreviations.map((a) => [a, p] as const)));
const byGbCode = new Map<string, ProvinceInfo>(PROVINCES.map((p) => [p.gbCode, p]));

export function provinceById(id: string): ProvinceInfo | undefined {
  return byId.get(id);
}

/** '京' → Beijing; both forms of 川/蜀, 甘/陇, 黔/贵 resolve (domain-reference §5.1). */
export function provinceByAbbreviation(abbreviation: string): ProvinceInfo | undefined {
  return byAbbreviation.get(abbreviation);
}

/** Accepts a province code ('110000') or any code inside it ('110105'): the first two digits decide. */
export function provinceByGbCode(code: string): ProvinceInfo | undefined {
  return /^\d{6}$/.test(code) ? byGbCode.get(`${code.slice(0, 2)}0000`) : undefined;
}

/** A prefecture-level division: `name` is the Chinese name, `en` the English one (see the data file's note). */
export interface CityInfo {
  code: string;
  name: string;
  en: string;
}

export interface RegionInfo {
  code: string;
  province: ProvinceInfo;
  /** Prefecture-level division (or 市辖区 of a municipality); absent for a province code. */
  city?: CityInfo;
  /** True for a county-level code, which is only checked by shape (see the data file's note). */
  countyLevel: boolean;
}

export const REGIONS_META = { source: REGIONS_GBT2260_DATA.source, asOf: REGIONS_GBT2260_DATA.asOf, note: REGIONS_GBT2260_DATA.note };

type CityRow = readonly [code: string, zh: string, en: string];
const citiesByProvinceCode = REGIONS_GBT2260_DATA.provinces as Readonly<Record<string, readonly CityRow[]>>;

const cityByCode = new Map<string, CityInfo>();
for (const cities of Object.values(citiesByProvinceCode)) {
  for (const [code, name, en] of cities) cityByCode.set(code, { code, name, en });
}

/** Prefecture-level divisions of a province, in code order. */
export function citiesOf(province: Province): readonly CityInfo[] {
  const info = byId.get(province);
  const list = info ? citiesByProvinceCode[info.gbCode] ?? [] : [];
  return list.map(([code, name, en]) => ({ code, name, en }));
}

/**
 * Resolves a GB/T 2260 code of the mainland: province (xx0000), prefecture (xxxx00, listed) or
 * county (xxxxyy with yy ≠ 00 under a listed prefecture, shape only). Anything else → null.
 */
export function regionByCode(code: string): RegionInfo | null {
  if (!/^\d{6}$/.test(code)) return null;
  const province = provinceByGbCode(code);
  if (!province) return null;
  if (code.endsWith('0000')) return code === province.gbCode ? { code, province, countyLevel: false } : null;
  const city = cityByCode.get(`${code.slice(0, 4)}00`);
  if (!city) return null;
  return { code, province, city, countyLevel: !code.endsWith('00') };
}

/** Top-level codes that are not mainland filing provinces but occur in identity numbers. */
export const OTHER_TOP_LEVEL_CODES: ReadonlyMap<string, string> = new Map(REGIONS_GBT2260_DATA.otherTopLevel.map(([c, n]) => [c, n]));
