import { ENTITY_NATURE_IDS } from '../natures';
import { normalizeMobile } from '../validators/mobile';
import { compact } from '../validators/text-normalize';
import { DATA_OPERATIONS, type LeaderRef, type RuleContext } from './context';
import { PROVINCE_RULES } from './data/province-rules';
import { isBlank, present, provinceName, rule, text } from './helpers';
import type { RuleHit } from './types';

const ORGANISATIONS = ENTITY_NATURE_IDS.filter((n) => n !== 'individual');
const phoneDigits = (value: string): string => compact(value).replace(/[-()+.]/g, '');
const isMobile = (value: string | undefined): boolean => present(value) && normalizeMobile(value) !== null;
const path = (l: LeaderRef, field: string): RuleHit => (l.path ? { path: `${l.path}.${field}` } : {});
const named = (ctx: RuleContext) => {
  const n = provinceName(ctx.province);
  return { provinceZh: n.zh, provinceEn: n.en };
};
/** Services of the filing whose leader is someone other than the entity leader. */
const otherLeaders = (ctx: RuleContext) => ctx.services.filter(({ service }) => service.leaderId && service.leaderId !== ctx.entity?.leaderId);
const sameLeaders = (ctx: RuleContext) => ctx.services.filter(({ service }) => service.leaderId && service.leaderId === ctx.entity?.leaderId);

/** Beijing, Liaoning, Jilin: the office phone must differ from the leader's mobile (§4.1: T8). */
export const officePhoneNotMobile = rule({
  id: 'leaders.office-phone-not-mobile',
  appliesTo: { operations: DATA_OPERATIONS, provinces: PROVINCE_RULES.officePhoneNotMobile.provinces },
  severity: 'warning',
  step: 'leaders',
  source: PROVINCE_RULES.officePhoneNotMobile.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `${p.provinceZh}要求办公电话与负责人手机号码不同；请填写座机号码（如 010-12345678）。`,
      `${p.provinceEn} requires the office phone to differ from the leader's mobile; enter a landline (e.g. 010-12345678).`,
    ),
  check: (ctx) =>
    ctx.leaders.flatMap((l): RuleHit[] => {
      const { officePhone, mobile } = l.person;
      if (!present(officePhone) || !present(mobile)) return [];
      const same = phoneDigits(officePhone) === phoneDigits(mobile) || (normalizeMobile(officePhone) ?? '') === normalizeMobile(mobile);
      return same ? [{ ...path(l, 'officePhone'), params: named(ctx) }] : [];
    }),
});

/** Gansu, Chongqing, Tianjin: a mobile given as office phone needs a note in the remarks (§4.1: T8). */
export const officePhoneMobileNote = rule({
  id: 'leaders.office-phone-mobile-note',
  appliesTo: { operations: DATA_OPERATIONS, provinces: PROVINCE_RULES.officePhoneMobileNote.provinces },
  severity: 'warning',
  step: 'leaders',
  source: PROVINCE_RULES.officePhoneMobileNote.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `办公电话填的是手机号码；${p.provinceZh}要求在负责人备注中说明（如“无办公座机，办公电话为手机”）。`,
      `The office phone is a mobile number; ${p.provinceEn} asks for a note in the leader's remarks (e.g. "no office landline; the office phone is a mobile").`,
    ),
  check: (ctx) =>
    ctx.leaders.flatMap((l): RuleHit[] =>
      isMobile(l.person.officePhone) && isBlank(l.person.remarks) ? [{ ...path(l, 'remarks'), params: named(ctx) }] : [],
    ),
});

/** Jiangsu enterprises and Tianjin need a real landline (§4.1, §7: T8, T3, A25-Tianjin). */
export const landlineRequired = rule({
  id: 'leaders.landline-required',
  appliesTo: { operations: DATA_OPERATIONS, provinces: [...PROVINCE_RULES.landlineRequired.enterpriseOnly, ...PROVINCE_RULES.landlineRequired.everyone] },
  severity: 'warning',
  step: 'leaders',
  source: PROVINCE_RULES.landlineRequired.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `${p.provinceZh}要求主体负责人填写真实的办公座机号码（不能为空或手机号码）。`,
      `${p.provinceEn} requires a real office landline for the entity leader (not empty, not a mobile).`,
    ),
  check: (ctx) => {
    const l = ctx.entityLeader;
    if (!l || !ctx.province) return [];
    const enterpriseOnly = (PROVINCE_RULES.landlineRequired.enterpriseOnly as readonly string[]).includes(ctx.province);
    if (enterpriseOnly && ctx.nature !== 'enterprise') return [];
    const phone = l.person.officePhone;
    return isBlank(phone) || isMobile(phone) ? [{ ...path(l, 'officePhone'), params: named(ctx) }] : [];
  },
});

