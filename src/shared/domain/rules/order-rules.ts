import { FILING_STATE_LABELS } from '../lifecycle-filing-text';
import { FILED_LIVE_STATES } from '../lifecycle-service';
import { operationInfo } from '../operations';
import type { Filing } from '../model/filing';
import { provider } from '../model/providers';
import { REFERENCE_AS_OF } from '../model/reference-date';
import { NEW_SERVICE_OPERATIONS, type RuleContext } from './context';
import { PROVINCE_RULES } from './data/province-rules';
import { present, provinceName, rule, text } from './helpers';
import type { RuleHit } from './types';

const newWebsites = (ctx: RuleContext) => ctx.services.filter(({ service }) => service.kind === 'website');
/** Live websites of the stored entity (filed and not cancelled). */
const filedWebsites = (ctx: RuleContext) =>
  ctx.filing.entityId
    ? ctx.portfolio.servicesOfEntity(ctx.filing.entityId).filter((s) => s.kind === 'website' && FILED_LIVE_STATES.includes(s.lifecycle.state))
    : [];
const named = (ctx: RuleContext) => {
  const n = provinceName(ctx.province);
  return { provinceZh: n.zh, provinceEn: n.en };
};

/** Only one order may be open per entity; also across records of the same certificate (§1: A23, H1, T4; §9.3: H8, O29). */
export const oneOpenOrder = rule({
  id: 'filing.one-open-order',
  appliesTo: {},
  severity: 'warning',
  step: 'review',
  source: ['§1', '§9.3', 'A23', 'H1', 'T4', 'H8', 'O29'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `该主体已有一个进行中的备案订单（${p.operationZh}，${p.stateZh}${p.order ? `，订单号 ${p.order}` : ''}）；同一主体同时只能有一个订单。请等它完成，或先放弃它。`,
      `This entity already has an open filing order (${p.operationEn}, ${p.stateEn}${p.order ? `, order ${p.order}` : ''}); an entity can have only one at a time. Wait for it to finish or abandon it first.`,
    ),
  check: (ctx) => {
    const ids = new Set<string>();
    if (ctx.filing.entityId) ids.add(ctx.filing.entityId);
    const number = ctx.entity?.certificateNumber;
    if (present(number)) for (const e of ctx.portfolio.entitiesByCertificate(number)) ids.add(e.id);
    let open: Filing | undefined;
    for (const id of ids) {
      open = ctx.portfolio.openFilingsForEntity(id).find((f) => f.id !== ctx.filing.id);
      if (open) break;
    }
    if (!open) return [];
    const op = operationInfo(open.operation).label;
    const state = FILING_STATE_LABELS[open.state];
    return [{ params: { operationZh: op['zh-CN'], operationEn: op.en, stateZh: state['zh-CN'], stateEn: state.en, order: open.providerOrderNumber ?? '' } }];
  },
});

/** Websites per order: Hubei/Hunan 1, Shanxi ≤ 3, Henan ≤ 5 (§4.2, §7: H9, H7, T8, A25). */
export const websitesPerOrder = rule({
  id: 'filing.websites-per-order',
  appliesTo: { operations: NEW_SERVICE_OPERATIONS, provinces: ['HB', 'HN', 'SX', 'HA'] },
  severity: 'warning',
  step: 'services',
  source: PROVINCE_RULES.websitesPerOrder.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `${p.provinceZh}每个订单最多新增 ${p.max} 个网站，本订单有 ${p.count} 个；请把其余网站放到后续订单中。`,
      `${p.provinceEn} accepts at most ${p.max} new website(s) per order and this one has ${p.count}; move the rest to later orders.`,
    ),
  check: (ctx) => {
    const max = ctx.province ? PROVINCE_RULES.websitesPerOrder.byProvince[ctx.province] : undefined;
    const count = newWebsites(ctx).length;
    return max !== undefined && count > max ? [{ path: 'services', params: { max, count, ...named(ctx) } }] : [];
  },
});

/** Hainan: an individual's first filing carries one domain (§7: H9). */
export const hainanIndividualFirstFiling = rule({
  id: 'filing.hainan-individual-first',
  appliesTo: { operations: ['initial'], provinces: [PROVINCE_RULES.hainanIndividualFirstFiling.province], natures: ['individual'] },
  severity: 'warning',
  step: 'services',
  source: PROVINCE_RULES.hainanIndividualFirstFiling.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(`海南个人首次备案只能备案 1 个域名，本订单有 ${p.count} 个；其余网站请在通过后新增。`, `In Hainan an individual's first filing carries one domain and this one has ${p.count}; add the other websites after approval.`),
  check: (ctx) => {
    const count = newWebsites(ctx).length;
    return count > PROVINCE_RULES.hainanIndividualFirstFiling.max ? [{ path: 'services', params: { count } }] : [];
  },
});

