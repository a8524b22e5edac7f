import { z } from 'zod';
import { text } from '../finding';
import { codesOf, type Catalog, type CatalogItem } from './catalog';
import { REFERENCE_AS_OF } from './reference-date';

/** 接入方式 of one provider schema (domain-reference §4.2, O25 [low]). */
const items = [
  { code: 'dedicated-line', label: text('专线', 'Dedicated line') },
  { code: 'colocation', label: text('主机托管', 'Server colocation') },
  { code: 'virtual-host', label: text('虚拟主机', 'Virtual hosting') },
  { code: 'cloud', label: text('云接入', 'Cloud access') },
  { code: 'other', label: text('其他方式', 'Other') },
] as const satisfies readonly CatalogItem[];

export const accessMethods: Catalog<(typeof items)[number]> = { source: ['O25'], asOf: REFERENCE_AS_OF, items };

export const AccessMethod = z.enum(codesOf(items));
export type AccessMethod = z.infer<typeof AccessMethod>;
