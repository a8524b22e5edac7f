import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../src/shared/domain/model/person';
import type { Service } from '../../../../src/shared/domain/model/service';
import { escapeHtml, footerHtml, footerNumber, publicSecurityLink, serviceObligations, type Obligation } from '../../../../src/shared/domain/obligations';
import { leader, meta, storedPerson, storedWebsite } from '../../../fixtures/domain/builders';
import { REGION } from '../../../fixtures/domain/values';

const NOW = new Date('2026-03-02T04:00:00Z');
const BEIJING = { icpNumber: '京ICP备2024000001号', region: { ...REGION.beijing } };
const GUANGDONG = { icpNumber: '粤ICP备2024000001号', region: { ...REGION.guangdong } };

const website = (over: Partial<Extract<Service, { kind: 'website' }>> = {}): Extract<Service, { kind: 'website' }> =>
  ({ ...storedWebsite('s1', 'e1', 'icpdesk-demo.cn'), icpNumber: '京ICP备2024000001号-1', ...over }) as Extract<Service, { kind: 'website' }>;

const app = (over: Partial<Extract<Service, { kind: 'app' }>> = {}): Service => ({
  ...meta('a1'),
  kind: 'app',
  entityId: 'e1',
  name: '示例记账',
  leaderId: 'p1',
  contentCategories: ['other'],
  languages: ['zh-Hans'],
  preApprovals: [],
  platforms: [{ platform: 'android', packageName: 'cn.example.ledger', publicKey: 'MIIB', signatureDigest: '0123456789abcdef0123456789abcdef' }],
  domains: [],
  sdk: { usesThirdParty: false, names: [] },
  icpNumber: '京ICP备2024000001号-2A',
  lifecycle: { state: 'ACTIVE', markers: [], history: [] },
  ...over,
});

const person = (over: Partial<Person> = {}): Person => ({ ...storedPerson(leader('p1')), ...over });
const ofKind = (list: Obligation[], kind: Obligation['kind']) => list.filter((o) => o.kind === kind);

