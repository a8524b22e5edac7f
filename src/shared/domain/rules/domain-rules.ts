import { FILED_LIVE_STATES } from '../lifecycle-service';
import { REFERENCE_AS_OF } from '../model/reference-date';
import { normalizeDomain } from '../validators/domain';
import { DATA_OPERATIONS, NEW_SERVICE_OPERATIONS, type RuleContext, type ServiceRef } from './context';
import { PROVINCE_RULES } from './data/province-rules';
import { daysAfter, monthsAfter, present, provinceName, rule, text } from './helpers';
import { domainsIn } from './field/service-fields';
import type { RuleHit } from './types';

/** Websites of the filing with one well-formed domain, normalized. */
function websiteDomains(ctx: RuleContext): { ref: ServiceRef; domain: string }[] {
  return ctx.services.flatMap((ref) => {
    const raw = ref.service.kind === 'website' ? ref.service.domain : undefined;
    if (!present(raw) || domainsIn(raw).length !== 1) return [];
    const domain = normalizeDomain(raw);
    return domain ? [{ ref, domain }] : [];
  });
}

/** The same domain twice in one order: each domain is one website (§4.2: O9, A24). */
export const duplicateDomain = rule({
  id: 'services.duplicate-domain',
  appliesTo: {},
  severity: 'warning',
  step: 'services',
  source: ['§4.2', 'O9', 'A24'],
  asOf: REFERENCE_AS_OF,
  message: (p) => text(`域名 ${p.domain} 在本次备案中出现了两次；一个域名只能属于一个网站，请删除重复的网站。`, `The domain ${p.domain} appears twice in this filing; a domain belongs to one website only, so remove the duplicate.`),
  check: (ctx) => {
    const seen = new Set<string>();
    return websiteDomains(ctx).flatMap(({ ref, domain }): RuleHit[] => {
      if (seen.has(domain)) return [{ path: `${ref.path}.domain`, params: { domain } }];
      seen.add(domain);
      return [];
    });
  },
});

/** A new website whose domain is already filed is the wrong filing type (§9.3 "record already exists": H8, O29; §2). */
export const domainAlreadyFiled = rule({
  id: 'service.domain.already-filed',
  appliesTo: { operations: NEW_SERVICE_OPERATIONS },
  severity: 'warning',
  step: 'services',
  source: ['§2', '§9.3', 'H8', 'O29', 'A2'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `域名 ${p.domain} 已有备案的网站“${p.name}”${p.number ? `（${p.number}）` : ''}；已备案的域名不能再新增备案。换接入商请用“接入备案”，信息变化请用“变更备案”。`,
      `The domain ${p.domain} already belongs to the filed website "${p.name}"${p.number ? ` (${p.number})` : ''}; it cannot be filed again. To move providers use an access filing; to change details, a modification.`,
    ),
  check: (ctx) =>
    websiteDomains(ctx).flatMap(({ ref, domain }): RuleHit[] => {
      const filed = ctx.portfolio
        .servicesByDomain(domain)
        .find((s) => s.kind === 'website' && s.id !== ref.service.id && FILED_LIVE_STATES.includes(s.lifecycle.state));
      return filed ? [{ path: `${ref.path}.domain`, params: { domain, name: filed.name, number: filed.icpNumber ?? '' } }] : [];
    }),
});

/** An expired domain cannot be filed (§6.5 item 3 "within its registration period": T5, A10). */
export const domainExpired = rule({
  id: 'service.domain.expired',
  appliesTo: { operations: DATA_OPERATIONS },
  severity: 'error',
  step: 'services',
  source: ['§6.5', '§9.3', 'T5', 'A10', 'A18'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(`域名已于 ${p.expiry} 到期；请先续费，并把新的到期日填在这里。`, `The domain expired on ${p.expiry}; renew it first and enter the new expiry date here.`),
  check: (ctx) =>
    ctx.services.flatMap(({ service, path }): RuleHit[] =>
      service.kind === 'website' && service.domainExpiryDate && service.domainExpiryDate < ctx.today
        ? [{ path: `${path}.domainExpiryDate`, params: { expiry: service.domainExpiryDate } }]
        : [],
    ),
});

/** Remaining domain validity: > 3 months in many provinces, Shandong > 45 days (§6.5: T4, H10, A25, H7). */
export const domainExpiry = rule({
  id: 'service.domain.expiry',
  appliesTo: { operations: DATA_OPERATIONS },
  severity: 'warning',
  step: 'services',
  source: PROVINCE_RULES.domainMinValidity.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `域名将于 ${p.expiry} 到期，剩余有效期不足${p.windowZh}，${p.whoZh}会驳回；请先续费再提交。`,
      `The domain expires on ${p.expiry}, less than ${p.windowEn} away, which ${p.whoEn} rejects; renew it before submitting.`,
    ),
  check: (ctx) => {
    const days = ctx.province ? PROVINCE_RULES.domainMinValidity.daysByProvince[ctx.province] : undefined;
    const limit = days ? daysAfter(ctx.today, days) : monthsAfter(ctx.today, PROVINCE_RULES.domainMinValidity.months);
    const who = days && ctx.province ? provinceName(ctx.province) : { zh: '多数省份', en: 'most provinces' };
    const params = days
      ? { windowZh: ` ${days} 天`, windowEn: `${days} days`, whoZh: who.zh, whoEn: who.en }
      : { windowZh: ' 3 个月', windowEn: '3 months', whoZh: who.zh, whoEn: who.en };
    return ctx.services.flatMap(({ service, path }): RuleHit[] => {
      const expiry = service.kind === 'website' ? service.domainExpiryDate : undefined;
      return expiry && expiry >= ctx.today && expiry <= limit ? [{ path: `${path}.domainExpiryDate`, params: { ...params, expiry } }] : [];
    });
  },
});

