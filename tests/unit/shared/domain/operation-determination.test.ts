import { describe, expect, it } from 'vitest';
import { determineOperation, type Determination, type DetermineInput } from '../../../../src/shared/domain/operation-determination';
import { createInMemoryPortfolio, type PortfolioArrays } from '../../../../src/shared/domain/rules/in-memory-portfolio';
import type { z } from 'zod';
import { storedAccess, storedEntity, storedFiling, storedWebsite } from '../../../fixtures/domain/builders';
import { USCC } from '../../../fixtures/domain/values';

/**
 * determineOperation decides the way the providers do (domain-reference §2: A2, T10, H1): from the
 * entity's certificate number and the domain against the portfolio, asking only what the portfolio
 * cannot know. The portfolio below: e-here (filed, its site accessed at Alibaba), e-away (filed, its
 * site accessed at Tencent only), e-two (filed, two sites: one at Alibaba and Tencent, one at Alibaba).
 */

const portfolio: PortfolioArrays = {
  entities: [
    storedEntity('e-here'),
    storedEntity('e-away', { certificateNumber: USCC.beijing2, name: '北京别处科技有限公司', icpNumber: '京ICP备2021000002号' }),
    storedEntity('e-two', { certificateNumber: USCC.guangdong, name: '广州两站科技有限公司', icpNumber: '京ICP备2021000003号' }),
    storedEntity('e-shell', { certificateNumber: USCC.jiangsu, name: '空壳科技有限公司', icpNumber: '京ICP备2021000004号' }, 'SHELL'),
  ],
  services: [
    storedWebsite('s-here', 'e-here', 'here.example.cn'),
    storedWebsite('s-away', 'e-away', 'away.example.cn'),
    storedWebsite('s-two-a', 'e-two', 'two-a.example.cn', 'ACTIVE', 1),
    storedWebsite('s-two-b', 'e-two', 'two-b.example.cn', 'ACTIVE', 2),
  ],
  access: [
    storedAccess('a-here', 's-here', 'alibaba'),
    storedAccess('a-away', 's-away', 'tencent'),
    storedAccess('a-two-a1', 's-two-a', 'alibaba'),
    storedAccess('a-two-a2', 's-two-a', 'tencent'),
    storedAccess('a-two-b', 's-two-b', 'alibaba'),
  ],
};
const view = createInMemoryPortfolio(portfolio);

const determine = (input: Omit<z.input<typeof DetermineInput>, 'providerId'> & { providerId?: z.input<typeof DetermineInput>['providerId'] }): Determination =>
  determineOperation({ providerId: 'alibaba', ...input }, view);

const reasonsEn = (d: Determination): string => d.reasons.map((r) => r.en).join(' | ');

describe('determineOperation: a new site', () => {
  it('an unknown entity and domain is an initial filing, asking whether the entity holds a number obtained elsewhere', () => {
    const d = determine({ intent: 'new-client-first-site', certificateNumber: '91110000MA0000009X', domain: 'new.example.cn' });
    expect(d.operation).toBe('initial');
    expect(d.questions.map((q) => q.key)).toEqual(['numberObtainedElsewhere']);
    expect(d.questions[0]?.options[0]?.value).toBe(false);
    expect(d.entityId).toBeUndefined();
  });

  it('answered "never filed", it is an initial filing without questions', () => {
    const d = determine({ intent: 'new-client-first-site', certificateNumber: '91110000MA0000009X', domain: 'new.example.cn', answers: { numberObtainedElsewhere: false } });
    expect(d).toMatchObject({ operation: 'initial', questions: [] });
  });

  it('answered "has a number elsewhere", the new site is added under it (scenario 1)', () => {
    const d = determine({ intent: 'new-client-first-site', certificateNumber: '91110000MA0000009X', answers: { numberObtainedElsewhere: true } });
    expect(d).toMatchObject({ operation: 'add-service-new-entity-here', questions: [] });
  });

  it('an entity filed and accessed here adds the service to it (scenario 2), found by certificate number', () => {
    const d = determine({ intent: 'add-service', certificateNumber: USCC.beijing, domain: 'second.example.cn' });
    expect(d).toMatchObject({ operation: 'add-service-existing-entity', entityId: 'e-here', questions: [] });
  });

  it('an entity filed but accessed only at another provider is scenario 1', () => {
    const d = determine({ intent: 'add-service', entityId: 'e-away', domain: 'second.example.cn' });
    expect(d).toMatchObject({ operation: 'add-service-new-entity-here', entityId: 'e-away', questions: [] });
    expect(reasonsEn(d)).toContain('Alibaba Cloud');
  });

  it('a "new client" whose entity the portfolio knows as filed gets an add-service, and says why', () => {
    const d = determine({ intent: 'new-client-first-site', certificateNumber: USCC.beijing, domain: 'second.example.cn' });
    expect(d.operation).toBe('add-service-existing-entity');
    expect(reasonsEn(d)).toContain('already filed');
  });

  it('a shell entity may add a service only in 11 provinces: the reason says so', () => {
    const d = determine({ intent: 'add-service', entityId: 'e-shell', domain: 'revive.example.cn' });
    expect(d.operation).toBe('add-service-new-entity-here');
    expect(reasonsEn(d)).toContain('11 provinces');
  });
});

