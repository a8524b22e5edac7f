import { z } from 'zod';
import type { LocalizedText } from './finding';

/**
 * Organisation natures (主办单位性质) and certificate types (证件类型), domain-reference §4.1.
 *
 * The names are stable across systems but the numeric ids are not (WeChat, provider schemas and
 * others number them differently, W2, O25), so we use our own string ids and keep the labels here.
 */
export const NATURES_META = {
  source: ['W2', 'W3', 'O25', 'A21'],
  asOf: '2026-11-28',
  note:
    'The 18 nature names agree across three code schemas (W2, O25). Allowed certificate types per nature: WeChat limits government agencies to 统一社会信用代码证书 / 组织机构代码证 (W3); the other mappings pair each nature with its own registration certificate from the W3/O25 list plus the USCC certificate and organisation-code certificate — a reasoned default, not a published table.',
} as const;

export const ENTITY_NATURE_IDS = [
  'defense', 'government', 'public-institution', 'enterprise', 'individual', 'social-group',
  'private-non-enterprise', 'foundation', 'law-firm', 'foreign-cultural-centre', 'mass-organization',
  'forensic-institution', 'religious-group', 'overseas-institution', 'medical-institution', 'notary',
  'collective-economic', 'arbitration',
] as const;
export const EntityNature = z.enum(ENTITY_NATURE_IDS);
export type EntityNature = z.infer<typeof EntityNature>;

export const ENTITY_NATURE_LABELS: Readonly<Record<EntityNature, LocalizedText>> = {
  defense: { 'zh-CN': '国防机构', en: 'Defense body' },
  government: { 'zh-CN': '政府机关', en: 'Government agency' },
  'public-institution': { 'zh-CN': '事业单位', en: 'Public institution' },
  enterprise: { 'zh-CN': '企业', en: 'Enterprise' },
  individual: { 'zh-CN': '个人', en: 'Individual' },
  'social-group': { 'zh-CN': '社会团体', en: 'Social group' },
  'private-non-enterprise': { 'zh-CN': '民办非企业单位', en: 'Private non-enterprise unit' },
  foundation: { 'zh-CN': '基金会', en: 'Foundation' },
  'law-firm': { 'zh-CN': '律师执业机构', en: 'Law firm' },
  'foreign-cultural-centre': { 'zh-CN': '外国在华文化中心', en: 'Foreign cultural centre in China' },
  'mass-organization': { 'zh-CN': '群众性团体组织', en: 'Mass organization' },
  'forensic-institution': { 'zh-CN': '司法鉴定机构', en: 'Forensic institution' },
  'religious-group': { 'zh-CN': '宗教团体', en: 'Religious group' },
  'overseas-institution': { 'zh-CN': '境外机构', en: 'Overseas institution' },
  'medical-institution': { 'zh-CN': '医疗机构', en: 'Medical institution' },
  notary: { 'zh-CN': '公证机构', en: 'Notary office' },
  'collective-economic': { 'zh-CN': '集体经济', en: 'Collective economic organization' },
  arbitration: { 'zh-CN': '仲裁机构', en: 'Arbitration body' },
};

/** Personal certificates (W3, O25; Alibaba's list by residence, A21). */
export const PERSON_CERTIFICATE_TYPE_IDS = [
  'resident-id', 'passport', 'hk-macao-travel-permit', 'taiwan-travel-permit',
  'hk-macao-residence-permit', 'taiwan-residence-permit', 'foreign-permanent-residence',
] as const;
export const PersonCertificateType = z.enum(PERSON_CERTIFICATE_TYPE_IDS);
export type PersonCertificateType = z.infer<typeof PersonCertificateType>;

export const PERSON_CERTIFICATE_TYPES: Readonly<Record<PersonCertificateType, LocalizedText>> = {
  'resident-id': { 'zh-CN': '居民身份证', en: 'Resident identity card' },
  passport: { 'zh-CN': '护照', en: 'Passport' },
  'hk-macao-travel-permit': { 'zh-CN': '港澳居民来往内地通行证', en: 'Mainland travel permit for Hong Kong and Macao residents' },
  'taiwan-travel-permit': { 'zh-CN': '台湾居民来往大陆通行证', en: 'Mainland travel permit for Taiwan residents' },
  'hk-macao-residence-permit': { 'zh-CN': '港澳居民居住证', en: 'Residence permit for Hong Kong and Macao residents' },
  'taiwan-residence-permit': { 'zh-CN': '台湾居民居住证', en: 'Residence permit for Taiwan residents' },
  'foreign-permanent-residence': { 'zh-CN': '外国人永久居留身份证', en: 'Foreign permanent resident ID card' },
};

