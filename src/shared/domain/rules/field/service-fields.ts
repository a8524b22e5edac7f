import { WEBSITE_NAME_WORDS_DATA } from '../../data/website-name-words';
import type { Finding } from '../../finding';
import { isValidDigest, normalizeDigest } from '../../model/app-platform';
import { REFERENCE_AS_OF } from '../../model/reference-date';
import type { ServiceDraft } from '../../model/service';
import { PROVINCES } from '../../provinces';
import { checkDomain } from '../../validators/domain';
import { checkHomepageUrl } from '../../validators/homepage-url';
import { toHalfWidth } from '../../validators/text-normalize';
import { checkWebsiteName } from '../../validators/website-name';
import { hitsOf, present, rule, text } from '../helpers';
import type { RuleHit } from '../types';

/** What people type between several domains in one field. */
const SEPARATORS = /[\s,;，；、]+/;
export const domainsIn = (value: string): string[] => value.split(SEPARATORS).filter((d) => d !== '');

/** One domain per website since 2019-04-22 (工信管函〔2019〕633号); other prefixes are other websites (§4.2: O9, A24). */
export const websiteOneDomain = rule({
  id: 'service.website.one-domain',
  appliesTo: {},
  severity: 'error',
  step: 'services',
  source: ['§4.2', 'O9', 'A24', 'H7'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `一个网站只能填写一个域名（2019-04-22 起），这里填了 ${p.count} 个；请每个域名各建一个网站。`,
      `A website has exactly one domain (since 2019-04-22) but ${p.count} were entered here; add one website per domain.`,
    ),
  check: ({ services }) =>
    services.flatMap(({ service, path }): RuleHit[] => {
      if (service.kind !== 'website' || !present(service.domain)) return [];
      const count = domainsIn(service.domain).length;
      return count > 1 ? [{ path: `${path}.domain`, params: { count } }] : [];
    }),
});

/** Domain syntax and the approved-TLD list (§6.5: T5, A10, T14). */
export const serviceDomain = rule({
  id: 'service.domain',
  appliesTo: {},
  severity: 'error',
  step: 'services',
  source: ['§6.5', 'T5', 'A10', 'A11', 'T14'],
  asOf: REFERENCE_AS_OF,
  message: text('域名有误，请更正。', 'The domain is wrong; correct it.'),
  check: ({ services }) =>
    services.flatMap(({ service, path }): RuleHit[] => {
      if (service.kind === 'website') {
        const domain = service.domain;
        return present(domain) && domainsIn(domain).length === 1 ? hitsOf(checkDomain(domain), `${path}.domain`) : [];
      }
      return (service.domains ?? []).flatMap((d, j) => (present(d) ? hitsOf(checkDomain(d), `${path}.domains.${j}`) : []));
    }),
});

/** The homepage URL must lie under the filed domain (§4.2: H1, T8; §6.5). */
export const websiteHomepage = rule({
  id: 'service.homepage-url',
  appliesTo: {},
  severity: 'error',
  step: 'services',
  source: ['§4.2', '§6.5', 'H1', 'T8'],
  asOf: REFERENCE_AS_OF,
  message: text('首页网址必须位于该网站的域名下，请更正。', 'The homepage URL must be under the website’s domain; correct it.'),
  check: ({ services }) =>
    services.flatMap(({ service, path }): RuleHit[] =>
      service.kind === 'website' && present(service.homepageUrl) && present(service.domain) && domainsIn(service.domain).length === 1
        ? hitsOf(checkHomepageUrl(service.homepageUrl, service.domain), `${path}.homepageUrl`)
        : [],
    ),
});

/**
 * The pre-approval categories the validator's name words hit, in the order it reports them, so a
 * name-implies-approval warning can be dropped when the website declares that approval.
 */
function impliedCategories(name: string): string[] {
  const upper = toHalfWidth(name).trim().toUpperCase();
  return WEBSITE_NAME_WORDS_DATA.preApprovalKeywords.filter((c) => c.words.some((w) => upper.includes(w))).map((c) => c.category);
}

function withoutCoveredApprovals(findings: Finding[], service: ServiceDraft, name: string): Finding[] {
  const declared = new Set<string | undefined>((service.preApprovals ?? []).map((p) => p.category));
  const categories = impliedCategories(name);
  let i = 0;
  return findings.filter((f) => {
    if (f.code !== 'website-name.pre-approval') return true;
    const category = categories[i++];
    return category === undefined || !declared.has(category);
  });
}

