import { text, type LocalizedText } from '../finding';
import { FILED_LIVE_STATES } from '../lifecycle-service';
import { DOCUMENT_LABELS, type DocumentKind } from '../model/documents';
import { REFERENCE_AS_OF } from '../model/reference-date';
import type { OperationId } from '../operations';
import { buildRuleContext, NEW_SERVICE_OPERATIONS, type RuleContext, type RuleInput } from './context';
import { PROVINCE_RULES } from './data/province-rules';
import { ageOn, birthDateOf, provinceName, residentIdProvince } from './helpers';

/** One document the filing needs, with why and where that comes from. */
export interface RequiredDocument {
  readonly kind: DocumentKind;
  /** The person or service it belongs to, when there is one per person/service. */
  readonly subjectId?: string;
  readonly label: LocalizedText;
  readonly reason: LocalizedText;
  readonly source: readonly string[];
  readonly asOf: string;
}

/** Operations that upload documents for review (§2.2 stage 3: A20, A21). */
const UPLOAD_OPERATIONS: readonly OperationId[] = ['initial', 'access', 'add-service-new-entity-here', 'add-service-existing-entity', 'claim'];
/** Operations whose entity data is reviewed afresh with its certificate (§2: A2, A17). */
const ENTITY_REVIEW_OPERATIONS: readonly OperationId[] = ['initial', 'access', 'add-service-new-entity-here', 'claim'];
/** Operations that file new data where commitment letters apply (§4.4: H6, H7, T8). */
const COMMITMENT_OPERATIONS: readonly OperationId[] = ['initial', 'access', 'add-service-new-entity-here', 'add-service-existing-entity'];

const doc = (
  kind: DocumentKind,
  reason: LocalizedText,
  source: readonly string[],
  extra: { subjectId?: string; label?: LocalizedText; asOf?: string } = {},
): RequiredDocument => ({
  kind,
  label: extra.label ?? DOCUMENT_LABELS[kind],
  reason,
  source,
  asOf: extra.asOf ?? REFERENCE_AS_OF,
  ...(extra.subjectId ? { subjectId: extra.subjectId } : {}),
});

const inList = (list: readonly string[], value: string | undefined): boolean => value !== undefined && list.includes(value);

function leaderDocuments(ctx: RuleContext): RequiredDocument[] {
  const out: RequiredDocument[] = [];
  const leaders = ctx.operation === 'modify' ? ctx.leaders.filter((l) => l.path) : UPLOAD_OPERATIONS.includes(ctx.operation) ? ctx.leaders : [];
  for (const l of leaders) {
    const name = l.person.name?.trim() || l.id;
    out.push(
      doc('leader-id', text(`负责人 ${name} 的身份核验`, `Identity check of leader ${name}`), ['§4.4', 'A21', 'H6'], {
        subjectId: l.id,
        label: text(`${DOCUMENT_LABELS['leader-id']['zh-CN']}（${name}）`, `${DOCUMENT_LABELS['leader-id'].en} (${name})`),
      }),
    );
    const birth = birthDateOf(l.person);
    const p = PROVINCE_RULES.employmentProof;
    if (birth && inList(p.provinces, ctx.province)) {
      const age = ageOn(birth, ctx.today);
      if (age >= p.fromAge && age < p.toAge) {
        const n = provinceName(ctx.province);
        out.push(
          doc('employment-proof', text(`${n.zh}：16–18 周岁的负责人（${name}）须提供在职证明`, `${n.en}: a leader aged 16–18 (${name}) needs proof of employment`), p.source, {
            subjectId: l.id,
            asOf: PROVINCE_RULES.asOf,
          }),
        );
      }
    }
  }
  return out;
}

function entityDocuments(ctx: RuleContext): RequiredDocument[] {
  const out: RequiredDocument[] = [];
  const { entity, province } = ctx;
  if (!entity) return out;
  if (ENTITY_REVIEW_OPERATIONS.includes(ctx.operation) && !ctx.isIndividual && entity.nature) {
    out.push(doc('entity-certificate', text('主体信息核验', 'Entity check'), ['§4.4', 'A21', 'H6']));
  }
  if (UPLOAD_OPERATIONS.includes(ctx.operation) || (ctx.operation === 'modify' && ctx.data.entity)) {
    if (!ctx.isIndividual && entity.leaderIsLegalRepresentative === false) {
      out.push(
        doc('authorization-letter', text('主体负责人不是法定代表人', 'The entity leader is not the legal representative'), ['§4.4', '§4.1', 'A21', 'H6', 'T3', 'H9']),
      );
    }
  }
  const rp = PROVINCE_RULES.individualResidencePermit;
  if (UPLOAD_OPERATIONS.includes(ctx.operation) && ctx.isIndividual && inList(rp.provinces, province) && ctx.entityLeader) {
    const issued = residentIdProvince(ctx.entityLeader.person);
    if (issued && issued !== province) {
      const n = provinceName(province);
      const label =
        province === 'SC'
          ? text('在川学习、居住或工作证明（学生证、社保、劳动合同或居住证）', 'Proof of study, residence or work in Sichuan (student card, social security, contract or residence permit)')
          : province === 'SD'
            ? text('山东学生证或居住证', 'Shandong student card or residence permit')
            : text(`${n.zh}居住证（或暂住证）`, `${n.en} residence permit (or temporary residence permit)`);
      out.push(
        doc('residence-permit', text(`身份证非${n.zh}签发的个人在${n.zh}备案`, `An individual with a non-${n.en} ID filing in ${n.en}`), rp.source, {
          subjectId: ctx.entityLeader.id,
          label,
          asOf: PROVINCE_RULES.asOf,
        }),
      );
    }
  }
  if (ctx.operation === 'modify' && ctx.storedEntity && entity.name && ctx.storedEntity.name.trim() !== ctx.data.entity?.name?.trim() && ctx.data.entity?.name) {
    out.push(doc('name-change-certificate', text('主体名称变更', 'The entity is renamed'), ['§2', '§4.4', 'A15']));
  }
  return out;
}

