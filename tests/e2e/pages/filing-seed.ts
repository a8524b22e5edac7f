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