describe('footer HTML', () => {
  it('links the website number to beian.miit.gov.cn outside Guangdong', () => {
    expect(footerHtml({ icpNumber: '京ICP备2024000001号-1' }, BEIJING)).toBe(
      '<a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">京ICP备2024000001号-1</a>',
    );
  });

  it('shows the entity number, not the website number, in Guangdong (§5, A12, H5)', () => {
    expect(footerHtml({ icpNumber: '粤ICP备2024000001号-3' }, GUANGDONG)).toBe(
      '<a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">粤ICP备2024000001号</a>',
    );
    expect(footerNumber('粤B2-20090059-5', GUANGDONG)).toBe('粤B2-20090059');
  });

  it('adds the 公网安备 number linked to its MPS query page once it is recorded', () => {
    expect(footerHtml({ icpNumber: '京ICP备2024000001号-1', publicSecurityNumber: '京公网安备11000002000001号' }, BEIJING)).toBe(
      '<a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">京ICP备2024000001号-1</a>\n' +
        '<a href="https://beian.mps.gov.cn/#/query/webSearch?code=11000002000001" target="_blank" rel="noopener">京公网安备11000002000001号</a>',
    );
  });

  it('prints the canonical number whatever noise it was recorded with', () => {
    expect(footerHtml({ icpNumber: ' 京ICP备２０２４000001号－1 ' }, BEIJING)).toBe(
      '<a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">京ICP备2024000001号-1</a>',
    );
  });

  it('escapes everything it prints, so a recorded value cannot break out of the markup', () => {
    const html = footerHtml({ icpNumber: '<script>alert("x")</script>', publicSecurityNumber: '京公网安备1100"><img src=x>号' }, BEIJING);
    expect(html).toBe(
      '<a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</a>\n' +
        '<a href="https://beian.mps.gov.cn/#/query/webSearch?code=1100" target="_blank" rel="noopener">京公网安备1100&quot;&gt;&lt;imgsrc=x&gt;号</a>',
    );
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
    expect(publicSecurityLink('京公网安备 1100 0002 000001号')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=11000002000001');
  });
});

describe('service obligations', () => {
  it('a filed website owes its footer; the entry carries the exact HTML and its sources', () => {
    const [footer] = ofKind(serviceObligations({ service: website(), entity: BEIJING, leaders: [] }, NOW), 'footer');
    expect(footer).toMatchObject({
      serviceId: 's1',
      status: 'action',
      displayText: '京ICP备2024000001号-1',
      link: 'https://beian.miit.gov.cn/',
      footerHtml: '<a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">京ICP备2024000001号-1</a>',
    });
    expect(footer?.source).toEqual(expect.arrayContaining(['§8', 'A12', 'H5']));
    expect(footer?.detail['zh-CN']).toContain('京ICP备2024000001号-1');
    expect(footer?.detail.en).toContain('beian.miit.gov.cn');
  });

  it('an app shows its number in settings or about with a link (H4, O17), not in a footer', () => {
    const list = serviceObligations({ service: app(), entity: BEIJING, leaders: [] }, NOW);
    expect(ofKind(list, 'footer')).toEqual([]);
    expect(ofKind(list, 'app-display')[0]).toMatchObject({ displayText: '京ICP备2024000001号-2A', link: 'https://beian.miit.gov.cn/', source: ['§8', 'H4', 'O17'] });
  });

  it('nothing to show before the number exists or after it is cancelled', () => {
    expect(ofKind(serviceObligations({ service: website({ icpNumber: undefined }), entity: BEIJING, leaders: [] }, NOW), 'footer')).toEqual([]);
    const cancelled = website({ lifecycle: { state: 'CANCELLED', markers: [], history: [] } });
    expect(ofKind(serviceObligations({ service: cancelled, entity: BEIJING, leaders: [] }, NOW), 'footer')).toEqual([]);
    expect(ofKind(serviceObligations({ service: cancelled, entity: BEIJING, leaders: [] }, NOW), 'public-security')).toEqual([]);
  });

  it('the 公安 filing: a reminder to record the go-live date, a deadline 30 days after it (T6), done once the number is recorded', () => {
    const noDate = ofKind(serviceObligations({ service: website(), entity: BEIJING, leaders: [] }, NOW), 'public-security');
    expect(noDate).toMatchObject([{ status: 'action' }]);
    const live = ofKind(serviceObligations({ service: website({ goLiveDate: '2026-02-05' }), entity: BEIJING, leaders: [] }, NOW), 'public-security');
    // 30 calendar days from 2026-02-05, ending at midnight Beijing time; the last 7 days are due-soon.
    expect(live).toMatchObject([{ status: 'due-soon', dueAt: '2026-03-07T15:59:59.999Z', deadlineKind: 'public-security-filing' }]);
    expect(live[0]?.source).toContain('T6');
    const late = ofKind(serviceObligations({ service: website({ goLiveDate: '2026-01-01' }), entity: BEIJING, leaders: [] }, NOW), 'public-security');
    expect(late[0]?.status).toBe('overdue');
    const done = ofKind(serviceObligations({ service: website({ goLiveDate: '2026-01-01', publicSecurityNumber: '京公网安备11000002000001号' }), entity: BEIJING, leaders: [] }, NOW), 'public-security');
    expect(done).toMatchObject([{ status: 'done', displayText: '京公网安备11000002000001号', link: 'https://beian.mps.gov.cn/#/query/webSearch?code=11000002000001' }]);
  });

  it('domain expiry and each leader certificate expiry once; long-term documents never expire', () => {
    const leaders = [person({ id: 'p1', certificateValidUntil: '2026-04-30' }), person({ id: 'p1', certificateValidUntil: '2026-04-30' }), person({ id: 'p2', name: '李四', certificateValidUntil: 'long-term' })];
    const list = serviceObligations({ service: website({ domainExpiryDate: '2026-12-31' }), entity: BEIJING, leaders }, NOW);
    expect(ofKind(list, 'domain-expiry')).toMatchObject([{ status: 'ok', deadlineKind: 'domain-expiry', dueAt: '2026-12-31T15:59:59.999Z' }]);
    expect(ofKind(list, 'leader-certificate-expiry')).toMatchObject([{ status: 'due-soon', deadlineKind: 'document-expiry', dueAt: '2026-04-30T15:59:59.999Z' }]);
  });

  it('lists the number to show first, then dated obligations soonest first', () => {
    const list = serviceObligations(
      { service: website({ goLiveDate: '2026-02-10', domainExpiryDate: '2026-03-05' }), entity: BEIJING, leaders: [person({ certificateValidUntil: '2026-06-30' })] },
      NOW,
    );
    expect(list.map((o) => o.kind)).toEqual(['footer', 'domain-expiry', 'public-security', 'leader-certificate-expiry']);
  });
});
