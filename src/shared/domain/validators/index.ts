export { checkUscc, normalizeUscc, usccCheckChar, USCC_ALPHABET, USCC_WEIGHTS } from './uscc';
export {
  checkResidentId,
  normalizeResidentId,
  parseResidentId,
  residentIdCheckChar,
  RESIDENT_ID_WEIGHTS,
  type CalendarDate,
  type ParsedResidentId,
} from './resident-id';
export { checkPersonCertificate } from './person-certificate';
export { certificateShowsUscc, checkEntityCertificate, checkEntityIcpNumber } from './entity-certificate';
export { checkMobile, normalizeMobile } from './mobile';
export { checkDomain, normalizeDomain, registrableDomain } from './domain';
export { checkHomepageUrl } from './homepage-url';
export { checkWebsiteName, type WebsiteNameContext } from './website-name';
export { checkServiceNumber } from './service-number';
export { checkRegionCode } from './region-code';
export { compact, toHalfWidth } from './text-normalize';

// The grammar and the reference tables the validators use, so one import gives the whole API.
export {
  explainIcpNumber,
  formatIcpNumber,
  parseIcpNumber,
  serviceNumberBelongsTo,
  serviceSuffixLetter,
  type IcpNumberKind,
  type IcpNumberParts,
  type IcpServiceKind,
  type ParsedIcpNumber,
} from '../icp-number';
export {
  allowedCertificateTypes,
  CERTIFICATE_TYPES_BY_NATURE,
  ENTITY_NATURE_IDS,
  ENTITY_NATURE_LABELS,
  EntityNature,
  isPersonCertificateType,
  NATURES_META,
  ORGANISATION_CERTIFICATE_TYPE_IDS,
  ORGANISATION_CERTIFICATE_TYPES,
  OrganisationCertificateType,
  PERSON_CERTIFICATE_TYPE_IDS,
  PERSON_CERTIFICATE_TYPES,
  PersonCertificateType,
  type CertificateType,
} from '../natures';
export {
  citiesOf,
  OTHER_TOP_LEVEL_CODES,
  Province,
  PROVINCE_IDS,
  provinceByAbbreviation,
  provinceByGbCode,
  provinceById,
  PROVINCES,
  PROVINCES_META,
  regionByCode,
  REGIONS_META,
  type CityInfo,
  type ProvinceInfo,
  type RegionInfo,
} from '../provinces';
export { cityName, provinceName, regionName } from '../regions-names';
export { APPROVED_TLDS_DATA } from '../data/approved-tlds';
export { MOBILE_SEGMENTS_DATA } from '../data/mobile-segments';
export { WEBSITE_NAME_WORDS_DATA } from '../data/website-name-words';
