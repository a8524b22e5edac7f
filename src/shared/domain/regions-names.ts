import type { LocalizedText } from './finding';
import { provinceByGbCode, provinceById, regionByCode, type CityInfo } from './provinces';

/**
 * Names of GB/T 2260 regions in the UI language. Every place that shows a province or a city (the
 * pickers, the entity page, reports, exports, messages) asks here, so English never shows a Chinese
 * city name and nobody reads the data table's columns by hand.
 */
type Language = keyof LocalizedText;

/** The city's name in `language`: the English column in English, the Chinese one otherwise. */
export function cityName(city: CityInfo, language: Language): string {
  return language === 'en' ? city.en : city.name;
}

/** A province from its id ('BJ') or any GB/T 2260 code inside it ('110105'); the value itself if unknown. */
export function provinceName(value: string | undefined, language: Language): string {
  if (!value) return '';
  const info = /^\d{6}$/.test(value) ? provinceByGbCode(value) : provinceById(value);
  if (!info) return value;
  return language === 'en' ? info.en : info.zh;
}

/**
 * A region's name: a province id ('BJ') or code ('110000') → the province; a listed prefecture code
 * ('130100') → the prefecture. Anything else — county-level codes (the table stops at prefectures)
 * and unknown values — shows as itself, so a value from a newer table stays visible.
 */
export function regionName(value: string | undefined, language: Language): string {
  if (!value) return '';
  if (!/^\d{6}$/.test(value) || value.endsWith('0000')) return provinceName(value, language);
  const city = value.endsWith('00') ? regionByCode(value)?.city : undefined;
  return city ? cityName(city, language) : value;
}
