import { z } from 'zod';
import { text } from '../finding';
import { codesOf, type Catalog, type CatalogItem } from './catalog';
import { REFERENCE_AS_OF } from './reference-date';

/** 网站语言 multi-select of one provider schema (domain-reference §4.2, O25 [low]); Xinjiang checks it (T8). */
const items = [
  { code: 'zh-Hans', label: text('中文简体', 'Simplified Chinese') },
  { code: 'zh-Hant', label: text('中文繁体', 'Traditional Chinese') },
  { code: 'ug', label: text('维吾尔语', 'Uyghur') },
  { code: 'kk', label: text('哈萨克语', 'Kazakh') },
  { code: 'ky', label: text('柯尔克孜语', 'Kyrgyz') },
  { code: 'mn', label: text('蒙古语', 'Mongolian') },
  { code: 'bo', label: text('藏语', 'Tibetan') },
  { code: 'za', label: text('壮语', 'Zhuang') },
  { code: 'ko', label: text('朝鲜语', 'Korean') },
  { code: 'ii', label: text('彝文', 'Yi') },
  { code: 'hmn', label: text('苗语', 'Miao (Hmong)') },
  { code: 'en', label: text('英语', 'English') },
  { code: 'ja', label: text('日语', 'Japanese') },
  { code: 'fr', label: text('法语', 'French') },
  { code: 'ru', label: text('俄罗斯语', 'Russian') },
  { code: 'es', label: text('西班牙语', 'Spanish') },
  { code: 'ar', label: text('阿拉伯语', 'Arabic') },
] as const satisfies readonly CatalogItem[];

export const languages: Catalog<(typeof items)[number]> = { source: ['O25'], asOf: REFERENCE_AS_OF, items };

export const ServiceLanguage = z.enum(codesOf(items));
export type ServiceLanguage = z.infer<typeof ServiceLanguage>;
