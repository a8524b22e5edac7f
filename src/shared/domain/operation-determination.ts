import type { z } from 'zod';
import type { LocalizedText } from './finding';
import { FILED_LIVE_STATES, FILED_STATE_LABELS } from './lifecycle-service';
import type { Entity } from './model/entity';
import { provider } from './model/providers';
import type { Service } from './model/service';
import type { OperationId } from './operations';
import { ASK_HICHINA, ASK_NUMBER_ELSEWHERE, askCancelWhat, because } from './operation-determination-text';
import type { DetermineInput, Determination, FilingIntent, Question } from './operation-determination-types';
import type { PortfolioView } from './rules/portfolio-view';

export * from './operation-determination-types';

/**
 * Which operation a filing is (domain-reference §2). The providers do not let the user pick it: they
 * derive it from the entity's certificate number and the domain entered (A2, T10, H1). So do we, from
 * the portfolio: is the entity filed, is the domain filed, does this provider already hold an access
 * of the entity or the service? The user's intent only says what they want done; the user is asked
 * only what the portfolio cannot know (a number obtained elsewhere, a HiChina-era filing, whether to
 * cancel one service or the whole entity).
 */

type Input = z.input<typeof DetermineInput>;

/** What the portfolio says about the entity and the service the user named. */
interface Facts {
  readonly input: Input;
  readonly view: PortfolioView;
  readonly entity: Entity | undefined;
  readonly service: Service | undefined;
  readonly providerZh: string;
  readonly providerEn: string;
}

const isLive = (r: { lifecycle: { state: string } } | undefined): boolean =>
  r !== undefined && (FILED_LIVE_STATES as readonly string[]).includes(r.lifecycle.state);

const present = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';

/** Filed records first, then anything not cancelled, then the rest: the record a provider would match. */
function best<T extends { lifecycle: { state: string } }>(records: readonly T[]): T | undefined {
  return records.find(isLive) ?? records.find((r) => !['CANCELLED', 'REVOKED'].includes(r.lifecycle.state)) ?? records[0];
}

function resolve(input: Input, view: PortfolioView): Facts {
  let entity = input.entityId ? view.getEntity(input.entityId) : undefined;
  if (!entity && present(input.certificateNumber)) entity = best(view.entitiesByCertificate(input.certificateNumber));
  let service = input.serviceId ? view.getService(input.serviceId) : undefined;
  if (!service && present(input.domain)) {
    const found = view.servicesByDomain(input.domain);
    service = best(entity ? found.filter((s) => s.entityId === entity?.id) : []) ?? best(found);
  }
  const packageName = input.packageName?.trim();
  if (!service && packageName && entity) {
    const apps = view.servicesOfEntity(entity.id).filter((s) => s.kind !== 'website' && s.platforms.some((p) => p.packageName === packageName));
    service = best(apps);
  }
  if (!entity && service) entity = view.getEntity(service.entityId);
  const p = provider(input.providerId);
  return { input, view, entity, service, providerZh: p?.label['zh-CN'] ?? input.providerId, providerEn: p?.label.en ?? input.providerId };
}

const accessedHere = (f: Facts, serviceId: string): boolean => f.view.accessOfService(serviceId).some((a) => a.providerId === f.input.providerId);

const liveServicesOf = (f: Facts, entityId: string): Service[] => f.view.servicesOfEntity(entityId).filter(isLive);

const entityAccessedHere = (f: Facts, entity: Entity): boolean => liveServicesOf(f, entity.id).some((s) => accessedHere(f, s.id));

const nameOf = (s: Service): string => (s.kind === 'website' ? s.domain : s.name);

class Answer {
  readonly reasons: LocalizedText[] = [];
  readonly questions: Question[] = [];
  serviceIds: string[] | undefined;

  constructor(
    readonly facts: Facts,
    public operation: OperationId,
  ) {}

  say(zh: string, en: string, source: readonly string[]): this {
    this.reasons.push(because(zh, en, source));
    return this;
  }

