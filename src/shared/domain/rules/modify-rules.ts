import { REFERENCE_AS_OF } from '../model/reference-date';
import { normalizeDomain } from '../validators/domain';
import { provinceByGbCode } from '../provinces';
import { present, provinceName, rule, text } from './helpers';
import type { RuleHit } from './types';

/** No cross-province modification: cancel and file again in the new province (§2 modify: A15, T13, A25). */
export const modifyCrossProvince = rule({
  id: 'modify.cross-province',
  appliesTo: { operations: ['modify'] },
  severity: 'warning',
  step: 'entity',
  field: 'entity.region.province',
  source: ['§2', 'A15', 'T13', 'A25'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `备案不能跨省变更（${p.fromZh} → ${p.toZh}）；请在原省份注销后，在新省份重新首次备案。`,
      `A filing cannot move across provinces (${p.fromEn} → ${p.toEn}); cancel it in the old province and file again as an initial filing in the new one.`,
    ),
  check: ({ storedEntity, data }): RuleHit[] => {
    const before = storedEntity?.region.province;
    const after = data.entity?.region?.province;
    if (!before || !after) return [];
    const from = provinceByGbCode(before)?.id;
    const to = provinceByGbCode(after)?.id;
    if (!from || !to || from === to) return [];
    const a = provinceName(from);
    const b = provinceName(to);
    return [{ params: { fromZh: a.zh, fromEn: a.en, toZh: b.zh, toEn: b.en } }];
  },
});

/** Enterprise → individual is not allowed; individual → enterprise only where the province allows (§2 modify: A15, T13, A25). */
export const modifyNatureChange = rule({
  id: 'modify.nature-change',
  appliesTo: { operations: ['modify'] },
  severity: 'warning',
  step: 'entity',
  field: 'entity.nature',
  source: ['§2', 'A15', 'T13', 'A25'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    p.toIndividual
      ? text('单位备案不能变更为个人备案；请注销原备案后以个人身份重新首次备案。', 'An organisation filing cannot be changed into an individual one; cancel it and file again as an individual.')
      : text(
          '个人备案变更为单位备案只有部分省份允许；提交前请向接入商确认，否则请注销后以单位身份重新备案。',
          'Changing an individual filing into an organisation one is allowed only in some provinces; confirm with the provider first, otherwise cancel and file again as the organisation.',
        ),
  check: ({ storedEntity, data }): RuleHit[] => {
    const before = storedEntity?.nature;
    const after = data.entity?.nature;
    if (!before || !after || before === after) return [];
    if (after === 'individual') return [{ params: { toIndividual: 1 } }];
    if (before === 'individual') return [{ params: { toIndividual: 0 } }];
    return [];
  },
});

/** Since 2019-04-22 a single-domain website cannot change its domain (§2 modify: O9). */
export const modifyWebsiteDomain = rule({
  id: 'modify.website-domain',
  appliesTo: { operations: ['modify'] },
  severity: 'warning',
  step: 'services',
  source: ['§2', 'O9'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `单域名网站不能更换域名（2019-04-22 起，原域名 ${p.before}）；请为新域名新增网站，需要时再注销原网站。`,
      `A single-domain website cannot change its domain (since 2019-04-22; it was ${p.before}); add a new website for the new domain and cancel the old one if needed.`,
    ),
  check: ({ services, portfolio }) =>
    services.flatMap(({ service, path }): RuleHit[] => {
      if (service.kind !== 'website' || !present(service.domain)) return [];
      const stored = portfolio.getService(service.id);
      if (stored?.kind !== 'website') return [];
      const before = normalizeDomain(stored.domain) ?? stored.domain;
      const after = normalizeDomain(service.domain) ?? service.domain.trim();
      return before === after ? [] : [{ path: `${path}.domain`, params: { before } }];
    }),
});
