import { describe, expect, it } from 'vitest';
import { REGIONS_GBT2260_DATA } from '../../../../src/shared/domain/data/regions-gbt2260';
import {
  citiesOf,
  Province,
  PROVINCE_IDS,
  provinceByAbbreviation,
  provinceByGbCode,
  provinceById,
  PROVINCES,
  PROVINCES_META,
  regionByCode,
  REGIONS_META,
} from '../../../../src/shared/domain/provinces';
import { checkRegionCode } from '../../../../src/shared/domain/validators/region-code';

describe('the province table (domain-reference §5.1)', () => {
  it('has the 31 mainland provincial units, in id order, with unique ids, codes and abbreviations', () => {
    expect(PROVINCES.map((p) => p.id)).toEqual([...PROVINCE_IDS]);
    expect(new Set(PROVINCES.map((p) => p.gbCode)).size).toBe(31);
    const abbreviations = PROVINCES.flatMap((p) => p.abbreviations);
    expect(new Set(abbreviations).size).toBe(abbreviations.length);
    expect(Province.safeParse('BJ').success).toBe(true);
    expect(Province.safeParse('HK').success).toBe(false);
  });

  it.each([
    ['京', 'BJ'], ['沪', 'SH'], ['粤', 'GD'], ['川', 'SC'], ['蜀', 'SC'], ['甘', 'GS'], ['陇', 'GS'],
    ['黔', 'GZ'], ['贵', 'GZ'], ['滇', 'YN'], ['蒙', 'NM'], ['藏', 'XZ'], ['新', 'XJ'], ['宁', 'NX'],
  ])('resolves the abbreviation %s to %s', (abbreviation, id) => {
    expect(provinceByAbbreviation(abbreviation)?.id).toBe(id);
  });

  it('knows no Hong Kong, Macao, Taiwan or 云', () => {
    for (const a of ['港', '澳', '台', '云']) expect(provinceByAbbreviation(a)).toBeUndefined();
  });

  it('looks provinces up by id and by any GB/T 2260 code inside them', () => {
    expect(provinceById('SN')?.zh).toBe('陕西省');
    expect(provinceById('SX')?.zh).toBe('山西省');
    expect(provinceByGbCode('110105')?.id).toBe('BJ');
    expect(provinceByGbCode('810000')).toBeUndefined();
    expect(provinceByGbCode('11')).toBeUndefined();
  });

  it('carries source keys and an as-of date', () => {
    for (const meta of [PROVINCES_META, REGIONS_META]) {
      expect(meta.source.length).toBeGreaterThan(0);
      expect(meta.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meta.note).not.toBe('');
    }
  });
});

describe('the GB/T 2260 region table', () => {
  it('lists prefecture-level divisions for every province, each inside its province', () => {
    for (const p of PROVINCES) {
      const cities = citiesOf(p.id);
      expect(cities.length).toBeGreaterThan(0);
      for (const c of cities) expect(c.code.slice(0, 2)).toBe(p.gbCode.slice(0, 2));
    }
    expect(Object.keys(REGIONS_GBT2260_DATA.provinces).sort()).toEqual(PROVINCES.map((p) => p.gbCode).sort());
  });

  it('has no duplicate codes and only prefecture-shaped codes (xxxx00)', () => {
    const codes = Object.values(REGIONS_GBT2260_DATA.provinces).flatMap((cities) => cities.map(([code]) => code));
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^\d{4}00$/);
    // 333 prefecture-level divisions + 4 municipality entries + 5 directly-governed groups.
    expect(codes.length).toBe(342);
  });

  it('matches the official prefecture-level counts: 293 cities, 7 地区, 30 自治州, 3 盟', () => {
    const names: string[] = Object.values(REGIONS_GBT2260_DATA.provinces).flatMap((cities) => cities.map(([, name]): string => name));
    expect(names.filter((n) => n.endsWith('市') && n !== '市辖区')).toHaveLength(293);
    expect(names.filter((n) => n.endsWith('地区'))).toHaveLength(7);
    expect(names.filter((n) => n.endsWith('自治州'))).toHaveLength(30);
    expect(names.filter((n) => n.endsWith('盟'))).toHaveLength(3);
  });

  it.each([
    ['110000', 'BJ', undefined, false],
    ['110100', 'BJ', '市辖区', false],
    ['110105', 'BJ', '市辖区', true],
    ['440305', 'GD', '深圳市', true],
    ['513400', 'SC', '凉山彝族自治州', false],
    ['429004', 'HB', '省直辖县级行政区划', true],
  ])('resolves %s', (code, province, city, countyLevel) => {
    const region = regionByCode(code);
    expect(region?.province.id).toBe(province);
    expect(region?.city?.name).toBe(city);
    expect(region?.countyLevel).toBe(countyLevel);
  });

  it.each(['', '11000', '1100000', '990000', '110001', '111100', '371200', '341400', '810000'])('refuses %s', (code) => {
    expect(regionByCode(code)).toBeNull();
  });

  it('checks a filing address code and says what to do', () => {
    expect(checkRegionCode('110105')).toEqual([]);
    expect(checkRegionCode('11010')[0]?.code).toBe('region-code.format');
    expect(checkRegionCode('371200')[0]?.code).toBe('region-code.unknown');
    expect(checkRegionCode('371200')[0]?.severity).toBe('error');
  });
});