/** Jiangxi: after 7 (individual) / 15 (organisation) filed sites, one domain per order (§7: T8, H9). */
export const jiangxiOnePerOrder = rule({
  id: 'filing.jiangxi-one-per-order',
  appliesTo: { operations: NEW_SERVICE_OPERATIONS, provinces: [PROVINCE_RULES.jiangxiAfterFiled.province] },
  severity: 'warning',
  step: 'services',
  source: PROVINCE_RULES.jiangxiAfterFiled.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `该主体已备案 ${p.filed} 个网站，江西管局此后每个订单只受理 1 个域名，本订单有 ${p.count} 个；请分开提交。`,
      `This entity already has ${p.filed} filed websites; from then on Jiangxi accepts one domain per order, and this one has ${p.count}; split the order.`,
    ),
  check: (ctx) => {
    const rules = PROVINCE_RULES.jiangxiAfterFiled;
    const filed = filedWebsites(ctx).length;
    const count = newWebsites(ctx).length;
    const threshold = ctx.isIndividual ? rules.individual : rules.organisation;
    return filed >= threshold && count > rules.max ? [{ path: 'services', params: { filed, count } }] : [];
  },
});

/** Shaanxi: at most 30 websites per enterprise entity (§7: H7). */
export const websitesPerEntity = rule({
  id: 'entity.websites-limit',
  appliesTo: { operations: NEW_SERVICE_OPERATIONS, provinces: ['SN'], natures: ['enterprise'] },
  severity: 'warning',
  step: 'services',
  source: PROVINCE_RULES.websitesPerEntity.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `陕西每个企业主体最多备案 ${p.max} 个网站；已备案 ${p.filed} 个，加上本订单的 ${p.count} 个将超出上限。`,
      `Shaanxi allows at most ${p.max} websites per enterprise; ${p.filed} are filed and the ${p.count} in this order would exceed it.`,
    ),
  check: (ctx) => {
    const max = ctx.province ? PROVINCE_RULES.websitesPerEntity.byProvince[ctx.province] : undefined;
    if (max === undefined) return [];
    const filed = filedWebsites(ctx).length;
    const count = newWebsites(ctx).length;
    return filed + count > max ? [{ path: 'services', params: { max, filed, count } }] : [];
  },
});