describe('determineOperation: a site that is already filed', () => {
  it('a filed domain without access here is an access filing, whatever the intent said', () => {
    const d = determine({ intent: 'add-service', domain: 'away.example.cn' });
    expect(d).toMatchObject({ operation: 'access', entityId: 'e-away', serviceIds: ['s-away'], questions: [] });
    expect(reasonsEn(d)).toContain('the provider decides the type from the domain');
  });

  it('moving a filed site here is an access filing', () => {
    expect(determine({ intent: 'move-provider', domain: 'AWAY.example.cn' })).toMatchObject({ operation: 'access', serviceIds: ['s-away'] });
  });

  it('moving a site the portfolio does not know is still an access filing: the user said it is filed elsewhere', () => {
    expect(determine({ intent: 'move-provider', domain: 'unknown.example.cn' })).toMatchObject({ operation: 'access', questions: [] });
  });

  it('a filed site already accessed here needs no filing: a modification is what changes it', () => {
    const d = determine({ intent: 'move-provider', domain: 'here.example.cn' });
    expect(d.operation).toBe('modify');
    expect(reasonsEn(d)).toContain('already accessed at Alibaba Cloud');
  });

  it('a domain filed under another entity than the certificate typed is flagged', () => {
    const d = determine({ intent: 'move-provider', certificateNumber: USCC.beijing, domain: 'away.example.cn' });
    expect(d.operation).toBe('access');
    expect(reasonsEn(d)).toContain('filed under another entity');
  });
});

describe('determineOperation: claim (HiChina before June 2010, A17)', () => {
  it('asks whether the domain was filed through HiChina before June 2010', () => {
    const d = determine({ intent: 'claim', domain: 'old.example.cn' });
    expect(d.operation).toBe('claim');
    expect(d.questions.map((q) => q.key)).toEqual(['hiChinaBefore2010']);
  });

  it('answered yes, it is a claim', () => {
    expect(determine({ intent: 'claim', domain: 'old.example.cn', answers: { hiChinaBefore2010: true } })).toMatchObject({ operation: 'claim', questions: [] });
  });

  it('answered no, a claim does not apply and the move is an access filing', () => {
    const d = determine({ intent: 'claim', domain: 'away.example.cn', answers: { hiChinaBefore2010: false } });
    expect(d).toMatchObject({ operation: 'access', questions: [] });
    expect(reasonsEn(d)).toContain('a claim does not apply');
  });

  it('at another provider than Alibaba Cloud a claim is an access filing', () => {
    expect(determine({ intent: 'claim', domain: 'old.example.cn', providerId: 'tencent' })).toMatchObject({ operation: 'access', questions: [] });
  });
});