const GOV_SUFFIXES = ['.gov.cn', '.xn--zfr164b', '.政务'];
const PUBLIC_INSTITUTION_SUFFIXES = ['.cn', '.xn--55qw42g', '.公益', ...GOV_SUFFIXES];

/** Jiangsu, Hubei, Inner Mongolia: government .gov.cn/.政务, public institutions .cn/.公益 (§6.5: T8, H7, H9). */
export const publicSectorSuffix = rule({
  id: 'service.domain.public-sector-suffix',
  appliesTo: { operations: NEW_SERVICE_OPERATIONS, provinces: PROVINCE_RULES.publicSectorSuffix.provinces, natures: ['government', 'public-institution'] },
  severity: 'warning',
  step: 'services',
  source: PROVINCE_RULES.publicSectorSuffix.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `${p.provinceZh}要求${p.natureZh}使用 ${p.suffixes} 域名；请改用符合要求的域名。`,
      `${p.provinceEn} requires ${p.natureEn} to use ${p.suffixes} domains; use a domain with such a suffix.`,
    ),
  check: (ctx) => {
    const gov = ctx.nature === 'government';
    const allowed = gov ? GOV_SUFFIXES : PUBLIC_INSTITUTION_SUFFIXES;
    const name = provinceName(ctx.province);
    const params = gov
      ? { natureZh: '政府机关', natureEn: 'government agencies', suffixes: '.gov.cn / .政务' }
      : { natureZh: '事业单位', natureEn: 'public institutions', suffixes: '.cn / .公益' };
    return websiteDomains(ctx).flatMap(({ ref, domain }): RuleHit[] =>
      allowed.some((s) => domain.endsWith(s)) ? [] : [{ path: `${ref.path}.domain`, params: { ...params, provinceZh: name.zh, provinceEn: name.en } }],
    );
  },
});

/** Chongqing (old rule): individuals cannot file .org (§6.5: T8). */
export const individualNoOrg = rule({
  id: 'service.domain.individual-org',
  appliesTo: { operations: NEW_SERVICE_OPERATIONS, provinces: PROVINCE_RULES.individualNoOrg.provinces, natures: ['individual'] },
  severity: 'warning',
  step: 'services',
  source: PROVINCE_RULES.individualNoOrg.source,
  asOf: PROVINCE_RULES.asOf,
  message: text(
    '重庆管局的旧规不允许个人备案 .org 域名；此规定来源较旧，提交前请向接入商确认，或改用其他后缀。',
    'An older Chongqing rule does not let individuals file .org domains; the source is old, so confirm with the provider or use another suffix.',
  ),
  check: (ctx) => websiteDomains(ctx).flatMap(({ ref, domain }): RuleHit[] => (domain.endsWith('.org') ? [{ path: `${ref.path}.domain` }] : [])),
});

/**
 * MIIT domain verification cannot be done offline: real-name, holder = entity, approved registrar,
 * and ~3 business days for the real-name data to reach MIIT (§6.5: T5, A10, A11, H10; §9.3 Domain).
 */
export const domainVerification = rule({
  id: 'service.domain.verify',
  appliesTo: { operations: NEW_SERVICE_OPERATIONS },
  severity: 'warning',
  step: 'services',
  source: ['§6.5', '§9.3', 'T5', 'A10', 'A11', 'H10', 'O29'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `请确认域名 ${p.domain}：已完成实名认证且已满 3 个工作日；持有者与主办单位（或个人）一致；注册商为工信部批准的境内注册商；域名在有效期内。确认后勾选此项。`,
      `Confirm for ${p.domain}: real-name verification done at least 3 business days ago; the holder is the filing entity (or person); the registrar is MIIT-approved and in the mainland; the domain is within its registration period. Tick this item when confirmed.`,
    ),
  check: (ctx) => websiteDomains(ctx).map(({ ref, domain }) => ({ path: `${ref.path}.domain`, params: { domain } })),
});

/** Until approval a new domain must not resolve (Huawei: disable DNS); an unfiled site already resolving is rejected (§2, §9.3: A1, A2, H1, T5, H8). */
export const domainNotResolving = rule({
  id: 'service.domain.not-resolving',
  appliesTo: { operations: NEW_SERVICE_OPERATIONS },
  severity: 'warning',
  step: 'services',
  source: ['§2', '§9.3', 'A1', 'A2', 'H1', 'T5', 'H8'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `备案通过前，域名 ${p.domain} 不能解析到境内服务器并开放访问（华为云建议先停用解析）；确认后勾选此项。`,
      `Until the filing is approved, ${p.domain} must not resolve to a mainland server and serve visitors (Huawei suggests disabling DNS first); tick this item when confirmed.`,
    ),
  check: (ctx) => websiteDomains(ctx).map(({ ref, domain }) => ({ path: `${ref.path}.domain`, params: { domain } })),
});
