import { serviceSuffixLetter } from '../../src/shared/domain/icp-number';
import type { FiledLifecycle } from '../../src/shared/domain/lifecycle-service';
import type { Access } from '../../src/shared/domain/model/access';
import type { AppPlatform } from '../../src/shared/domain/model/app-platform';
import type { ContentCategory } from '../../src/shared/domain/model/content-categories';
import type { Service, ServiceKind } from '../../src/shared/domain/model/service';
import type { ProviderId } from '../../src/shared/domain/model/providers';
import { unique, type UnitDraw } from './context';
import { PROVIDER_WEIGHTS } from './distributions';
import { hexDigest, providerCode, serverIp } from './identifiers';
import { APP_WORDS, BRANDS, ORG_SITE_PATTERNS, PERSONAL_SITE_PATTERNS, PERSONAL_WORDS } from './names';
import type { Rng } from './prng';
import { DAY, beijingDate, beijingInstant } from './time';

/** TLDs as agents see them: mostly .com/.cn, a tail of the newer ones (all on the approved list). */
const TLDS: readonly (readonly [string, number])[] = [
  ['com', 40], ['cn', 30], ['com.cn', 12], ['net', 8], ['top', 3], ['vip', 2], ['xyz', 1], ['tech', 1], ['cloud', 1], ['shop', 1], ['org', 1],
];
const SDKS = ['微信开放平台SDK', '支付宝SDK', '高德地图SDK', '极光推送SDK', '友盟统计SDK', '腾讯Bugly'] as const;

export interface ServiceParts {
  id: string;
  kind: ServiceKind;
  entityId: string;
  leaderId: string;
  createdMs: number;
  updatedMs: number;
  lifecycle: FiledLifecycle;
  /** The entity's number; the service number is this plus -N and the kind's letter. */
  entityNumber?: string;
  seq?: number;
  /** The firm's first website domain: apps call APIs under it. */
  ownDomain?: string;
  individual: boolean;
  givenName: string;
}

export function serviceNumber(entityNumber: string, seq: number, kind: ServiceKind): string {
  return `${entityNumber}-${seq}${serviceSuffixLetter(kind)}`;
}

/** A domain nobody else in the portfolio uses: brand pinyin, sometimes a second word or digits. */
export function newDomain(u: UnitDraw, base: string): string {
  const { rng } = u;
  return unique(u.ctx.taken.domains, (attempt) => {
    const tld = rng.weighted(TLDS);
    const word = attempt === 0 && rng.chance(0.5) ? base : `${base}${rng.pick(['', '-', ''])}${rng.pick(BRANDS)[1]}`;
    const tail = attempt > 2 ? String(rng.int(1, 999)) : '';
    return `${word}${tail}.${tld}`;
  });
}

function websiteName(u: UnitDraw, parts: ServiceParts, personal: readonly [string, string]): string {
  const { rng } = u;
  if (parts.individual) {
    return rng.pick(PERSONAL_SITE_PATTERNS).replace('{given}', parts.givenName).replace('{word}', personal[0]);
  }
  return rng.pick(ORG_SITE_PATTERNS).replace('{brand}', u.brand[0]).replace('{industry}', rng.pick(['科技', '资讯服务', '产品展示', '技术支持']));
}

function categories(rng: Rng, individual: boolean): ContentCategory[] {
  if (individual) return [rng.pick(['blog', 'other'] as const)];
  return [rng.pick(['organisation-portal', 'organisation-portal', 'shopping', 'web-building', 'advertising', 'other'] as const)];
}

function platforms(u: UnitDraw, pkg: string): AppPlatform[] {
  const { rng } = u;
  const android: AppPlatform = { platform: 'android', packageName: pkg, publicKey: `MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 40)}`, signatureDigest: hexDigest(rng, 32) };
  const list = [android];
  if (rng.chance(0.6)) list.push({ platform: 'ios', packageName: pkg, publicKey: `MIIFazCCBFOgAwIBAgII${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 24)}`, signatureDigest: hexDigest(rng, 40) });
  if (rng.chance(0.15)) list.push({ platform: 'harmonyos', packageName: pkg, publicKey: `MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 24)}`, signatureDigest: hexDigest(rng, 64) });
  return list;
}

