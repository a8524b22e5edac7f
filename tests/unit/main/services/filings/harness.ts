import { mkdtempSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { FilingService } from '../../../../../src/main/services/filings';
import { PortfolioServices } from '../../../../../src/main/services/portfolio';
import { storeConfig } from '../../../../../src/main/services/store-config';
import { Store, type StoreIo } from '../../../../../src/main/store';
import type { Access } from '../../../../../src/shared/domain/model/access';
import type { Entity, EntityDraft } from '../../../../../src/shared/domain/model/entity';
import type { Filing } from '../../../../../src/shared/domain/model/filing';
import type { Service } from '../../../../../src/shared/domain/model/service';
import type { ChannelInput } from '../../../../../src/shared/ipc/contract';
import type { FilingDetail } from '../../../../../src/shared/ipc/filing-schemas';
import type { AccessInput, EntityInput, PersonInput } from '../../../../../src/shared/ipc/portfolio-schemas';
import { MOBILE, REGION, RESIDENT_ID, SERVICE_CODE, USCC } from '../../../../fixtures/domain/values';

/** The services' clock: a Beijing noon in spring 2026 (the domain fixtures' NOW). */

/** Distinct people have distinct ID numbers: the services' leaders are told apart by them. */
const SERVICE_LEADER_IDS = [RESIDENT_ID.beijing1992, RESIDENT_ID.guangdong1985, RESIDENT_ID.sichuan1995];
export const NOW = new Date('2026-03-02T04:00:00Z');

const dirs: string[] = [];
const stores: Store[] = [];

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface Harness {
  store: Store;
  portfolio: PortfolioServices;
  filings: FilingService;
  /** Makes the next journal append fail with ENOSPC (a full disk), as the store tests do. */
  failNextAppend(): void;
}

/** A real store with the app's config in a temp directory, the portfolio and filing services over it. */
export async function openFilings(): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'icp-desk-filings-'));
  dirs.push(dataDir);
  let failNext = false;
  const io: Partial<StoreIo> = {
    write: async (fd, data, position, path) => {
      if (failNext && path.endsWith('.jsonl')) {
        failNext = false;
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      }
      return writeSync(fd, data, 0, data.length, position);
    },
  };
  const store = await Store.open({ dataDir, config: storeConfig, idleCompactionMs: 0, now: () => NOW, io });
  stores.push(store);
  const portfolio = new PortfolioServices({ store }, { now: () => NOW });
  await store.transact('', (tx) => tx.put('settings', { id: 'app', language: 'en', theme: 'system', userName: '测试员' }));
  return { store, portfolio, filings: new FilingService(portfolio), failNextAppend: () => void (failNext = true) };
}

