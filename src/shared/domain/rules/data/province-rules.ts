import type { Province } from '../../provinces';

/**
 * Province-specific filing rules as data (domain-reference §7, §6.4–§6.6, §4.1–§4.4). Rules change
 * without notice (§7), so every entry carries its source keys and confidence, and all of them
 * produce warnings with reasons, never errors (§11). `asOf` is when the entries were last checked
 * against the reference; the UI shows it next to each finding.
 */
export type Confidence = 'high' | 'med' | 'low';

export const PROVINCE_RULES = {
  asOf: '2026-11-28',
  reference: 'docs/domain-reference.md §7',

  /** Minimum leader age: most provinces 18; Guangdong/Jiangsu 16 (16–18 with employment proof); Guizhou 14. */
  minimumAge: {
    default: 18,
    byProvince: { GD: 16, JS: 16, GZ: 14 } as Readonly<Partial<Record<Province, number>>>,
    source: ['§6.6', 'T8', 'H7', 'A25-Guizhou', 'A25-Tianjin'],
    confidence: 'med',
  },
  /** Ages 16–18 accepted only with proof of employment (Guangdong, Jiangsu). */
  employmentProof: { provinces: ['GD', 'JS'], fromAge: 16, toAge: 18, source: ['§7', 'T8', 'H7'], confidence: 'med' },

  /** ID documents must stay valid for more than 3 months (all provinces as far as documented). */
  certificateMinValidityMonths: { months: 3, source: ['§6.6', '§4.1', 'T8', 'A25-Hubei'], confidence: 'med' },

  /** Remaining domain validity: > 3 months in many provinces; Shandong documented as > 45 days. */
  domainMinValidity: {
    months: 3,
    daysByProvince: { SD: 45 } as Readonly<Partial<Record<Province, number>>>,
    source: ['§6.5', 'T4', 'H10', 'A25', 'H7'],
    confidence: 'med',
  },

  /** New websites per order (Hubei/Hunan 1, Shanxi ≤ 3 new, Henan ≤ 5 domains per enterprise order). */
  websitesPerOrder: {
    byProvince: { HB: 1, HN: 1, SX: 3, HA: 5 } as Readonly<Partial<Record<Province, number>>>,
    source: ['§4.2', '§7', 'H9', 'H7', 'T8', 'A25-Hubei', 'A25-Henan'],
    confidence: 'med',
  },
  /** Hainan: an individual's first filing carries one domain. */
  hainanIndividualFirstFiling: { province: 'HI', max: 1, source: ['§7', 'H9'], confidence: 'med' },
  /** Jiangxi: after 7 (individual) / 15 (enterprise) filed sites, one domain per order. */
  jiangxiAfterFiled: { province: 'JX', individual: 7, organisation: 15, max: 1, source: ['§7', 'T8', 'H9'], confidence: 'med' },
  /** Shaanxi: at most 30 websites per enterprise entity. */
  websitesPerEntity: { byProvince: { SN: 30 } as Readonly<Partial<Record<Province, number>>>, source: ['§7', 'H7'], confidence: 'med' },

  /** Individuals must hold a local ID: no cross-province individual filing. */
  individualLocalIdOnly: {
    provinces: ['SX', 'NM', 'QH', 'XJ', 'YN', 'GZ', 'GS', 'GX', 'NX', 'HA'],
    source: ['§7', 'T8', 'H9', 'A25-Henan'],
    confidence: 'med',
  },
  /** Out-of-province individuals file with a local residence permit (Sichuan/Shandong accept other proofs). */
  individualResidencePermit: {
    provinces: ['SH', 'GD', 'JS', 'ZJ', 'HB', 'FJ', 'JX', 'SC', 'SD'],
    source: ['§7', 'T8', 'H7', 'H9'],
    confidence: 'med',
  },

  /** Commitment letters, by province and the day they became required. */
  commitmentLetters: [
    { province: 'GD', since: '2021-06-21', documents: ['guangdong-commitment'], source: ['§4.4', '§7', 'H6', 'H7', 'T8'], confidence: 'med' },
    {
      province: 'JS',
      since: '2021-06-01',
      documents: ['jiangsu-responsibility-notice', 'jiangsu-commitment'],
      source: ['§4.4', '§7', 'T8', 'T3', 'H7'],
      confidence: 'med',
    },
  ],
  /** Shanghai: enterprises with 30 or more websites submit a website construction plan. */
  constructionPlan: { province: 'SH', minWebsites: 30, source: ['§7', 'T8', 'H9'], confidence: 'med' },
  /** Henan: 4 or more domains need domain certificates. */
  domainCertificates: { province: 'HA', minDomains: 4, source: ['§4.4', '§7', 'A25-Henan'], confidence: 'med' },

  /** Entity leader must be the legal representative (organisations). */
  leaderIsLegalRepresentative: { provinces: ['ZJ', 'HB', 'SD'], source: ['§7', 'H9', 'T8', 'H7', 'A25-Shandong'], confidence: 'med' },
  /** If the entity leader is not the legal representative, both leaders must be the same person. */
  sameLeadersUnlessLegalRep: { provinces: ['JS', 'AH', 'HI'], source: ['§6.6', 'T8', 'H9'], confidence: 'med' },
  /** Gansu: if the entity leader is not the legal representative, the service leader must be someone else. */
  differentLeadersUnlessLegalRep: { provinces: ['GS'], source: ['§6.6', 'T8'], confidence: 'med' },
  /** Tianjin (old rule): the service leader must differ from the entity leader. */
  tianjinDifferentLeaders: { provinces: ['TJ'], source: ['§6.6', 'A25-Tianjin'], confidence: 'low' },

  /** Office phone must differ from the leader's mobile. */
  officePhoneNotMobile: { provinces: ['BJ', 'LN', 'JL'], source: ['§4.1', 'T8'], confidence: 'med' },
  /** A note is required when a mobile is given as office phone. */
  officePhoneMobileNote: { provinces: ['GS', 'CQ', 'TJ'], source: ['§4.1', 'T8'], confidence: 'med' },
  /** A real landline is required (Jiangsu: enterprises; Tianjin: everyone). */
  landlineRequired: {
    enterpriseOnly: ['JS'] as readonly Province[],
    everyone: ['TJ'] as readonly Province[],
    source: ['§4.1', '§7', 'T8', 'T3', 'A25-Tianjin'],
    confidence: 'med',
  },
  /** Leader mobiles must be registered in the filing province (not checkable offline: a checklist item). */
  mobileRegisteredLocally: {
    provinces: ['BJ', 'SH', 'JS', 'HN', 'TJ', 'HL', 'CQ', 'LN', 'GX', 'SD', 'GS', 'NX', 'XJ'],
    source: ['§6.4', 'T8', 'T5'],
    confidence: 'med',
  },

  /** Individuals add a "personal website only" statement in the remarks. */
  personalStatement: { provinces: ['GX', 'TJ'], source: ['§7', 'H9', 'T8'], confidence: 'med' },
  /** Website remarks describe the site's main content. */
  contentDescription: { provinces: ['GD', 'JS', 'HL', 'SD', 'QH'], source: ['§4.2', 'T8'], confidence: 'med' },

  /** Government bodies use .gov.cn/.政务, public institutions .cn/.公益. */
  publicSectorSuffix: { provinces: ['JS', 'HB', 'NM'], source: ['§6.5', 'T8', 'H7', 'H9'], confidence: 'med' },
  /** Chongqing (old rule): individuals cannot file .org domains. */
  individualNoOrg: { provinces: ['CQ'], source: ['§6.5', 'T8'], confidence: 'low' },

  /** The mailing address may not lie in another city than the certificate's (§4.1). */
  mailingSameCity: { provinces: ['HE', 'HA', 'GZ'], source: ['§4.1', '§7', 'T8', 'H9'], confidence: 'med' },
  /** Individual businesses (个体工商户, USCC 92…) file as enterprises; Zhejiang also wants their seal. */
  individualBusinessAsEnterprise: { provinces: ['SX', 'ZJ'], source: ['§4.1', 'T8', 'H9', 'O25b'], confidence: 'med' },

  /** A shell entity may add new services directly here; elsewhere it must be cancelled first. */
  shellMayAddServices: {
    provinces: ['TJ', 'LN', 'SC', 'YN', 'JS', 'ZJ', 'SH', 'GX', 'SX', 'BJ', 'GZ'],
    source: ['§2.1', 'H3', 'T2'],
    confidence: 'med',
  },
} as const;
