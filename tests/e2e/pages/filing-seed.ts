import type { Page } from '@playwright/test';
import { callApi } from '../support/api';

// Valid test identifiers (check characters computed by GB 32100 / GB 11643).
export const USCC = '91110105MA01Q8XK3N';
export const LEADER = { name: '张晨', idNumber: '110105198001010016', validFrom: '2020-01-01', mobile: '13912345678', emergencyPhone: '13812345679', email: 'zhang.chen@example.com' };
export const CODE = '32a43232-a888-88e8-b9ec-00888be81234';
export const ENTITY_NUMBER = '京ICP备2026000123号';
const SITE_LEADERS = [
  { name: '李一', certificateNumber: '110000199202020007', mobile: '13900139000', emergencyPhone: '13700137000', email: 'li.yi@example.com' },
  { name: '王二', certificateNumber: '110000199001010005', mobile: '13600136000', emergencyPhone: '13500135000', email: 'wang.er@example.com' },
];

const person = (p: { name: string; certificateNumber: string; mobile: string; emergencyPhone: string; email: string }) => ({
  ...p,
  certificateType: 'resident-id',
  certificateValidFrom: '2020-01-01',
  certificateValidUntil: 'long-term',
});

/**
 * A filed Beijing client (京ICP备2026000123号) with one website per domain (-1, -2…), each accessed at
 * Alibaba Cloud: set up through the API for the journeys that start from a filed client.
 */
export function seedFiled(page: Page, domains: readonly string[]): Promise<{ entityId: string; serviceIds: string[] }> {
  return callApi(page, 'portfolio:record-existing', {
    entity: {
      nature: 'enterprise',
      certificateType: 'uscc-certificate',
      certificateNumber: USCC,
      name: '北京已备案科技有限公司',
      region: { province: '110000', city: '110100', district: '110105' },
      certificateAddress: '北京市朝阳区光华路 9 号',
      mailingAddress: '北京市朝阳区光华路 9 号',
      leaderIsLegalRepresentative: true,
      overrides: [],
    },
    leader: { new: person({ name: LEADER.name, certificateNumber: LEADER.idNumber, mobile: LEADER.mobile, emergencyPhone: LEADER.emergencyPhone, email: LEADER.email }) },
    entityIcpNumber: ENTITY_NUMBER,
    services: domains.map((domain, i) => ({
      service: {
        kind: 'website',
        name: `已备案网站${i + 1}`,
        domain,
        homepageUrl: `https://${domain}/`,
        contentCategories: ['organisation-portal'],
        languages: ['zh-Hans'],
        preApprovals: [],
        icpNumber: `${ENTITY_NUMBER}-${i + 1}`,
      },
      leader: { new: person(SITE_LEADERS[i % SITE_LEADERS.length] ?? SITE_LEADERS[0]!) },
      access: { providerId: 'alibaba', serviceCode: CODE, accessMethod: 'cloud', serverRegion: '110000', ips: ['203.0.113.10'] },
    })),
  });
}

interface FilingDetailLike {
  filing: { id: string; updatedAt: string };
  findings: { severity: string; key: string; acknowledged?: boolean; overridden?: boolean }[];
  requiredDocuments: { kind: string; subjectId?: string }[];
}

export interface ReadyOptions {
  /** Replaces fields of the website as typed (a bad domain, a bad name…). */
  website?: Record<string, unknown>;
  /** Leave the warnings unticked. */
  acknowledge?: boolean;
}

/**
 * An initial filing of a new client typed through the API, every step filled as the wizard saves it,
 * the documents ticked and (by default) every warning acknowledged: ready to be recorded as submitted.
 */
export async function seedReadyFiling(page: Page, options: ReadyOptions = {}): Promise<{ id: string; detail: FilingDetailLike }> {
  const created = await callApi<FilingDetailLike>(page, 'filing:create', { operation: 'initial', providerId: 'alibaba' });
  let detail = created;
  const save = async (step: string, data: unknown) => {
    const saved = await callApi<{ detail: FilingDetailLike }>(page, 'filing:save-step', { id: detail.filing.id, step, data, validate: false, expectedUpdatedAt: detail.filing.updatedAt });
    detail = saved.detail;
  };
  await save('entity', {
    nature: 'enterprise',
    certificateType: 'uscc-certificate',
    certificateNumber: USCC,
    name: '北京晨曦科技有限公司',
    region: { province: '110000', city: '110100', district: '110105' },
    certificateAddress: '北京市朝阳区建国路 88 号',
    mailingAddress: '北京市朝阳区建国路 88 号',
    leaderIsLegalRepresentative: true,
    leaderId: 'leader-1',
    overrides: [],
  });
  await save('leaders', [
    { id: 'leader-1', name: LEADER.name, certificateType: 'resident-id', certificateNumber: LEADER.idNumber, certificateValidFrom: LEADER.validFrom, certificateValidUntil: 'long-term', mobile: LEADER.mobile, emergencyPhone: LEADER.emergencyPhone, email: LEADER.email },
  ]);
  await save('services', [
    {
      kind: 'website',
      id: 'site-1',
      name: '晨曦科技官网',
      leaderId: 'leader-1',
      domain: 'chenxi-tech.cn',
      homepageUrl: 'https://chenxi-tech.cn/',
      contentCategories: ['organisation-portal'],
      languages: ['zh-Hans'],
      preApprovals: [],
      ...options.website,
    },
  ]);
  await save('access', [{ serviceId: 'site-1', providerId: 'alibaba', serviceCode: CODE, accessMethod: 'cloud', serverRegion: '110000', ips: ['203.0.113.10'] }]);
  await save('documents', detail.requiredDocuments.map((d) => ({ kind: d.kind, provided: true, ...(d.subjectId ? { subjectId: d.subjectId } : {}) })));
  if (options.acknowledge !== false) {
    const codes = detail.findings.filter((f) => f.severity === 'warning' && !f.acknowledged && !f.overridden).map((f) => f.key);
    if (codes.length > 0) detail = await callApi<FilingDetailLike>(page, 'filing:acknowledge', { id: detail.filing.id, codes });
  }
  return { id: detail.filing.id, detail };
}

/** Opens a page of the running app by its in-app path ('/filings/…'). */
export async function openPath(page: Page, path: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#${path}`);
}
