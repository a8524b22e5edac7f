import { FILED_LIVE_STATES } from '../lifecycle-service';
import { REFERENCE_AS_OF } from '../model/reference-date';
import { isPersonCertificateType } from '../natures';
import { provinceByGbCode } from '../provinces';
import { normalizeUscc } from '../validators/uscc';
import { DATA_OPERATIONS } from './context';
import { PROVINCE_RULES } from './data/province-rules';
import { isBlank, present, provinceName, residentIdProvince, rule, text } from './helpers';
import { certificateKey } from './in-memory-portfolio';
import type { RuleHit } from './types';

/**
 * Organisations file in the province where their certificate was issued (§4.1, §7 "All": A6, A7);
 * the USCC carries the registration authority's region in characters 3–8 (§6.1). Central-level
 * registrations (region 10xxxx) are not tied to a province and are skipped.
 */
export const entityCrossProvince = rule({
  id: 'entity.cross-province',
  appliesTo: { operations: DATA_OPERATIONS },
  severity: 'warning',
  step: 'entity',
  field: 'entity.region.province',
  source: ['§4.1', '§7', '§9.3', 'A6', 'A7', 'T5', 'H8'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `证件登记地在${p.certZh}，备案地域却选了${p.filingZh}。单位不能跨省备案，请选择证件登记所在省份（${p.certZh}）。`,
      `The certificate was issued in ${p.certEn} but the filing province is ${p.filingEn}. Organisations cannot file across provinces; choose the province that issued the certificate (${p.certEn}).`,
    ),
  check: ({ entity, province }): RuleHit[] => {
    const number = entity?.certificateNumber;
    if (!entity || !province || entity.nature === 'individual' || !present(number)) return [];
    const code = normalizeUscc(number);
    if (code.length !== 18 || !/^\d{6}$/.test(code.slice(2, 8))) return [];
    const issued = provinceByGbCode(code.slice(2, 8))?.id;
    if (!issued || issued === province) return [];
    const cert = provinceName(issued);
    const filing = provinceName(province);
    return [{ params: { certZh: cert.zh, certEn: cert.en, filingZh: filing.zh, filingEn: filing.en } }];
  },
});

/**
 * Individuals with an ID from another province: some provinces refuse them, others want a local
 * residence permit (handled as a document), the rest depend on the 管局 (§7: T8, H9, A6, A7).
 */
