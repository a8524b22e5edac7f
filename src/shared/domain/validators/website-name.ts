import { parse } from 'tldts';
import { text, type Finding } from '../finding';
import { REGIONS_GBT2260_DATA } from '../data/regions-gbt2260';
import { WEBSITE_NAME_WORDS_DATA } from '../data/website-name-words';
import type { EntityNature } from '../natures';
import { PROVINCES, type Province } from '../provinces';
import { normalizeDomain, registrableDomain } from './domain';
import { toHalfWidth } from './text-normalize';

/**
 * Website-name rules (domain-reference §4.2; T5, T11, H8, O8, O-bk, O-qing). Format failures
 * (empty, too short, only Latin letters/digits, special symbols, the domain itself) are errors;
 * word-list hits are warnings because provinces differ and the lists are incomplete (§11).
 */

export interface WebsiteNameContext {
  nature: EntityNature;
  /** Not used by the rules yet (no province-specific naming rule is documented); kept for the rule engine. */
  province?: Province;
  /** The filed domain, to catch a name that is just the domain (T5, T11). */
  domain?: string;
}

/** Han characters, Latin letters, digits, spaces and the tolerated ( ) - (T5; "( ) -" per a third party). */
const ALLOWED_CHAR = /[\p{Script=Han}A-Za-z0-9()\-\s]/u;
const HAN = /\p{Script=Han}/u;
const ONLY_LATIN_OR_DIGITS = /^[A-Za-z0-9\s()-]+$/;
/** Huawei suggests 3–10 characters for personal sites (H8). */
const PERSONAL_MAX_LENGTH = 10;
/** Natures that may be national-level bodies allowed to use 中国/国家… prefixes (T5). */
const MAY_BE_NATIONAL: ReadonlySet<EntityNature> = new Set(['government', 'defense', 'public-institution']);

/** City names that are also everyday words; matching their stems would flag ordinary names. */
const COMMON_WORD_STEMS = new Set(['朝阳', '安康', '白银', '大同', '中山', '普洱', '长治']);

/** Province and prefecture names, with and without 省/市/地区/盟 (H8: place names in personal names). */
const PLACE_NAMES: readonly string[] = (() => {
  const names = new Set<string>();
  for (const p of PROVINCES) {
    names.add(p.zh);
    names.add(p.zhShort);
  }
  for (const cities of Object.values(REGIONS_GBT2260_DATA.provinces)) {
    for (const [, name] of cities) {
      if (name === '市辖区' || name === '县' || name.includes('直辖')) continue;
      names.add(name);
      const stem = name.replace(/(市|地区|盟)$/, '');
      if (stem !== name && [...stem].length >= 2 && !COMMON_WORD_STEMS.has(stem)) names.add(stem);
    }
  }
  // Longest first so that the reported word is the most specific one.
  return [...names].sort((a, b) => b.length - a.length);
})();

const list = (words: readonly string[]): string => words.join('、');
const listEn = (words: readonly string[]): string => words.join(', ');

function isTheDomain(name: string, domain: string | undefined): boolean {
  // A name that is itself a registrable host name (ASCII or IDN, e.g. 例子.中国) is a domain.
  const asHost = /[.。．｡]/.test(name) ? normalizeDomain(name) : null;
  if (asHost !== null) {
    const info = parse(asHost);
    if (info.isIcann === true && info.domain !== null) return true;
  }
  if (domain === undefined) return false;
  const host = normalizeDomain(domain);
  const registrable = registrableDomain(domain);
  if (host === null) return false;
  const lower = name.toLowerCase().replace(/\s+/g, '');
  if (lower === host || lower === registrable) return true;
  // The name is the domain's own label ('example' for example.com.cn, '例子' for 例子.中国).
  const suffix = registrable ? parse(registrable).publicSuffix : null;
  return suffix !== null && !lower.includes('.') && normalizeDomain(`${lower}.${suffix}`) === registrable;
}