  done(): Determination {
    const { entity, view } = this.facts;
    if (entity) {
      const open = view.openFilingsForEntity(entity.id);
      if (open.length > 0) {
        this.say(
          `注意：主体“${entity.name}”已有进行中的备案订单，同一主体同时只能有一个订单；请先完成或放弃它`,
          `Note: "${entity.name}" already has an order in progress, and an entity can have only one at a time; finish or abandon it first`,
          ['§1', 'A23', 'H1', 'T4'],
        );
      }
    }
    return {
      operation: this.operation,
      reasons: this.reasons,
      ...(entity ? { entityId: entity.id } : {}),
      ...(this.serviceIds ? { serviceIds: this.serviceIds } : {}),
      questions: this.questions,
    };
  }
}

const INTENT_LABEL: Readonly<Record<FilingIntent, { zh: string; en: string }>> = {
  'new-client-first-site': { zh: '新客户的第一个网站', en: "a new client's first site" },
  'move-provider': { zh: '迁入本接入商', en: 'moving hosting here' },
  'add-service': { zh: '新增网站/App', en: 'adding a website/app' },
  modify: { zh: '变更备案', en: 'a modification' },
  claim: { zh: '认领备案', en: 'a claim' },
  'remove-provider': { zh: '取消接入', en: 'removing the provider' },
  cancel: { zh: '注销备案', en: 'a cancellation' },
};

/** A site that is already filed: the provider sees the number and treats the order as an access filing (§2). */
function filedSite(a: Answer, service: Service): Determination {
  const f = a.facts;
  const number = service.icpNumber ?? '';
  a.serviceIds = [service.id];
  if (accessedHere(f, service.id)) {
    a.operation = 'modify';
    return a
      .say(
        `“${nameOf(service)}”已备案（${number}）且已接入${f.providerZh}，无需再次备案；如需更改备案信息，请提交变更备案`,
        `"${nameOf(service)}" is filed (${number}) and already accessed at ${f.providerEn}, so there is nothing to file; to change its filed data, file a modification`,
        ['§2', 'A15', 'T13'],
      )
      .done();
  }
  a.operation = 'access';
  if (f.input.intent !== 'move-provider') {
    const intent = INTENT_LABEL[f.input.intent];
    a.say(`您选择的是“${intent.zh}”，但接入商按域名判断备案类型`, `You chose ${intent.en}, but the provider decides the type from the domain`, ['§2', 'A2', 'T10', 'H1']);
  }
  a.say(
    `“${nameOf(service)}”已有备案号 ${number}，但尚未接入${f.providerZh}：这是接入备案，备案号不变，主体信息须与工信部记录一致，接入期间不能修改信息`,
    `"${nameOf(service)}" already has the number ${number} but no access at ${f.providerEn}: this is an access filing; the number stays, the entity data must match the MIIT record and cannot be changed during the transfer`,
    ['§2', 'A1', 'A2', 'A25-Tianjin', 'J1'],
  );
  const typed = f.input.certificateNumber?.trim();
  if (f.entity && typed && f.entity.id !== service.entityId) {
    a.say(
      '该域名登记在另一个主体名下：接入备案的主体信息须与工信部记录一致，否则须先在原接入商变更或注销',
      'The domain is filed under another entity: an access filing needs entity data matching the MIIT record, otherwise modify or cancel it at the old provider first',
      ['§2', 'A2', '§9.3', 'H8', 'O29'],
    );
  }
  return a.done();
}

