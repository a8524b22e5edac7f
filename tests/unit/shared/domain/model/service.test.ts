import { describe, expect, it } from 'vitest';
import { Service, ServiceData, ServiceDraft } from '../../../../../src/shared/domain/model/service';
import { AppPlatform, isValidDigest, normalizeDigest } from '../../../../../src/shared/domain/model/app-platform';
import { meta, storedWebsite } from '../../../../fixtures/domain/builders';

const hex = (n: number) => 'a1'.repeat(n / 2);
const platform = (p: string, digest: string) => ({ platform: p, packageName: 'cn.example.app', publicKey: 'MIIB', signatureDigest: digest });
const storedApp = (kind: string, platforms: unknown[]) => ({
  ...meta('s-app'),
  kind,
  entityId: 'e-1',
  name: '示例记账',
  leaderId: 'p-1',
  contentCategories: ['other'],
  languages: ['zh-Hans'],
  platforms,
  domains: ['api.example.cn'],
  sdk: { usesThirdParty: true, names: ['友盟'] },
  lifecycle: { state: 'UNFILED', markers: [], history: [] },
});

describe('Service schema', () => {
  it('accepts a stored website', () => {
    expect(Service.safeParse(storedWebsite('s-1', 'e-1', 'example.cn')).success).toBe(true);
  });

  it('takes an Android MD5 (32 hex) and an iOS SHA-1 (40 hex) signature digest, not the other way round (O15, H4)', () => {
    expect(AppPlatform.safeParse(platform('android', hex(32))).success).toBe(true);
    expect(AppPlatform.safeParse(platform('ios', hex(40))).success).toBe(true);
    expect(AppPlatform.safeParse(platform('android', hex(40))).success).toBe(false);
    expect(AppPlatform.safeParse(platform('ios', hex(32))).success).toBe(false);
    expect(AppPlatform.safeParse(platform('android', 'g'.repeat(32))).success).toBe(false);
  });

  it('accepts MD5, SHA-1 or SHA-256 for HarmonyOS, whose algorithm no source names', () => {
    for (const n of [32, 40, 64]) expect(AppPlatform.safeParse(platform('harmonyos', hex(n))).success).toBe(true);
    expect(AppPlatform.safeParse(platform('harmonyos', hex(48))).success).toBe(false);
  });

  it('turns keytool output into bare hex', () => {
    const digest = normalizeDigest('A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90');
    expect(digest).toBe('a1b2c3d4e5f60718293a4b5c6d7e8f90');
    expect(isValidDigest('android', digest)).toBe(true);
  });

  it('wants at least one platform for an app but none for a mini-program (filed by its platform, O14)', () => {
    expect(Service.safeParse(storedApp('app', [platform('android', hex(32))])).success).toBe(true);
    expect(Service.safeParse(storedApp('app', [])).success).toBe(false);
    expect(Service.safeParse(storedApp('mini-program', [])).success).toBe(true);
  });

  it('refuses a content category or language outside the pick-lists', () => {
    const { id: _i, createdAt: _c, updatedAt: _u, entityId: _e, lifecycle: _l, ...data } = storedWebsite('s-1', 'e-1', 'example.cn');
    expect(ServiceData.safeParse({ ...data, contentCategories: ['gambling'] }).success).toBe(false);
    expect(ServiceData.safeParse({ ...data, languages: ['klingon'] }).success).toBe(false);
  });

  it('keeps drafts lenient but typed by kind', () => {
    expect(ServiceDraft.safeParse({ kind: 'website', id: 's-1', domain: 'a b' }).success).toBe(true);
    expect(ServiceDraft.safeParse({ kind: 'blog', id: 's-1' }).success).toBe(false);
  });
});
