import { z } from 'zod';
import { text } from '../finding';
import { codesOf, type Catalog, type CatalogItem } from './catalog';
import { REFERENCE_AS_OF } from './reference-date';

/**
 * 前置审批 categories seen in provider schemas (domain-reference §4.2; O25, T4, T5).
 * Individuals cannot obtain any of them (T4).
 */
const items = [
  { code: 'news', label: text('新闻', 'News') },
  { code: 'publishing', label: text('出版', 'Publishing') },
  { code: 'education', label: text('教育', 'Education') },
  { code: 'medical', label: text('医疗保健', 'Medical and health care') },
  { code: 'drugs-devices', label: text('药品和医疗器械', 'Drugs and medical devices') },
  { code: 'e-bulletin', label: text('电子公告服务', 'Electronic bulletin (BBS)') },
  { code: 'culture', label: text('文化', 'Culture') },
  { code: 'radio-film-tv', label: text('广播电影电视节目', 'Radio, film and TV programmes') },
  { code: 'ride-hailing', label: text('网络预约车', 'Online ride-hailing') },
  { code: 'internet-finance', label: text('互联网金融', 'Internet finance') },
  { code: 'off-campus-tutoring', label: text('校外培训', 'Off-campus tutoring') },
  { code: 'religion', label: text('宗教', 'Religion') },
] as const satisfies readonly CatalogItem[];

export const preApprovalCategories: Catalog<(typeof items)[number]> = {
  source: ['O25', 'T4', 'T5'],
  asOf: REFERENCE_AS_OF,
  items,
};

export const PreApprovalCategory = z.enum(codesOf(items));
export type PreApprovalCategory = z.infer<typeof PreApprovalCategory>;
