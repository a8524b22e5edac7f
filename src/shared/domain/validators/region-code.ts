import { text, type Finding } from '../finding';
import { provinceByGbCode, regionByCode } from '../provinces';

/**
 * A filing address code (备案地域) is a GB/T 2260 6-digit code (domain-reference §4.1; W5).
 * Provinces and prefectures are checked against the shipped list; county-level codes by shape
 * only (first four digits a listed prefecture, last two not 00).
 */
export function checkRegionCode(code: string): Finding[] {
  const value = code.trim();
  if (!/^\d{6}$/.test(value)) {
    return [
      {
        code: 'region-code.format',
        severity: 'error',
        message: text('行政区划代码应为6位数字，例如 110105；请从列表中选择省、市、区县。', 'A region code has 6 digits, e.g. 110105; pick the province, city and district from the list.'),
      },
    ];
  }
  if (regionByCode(value) === null) {
    // Under a known province, name it in each language so the user knows which list to look in.
    const province = provinceByGbCode(value);
    return [
      {
        code: 'region-code.unknown',
        severity: 'error',
        message: province
          ? text(
              `行政区划代码 ${value} 不是${province.zh}已知的地级市或其下的区县；请从${province.zh}的城市列表中重新选择。`,
              `The region code ${value} is not a known prefecture of ${province.en} or a district under one; pick it again from the ${province.en} city list.`,
            )
          : text(
              `行政区划代码 ${value} 不属于已知的省或地级市；请从列表中重新选择。`,
              `The region code ${value} is not under a known province or prefecture; pick it again from the list.`,
            ),
      },
    ];
  }
  return [];
}