export const individualCrossProvince = rule({
  id: 'entity.individual.cross-province',
  appliesTo: { operations: DATA_OPERATIONS, natures: ['individual'] },
  severity: 'warning',
  step: 'entity',
  field: 'entity.region.province',
  source: ['§4.1', '§7', 'A6', 'A7', 'T8', 'H9', 'A25-Henan'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    p.refused
      ? text(
          `${p.filingZh}管局只受理持本省身份证的个人备案，而该身份证签发于${p.idZh}。请改在${p.idZh}备案。`,
          `${p.filingEn} accepts individual filings only from holders of a local ID, and this ID was issued in ${p.idEn}. File in ${p.idEn} instead.`,
        )
      : text(
          `身份证签发于${p.idZh}，备案地域为${p.filingZh}。外省个人能否在${p.filingZh}备案取决于管局，可能需要居住证等证明；提交前请向接入商确认。`,
          `The ID was issued in ${p.idEn} and the filing province is ${p.filingEn}. Whether ${p.filingEn} accepts out-of-province individuals depends on its 管局 and may need a residence permit; confirm with the provider before submitting.`,
        ),
  check: (ctx): RuleHit[] => {
    const { entity, province } = ctx;
    if (!entity || !province) return [];
    const own = entity.certificateType && isPersonCertificateType(entity.certificateType) ? { certificateType: entity.certificateType, certificateNumber: entity.certificateNumber } : undefined;
    const issued = (own && residentIdProvince(own)) ?? (ctx.entityLeader ? residentIdProvince(ctx.entityLeader.person) : undefined);
    if (!issued || issued === province) return [];
    if ((PROVINCE_RULES.individualResidencePermit.provinces as readonly string[]).includes(province)) return []; // a document item says it
    const refused = (PROVINCE_RULES.individualLocalIdOnly.provinces as readonly string[]).includes(province);
    const id = provinceName(issued);
    const filing = provinceName(province);
    return [{ params: { refused: refused ? 1 : 0, idZh: id.zh, idEn: id.en, filingZh: filing.zh, filingEn: filing.en } }];
  },
});

/** A name with 公司 is an enterprise (§4.1: "a …公司 must be 企业", O8, W2). */
export const entityNameMatchesNature = rule({
  id: 'entity.name.nature',
  appliesTo: { operations: DATA_OPERATIONS },
  severity: 'warning',
  step: 'entity',
  field: 'entity.nature',
  source: ['§4.1', 'O8', 'W2'],
  asOf: REFERENCE_AS_OF,
  message: text(
    '名称中含“公司”的主办单位性质应为“企业”；请核对单位性质或名称是否与证件一致。',
    'A name containing 公司 (company) belongs to an enterprise; check that the nature and the name match the certificate.',
  ),
  check: ({ entity }) => (entity?.nature && entity.nature !== 'enterprise' && entity.name?.includes('公司') ? [{}] : []),
});

/** An individual files under their own name (§4.1: O8, H1). */
export const individualOwnName = rule({
  id: 'entity.name.individual-own-name',
  appliesTo: { operations: DATA_OPERATIONS, natures: ['individual'] },
  severity: 'warning',
  step: 'entity',
  field: 'entity.name',
  source: ['§4.1', 'O8', 'H1'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `个人备案的主办者名称应为本人姓名（${p.leader}），不能是网站名、域名或其他名称。`,
      `An individual files under their own name (${p.leader}), not a website name, domain or any other name.`,
    ),
  check: ({ entity, entityLeader }) => {
    const name = entity?.name?.trim();
    const leader = entityLeader?.person.name?.trim();
    return name && leader && name !== leader ? [{ params: { leader } }] : [];
  },
});

/** The entity name is never a domain or a number (§4.1: O8, H1). */
export const entityNameNotDomain = rule({
  id: 'entity.name.not-domain',
  appliesTo: { operations: DATA_OPERATIONS },
  severity: 'warning',
  step: 'entity',
  field: 'entity.name',
  source: ['§4.1', 'O8', 'H1'],
  asOf: REFERENCE_AS_OF,
  message: text(
    '主办单位名称应与证件上的全称完全一致，不能是域名、编号或网站名称；请照证件填写。',
    'The entity name must be the full name exactly as on the certificate — never a domain, a number or a website name; copy it from the certificate.',
  ),
  check: ({ entity }) => {
    const name = entity?.name?.trim();
    return name && (/^[\w-]+(\.[\w-]+)+$/.test(name) || /^[\d\s-]+$/.test(name)) ? [{}] : [];
  },
});

/** Investor field per province: Fujian/Jilin enterprises give their own full name; Ningxia the legal rep (§4.1: O8, T8). */
export const entityInvestor = rule({
  id: 'entity.investor',
  appliesTo: { operations: DATA_OPERATIONS, provinces: ['FJ', 'JL', 'NX'], natures: ['enterprise'] },
  severity: 'warning',
  step: 'entity',
  field: 'entity.investor',
  source: ['§4.1', 'O8', 'T8'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(`${p.provinceZh}要求“投资者或上级主管单位”填写：${p.expected}。`, `${p.provinceEn} expects the investor / superior unit to read: ${p.expected}.`),
  check: ({ entity, entityLeader, province }) => {
    if (!entity || !province) return [];
    const legalRep = entity.leaderIsLegalRepresentative === false ? entity.legalRepresentative?.name : entityLeader?.person.name;
    const expected = province === 'NX' ? legalRep : entity.name;
    if (isBlank(expected) || entity.investor?.trim() === expected?.trim()) return [];
    const name = provinceName(province);
    return [{ params: { expected: expected?.trim() ?? '', provinceZh: name.zh, provinceEn: name.en } }];
  },
});

/** Cancelled or revoked numbers are gone and cannot be restored (§9.2, §8: A18, T1). */
export const entityGone = rule({
  id: 'entity.cancelled',
  appliesTo: {},
  severity: 'warning',
  step: 'entity',
  source: ['§9.2', '§8', '§9.3', 'A18', 'T1', 'H8'],
  asOf: REFERENCE_AS_OF,
  message: text(
    '该主体的备案已被注销，备案号无法恢复；如需继续提供服务，请按首次备案重新办理。',
    'This entity’s filing has been cancelled and the number cannot be restored; to keep serving, file again as an initial filing.',
  ),
  check: ({ storedEntity, operation }) =>
    storedEntity && operation !== 'initial' && ['CANCELLED', 'REVOKED'].includes(storedEntity.lifecycle.state) ? [{}] : [],
});

/** A shell entity (no service or access left) may add services only in 11 provinces; elsewhere cancel first (§2.1: H3, T2). */
export const shellAddService = rule({
  id: 'entity.shell-add-service',
  appliesTo: { operations: ['add-service-new-entity-here', 'add-service-existing-entity'] },
  severity: 'warning',
  step: 'entity',
  source: ['§2.1', 'H3', 'T2'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `该主体是空壳主体（没有网站或接入）。${p.provinceZh}管局不允许空壳主体直接新增网站/App：请先注销主体（向管局线下办理），再按首次备案提交。`,
      `This is a shell entity (no service or access left). ${p.provinceEn} does not let a shell entity add services directly: cancel the entity first (offline at the 管局), then file as an initial filing.`,
    ),
  check: ({ storedEntity, province }) => {
    if (storedEntity?.lifecycle.state !== 'SHELL' || !province) return [];
    if ((PROVINCE_RULES.shellMayAddServices.provinces as readonly string[]).includes(province)) return [];
    const name = provinceName(province);
    return [{ params: { provinceZh: name.zh, provinceEn: name.en } }];
  },
});

/** An initial filing for a certificate that already has a number is the wrong type (§2, §9.3: A2, H8, O29). */
export const entityAlreadyFiled = rule({
  id: 'entity.already-filed',
  appliesTo: { operations: ['initial'] },
  severity: 'warning',
  step: 'entity',
  field: 'entity.certificateNumber',
  source: ['§2', '§9.3', 'A2', 'H8', 'O29'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `该证件号码已有备案主体“${p.name}”（${p.number}）。已备案的主体不能再做首次备案，请改用“新增网站/App”或“接入备案”。`,
      `This certificate already has a filed entity "${p.name}" (${p.number}). A filed entity cannot file an initial filing again; use "add a website/app" or "access filing" instead.`,
    ),
  check: ({ entity, portfolio, filing }) => {
    const number = entity?.certificateNumber;
    if (!present(number)) return [];
    const key = certificateKey(number);
    const filed = portfolio
      .entitiesByCertificate(key)
      .find((e) => e.id !== filing.entityId && FILED_LIVE_STATES.includes(e.lifecycle.state));
    return filed ? [{ params: { name: filed.name, number: filed.icpNumber ?? '—' } }] : [];
  },
});