export function makeService(u: UnitDraw, parts: ServiceParts): Service {
  const { rng } = u;
  const base = {
    id: parts.id,
    createdAt: beijingInstant(parts.createdMs),
    updatedAt: beijingInstant(parts.updatedMs),
    entityId: parts.entityId,
    leaderId: parts.leaderId,
    ...(parts.entityNumber && parts.seq !== undefined ? { icpNumber: serviceNumber(parts.entityNumber, parts.seq, parts.kind) } : {}),
    contentCategories: categories(rng, parts.individual),
    languages: rng.chance(0.15) ? (['zh-Hans', 'en'] as const).slice() : (['zh-Hans'] as const).slice(),
    preApprovals: [],
    lifecycle: parts.lifecycle,
  };
  const filedMs = parts.lifecycle.history[0] ? Date.parse(parts.lifecycle.history[0].at) : undefined;
  if (parts.kind === 'website') {
    const personal = rng.pick(PERSONAL_WORDS);
    const domain = parts.ownDomain ?? newDomain(u, parts.individual ? personal[1] : u.brand[1]);
    const live = parts.lifecycle.state === 'ACTIVE';
    return {
      ...base,
      kind: 'website',
      name: websiteName(u, parts, personal),
      domain,
      homepageUrl: `https://www.${domain}/`,
      // A few domains run out within three months of the base date: the deadline list must show them.
      domainExpiryDate: beijingDate(u.ctx.baseMs + (rng.chance(0.04) ? rng.int(3, 88) : rng.int(100, 900)) * DAY),
      ...(filedMs !== undefined ? { goLiveDate: beijingDate(filedMs + rng.int(1, 20) * DAY) } : {}),
      ...(live && rng.chance(0.4) ? { publicSecurityNumber: `${u.province.zhShort.slice(0, 1)}公网安备${u.region.district}${rng.digits(8)}号` } : {}),
    };
  }
  const word = rng.pick(APP_WORDS);
  const apiDomain = `api.${parts.ownDomain ?? newDomain(u, u.brand[1])}`;
  const appName = `${u.brand[0]}${word[0] || rng.pick(['', 'Pro', '生活'])}`;
  const sdk = rng.chance(0.6) ? { usesThirdParty: true, names: rng.shuffle(SDKS).slice(0, rng.int(1, 3)) } : { usesThirdParty: false, names: [] };
  if (parts.kind === 'app') {
    const pkg = unique(u.ctx.taken.packages, (attempt) => `com.${u.brand[1]}${attempt > 0 ? rng.int(2, 99) : ''}.${word[1]}`);
    return { ...base, kind: 'app', name: appName.length < 3 ? `${appName}App` : appName, platforms: platforms(u, pkg), domains: [apiDomain], sdk };
  }
  // Mini-programs and quick apps are filed by their platform, so no package list of our own (O14, H4).
  const suffix = parts.kind === 'mini-program' ? rng.pick(['小程序', '点餐', '预约', '商城']) : rng.pick(['快应用', '阅读', '工具']);
  return { ...base, kind: parts.kind, name: `${u.brand[0]}${suffix}`, platforms: [], domains: [apiDomain], sdk };
}

/**
 * Provider links of a service: one, sometimes two providers. A service that lost its access keeps
 * the records with `removedAt`; one that moved providers has an old removed link and a live one.
 */
export function makeAccesses(u: UnitDraw, service: Service, createdMs: number, removedMs: number | undefined): Access[] {
  const { rng } = u;
  const count = rng.chance(0.12) ? 2 : 1;
  const moved = removedMs === undefined && service.lifecycle.state === 'ACTIVE' && rng.chance(0.05);
  const out: Access[] = [];
  const providersUsed = new Set<ProviderId>();
  for (let i = 0; i < count + (moved ? 1 : 0); i++) {
    let providerId = rng.weighted(PROVIDER_WEIGHTS);
    if (providersUsed.has(providerId)) providerId = providerId === 'alibaba' ? 'tencent' : 'alibaba';
    providersUsed.add(providerId);
    const removedAt = removedMs !== undefined ? removedMs : moved && i === 0 ? createdMs + Math.floor((u.ctx.baseMs - createdMs) * 0.5) : undefined;
    out.push({
      id: rng.uuid(),
      createdAt: beijingInstant(createdMs),
      updatedAt: beijingInstant(removedAt ?? createdMs),
      serviceId: service.id,
      providerId,
      serviceCode: providerCode(rng, providerId),
      accessMethod: rng.weighted([['cloud', 85], ['virtual-host', 8], ['colocation', 4], ['dedicated-line', 2], ['other', 1]] as const),
      // Servers mostly in the entity's province or the big cloud regions.
      serverRegion: rng.chance(0.5) ? u.province.gbCode : rng.pick(['330000', '110000', '440000', '310000', '320000']),
      ips: rng.chance(0.2) ? [serverIp(rng), serverIp(rng)] : [serverIp(rng)],
      ...(removedAt !== undefined ? { removedAt: beijingInstant(removedAt) } : {}),
    });
  }
  return out;
}
