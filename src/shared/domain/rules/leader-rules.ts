import { REFERENCE_AS_OF } from '../model/reference-date';
import { LONG_TERM } from '../model/person';
import { normalizeMobile } from '../validators/mobile';
import { DATA_OPERATIONS, type LeaderRef } from './context';
import { PROVINCE_RULES } from './data/province-rules';
import { ageOn, birthDateOf, monthsAfter, present, provinceName, rule, text } from './helpers';
import { certificateKey } from './in-memory-portfolio';
import type { RuleHit } from './types';

const at = (leader: LeaderRef, field: string): string | undefined => (leader.path ? `${leader.path}.${field}` : undefined);
const hit = (path: string | undefined, params: RuleHit['params']): RuleHit => ({ ...(path ? { path } : {}), ...(params ? { params } : {}) });
const label = (leader: LeaderRef): string => leader.person.name?.trim() || leader.id;
const sameMobile = (a: string | undefined, b: string | undefined): boolean => {
  const na = a ? normalizeMobile(a) : null;
  return na !== null && na === (b ? normalizeMobile(b) : null);
};

/** Different leaders must have different phones and e-mails (§4.1, §9.3: T5, H8, H6, W1, D1). */
export const leadersContactsDistinct = rule({
  id: 'leaders.contacts-distinct',
  appliesTo: { operations: DATA_OPERATIONS },
  severity: 'warning',
  step: 'leaders',
  source: ['§4.1', '§9.3', 'W1', 'D1', 'T5', 'H8', 'H6'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `主体负责人与${p.service}的负责人是不同的人，但${p.fieldZh}相同；不同负责人须使用各自的${p.fieldZh}，请更换其中一人的。`,
      `The entity leader and the leader of ${p.service} are different people but share the same ${p.fieldEn}; each leader needs their own, so change one of them.`,
    ),
  check: ({ entityLeader, services, leader }) => {
    if (!entityLeader) return [];
    const hits: RuleHit[] = [];
    for (const { service, path } of services) {
      const other = leader(service.leaderId);
      if (!other || other.id === entityLeader.id) continue;
      const name = service.name?.trim() || path;
      if (sameMobile(other.person.mobile, entityLeader.person.mobile)) {
        hits.push(hit(at(other, 'mobile') ?? `${path}.leaderId`, { service: name, fieldZh: '手机号码', fieldEn: 'mobile number' }));
      }
      const a = other.person.email?.trim().toLowerCase();
      if (a && a === entityLeader.person.email?.trim().toLowerCase()) {
        hits.push(hit(at(other, 'email') ?? `${path}.leaderId`, { service: name, fieldZh: '电子邮箱', fieldEn: 'e-mail address' }));
      }
    }
    return hits;
  },
});

/** A leader's mobile may not be used by another entity (§4.1 "many provinces", §9.3: T5, H8). */
export const leaderMobileOtherEntity = rule({
  id: 'leaders.mobile-used-by-other-entity',
  appliesTo: { operations: DATA_OPERATIONS },
  severity: 'warning',
  step: 'leaders',
  source: ['§4.1', '§9.3', 'T5', 'H8', 'T8'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `${p.person}的手机号码已被另一备案主体“${p.entity}”使用；多数省份不允许不同主体共用负责人手机号，请换用本人的其他号码。`,
      `${p.person}'s mobile number is already used by another entity, "${p.entity}"; most provinces do not let entities share a leader's mobile, so use another number of this person.`,
    ),
  check: ({ leaders, portfolio, filing, entity }) => {
    const ownKey = entity?.certificateNumber ? certificateKey(entity.certificateNumber) : undefined;
    return leaders.flatMap((l): RuleHit[] => {
      if (!present(l.person.mobile)) return [];
      const other = portfolio
        .entitiesUsingMobile(l.person.mobile)
        .find((e) => e.id !== filing.entityId && certificateKey(e.certificateNumber) !== ownKey);
      return other ? [hit(at(l, 'mobile'), { person: label(l), entity: other.name })] : [];
    });
  },
});

/** An expired certificate is refused outright (§9.3: T5; §6.6). */
export const leaderCertificateExpired = rule({
  id: 'leaders.certificate-expired',
  appliesTo: { operations: DATA_OPERATIONS },
  severity: 'error',
  step: 'leaders',
  source: ['§9.3', '§6.6', 'T5', 'T8'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `${p.person}的证件已于 ${p.until} 过期；请换发新证后填写新证件的号码和有效期。`,
      `${p.person}'s certificate expired on ${p.until}; renew it and enter the new certificate's number and validity.`,
    ),
  check: ({ leaders, today }) =>
    leaders.flatMap((l): RuleHit[] => {
      const until = l.person.certificateValidUntil;
      return until && until !== LONG_TERM && until < today ? [hit(at(l, 'certificateValidUntil'), { person: label(l), until })] : [];
    }),
});

/** Certificates must stay valid for more than 3 months (§6.6, §4.1, §9.3: T8, A25-Hubei, T5). */
export const leaderCertificateValidity = rule({
  id: 'leaders.certificate-validity',
  appliesTo: { operations: DATA_OPERATIONS },
  severity: 'warning',
  step: 'leaders',
  source: PROVINCE_RULES.certificateMinValidityMonths.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `${p.person}的证件将于 ${p.until} 到期，剩余不足 3 个月，备案会被驳回；请先换发新证再提交。`,
      `${p.person}'s certificate expires on ${p.until}, less than 3 months away, and the filing would be rejected; renew it before submitting.`,
    ),
  check: ({ leaders, today }) => {
    const limit = monthsAfter(today, PROVINCE_RULES.certificateMinValidityMonths.months);
    return leaders.flatMap((l): RuleHit[] => {
      const until = l.person.certificateValidUntil;
      return until && until !== LONG_TERM && until >= today && until <= limit ? [hit(at(l, 'certificateValidUntil'), { person: label(l), until })] : [];
    });
  },
});

/** Minimum age of leaders: 18 in most provinces, 16 in Guangdong/Jiangsu, 14 in Guizhou (§6.6: T8, H7, A25-Guizhou). */
export const leaderAge = rule({
  id: 'leaders.age',
  appliesTo: { operations: DATA_OPERATIONS },
  severity: 'warning',
  step: 'leaders',
  source: PROVINCE_RULES.minimumAge.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `${p.person}未满 ${p.min} 周岁（${p.age} 岁），${p.provinceZh}管局不受理；请由年满 ${p.min} 周岁的人担任负责人。`,
      `${p.person} is under ${p.min} (${p.age}), which ${p.provinceEn} does not accept; choose a leader aged ${p.min} or over.`,
    ),
  check: ({ leaders, today, province }) => {
    const min = (province && PROVINCE_RULES.minimumAge.byProvince[province]) ?? PROVINCE_RULES.minimumAge.default;
    const name = province ? provinceName(province) : { zh: '多数', en: 'most provinces' };
    return leaders.flatMap((l): RuleHit[] => {
      const birth = birthDateOf(l.person);
      if (!birth) return [];
      const age = ageOn(birth, today);
      return age < min ? [hit(at(l, 'certificateNumber'), { person: label(l), age, min, provinceZh: name.zh, provinceEn: name.en })] : [];
    });
  },
});