export function checkWebsiteName(name: string, ctx: WebsiteNameContext): Finding[] {
  const value = toHalfWidth(name).trim();
  if (value === '') {
    return [{ code: 'website-name.empty', severity: 'error', message: text('请填写网站名称。', 'Enter a website name.') }];
  }
  if (isTheDomain(value, ctx.domain)) {
    return [
      {
        code: 'website-name.is-domain',
        severity: 'error',
        message: text(
          '网站名称不能是域名本身；请用能概括网站内容的中文名称，单位网站建议用单位全称或简称。',
          'The website name cannot be the domain itself; use a Chinese name that describes the content (organisations: their full or short name).',
        ),
      },
    ];
  }
  const findings: Finding[] = [];
  const chars = [...value];
  const individual = ctx.nature === 'individual';

  if (chars.length < 3) {
    findings.push({
      code: 'website-name.too-short',
      severity: 'error',
      message: text('网站名称至少3个字，建议使用3个以上汉字。', 'A website name needs at least 3 characters; use 3 or more Chinese characters.'),
    });
  }
  if (ONLY_LATIN_OR_DIGITS.test(value)) {
    findings.push({
      code: 'website-name.latin-or-digits-only',
      severity: 'error',
      message: text('网站名称不能只由数字或英文字母组成，请使用中文名称。', 'A website name cannot consist only of digits or Latin letters; use a Chinese name.'),
    });
  }
  const specials = [...new Set(chars.filter((ch) => !ALLOWED_CHAR.test(ch)))];
  if (specials.length > 0) {
    findings.push({
      code: 'website-name.special-symbol',
      severity: 'error',
      message: text(
        `网站名称不能含特殊符号：${specials.join(' ')}。只可使用汉字、字母、数字及括号、短横线。`,
        `A website name cannot contain special symbols: ${specials.join(' ')}. Use only Chinese characters, letters, digits, brackets and hyphens.`,
      ),
    });
  }
  const hanCount = chars.filter((ch) => HAN.test(ch)).length;
  if (chars.length >= 3 && hanCount < 3 && !ONLY_LATIN_OR_DIGITS.test(value)) {
    findings.push({
      code: 'website-name.few-chinese',
      severity: 'warning',
      message: text('多数接入商要求网站名称至少含3个汉字，建议补充中文。', 'Most providers require at least 3 Chinese characters in a website name; add Chinese words.'),
    });
  }
  if (individual && chars.length > PERSONAL_MAX_LENGTH) {
    findings.push({
      code: 'website-name.personal-too-long',
      severity: 'warning',
      message: text(
        `个人网站名称建议3–10个字，当前为${chars.length}个字。`,
        `Personal website names should have 3–10 characters; this one has ${chars.length}.`,
      ),
    });
  }

  const upper = value.toUpperCase();
  const sensitive: string[] = WEBSITE_NAME_WORDS_DATA.sensitiveWords.map((w): string => w.word).filter((w) => upper.includes(w));
  if (sensitive.length > 0) {
    findings.push({
      code: 'website-name.sensitive-word',
      severity: 'warning',
      message: text(
        `网站名称含敏感词：${list(sensitive)}，通常会被驳回；请更换名称。`,
        `The website name contains sensitive words (${listEn(sensitive)}) and is usually rejected; choose another name.`,
      ),
    });
  }
  const prefix = WEBSITE_NAME_WORDS_DATA.reservedPrefixes.map((w) => w.word).find((w) => value.startsWith(w) && !sensitive.includes(w));
  if (prefix !== undefined) {
    findings.push(
      MAY_BE_NATIONAL.has(ctx.nature)
        ? {
            code: 'website-name.reserved-prefix',
            severity: 'warning',
            message: text(
              `以“${prefix}”开头的网站名称仅限国家级单位使用；如本单位不是国家级单位，请更换名称。`,
              `Names starting with "${prefix}" are reserved for national-level bodies; change the name unless this is a national-level body.`,
            ),
          }
        : {
            code: 'website-name.reserved-prefix',
            severity: 'warning',
            message: text(
              `非国家级单位的网站名称不能以“${prefix}”开头，通常会被驳回；如名称就是证件上的单位全称，请在备注中说明，否则请更换名称。`,
              `Only national-level bodies may start a website name with "${prefix}"; it is usually rejected. If it is the registered name on the certificate, explain this in the remarks; otherwise change the name.`,
            ),
          },
    );
  }

  const approvals = WEBSITE_NAME_WORDS_DATA.preApprovalKeywords
    .map((c) => ({ category: c, words: c.words.filter((w) => upper.includes(w)) }))
    .filter((hit) => hit.words.length > 0);
  const approvalWords = new Set<string>(approvals.flatMap((hit) => hit.words));
  for (const { category, words } of approvals) {
    findings.push(
      individual
        ? {
            code: 'website-name.personal-pre-approval',
            severity: 'warning',
            message: text(
              `名称中的“${list(words)}”意味着${category.zh}类内容，需要前置审批，而个人无法取得该审批；请改用与个人内容相符的名称。`,
              `"${listEn(words)}" in the name implies ${category.en} content, which needs a pre-approval that individuals cannot obtain; choose a name matching personal content.`,
            ),
          }
        : {
            code: 'website-name.pre-approval',
            severity: 'warning',
            message: text(
              `名称中的“${list(words)}”意味着${category.zh}类内容，需要先取得${category.zh}前置审批，并在网站信息中填写审批号；如网站不涉及此类内容，请更换名称。`,
              `"${listEn(words)}" in the name implies ${category.en} content, which needs a ${category.en} pre-approval entered with the website details; if the site has no such content, change the name.`,
            ),
          },
    );
  }

  if (individual) {
    const banned = WEBSITE_NAME_WORDS_DATA.personalBannedWords.map((w) => w.word).filter((w) => upper.includes(w) && !approvalWords.has(w));
    if (banned.length > 0) {
      findings.push({
        code: 'website-name.personal-banned-word',
        severity: 'warning',
        message: text(
          `个人网站名称不能含“${list(banned)}”等企业、组织或经营性词语；请改用描述个人内容的名称。`,
          `A personal website name cannot contain company, organisation or commercial words such as ${listEn(banned)}; use a name describing personal content.`,
        ),
      });
    }
    const place = PLACE_NAMES.find((p) => value.includes(p));
    if (place !== undefined) {
      findings.push({
        code: 'website-name.personal-place-name',
        severity: 'warning',
        message: text(
          `个人网站名称不宜含地名（“${place}”），常被驳回；如不是地名可忽略，否则请更换名称。`,
          `Personal website names should not contain place names ("${place}"); they are often rejected. Ignore this if it is not a place name, otherwise change the name.`,
        ),
      });
    }
  }
  return findings;
}