function serviceDocuments(ctx: RuleContext): RequiredDocument[] {
  const out: RequiredDocument[] = [];
  if (!ctx.isIndividual) {
    for (const { service } of ctx.services) {
      if ((service.preApprovals ?? []).length > 0) {
        const name = service.name?.trim() || service.id;
        out.push(
          doc('pre-approval', text(`“${name}”填写了前置审批`, `"${name}" declares a pre-approval`), ['§4.2', '§4.4', 'T4', 'H6', 'A6'], {
            subjectId: service.id,
            label: text(`${DOCUMENT_LABELS['pre-approval']['zh-CN']}（${name}）`, `${DOCUMENT_LABELS['pre-approval'].en} (${name})`),
          }),
        );
      }
    }
  }
  if (!NEW_SERVICE_OPERATIONS.includes(ctx.operation)) return out;
  const websites = ctx.services.filter(({ service }) => service.kind === 'website');
  const dc = PROVINCE_RULES.domainCertificates;
  if (ctx.province === dc.province && websites.length >= dc.minDomains) {
    for (const { service } of websites) {
      out.push(
        doc('domain-certificate', text(`河南：一次备案 ${dc.minDomains} 个及以上域名须提供域名证书`, `Henan: ${dc.minDomains} or more domains need domain certificates`), dc.source, {
          subjectId: service.id,
          label: text(`${DOCUMENT_LABELS['domain-certificate']['zh-CN']}（${service.kind === 'website' ? (service.domain ?? '') : ''}）`, `${DOCUMENT_LABELS['domain-certificate'].en} (${service.kind === 'website' ? (service.domain ?? '') : ''})`),
          asOf: PROVINCE_RULES.asOf,
        }),
      );
    }
  }
  const cp = PROVINCE_RULES.constructionPlan;
  if (ctx.province === cp.province && ctx.nature === 'enterprise' && ctx.filing.entityId) {
    const filed = ctx.portfolio.servicesOfEntity(ctx.filing.entityId).filter((s) => s.kind === 'website' && FILED_LIVE_STATES.includes(s.lifecycle.state)).length;
    if (filed + websites.length >= cp.minWebsites) {
      out.push(doc('construction-plan', text(`上海：企业网站达 ${cp.minWebsites} 个及以上`, `Shanghai: an enterprise with ${cp.minWebsites} or more websites`), cp.source, { asOf: PROVINCE_RULES.asOf }));
    }
  }
  return out;
}

function commitmentDocuments(ctx: RuleContext): RequiredDocument[] {
  if (!COMMITMENT_OPERATIONS.includes(ctx.operation)) return [];
  return PROVINCE_RULES.commitmentLetters
    .filter((c) => c.province === ctx.province && ctx.today >= c.since)
    .flatMap((c) => {
      const n = provinceName(c.province);
      return c.documents.map((kind) =>
        doc(kind, text(`${n.zh}自 ${c.since} 起要求`, `Required in ${n.en} since ${c.since}`), c.source, { asOf: PROVINCE_RULES.asOf }),
      );
    });
}

const cache = new WeakMap<RuleContext, RequiredDocument[]>();

/** Documents required for this filing, per operation, nature and province (§4.4, §7). */
export function requiredDocumentsOf(ctx: RuleContext): RequiredDocument[] {
  let docs = cache.get(ctx);
  if (!docs) {
    docs = [...entityDocuments(ctx), ...leaderDocuments(ctx), ...serviceDocuments(ctx), ...commitmentDocuments(ctx)];
    cache.set(ctx, docs);
  }
  return docs;
}

export function requiredDocuments(input: RuleInput): RequiredDocument[] {
  return requiredDocumentsOf(buildRuleContext(input));
}

/** Where a required document sits in the documents step: 'documents.leader-id.p1'. */
export const documentPath = (d: Pick<RequiredDocument, 'kind' | 'subjectId'>): string =>
  d.subjectId ? `documents.${d.kind}.${d.subjectId}` : `documents.${d.kind}`;