/** Organisation certificates (W3, O25; the list there ends with "…": more may exist). */
export const ORGANISATION_CERTIFICATE_TYPE_IDS = [
  'business-licence', 'uscc-certificate', 'organization-code', 'public-institution-legal-person',
  'social-group-registration', 'private-non-enterprise-registration', 'foundation-registration',
  'law-firm-licence', 'medical-institution-licence', 'religious-venue-registration', 'military-code',
  'military-paid-service-licence', 'foreign-enterprise-representative-office', 'overseas-institution-certificate',
  'arbitration-commission-registration', 'rural-collective-economic-registration',
] as const;
export const OrganisationCertificateType = z.enum(ORGANISATION_CERTIFICATE_TYPE_IDS);
export type OrganisationCertificateType = z.infer<typeof OrganisationCertificateType>;

export const ORGANISATION_CERTIFICATE_TYPES: Readonly<Record<OrganisationCertificateType, LocalizedText>> = {
  'business-licence': { 'zh-CN': '营业执照（个人或企业）', en: 'Business licence (individual or enterprise)' },
  'uscc-certificate': { 'zh-CN': '统一社会信用代码证书', en: 'Unified social credit code certificate' },
  'organization-code': { 'zh-CN': '组织机构代码证', en: 'Organization code certificate' },
  'public-institution-legal-person': { 'zh-CN': '事业单位法人证书', en: 'Public institution legal person certificate' },
  'social-group-registration': { 'zh-CN': '社会团体法人登记证书', en: 'Social group legal person registration certificate' },
  'private-non-enterprise-registration': { 'zh-CN': '民办非企业单位登记证书', en: 'Private non-enterprise unit registration certificate' },
  'foundation-registration': { 'zh-CN': '基金会法人登记证书', en: 'Foundation legal person registration certificate' },
  'law-firm-licence': { 'zh-CN': '律师事务所执业许可证', en: 'Law firm practising licence' },
  'medical-institution-licence': { 'zh-CN': '医疗机构执业许可证', en: 'Medical institution practising licence' },
  'religious-venue-registration': { 'zh-CN': '宗教活动场所登记证', en: 'Religious venue registration certificate' },
  'military-code': { 'zh-CN': '部队代号', en: 'Military unit code' },
  'military-paid-service-licence': { 'zh-CN': '军队单位对外有偿服务许可证', en: 'Military unit paid external service licence' },
  'foreign-enterprise-representative-office': { 'zh-CN': '外国企业常驻代表机构登记证', en: 'Foreign enterprise resident representative office registration' },
  'overseas-institution-certificate': { 'zh-CN': '境外机构证件', en: 'Overseas institution certificate' },
  'arbitration-commission-registration': { 'zh-CN': '仲裁委员会登记证', en: 'Arbitration commission registration certificate' },
  'rural-collective-economic-registration': { 'zh-CN': '农村集体经济组织登记证', en: 'Rural collective economic organization registration certificate' },
};

export type CertificateType = OrganisationCertificateType | PersonCertificateType;

/** What nearly every organisation can show since the 3-in-1 reform (T3, H1). */
const GENERIC: readonly OrganisationCertificateType[] = ['uscc-certificate', 'organization-code'];

/**
 * Certificate types offered per nature. Government: exactly the two WeChat allows (W3). Individual:
 * the personal certificates (W3, A21). Others: their own registration certificate plus GENERIC
 * (see NATURES_META.note: a reasoned default, not a published table).
 */
export const CERTIFICATE_TYPES_BY_NATURE: Readonly<Record<EntityNature, readonly CertificateType[]>> = {
  defense: ['military-code', 'military-paid-service-licence'],
  government: ['uscc-certificate', 'organization-code'],
  'public-institution': ['public-institution-legal-person', ...GENERIC],
  enterprise: ['business-licence', ...GENERIC],
  individual: PERSON_CERTIFICATE_TYPE_IDS,
  'social-group': ['social-group-registration', ...GENERIC],
  'private-non-enterprise': ['private-non-enterprise-registration', ...GENERIC],
  foundation: ['foundation-registration', ...GENERIC],
  'law-firm': ['law-firm-licence', ...GENERIC],
  'foreign-cultural-centre': [...GENERIC],
  'mass-organization': [...GENERIC],
  'forensic-institution': [...GENERIC],
  'religious-group': ['religious-venue-registration', ...GENERIC],
  'overseas-institution': ['overseas-institution-certificate', 'foreign-enterprise-representative-office'],
  'medical-institution': ['medical-institution-licence', ...GENERIC],
  notary: [...GENERIC],
  'collective-economic': ['rural-collective-economic-registration', ...GENERIC],
  arbitration: ['arbitration-commission-registration', ...GENERIC],
};

export function allowedCertificateTypes(nature: EntityNature): readonly CertificateType[] {
  return CERTIFICATE_TYPES_BY_NATURE[nature];
}

export function isPersonCertificateType(type: string): type is PersonCertificateType {
  return (PERSON_CERTIFICATE_TYPE_IDS as readonly string[]).includes(type);
}
