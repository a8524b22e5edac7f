import { z } from 'zod';
import { Id } from './common';

/**
 * Documents a filing may need (§4.4: A21, H6, H7, T5, A25-Henan; §7). Photos or colour scans of
 * originals; what is required for a given filing comes from rules/required-documents.ts.
 */
export const DocumentKind = z.enum([
  'entity-certificate',
  'leader-id',
  'authorization-letter',
  'residence-permit',
  'domain-certificate',
  'pre-approval',
  'guangdong-commitment',
  'jiangsu-responsibility-notice',
  'jiangsu-commitment',
  'construction-plan',
  'name-change-certificate',
  'employment-proof',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** One document of a filing: which, for whom (person or service id), and whether it is ready. */
export const DocumentItem = z.object({
  kind: DocumentKind,
  /** The person (leader-id, residence-permit) or service (domain-certificate, pre-approval) it belongs to. */
  subjectId: Id.optional(),
  provided: z.boolean(),
  fileName: z.string().optional(),
  note: z.string().optional(),
});
export type DocumentItem = z.infer<typeof DocumentItem>;

/** What each document is, as the user would look for it. */
export const DOCUMENT_LABELS: Readonly<Record<DocumentKind, { 'zh-CN': string; en: string }>> = {
  'entity-certificate': { 'zh-CN': '主体证件（营业执照等）原件照片', en: 'Entity certificate (business licence etc.), photo of the original' },
  'leader-id': { 'zh-CN': '负责人证件正反面原件照片', en: 'Leader’s certificate, front and back, photo of the original' },
  'authorization-letter': { 'zh-CN': '法定代表人授权书', en: 'Authorization letter from the legal representative' },
  'residence-permit': { 'zh-CN': '本省居住证（或暂住证）', en: 'Local residence permit (or temporary residence permit)' },
  'domain-certificate': { 'zh-CN': '域名证书', en: 'Domain certificate' },
  'pre-approval': { 'zh-CN': '前置审批文件', en: 'Pre-approval document' },
  'guangdong-commitment': { 'zh-CN': '互联网信息服务备案承诺书（广东）', en: 'Internet information service filing commitment letter (Guangdong)' },
  'jiangsu-responsibility-notice': { 'zh-CN': '真实性责任告知书（江苏）', en: 'Authenticity responsibility notice (Jiangsu)' },
  'jiangsu-commitment': { 'zh-CN': '备案承诺书（江苏）', en: 'Filing commitment letter (Jiangsu)' },
  'construction-plan': { 'zh-CN': '网站建设方案书', en: 'Website construction plan' },
  'name-change-certificate': { 'zh-CN': '名称变更证明（登记机关出具）', en: 'Certificate of name change (from the registration authority)' },
  'employment-proof': { 'zh-CN': '在职证明（16–18 周岁负责人）', en: 'Proof of employment (leader aged 16–18)' },
};