describe('determineOperation: modify, remove the provider, cancel', () => {
  it('modify names the entity and the service', () => {
    expect(determine({ intent: 'modify', serviceId: 's-here' })).toMatchObject({ operation: 'modify', entityId: 'e-here', serviceIds: ['s-here'], questions: [] });
  });

  it('modify of an entity the portfolio does not know says to record the existing filing first', () => {
    const d = determine({ intent: 'modify', certificateNumber: '91110000MA0000009X' });
    expect(d.operation).toBe('modify');
    expect(reasonsEn(d)).toContain('record the existing filing');
  });

  it('removing the last provider of a site is remove-access with the shell warning', () => {
    const d = determine({ intent: 'remove-provider', serviceId: 's-here' });
    expect(d).toMatchObject({ operation: 'remove-access', serviceIds: ['s-here'], questions: [] });
    expect(reasonsEn(d)).toContain('shell site');
  });

  it('removing one of two providers warns of no shell', () => {
    const d = determine({ intent: 'remove-provider', serviceId: 's-two-a' });
    expect(d.operation).toBe('remove-access');
    expect(reasonsEn(d)).not.toContain('shell');
  });

  it('for a whole entity, remove-access targets its services accessed here', () => {
    expect(determine({ intent: 'remove-provider', entityId: 'e-two', providerId: 'tencent' })).toMatchObject({ operation: 'remove-access', serviceIds: ['s-two-a'] });
  });

  it('removing a provider the service is not accessed at says so', () => {
    expect(reasonsEn(determine({ intent: 'remove-provider', serviceId: 's-away' }))).toContain('records no access at Alibaba Cloud');
  });

  it('cancelling a named service asks whether to cancel only it or the whole entity', () => {
    const d = determine({ intent: 'cancel', serviceId: 's-two-b' });
    expect(d).toMatchObject({ operation: 'cancel-service', serviceIds: ['s-two-b'] });
    expect(d.questions.map((q) => q.key)).toEqual(['cancelWhat']);
    expect(d.questions[0]?.why.en).toContain('all 2 website/app numbers');
  });

  it('answered "the whole entity", every live service of it goes', () => {
    const d = determine({ intent: 'cancel', serviceId: 's-two-b', answers: { cancelWhat: 'entity' } });
    expect(d).toMatchObject({ operation: 'cancel-entity', entityId: 'e-two', serviceIds: ['s-two-a', 's-two-b'], questions: [] });
  });

  it('cancelling an entity by itself needs no question', () => {
    expect(determine({ intent: 'cancel', entityId: 'e-here' })).toMatchObject({ operation: 'cancel-entity', serviceIds: ['s-here'], questions: [] });
  });

  it('cancelling the last service of an entity says it leaves a shell entity', () => {
    const d = determine({ intent: 'cancel', serviceId: 's-here', answers: { cancelWhat: 'service' } });
    expect(d.operation).toBe('cancel-service');
    expect(reasonsEn(d)).toContain('shell entity');
  });
});

describe('determineOperation: reasons', () => {
  it('every reason is in both languages and ends with its source keys', () => {
    const all = [
      determine({ intent: 'new-client-first-site', certificateNumber: '91110000MA0000009X' }),
      determine({ intent: 'add-service', entityId: 'e-shell' }),
      determine({ intent: 'move-provider', certificateNumber: USCC.beijing, domain: 'away.example.cn' }),
      determine({ intent: 'claim', domain: 'x.example.cn' }),
      determine({ intent: 'modify', entityId: 'e-here' }),
      determine({ intent: 'remove-provider', serviceId: 's-here' }),
      determine({ intent: 'cancel', serviceId: 's-here' }),
    ];
    for (const d of all) {
      expect(d.reasons.length).toBeGreaterThan(0);
      for (const r of d.reasons) {
        expect(r['zh-CN']).toMatch(/（[^）]*(§\d|[A-Z]\d)[^）]*）$/);
        expect(r.en).toMatch(/\([^)]*(§\d|[A-Z]\d)[^)]*\)$/);
      }
    }
  });

  it('an open order of the entity is mentioned: one order per entity at a time', () => {
    const busy = createInMemoryPortfolio({ ...portfolio, filings: [storedFiling('f-1', 'e-here', 'PROVIDER_REVIEW')] });
    const d = determineOperation({ intent: 'modify', entityId: 'e-here', providerId: 'alibaba' }, busy);
    expect(reasonsEn(d)).toContain('already has an order in progress');
  });
});
