import { contentCategory } from '../model/content-categories';
import { preApprovalCategories } from '../model/pre-approval-categories';
import { REFERENCE_AS_OF } from '../model/reference-date';
import { DATA_OPERATIONS } from './context';
import { PROVINCE_RULES } from './data/province-rules';
import { isBlank, provinceName, rule, text } from './helpers';
import type { RuleHit } from './types';

const approvalLabel = (code: string) => preApprovalCategories.items.find((i) => i.code === code)?.label ?? { 'zh-CN': code, en: code };

/**
 * Content that needs a pre-approval must declare it (§4.2: O25, T4, T5; the 核验单 lists the
 * approvals, O4, O6). Individuals are handled by service.pre-approval.individual.
 */
export const preApprovalRequired = rule({
  id: 'service.pre-approval.required',
  appliesTo: { operations: DATA_OPERATIONS },
  severity: 'warning',
  step: 'services',
  source: ['§4.2', '§9.3', '§10', 'O25', 'T4', 'T5', 'O4', 'O6'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `服务内容“${p.contentZh}”需要“${p.approvalZh}”前置审批；请填写审批类型和审批号并上传审批文件，或去掉此服务内容。`,
      `The content "${p.contentEn}" needs a "${p.approvalEn}" pre-approval; enter its type and approval number and upload the approval document, or drop this content.`,
    ),
  check: ({ services, isIndividual }) =>
    isIndividual
      ? []
      : services.flatMap(({ service, path }): RuleHit[] => {
          const declared = new Set((service.preApprovals ?? []).filter((p) => p.approvalNumber?.trim()).map((p) => p.category));
          return (service.contentCategories ?? []).flatMap((code, j): RuleHit[] => {
            const item = contentCategory(code);
            if (!item?.needs || declared.has(item.needs)) return [];
            const approval = approvalLabel(item.needs);
            return [
              {
                path: `${path}.contentCategories.${j}`,
                params: { contentZh: item.label['zh-CN'], contentEn: item.label.en, approvalZh: approval['zh-CN'], approvalEn: approval.en },
              },
            ];
          });
        }),
});

/** Individuals cannot obtain pre-approvals nor file content that needs them (§4.2: T4). */
export const individualPreApproval = rule({
  id: 'service.pre-approval.individual',
  appliesTo: { operations: DATA_OPERATIONS, natures: ['individual'] },
  severity: 'warning',
  step: 'services',
  source: ['§4.2', '§9.3', 'T4', 'T5', 'H8'],
  asOf: REFERENCE_AS_OF,
  message: text(
    '个人无法取得前置审批，也不能备案需要前置审批的内容（新闻、教育、医疗、影视、金融等）；请去掉相关内容和审批，或改由单位备案。',
    'Individuals cannot obtain pre-approvals nor file content that needs one (news, education, medical, film, finance…); drop that content and approval, or file as an organisation.',
  ),
  check: ({ services }) =>
    services.flatMap(({ service, path }): RuleHit[] => {
      const hits: RuleHit[] = (service.preApprovals ?? []).length > 0 ? [{ path: `${path}.preApprovals` }] : [];
      (service.contentCategories ?? []).forEach((code, j) => {
        if (contentCategory(code)?.needs) hits.push({ path: `${path}.contentCategories.${j}` });
      });
      return hits;
    }),
});

/** Individuals typically file 博客/个人空间 or 其他; content must match the nature (§4.2: T4; §9.3: T5, H8). */
export const individualContent = rule({
  id: 'service.content.individual',
  appliesTo: { operations: DATA_OPERATIONS, natures: ['individual'] },
  severity: 'warning',
  step: 'services',
  source: ['§4.2', '§9.3', 'T4', 'T5', 'H8'],
  asOf: REFERENCE_AS_OF,
  message: (p) =>
    text(
      `个人网站的服务内容通常只能选“博客/个人空间”或“其他”，“${p.contentZh}”与个人性质不符，常被驳回；请改选。`,
      `Personal websites usually file only "Blog / personal space" or "Other"; "${p.contentEn}" does not fit an individual and is often rejected; choose another.`,
    ),
  check: ({ services }) =>
    services.flatMap(({ service, path }): RuleHit[] =>
      (service.contentCategories ?? []).flatMap((code, j): RuleHit[] => {
        const item = contentCategory(code);
        // Content needing an approval is reported by service.pre-approval.individual.
        if (!item || item.individualOk || item.needs) return [];
        return [{ path: `${path}.contentCategories.${j}`, params: { contentZh: item.label['zh-CN'], contentEn: item.label.en } }];
      }),
    ),
});

/** Guangdong, Jiangsu, Heilongjiang, Shandong, Qinghai: website remarks describe the main content (§4.2: T8). */
export const contentDescription = rule({
  id: 'service.remarks.content-description',
  appliesTo: { operations: DATA_OPERATIONS, provinces: PROVINCE_RULES.contentDescription.provinces },
  severity: 'warning',
  step: 'services',
  source: PROVINCE_RULES.contentDescription.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `${p.provinceZh}要求在网站备注中简要描述网站的主要内容（如“企业官网，介绍公司产品与服务”）。`,
      `${p.provinceEn} asks for a short description of the site's main content in the website remarks (e.g. "company site presenting our products and services").`,
    ),
  check: ({ services, province }) => {
    const n = provinceName(province);
    return services.flatMap(({ service, path }): RuleHit[] =>
      service.kind === 'website' && isBlank(service.remarks) ? [{ path: `${path}.remarks`, params: { provinceZh: n.zh, provinceEn: n.en } }] : [],
    );
  },
});

/** Guangxi, Tianjin individuals state in the remarks that the site is a personal website only (§7: H9, T8). */
export const personalStatement = rule({
  id: 'service.remarks.personal-statement',
  appliesTo: { operations: DATA_OPERATIONS, provinces: PROVINCE_RULES.personalStatement.provinces, natures: ['individual'] },
  severity: 'warning',
  step: 'services',
  source: PROVINCE_RULES.personalStatement.source,
  asOf: PROVINCE_RULES.asOf,
  message: (p) =>
    text(
      `${p.provinceZh}要求个人在网站备注中声明网站仅为个人网站，例如：“本网站为个人网站，不涉及经营性及前置审批内容。”`,
      `${p.provinceEn} asks individuals to state in the website remarks that it is a personal website only, e.g. "本网站为个人网站，不涉及经营性及前置审批内容。"`,
    ),
  check: ({ services, province, entity }) => {
    const n = provinceName(province);
    const stated = (s: string | undefined): boolean => !!s && s.includes('个人');
    return services.flatMap(({ service, path }): RuleHit[] =>
      service.kind === 'website' && !stated(service.remarks) && !stated(entity?.remarks)
        ? [{ path: `${path}.remarks`, params: { provinceZh: n.zh, provinceEn: n.en } }]
        : [],
    );
  },
});
