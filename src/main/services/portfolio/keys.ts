import { parseIcpNumber } from '../../../shared/domain/icp-number';
import { provinceByAbbreviation } from '../../../shared/domain/provinces';
import { certificateKey, domainKey, mobileKey } from '../../../shared/domain/rules/in-memory-portfolio';
import { compact } from '../../../shared/domain/validators/text-normalize';

/**
 * How portfolio values become index keys and search text. The certificate, mobile and domain keys
 * are the rule engine's own (so the store-backed PortfolioView finds exactly what the in-memory one
 * does); ICP numbers are keyed by their canonical form with the province's usual abbreviation, so
 * 川/蜀, 黔/贵 and 陇/甘 spellings of one number meet (domain-reference §5.1).
 */
export { certificateKey, domainKey, mobileKey };

export function icpKey(value: string): string {
  const parsed = parseIcpNumber(value);
  if (!parsed) return compact(value).toUpperCase();
  const usual = provinceByAbbreviation(parsed.province)?.abbreviations[0] ?? parsed.province;
  return usual + parsed.canonical.slice(parsed.province.length);
}

/** The entity part of a service number, keyed like icpKey; undefined when it does not parse. */
export function icpEntityKey(value: string): string | undefined {
  const parsed = parseIcpNumber(value);
  return parsed ? icpKey(parsed.entityNumber) : undefined;
}

/**
 * Search text: half-width, one kind of dash, no whitespace, lower case — the same for what is
 * stored and what is typed, so "京ICP备 ２０２４000001号－１" finds 京ICP备2024000001号-1.
 */
export const searchNorm = (value: string): string =>
  // Printable ASCII without spaces has nothing to fold but case (the common case: numbers, domains).
  /[^\x21-\x7E]/.test(value) ? compact(value).toLowerCase() : value.toLowerCase();