/** Provider limits per order: Tencent organisations ≤ 10 websites, individuals 1 (§4.2: T4). */
export const providerWebsitesPerOrder = rule({
  id: 'filing.provider-websites-per-order',
  appliesTo: { operations: NEW_SERVICE_OPERATIONS },
  severity: 'warning',
  step: 'services',
  source: ['§4.2', 'T4'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(`${p.providerZh}每个订单最多 ${p.max} 个网站（${p.whoZh}），本订单有 ${p.count} 个；请分开提交。`, `${p.providerEn} accepts at most ${p.max} website(s) per order for ${p.whoEn}, and this one has ${p.count}; split the order.`),
  check: (ctx) => {
    const ids = new Set([ctx.filing.providerId, ...ctx.access.map((a) => a.access.providerId)].filter((id) => id !== undefined));
    const count = newWebsites(ctx).length;
    return [...ids].flatMap((id): RuleHit[] => {
      const p = provider(id);
      const limits = p?.maxWebsitesPerOrder;
      if (!p || !limits) return [];
      const max = ctx.isIndividual ? limits.individual : limits.organisation;
      return count > max
        ? [{ path: 'services', params: { max, count, providerZh: p.label['zh-CN'], providerEn: p.label.en, whoZh: ctx.isIndividual ? '个人' : '单位', whoEn: ctx.isIndividual ? 'individuals' : 'organisations' } }]
        : [];
    });
  },
});

/**
 * When a service is added, reviewers re-check the entity's filed websites: reachable, number in the
 * footer linked to beian.miit.gov.cn — Guangdong shows the entity number (§2, §8, §9.3: A2, A23, T4, H8, T5, A12, H5).
 */
export const previouslyFiledReachable = rule({
  id: 'services.previously-filed-reachable',
  appliesTo: { operations: ['add-service-new-entity-here', 'add-service-existing-entity'] },
  severity: 'warning',
  step: 'review',
  source: ['§2', '§8', '§9.3', 'A2', 'A23', 'T4', 'H8', 'T5', 'A12', 'H5'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `新增网站时审核人员会检查已备案的网站：${p.domains} 须能正常访问，并在首页底部显示${p.numberZh}且链接到 https://beian.miit.gov.cn/。逐个确认后勾选此项。`,
      `When a service is added, reviewers check the filed websites: ${p.domains} must be reachable and show ${p.numberEn} at the bottom of the homepage, linked to https://beian.miit.gov.cn/. Tick this item once each is confirmed.`,
    ),
  check: (ctx) => {
    const sites = filedWebsites(ctx).filter((s) => s.lifecycle.state === 'ACTIVE');
    if (sites.length === 0) return [];
    const entityNumber = ctx.province === 'GD';
    return [
      {
        params: {
          domains: sites.map((s) => (s.kind === 'website' ? s.domain : s.name)).join(', '),
          numberZh: entityNumber ? '主体备案号（广东）' : '各自的网站备案号',
          numberEn: entityNumber ? 'the entity number (Guangdong)' : 'its own website number',
        },
      },
    ];
  },
});

/** Remove-access and cancel-service name their services; cancel-entity its entity (§2, §2.1). */
export const targetsNamed = rule({
  id: 'filing.targets',
  appliesTo: { operations: ['remove-access', 'cancel-service', 'cancel-entity'] },
  severity: 'error',
  step: 'review',
  source: ['§2', '§2.1', 'A16', 'T2', 'H3'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    p.entity
      ? text('请选择要注销的主体。', 'Choose the entity to cancel.')
      : text('请选择本订单涉及的网站/App（可多选时逐个选择）。', 'Choose the website(s)/app(s) this order concerns.'),
  check: (ctx) => {
    if (ctx.operation === 'cancel-entity') return ctx.filing.entityId && ctx.storedEntity ? [] : [{ path: 'entityId', params: { entity: 1 } }];
    const targets = ctx.filing.targetServiceIds ?? [];
    return targets.length === 0 || targets.some((id) => !ctx.portfolio.getService(id)) ? [{ path: 'targetServiceIds' }] : [];
  },
});

/** Removing the last provider leaves a shell site that the 管局 may cancel (§2, §2.1: A1, T1, T2). */
export const removeAccessLeavesShell = rule({
  id: 'filing.remove-access-leaves-shell',
  appliesTo: { operations: ['remove-access'] },
  severity: 'warning',
  step: 'review',
  source: ['§2', '§2.1', '§9.2', 'A1', 'T1', 'T2'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `“${p.name}”取消接入后将没有任何接入商，成为空壳网站，可能被管局注销备案号。如果网站要继续运营，请先在新接入商完成接入备案；如不再运营，请考虑注销网站。`,
      `After removing this provider, "${p.name}" has no provider left and becomes a shell site whose number the 管局 may cancel. If it keeps running, complete an access filing at the new provider first; if not, consider cancelling it.`,
    ),
  check: (ctx) =>
    (ctx.filing.targetServiceIds ?? []).flatMap((id): RuleHit[] => {
      const service = ctx.portfolio.getService(id);
      return service && ctx.portfolio.accessOfService(id).length <= 1 ? [{ params: { name: service.name } }] : [];
    }),
});

/** Cancellation deletes numbers for good (§2, §2.1: A16, T2, H3, A18). */
export const cancelIrreversible = rule({
  id: 'filing.cancel-irreversible',
  appliesTo: { operations: ['cancel-entity', 'cancel-service'] },
  severity: 'warning',
  step: 'review',
  source: ['§2', '§2.1', 'A16', 'A18', 'T2', 'H3'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    p.entity
      ? text(
          '注销主体会删除主体备案号及其下所有网站/App 的备案号，且无法恢复；请确认后勾选此项。',
          'Cancelling the entity deletes its number and every website/app number under it, irreversibly; tick this item to confirm.',
        )
      : text(
          '注销后该备案号将被删除且无法恢复；多域名网站只去掉一个域名时请改用变更备案。请确认后勾选此项。',
          'Cancelling deletes this number irreversibly; to drop one domain of a multi-domain site, file a modification instead. Tick this item to confirm.',
        ),
  check: (ctx) => [{ params: { entity: ctx.operation === 'cancel-entity' ? 1 : 0 } }],
});

/** A shell entity cannot be cancelled through a provider: the 管局's form, offline (§2, §2.1: H3, T2). */
export const cancelShellOffline = rule({
  id: 'filing.cancel-shell-offline',
  appliesTo: { operations: ['cancel-entity'] },
  severity: 'warning',
  step: 'review',
  source: ['§2', '§2.1', 'H3', 'T2'],
  asOf: REFERENCE_AS_OF,
  message: text(
    '该主体是空壳主体（没有任何网站或接入），不能通过接入商注销；请填写管局的注销申请表线下办理（华为云称约 5 个工作日）。',
    'This is a shell entity (no service or access left) and cannot be cancelled through a provider; file the 管局 cancellation form offline (about 5 working days per Huawei).',
  ),
  check: (ctx) => (ctx.storedEntity?.lifecycle.state === 'SHELL' ? [{}] : []),
});