/** A new website/app: the entity's filing decides between the two add-service scenarios and an initial filing (§2). */
function newSite(a: Answer): Determination {
  const f = a.facts;
  const { entity } = f;
  const intent = f.input.intent;
  if (entity && isLive(entity)) {
    const number = entity.icpNumber ?? '';
    if (intent === 'new-client-first-site') {
      a.say(`主体“${entity.name}”已备案（${number}），新网站备案在该主体下`, `The entity "${entity.name}" is already filed (${number}); the new site is filed under it`, ['§2', 'A2']);
    }
    if (entity.lifecycle.state === 'SHELL') {
      a.say(
        '该主体是空壳主体：只有天津、辽宁、四川、云南、江苏、浙江、上海、广西、山西、北京、贵州 11 个省份允许直接新增网站，其他省份须先注销',
        'This is a shell entity: only 11 provinces (Tianjin, Liaoning, Sichuan, Yunnan, Jiangsu, Zhejiang, Shanghai, Guangxi, Shanxi, Beijing, Guizhou) let it add services directly; elsewhere it must be cancelled first',
        ['§2.1', 'H3', 'T2'],
      );
    }
    if (entityAccessedHere(f, entity)) {
      a.operation = 'add-service-existing-entity';
      return a
        .say(
          `主体“${entity.name}”已在${f.providerZh}备案（${number}）：新增互联网信息服务（原备案在本接入商），审核时会复查已备案网站`,
          `"${entity.name}" is filed with ${f.providerEn} (${number}): add a service to an entity already filed here; reviewers re-check the filed sites`,
          ['§2', 'A2', 'A23', 'T4', 'H8'],
        )
        .done();
    }
    a.operation = 'add-service-new-entity-here';
    return a
      .say(
        `主体“${entity.name}”已备案（${number}），但在${f.providerZh}没有接入：新增互联网信息服务（原备案不在本接入商），主体信息须与工信部记录一致`,
        `"${entity.name}" is filed (${number}) but has no access at ${f.providerEn}: add a service to an entity filed through another provider; the entity data must match the MIIT record`,
        ['§2', 'A2', 'A1'],
      )
      .done();
  }
  if (entity && ['CANCELLED', 'REVOKED'].includes(entity.lifecycle.state)) {
    const state = FILED_STATE_LABELS[entity.lifecycle.state];
    a.say(`主体“${entity.name}”的备案号已${state['zh-CN']}，不可恢复`, `The number of "${entity.name}" is ${state.en.toLowerCase()} and cannot be restored`, ['§2.1', '§9.2', 'A18', 'T1']);
  } else if (intent === 'add-service') {
    a.say('新增网站/App 需要一个已备案的主体，备案工作台中没有该主体的已备案记录', 'Adding a website/app needs a filed entity, and the portfolio has no filed record of this entity', ['§2', 'A2']);
  }
  const elsewhere = f.input.answers?.numberObtainedElsewhere;
  if (elsewhere === true) {
    a.operation = 'add-service-new-entity-here';
    return a
      .say(
        '您确认该主体已通过其他接入商取得主体备案号：新增互联网信息服务（原备案不在本接入商），请在主体步骤填写该备案号，主体信息须与工信部记录一致',
        'You confirmed the entity holds a number obtained through another provider: add a service to an entity filed elsewhere; enter that number in the entity step, and the entity data must match the MIIT record',
        ['§2', 'A2', 'A1'],
      )
      .done();
  }
  a.operation = 'initial';
  a.say('主体和域名均从未备案：首次备案，通过后取得主体备案号和网站备案号', 'Neither the entity nor the domain has been filed: an initial filing, which issues the entity number and the website number', ['§2', 'A1', 'A2', 'H1']);
  if (elsewhere === undefined) a.questions.push(ASK_NUMBER_ELSEWHERE);
  return a.done();
}

function hosting(a: Answer): Determination {
  const { service } = a.facts;
  if (service && isLive(service)) return filedSite(a, service);
  if (a.facts.input.intent === 'move-provider') {
    a.operation = 'access';
    return a
      .say(
        `您说明该网站已通过其他接入商备案，迁入${a.facts.providerZh}属于接入备案，备案号不变；备案工作台中没有它的备案号，请在网站步骤填写`,
        `You said the site is filed through another provider; moving it to ${a.facts.providerEn} is an access filing and the number stays. The portfolio has no number for it: enter it in the website step`,
        ['§2', 'A1', 'A2', 'J1'],
      )
      .done();
  }
  return newSite(a);
}