/** Zhejiang, Hubei, Shandong: the entity leader is the legal representative (§7: H9, T8, H7, A25-Shandong). */
export const leaderIsLegalRep = rule({
  id: 'leaders.legal-representative',
  appliesTo: { operations: DATA_OPERATIONS, provinces: PROVINCE_RULES.leaderIsLegalRepresentative.provinces, natures: ORGANISATIONS },
  severity: 'warning',
  step: 'entity',
  field: 'entity.leaderIsLegalRepresentative',
  source: PROVINCE_RULES.leaderIsLegalRepresentative.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `${p.provinceZh}要求单位的主体负责人为法定代表人；请把法定代表人设为主体负责人。`,
      `${p.provinceEn} requires the legal representative as the organisation's entity leader; make the legal representative the entity leader.`,
    ),
  check: (ctx) => (ctx.entity?.leaderIsLegalRepresentative === false ? [{ params: named(ctx) }] : []),
});

/** Jiangsu, Anhui, Hainan: a non-legal-rep entity leader must also lead every service (§6.6, §7: T8, H9). */
export const sameLeadersUnlessLegalRep = rule({
  id: 'leaders.same-unless-legal-rep',
  appliesTo: { operations: DATA_OPERATIONS, provinces: PROVINCE_RULES.sameLeadersUnlessLegalRep.provinces, natures: ORGANISATIONS },
  severity: 'warning',
  step: 'services',
  source: PROVINCE_RULES.sameLeadersUnlessLegalRep.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `主体负责人不是法定代表人时，${p.provinceZh}要求网站/App 负责人与主体负责人为同一人；请把该服务的负责人改为主体负责人，或改由法定代表人担任主体负责人。`,
      `When the entity leader is not the legal representative, ${p.provinceEn} requires the service leader to be the same person; make the entity leader lead this service, or make the legal representative the entity leader.`,
    ),
  check: (ctx) =>
    ctx.entity?.leaderIsLegalRepresentative === false ? otherLeaders(ctx).map(({ path: p }) => ({ path: `${p}.leaderId`, params: named(ctx) })) : [],
});

/** Gansu: a non-legal-rep entity leader may not also lead a service (§6.6: T8). */
export const differentLeadersUnlessLegalRep = rule({
  id: 'leaders.different-unless-legal-rep',
  appliesTo: { operations: DATA_OPERATIONS, provinces: PROVINCE_RULES.differentLeadersUnlessLegalRep.provinces, natures: ORGANISATIONS },
  severity: 'warning',
  step: 'services',
  source: PROVINCE_RULES.differentLeadersUnlessLegalRep.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `主体负责人不是法定代表人时，${p.provinceZh}要求网站/App 负责人由另一人担任；请为该服务指定其他负责人。`,
      `When the entity leader is not the legal representative, ${p.provinceEn} requires someone else to lead the service; choose another leader for it.`,
    ),
  check: (ctx) =>
    ctx.entity?.leaderIsLegalRepresentative === false ? sameLeaders(ctx).map(({ path: p }) => ({ path: `${p}.leaderId`, params: named(ctx) })) : [],
});

/** Tianjin (old rule, low confidence): the service leader differs from the entity leader (§6.6: A25-Tianjin). */
export const tianjinDifferentLeaders = rule({
  id: 'leaders.tianjin-different',
  appliesTo: { operations: DATA_OPERATIONS, provinces: PROVINCE_RULES.tianjinDifferentLeaders.provinces, natures: ORGANISATIONS },
  severity: 'warning',
  step: 'services',
  source: PROVINCE_RULES.tianjinDifferentLeaders.source,
  asOf: PROVINCE_RULES.asOf,
  message: text(
    '天津管局的旧规要求网站负责人与主体负责人不是同一人；此规定来源较旧，提交前请向接入商确认，必要时另指定网站负责人。',
    'An older Tianjin rule requires the website leader to differ from the entity leader; the source is old, so confirm with the provider and, if needed, choose another website leader.',
  ),
  check: (ctx) => sameLeaders(ctx).map(({ path: p }) => ({ path: `${p}.leaderId` })),
});

/**
 * Many provinces want leader mobiles registered in the filing province; that cannot be checked
 * offline, so it is a checklist item to confirm (§6.4: T8, T5).
 */
export const mobileRegisteredLocally = rule({
  id: 'leaders.mobile-local',
  appliesTo: { operations: DATA_OPERATIONS, provinces: PROVINCE_RULES.mobileRegisteredLocally.provinces },
  severity: 'warning',
  step: 'leaders',
  source: PROVINCE_RULES.mobileRegisteredLocally.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `${p.provinceZh}要求负责人手机号码为本省号码（归属地在${p.provinceZh}）；请确认后勾选此项，否则请换用本省号码。`,
      `${p.provinceEn} requires leader mobiles registered in ${p.provinceEn}; confirm and tick this item, or use a local number.`,
    ),
  check: (ctx) => ctx.leaders.flatMap((l): RuleHit[] => (present(l.person.mobile) ? [{ ...path(l, 'mobile'), params: named(ctx) }] : [])),
});
