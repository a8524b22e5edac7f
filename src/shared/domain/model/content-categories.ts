import { z } from 'zod';
import { text } from '../finding';
import { codesOf, type Catalog, type CatalogItem } from './catalog';
import type { PreApprovalCategory } from './pre-approval-categories';
import { REFERENCE_AS_OF } from './reference-date';

interface ContentCategoryItem extends CatalogItem {
  /**
   * The pre-approval this content needs. The pairing is ours, derived from the 核验单's list of
   * approvals (news, publishing, education, medical, drugs, culture, radio-film-TV, e-bulletin; O4, O6)
   * and the finance categories of the provider schema (O25); verify against the live UI.
   */
  readonly needs?: PreApprovalCategory;
  /** Individuals typically file only 博客/个人空间 or 其他 (T4). */
  readonly individualOk?: true;
}

/** 网站服务内容 pick-list seen in one provider schema (domain-reference §4.2, O25 [low]). */
const items = [
  { code: 'instant-messaging', label: text('即时通信', 'Instant messaging') },
  { code: 'search-engine', label: text('搜索引擎', 'Search engine') },
  { code: 'portal', label: text('综合门户', 'General portal') },
  { code: 'email', label: text('网上邮局', 'Web mail') },
  { code: 'news', label: text('网络新闻', 'Online news'), needs: 'news' },
  { code: 'blog', label: text('博客/个人空间', 'Blog / personal space'), individualOk: true },
  { code: 'advertising', label: text('网络广告/信息', 'Online advertising / information') },
  { code: 'organisation-portal', label: text('单位门户网站', 'Organisation portal') },
  { code: 'shopping', label: text('网络购物', 'Online shopping') },
  { code: 'online-payment', label: text('网上支付', 'Online payment') },
  { code: 'online-banking', label: text('网上银行', 'Online banking'), needs: 'internet-finance' },
  { code: 'securities', label: text('网上炒股/股票基金', 'Online stocks / funds'), needs: 'internet-finance' },
  { code: 'games', label: text('网络游戏', 'Online games'), needs: 'culture' },
  { code: 'music', label: text('网络音乐', 'Online music'), needs: 'culture' },
  { code: 'video', label: text('网络影视', 'Online film and TV'), needs: 'radio-film-tv' },
  { code: 'images', label: text('网络图片', 'Online images') },
  { code: 'software-download', label: text('网络软件/下载', 'Software / downloads') },
  { code: 'jobs', label: text('网上求职', 'Online job search') },
  { code: 'dating', label: text('网上交友/婚介', 'Online dating / matchmaking') },
  { code: 'real-estate', label: text('网上房产', 'Online real estate') },
  { code: 'education', label: text('网络教育', 'Online education'), needs: 'education' },
  { code: 'web-building', label: text('网站建设', 'Website building') },
  { code: 'wap', label: text('WAP', 'WAP') },
  { code: 'other', label: text('其他', 'Other'), individualOk: true },
  { code: 'app', label: text('APP', 'App') },
  { code: 'p2p-lending', label: text('网络借贷信息中介', 'P2P lending information intermediary'), needs: 'internet-finance' },
  { code: 'equity-crowdfunding', label: text('互联网股权融资', 'Internet equity crowdfunding'), needs: 'internet-finance' },
  { code: 'insurance', label: text('互联网保险', 'Internet insurance'), needs: 'internet-finance' },
  { code: 'cross-sector-finance', label: text('互联网跨界金融及资产管理', 'Cross-sector finance and asset management'), needs: 'internet-finance' },
  { code: 'non-bank-payment', label: text('网上非银支付', 'Non-bank online payment'), needs: 'internet-finance' },
] as const satisfies readonly ContentCategoryItem[];

export const contentCategories: Catalog<ContentCategoryItem> = {
  source: ['O25', 'T4'],
  asOf: REFERENCE_AS_OF,
  items,
};

export const ContentCategory = z.enum(codesOf(items));
export type ContentCategory = z.infer<typeof ContentCategory>;

const byCode = new Map<string, ContentCategoryItem>(items.map((i) => [i.code, i]));
export const contentCategory = (code: string): ContentCategoryItem | undefined => byCode.get(code);
