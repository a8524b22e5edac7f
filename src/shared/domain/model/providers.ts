import { z } from 'zod';
import { text, type LocalizedText } from '../finding';
import { codesOf, type Catalog, type CatalogItem } from './catalog';
import { REFERENCE_AS_OF } from './reference-date';

/** What the provider calls the code that ties a filing to a resource (domain-reference §1). */
export type ProviderCodeKind = 'service-code' | 'authorization-code';

export interface ProviderItem extends CatalogItem {
  /** Filing console; shell.openExternal allows only these hosts (architecture §7). Not in the reference: verify. */
  readonly consoleUrl?: string;
  readonly codeKind?: ProviderCodeKind;
  readonly codeName?: LocalizedText;
  /** Shape of the code when a source shows one (Alibaba glossary example, A1). */
  readonly codePattern?: RegExp;
  readonly codeExample?: string;
  /** Websites one order may carry, when the provider states a limit (Tencent, T4). */
  readonly maxWebsitesPerOrder?: { readonly organisation: number; readonly individual: number };
  readonly source: readonly string[];
}

const serviceCode = text('备案服务号', 'ICP filing service code');
const authorizationCode = text('备案授权码', 'ICP filing authorization code');

/** UUID-like 8-4-4-4-12 hex, e.g. `32a43232-a888-88e8-b9ec-00888be8****` (A1, masked in the doc). */
const UUID_LIKE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const items = [
  {
    code: 'alibaba',
    label: text('阿里云', 'Alibaba Cloud'),
    consoleUrl: 'https://beian.aliyun.com/',
    codeKind: 'service-code',
    codeName: serviceCode,
    codePattern: UUID_LIKE,
    codeExample: '32a43232-a888-88e8-b9ec-00888be8****',
    source: ['A1', 'A6', 'A8', 'A11', 'A26'],
  },
  {
    code: 'tencent',
    label: text('腾讯云', 'Tencent Cloud'),
    consoleUrl: 'https://console.cloud.tencent.com/beian',
    codeKind: 'authorization-code',
    codeName: authorizationCode,
    maxWebsitesPerOrder: { organisation: 10, individual: 1 },
    source: ['H1', 'T4'],
  },
  {
    code: 'huawei',
    label: text('华为云', 'Huawei Cloud'),
    consoleUrl: 'https://console.huaweicloud.com/beian/',
    codeKind: 'authorization-code',
    codeName: authorizationCode,
    source: ['H1', 'H13'],
  },
  { code: 'qingcloud', label: text('青云', 'QingCloud'), source: ['O-qing'] },
  { code: 'other', label: text('其他接入商', 'Other provider'), source: [] },
] as const satisfies readonly ProviderItem[];

export const providers: Catalog<ProviderItem> = { source: ['A1', 'H1', 'T4', 'H13'], asOf: REFERENCE_AS_OF, items };

export const ProviderId = z.enum(codesOf(items));
export type ProviderId = z.infer<typeof ProviderId>;

const byCode = new Map<string, ProviderItem>(items.map((p) => [p.code, p]));
export const provider = (id: string): ProviderItem | undefined => byCode.get(id);