function claim(a: Answer): Determination {
  const f = a.facts;
  if (f.input.providerId !== 'alibaba') {
    a.operation = 'access';
    return a
      .say(
        `认领备案是阿里云把 2010 年 6 月前经万网备案的记录带入其系统的方式；在${f.providerZh}，已在别处备案的网站迁入属于接入备案`,
        `A claim is how Alibaba Cloud brings filings made through HiChina before June 2010 into its system; at ${f.providerEn}, a site filed elsewhere that moves in is an access filing`,
        ['§2', 'A17', 'A1'],
      )
      .done();
  }
  const hiChina = f.input.answers?.hiChinaBefore2010;
  if (hiChina === false) {
    a.say('该域名不是 2010 年 6 月前经万网备案的，认领不适用', 'The domain was not filed through HiChina before June 2010, so a claim does not apply', ['§2', 'A17']);
    return hosting(new AnswerAs(a, 'move-provider'));
  }
  a.operation = 'claim';
  a.say(
    '域名在 2010 年 6 月前经万网备案：认领备案，填写主体信息和域名并上传证件，把备案带入阿里云系统',
    'The domain was filed through HiChina before June 2010: a claim; enter the entity data and the domain and upload the ID documents to bring the filing into Alibaba Cloud',
    ['§2', 'A17', 'A22'],
  );
  if (f.service) a.serviceIds = [f.service.id];
  if (hiChina === undefined) a.questions.push(ASK_HICHINA);
  return a.done();
}

/** The same answer, read as another intent (a claim that turns out to be a move). */
class AnswerAs extends Answer {
  constructor(from: Answer, intent: FilingIntent) {
    super({ ...from.facts, input: { ...from.facts.input, intent } }, from.operation);
    this.reasons.push(...from.reasons);
  }
}

function modify(a: Answer): Determination {
  const { entity, service } = a.facts;
  a.operation = 'modify';
  if (service) a.serviceIds = [service.id];
  if (!entity) {
    return a
      .say(
        '备案工作台中找不到该主体：变更备案针对已备案的信息，请先录入已有备案（主体、备案号和网站），再提交变更',
        'The entity is not in the portfolio: a modification changes filed data, so record the existing filing (entity, numbers and sites) first, then file the modification',
        ['§2', 'A15'],
      )
      .done();
  }
  if (!isLive(entity)) {
    const state = FILED_STATE_LABELS[entity.lifecycle.state];
    a.say(`主体“${entity.name}”当前为“${state['zh-CN']}”，没有可变更的有效备案`, `"${entity.name}" is "${state.en}", so there is no valid filing to modify`, ['§2', '§9.2', 'A15']);
  }
  return a
    .say(
      '变更已备案的信息（电话、名称、地址、IP、负责人等），备案号不变；管局审核期间不能变更，不能跨省变更',
      'Changes filed details (phone, name, address, IP, leader…) and keeps the numbers; no change while the 管局 reviews, and none across provinces',
      ['§2', 'A15', 'T13', 'A25'],
    )
    .done();
}

function removeProvider(a: Answer): Determination {
  const f = a.facts;
  a.operation = 'remove-access';
  const targets = f.service ? [f.service] : f.entity ? liveServicesOf(f, f.entity.id).filter((s) => accessedHere(f, s.id)) : [];
  a.serviceIds = targets.map((s) => s.id);
  if (targets.length === 0 || targets.some((s) => !accessedHere(f, s.id))) {
    return a
      .say(
        `备案工作台中没有在${f.providerZh}的接入记录：请选择在该接入商接入的网站/App，或选择实际接入的接入商`,
        `The portfolio records no access at ${f.providerEn}: choose a website/app accessed there, or the provider it is actually hosted with`,
        ['§2', 'A1'],
      )
      .done();
  }
  a.say(
    `取消在${f.providerZh}的接入：备案号仍保留在工信部，只解除与该接入商的关联，免短信核验`,
    `Removes the access at ${f.providerEn}: the number stays at MIIT, only the link to this provider goes, and there is no SMS check`,
    ['§2', '§2.1', 'A1', 'T2', 'H2'],
  );
  const lastProvider = targets.filter((s) => f.view.accessOfService(s.id).every((x) => x.providerId === f.input.providerId));
  if (lastProvider.length > 0) {
    a.say(
      `${lastProvider.map(nameOf).join('、')} 将没有任何接入商，成为空壳网站，可能被管局注销；继续运营请先在新接入商完成接入备案`,
      `${lastProvider.map(nameOf).join(', ')} will have no provider left and become a shell site the 管局 may cancel; if it keeps running, complete an access filing at the new provider first`,
      ['§2', '§2.1', '§9.2', 'A1', 'T1'],
    );
  }
  return a.done();
}