export const person = (over: Partial<PersonInput> = {}): PersonInput => ({
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

export const entity = (over: Partial<EntityInput> = {}): EntityInput => ({
  nature: 'enterprise',
  certificateType: 'business-licence',
  certificateNumber: USCC.beijing,
  name: '北京示例科技有限公司',
  region: { ...REGION.beijing },
  certificateAddress: '北京市朝阳区示例路1号',
  mailingAddress: '示例路1号2层',
  investor: '北京示例科技有限公司',
  leaderIsLegalRepresentative: true,
  overrides: [],
  ...over,
});

export const website = (domain: string, icpNumber: string, name = '示例科技门户') => ({
  kind: 'website' as const,
  name,
  domain,
  homepageUrl: `https://${domain}/`,
  contentCategories: ['organisation-portal' as const],
  languages: ['zh-Hans' as const],
  preApprovals: [],
  domainExpiryDate: '2028-01-31',
  icpNumber,
});

export const access = (over: Partial<AccessInput> = {}): AccessInput => ({
  providerId: 'alibaba',
  serviceCode: SERVICE_CODE,
  accessMethod: 'cloud',
  serverRegion: '110000',
  ips: ['203.0.113.10'],
  ...over,
});

export const ENTITY_NUMBER = '京ICP备2021000001号';

/**
 * A filed Beijing enterprise (京ICP备2021000001号) recorded through the portfolio service: one leader
 * for everything, and one website per domain given, numbered -1, -2…, each accessed at `providers[i]`.
 */
export async function recordFiled(h: Harness, domains: readonly string[], providers: readonly AccessInput['providerId'][] = []): Promise<{ entityId: string; serviceIds: string[] }> {
  return h.portfolio.recordExisting.record({
    entity: entity(),
    leader: { new: person() },
    entityIcpNumber: ENTITY_NUMBER,
    services: domains.map((d, i) => ({
      service: website(d, `${ENTITY_NUMBER}-${i + 1}`, `示例网站${i + 1}`),
      leader: { new: person({ name: `李${i}`, certificateNumber: SERVICE_LEADER_IDS[i % SERVICE_LEADER_IDS.length] ?? RESIDENT_ID.beijing1992, mobile: MOBILE.b, email: `li${i}@example.com` }) },
      access: access({ providerId: providers[i] ?? 'alibaba' }),
    })),
  });
}

export const entityOf = (h: Harness, id: string): Entity => h.store.get<Entity>('entities', id) as Entity;
export const serviceOf = (h: Harness, id: string): Service => h.store.get<Service>('services', id) as Service;
export const accessesOf = (h: Harness, serviceId: string): Access[] => [...h.store.list<Access>('accesses')].filter((a) => a.serviceId === serviceId);
export const filingOf = (h: Harness, id: string): Filing => h.store.get<Filing>('filings', id) as Filing;

/** A ServiceError-like rejection, returned for more checks. */
export async function rejection(promise: Promise<unknown>): Promise<{ code: string; issues?: { path: (string | number)[]; message: string }[]; userMessage: { 'zh-CN': string; en: string }; ref?: { kind: string; id: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as Awaited<ReturnType<typeof rejection>>;
  }
  throw new Error('expected a rejection');
}

/** Event instants after the clock, one hour apart, so the lifecycle accepts them in order. */
export const at = (hour: number): string => `2026-03-03T${String(hour).padStart(2, '0')}:00:00+08:00`;

/** Ticks every open warning, fails the test on any error, then submits. */
export async function submitClean(h: Harness, id: string, when = at(9)): Promise<FilingDetail> {
  const detail = h.filings.get(id);
  const errors = detail.findings.filter((f) => f.severity === 'error' && !f.overridden);
  expect(errors.map((f) => `${f.path ?? ''}: ${f.message.en}`)).toEqual([]);
  const warnings = detail.findings.filter((f) => f.severity === 'warning' && !f.acknowledged && !f.overridden).map((f) => f.key);
  if (warnings.length > 0) await h.filings.acknowledge({ id, codes: warnings });
  return h.filings.recordEvent({ id, event: 'submit', at: when });
}

/** From provider review to the 管局's decision (with the SMS check where the operation has one). */
export async function throughReview(h: Harness, id: string): Promise<void> {
  await h.filings.recordEvent({ id, event: 'provider-approve', at: at(10), providerOrderNumber: 'ORDER-2026-1' });
  const d = await h.filings.recordEvent({ id, event: 'submit-to-admin', at: at(11) });
  if (d.filing.state === 'SMS_VERIFICATION') {
    await h.filings.recordEvent({ id, event: 'sms-sent', at: at(12) });
    await h.filings.recordEvent({ id, event: 'sms-verified', at: at(13) });
  }
}

/** A modification of a filed entity's mailing address, submitted and through review up to the 管局's decision. */
export async function modificationUnderReview(h: Harness): Promise<{ id: string; entityId: string }> {
  const { entityId } = await recordFiled(h, ['site.example.cn']);
  const created = await h.filings.create({ operation: 'modify', entityId });
  const id = created.filing.id;
  const entity = { ...(created.filing.data.entity as EntityDraft), mailingAddress: '示例路9号' };
  const d = (await h.filings.saveStep({ id, step: 'entity', data: entity, validate: true, expectedUpdatedAt: created.filing.updatedAt })).detail;
  const documents = d.requiredDocuments.map((r) => ({ kind: r.kind, provided: true, ...(r.subjectId ? { subjectId: r.subjectId } : {}) }));
  await h.filings.saveStep({ id, step: 'documents', data: documents, validate: false, expectedUpdatedAt: d.filing.updatedAt });
  await submitClean(h, id);
  await throughReview(h, id);
  return { id, entityId };
}

export type EventInput = ChannelInput<'filing:record-event'>;