/** Website-name rules (§4.2: T5, T11, H8, O8); names implying content need the pre-approval (O8). */
export const websiteName = rule({
  id: 'service.website-name',
  appliesTo: {},
  severity: 'error',
  step: 'services',
  source: ['§4.2', 'T5', 'T11', 'H8', 'O8', 'O-bk'],
  asOf: REFERENCE_AS_OF,
  message: text('网站名称不符合命名要求，请修改。', 'The website name breaks the naming rules; change it.'),
  check: ({ services, nature, province }) =>
    services.flatMap(({ service, path }): RuleHit[] => {
      if (service.kind !== 'website' || !present(service.name)) return [];
      // Until the nature is chosen, name checks run as for an enterprise (no personal-site word lists).
      const findings = checkWebsiteName(service.name, {
        nature: nature ?? 'enterprise',
        ...(province ? { province } : {}),
        ...(present(service.domain) ? { domain: service.domain } : {}),
      });
      return hitsOf(withoutCoveredApprovals(findings, service, service.name), `${path}.name`);
    }),
});

/** Signature digest: Android MD5 (32 hex), iOS SHA-1 (40 hex) (§4.3: O15, H4). */
export const appSignatureDigest = rule({
  id: 'service.app.signature-digest',
  appliesTo: {},
  severity: 'error',
  step: 'services',
  source: ['§4.3', 'O15', 'H4', 'O16'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    p.normalized
      ? text(
          `签名摘要请填写不带冒号和空格的十六进制：${p.normalized}`,
          `Enter the signature digest as bare hexadecimal without colons or spaces: ${p.normalized}`,
        )
      : text(
          `${p.platform} 平台的签名摘要应为 ${p.lengths} 位十六进制（Android 为证书 MD5，iOS 为证书 SHA-1），请从签名证书重新复制。`,
          `The ${p.platform} signature digest must be ${p.lengths} hexadecimal characters (Android: certificate MD5, iOS: certificate SHA-1); copy it again from the signing certificate.`,
        ),
  check: ({ services }) =>
    services.flatMap(({ service, path }): RuleHit[] => {
      if (service.kind === 'website') return [];
      return (service.platforms ?? []).flatMap((p, j): RuleHit[] => {
        if (!p.platform || !present(p.signatureDigest) || isValidDigest(p.platform, p.signatureDigest)) return [];
        const normalized = normalizeDigest(p.signatureDigest);
        const lengths = p.platform === 'android' ? '32' : p.platform === 'ios' ? '40' : '32/40/64';
        return [
          {
            path: `${path}.platforms.${j}.signatureDigest`,
            params: isValidDigest(p.platform, normalized) ? { normalized } : { platform: p.platform, lengths },
          },
        ];
      });
    }),
});

const PSB_PREFIX = PROVINCES.map((p) => p.abbreviations[0]).join('');
/** `<prov>公网安备<digits>号`; observed digit counts 12–14 [low] (§5: T6). */
const PSB_NUMBER = new RegExp(`^[${PSB_PREFIX}]公网安备\\d{12,14}号$`);

export const websitePublicSecurityNumber = rule({
  id: 'service.public-security-number',
  appliesTo: {},
  severity: 'warning',
  step: 'services',
  source: ['§5', '§8', 'T6'],
  asOf: REFERENCE_AS_OF,
  message: text(
    '公安备案号通常形如“京公网安备11000000000000号”（省简称 + 公网安备 + 12–14位数字 + 号）；请对照全国互联网安全管理服务平台的记录核对。',
    'A public-security number usually looks like 京公网安备11000000000000号 (province + 公网安备 + 12–14 digits + 号); check it against the record on the public-security platform.',
  ),
  check: ({ services }) =>
    services.flatMap(({ service, path }): RuleHit[] =>
      service.kind === 'website' && present(service.publicSecurityNumber) && !PSB_NUMBER.test(toHalfWidth(service.publicSecurityNumber).replace(/\s/g, ''))
        ? [{ path: `${path}.publicSecurityNumber` }]
        : [],
    ),
});
