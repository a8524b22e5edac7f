import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { EntityInput, PersonInput, ServiceInput } from '../../../../../src/shared/ipc/portfolio-schemas';
import type { AccessInput } from '../../../../../src/shared/ipc/portfolio-schemas';
import { PortfolioServices } from '../../../../../src/main/services/portfolio';
import { storeConfig } from '../../../../../src/main/services/store-config';
import { Store } from '../../../../../src/main/store';
import { MOBILE, REGION, RESIDENT_ID, SERVICE_CODE, USCC } from '../../../../fixtures/domain/values';

/** When these tests run: a Beijing morning in spring 2026 (plus a millisecond per clock reading). */
export const NOW = new Date('2026-03-02T04:00:00Z');

const dirs: string[] = [];
const stores: Store[] = [];

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface Harness {
  store: Store;
  dataDir: string;
  portfolio: PortfolioServices;
  /** Moves the clock of the store and the services (timestamps and deadline statuses). */
  setNow(date: Date): void;
}

/** A real store with the app's config in a temp directory, and the portfolio services over it. */
export async function openPortfolio(): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'icp-desk-portfolio-'));
  dirs.push(dataDir);
  // The clock ticks a millisecond per reading, so every commit has its own instant, as in real use.
  let base = NOW.getTime();
  let ticks = 0;
  const clock = () => new Date(base + ticks++);
  const store = await Store.open({ dataDir, config: storeConfig, idleCompactionMs: 0, now: clock });
  stores.push(store);
  const portfolio = new PortfolioServices({ store }, { now: clock });
  return {
    store,
    dataDir,
    portfolio,
    setNow: (d) => {
      base = d.getTime();
      ticks = 0;
    },
  };
}

export const personInput = (over: Partial<PersonInput> = {}): PersonInput => ({
  name: '张三',
  certificateType: 'resident-id',
  certificateNumber: RESIDENT_ID.beijing1990,
  certificateValidFrom: '2015-01-01',
  certificateValidUntil: 'long-term',
  mobile: MOBILE.a,
  emergencyPhone: MOBILE.c,
  email: 'zhangsan@example.com',
  ...over,
});

export const entityInput = (over: Partial<EntityInput> = {}): EntityInput => ({
  nature: 'enterprise',
  certificateType: 'business-licence',
  certificateNumber: USCC.beijing,
  name: '北京示例科技有限公司',
  region: { ...REGION.beijing },
  certificateAddress: '北京市朝阳区示例路1号',
  mailingAddress: '示例路1号2层',
  leaderIsLegalRepresentative: true,
  overrides: [],
  ...over,
});

type WebsiteInput = Extract<ServiceInput, { kind: 'website' }>;
type AppInput = Extract<ServiceInput, { kind: 'app' }>;

/** The fields given in `over` keep their own types, so `{ icpNumber: '…' }` makes a recordable service. */
export const websiteInput = <O extends Partial<WebsiteInput> = object>(over: O = {} as O): WebsiteInput & O => ({
  kind: 'website',
  name: '示例科技门户',
  domain: 'icpdesk-demo.cn',
  homepageUrl: 'https://www.icpdesk-demo.cn/',
  contentCategories: ['organisation-portal'],
  languages: ['zh-Hans'],
  preApprovals: [],
  ...over,
});

export const appInput = <O extends Partial<AppInput> = object>(over: O = {} as O): AppInput & O => ({
  kind: 'app',
  name: '示例记账',
  contentCategories: ['other'],
  languages: ['zh-Hans'],
  preApprovals: [],
  platforms: [{ platform: 'android', packageName: 'cn.example.ledger', publicKey: 'MIIBIjANBgkq', signatureDigest: '0123456789abcdef0123456789abcdef' }],
  domains: ['api.icpdesk-demo.cn'],
  sdk: { usesThirdParty: false, names: [] },
  ...over,
});

export const accessInput = (over: Partial<AccessInput> = {}): AccessInput => ({
  providerId: 'alibaba',
  serviceCode: SERVICE_CODE,
  accessMethod: 'cloud',
  serverRegion: '110000',
  ips: ['203.0.113.10'],
  ...over,
});

/** Expects a promise to reject with a ServiceError-like value and returns it for more checks. */
export async function rejection(promise: Promise<unknown>): Promise<{ code: string; issues?: { path: (string | number)[]; message: string }[]; userMessage: { 'zh-CN': string; en: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; issues?: { path: (string | number)[]; message: string }[]; userMessage: { 'zh-CN': string; en: string } };
  }
  throw new Error('expected a rejection');
}