function cancel(a: Answer): Determination {
  const f = a.facts;
  const { entity, service } = f;
  const live = entity ? liveServicesOf(f, entity.id) : [];
  let what = f.input.answers?.cancelWhat;
  if (what === undefined) {
    what = service ? 'service' : 'entity';
    if (service) a.questions.push(askCancelWhat(live.length));
  }
  const viaHere = what === 'service' ? service !== undefined && accessedHere(f, service.id) : entity !== undefined && entityAccessedHere(f, entity);
  if (what === 'entity') {
    a.operation = 'cancel-entity';
    a.serviceIds = live.map((s) => s.id);
    if (!entity) return a.say('请选择要注销的主体', 'Choose the entity to cancel', ['§2', '§2.1']).done();
    a.say(
      `注销主体“${entity.name}”：删除主体备案号及其下全部 ${live.length} 个网站/App 的备案号，不可恢复`,
      `Cancels "${entity.name}": deletes the entity number and all ${live.length} website/app numbers under it, irreversibly`,
      ['§2', '§2.1', 'A16', 'A18', 'T2', 'H3'],
    );
    if (entity.lifecycle.state === 'SHELL') {
      a.say('空壳主体不能通过接入商注销，须填写管局注销申请表线下办理', 'A shell entity cannot be cancelled through a provider: file the 管局 form offline', ['§2.1', 'H3', 'T2']);
    }
  } else {
    a.operation = 'cancel-service';
    if (!service) return a.say('请选择要注销的网站/App', 'Choose the website/app to cancel', ['§2', '§2.1']).done();
    a.serviceIds = [service.id];
    a.say(
      `注销“${nameOf(service)}”：只删除这一个备案号，其他服务不受影响，不可恢复；多域名网站只去掉一个域名请用变更备案`,
      `Cancels "${nameOf(service)}": deletes this one number, leaves the other services, irreversibly; to drop one domain of a multi-domain site, modify instead`,
      ['§2', '§2.1', 'A16', 'T2', 'H3'],
    );
    if (live.length === 1 && live[0]?.id === service.id) {
      a.say('这是该主体最后一个网站/App：注销后主体成为空壳主体；如要全部注销，请改为注销主体', 'This is the last website/app of the entity: afterwards it is a shell entity; to close everything, cancel the entity instead', ['§2.1', 'T2', 'H3']);
    }
  }
  if (!viaHere) {
    a.say(
      `备案工作台中${f.providerZh}没有该备案的接入：注销须通过持有该备案或接入的接入商提交，否则向原接入商或管局办理`,
      `The portfolio records no access at ${f.providerEn} for this filing: a cancellation goes through a provider holding the filing or an access, otherwise through the original provider or the 管局`,
      ['§2', 'A16', 'T2', 'H3'],
    );
  }
  return a.done();
}

/** Pure: the same input and portfolio give the same determination. */
export function determineOperation(input: Input, view: PortfolioView): Determination {
  const facts = resolve(input, view);
  const answer = new Answer(facts, 'initial');
  switch (input.intent) {
    case 'new-client-first-site':
    case 'move-provider':
    case 'add-service':
      return hosting(answer);
    case 'claim':
      return claim(answer);
    case 'modify':
      return modify(answer);
    case 'remove-provider':
      return removeProvider(answer);
    case 'cancel':
      return cancel(answer);
  }
}
