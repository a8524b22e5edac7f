import { z } from 'zod';
import { LocalizedText, text } from './finding';
import type { Filing } from './model/filing';
import type { PortfolioView } from './rules/portfolio-view';

/**
 * One changed field of a modification (变更备案, §2: A15, T13): where it is in the filing data, what
 * the user calls it, and the filed value against the new one, both as display text (absent = empty).
 */
export const FieldChange = z.object({
  /** Dotted path into the filing data, e.g. 'entity.mailingAddress', 'services.0.homepageUrl'. */
  path: z.string(),
  label: LocalizedText,
  old: z.string().optional(),
  new: z.string().optional(),
});
export type FieldChange = z.infer<typeof FieldChange>;

/** Record bookkeeping, not filed data: never shown as a change. */
const SKIP = new Set(['id', 'createdAt', 'updatedAt', 'archivedAt', 'lifecycle', 'hubeiAnnualReview', 'overrides', 'entityId', 'serviceId', 'removedAt']);

const FIELD: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  nature: ['性质', 'nature'],
  certificateType: ['证件类型', 'certificate type'],
  certificateNumber: ['证件号码', 'certificate number'],
  name: ['名称', 'name'],
  region: ['备案地域', 'filing region'],
  province: ['省', 'province'],
  city: ['市', 'city'],
  district: ['区县', 'district'],
  certificateAddress: ['证件住所', 'address on the certificate'],
  mailingAddress: ['通信地址', 'mailing address'],
  investor: ['投资者或上级主管单位', 'investor or supervising body'],
  remarks: ['备注', 'remarks'],
  leaderId: ['负责人', 'leader'],
  leaderIsLegalRepresentative: ['负责人为法定代表人', 'leader is the legal representative'],
  legalRepresentative: ['法定代表人', 'legal representative'],
  icpNumber: ['备案号', 'ICP number'],
  certificateValidFrom: ['证件有效期起', 'certificate valid from'],
  certificateValidUntil: ['证件有效期至', 'certificate valid until'],
  birthDate: ['出生日期', 'birth date'],
  mobile: ['手机号码', 'mobile'],
  officePhone: ['办公电话', 'office phone'],
  emergencyPhone: ['应急电话', 'emergency phone'],
  email: ['电子邮箱', 'e-mail'],
  kind: ['类型', 'type'],
  domain: ['域名', 'domain'],
  domains: ['域名', 'domains'],
  homepageUrl: ['首页地址', 'homepage URL'],
  contentCategories: ['内容类别', 'content categories'],
  languages: ['语言', 'languages'],
  preApprovals: ['前置审批', 'pre-approvals'],
  category: ['类别', 'category'],
  approvalNumber: ['审批文号', 'approval number'],
  goLiveDate: ['上线日期', 'go-live date'],
  domainExpiryDate: ['域名到期日', 'domain expiry date'],
  publicSecurityNumber: ['公安备案号', 'public-security number'],
  platforms: ['平台', 'platforms'],
  platform: ['平台', 'platform'],
  packageName: ['包名', 'package name'],
  publicKey: ['公钥', 'public key'],
  signatureDigest: ['签名摘要', 'signature digest'],
  sdk: ['第三方 SDK', 'third-party SDK'],
  usesThirdParty: ['使用第三方 SDK', 'uses third-party SDKs'],
  names: ['名称', 'names'],
  providerId: ['接入商', 'provider'],
  serviceCode: ['备案服务号/授权码', 'service / authorization code'],
  accessMethod: ['接入方式', 'access method'],
  serverRegion: ['服务器所在地', 'server region'],
  ips: ['IP 地址', 'IP addresses'],
};

type Show = (key: string, value: unknown) => string | undefined;

/** Flattens a record to leaf paths and display strings; lists of plain values become one line. */
function flatten(value: unknown, prefix: readonly string[], show: Show, out: Map<string, string>): Map<string, string> {
  if (value === undefined || value === null || value === '') return out;
  const key = prefix.at(-1) ?? '';
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      if (value.length > 0) out.set(prefix.join('.'), value.map((v) => show(key, v) ?? '').join(', '));
    } else value.forEach((v, i) => flatten(v, [...prefix, String(i)], show, out));
    return out;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!SKIP.has(k)) flatten(v, [...prefix, k], show, out);
    return out;
  }
  const shown = show(key, value);
  if (shown !== undefined) out.set(prefix.join('.'), shown);
  return out;
}

function fieldLabel(rest: readonly string[]): LocalizedText {
  const parts = rest.map((p) => (/^\d+$/.test(p) ? ([`#${Number(p) + 1}`, `#${Number(p) + 1}`] as const) : (FIELD[p] ?? [p, p])));
  return text(parts.map((p) => p[0]).join(' · '), parts.map((p) => p[1]).join(' · '));
}

function diff(subject: LocalizedText, base: string, before: unknown, after: unknown, show: Show): FieldChange[] {
  const old = flatten(before, [base], show, new Map());
  const now = flatten(after, [base], show, new Map());
  const changes: FieldChange[] = [];
  for (const path of new Set([...old.keys(), ...now.keys()])) {
    const o = old.get(path);
    const n = now.get(path);
    if (o === n) continue;
    const field = fieldLabel(path.split('.').slice(base.split('.').length));
    changes.push({
      path,
      label: text(`${subject['zh-CN']} · ${field['zh-CN']}`, `${subject.en} · ${field.en}`),
      ...(o === undefined ? {} : { old: o }),
      ...(n === undefined ? {} : { new: n }),
    });
  }
  return changes;
}

/**
 * Every field a modification changes, old against new (§2 modify: A15, T13; the rules flag the
 * changes that are not allowed). Pure: the filed values come from the PortfolioView. A record the
 * portfolio does not hold (a new leader) shows every field as new.
 */
export function filingChanges(filing: Pick<Filing, 'data' | 'entityId'>, view: PortfolioView): FieldChange[] {
  const { data } = filing;
  const draftLeaders = new Map((data.leaders ?? []).map((p) => [p.id, p]));
  const personName = (id: string): string => draftLeaders.get(id)?.name ?? view.getPerson(id)?.name ?? id;
  const show: Show = (key, value) => {
    if (key === 'leaderId' && typeof value === 'string') return personName(value);
    if (typeof value === 'boolean') return value ? '✓' : '✗';
    return typeof value === 'string' || typeof value === 'number' ? String(value).trim() || undefined : undefined;
  };
  const changes: FieldChange[] = [];
  if (data.entity) {
    changes.push(...diff(text('主体', 'Entity'), 'entity', filing.entityId ? view.getEntity(filing.entityId) : undefined, data.entity, show));
  }
  (data.leaders ?? []).forEach((person, i) => {
    const name = person.name?.trim() || view.getPerson(person.id)?.name || `#${i + 1}`;
    changes.push(...diff(text(`负责人 ${name}`, `Leader ${name}`), `leaders.${i}`, view.getPerson(person.id), person, show));
  });
  const serviceName = (id: string): string => {
    const s = data.services?.find((d) => d.id === id) ?? view.getService(id);
    return s?.name?.trim() || id;
  };
  (data.services ?? []).forEach((service, i) => {
    const name = serviceName(service.id);
    changes.push(...diff(text(`服务“${name}”`, `Service "${name}"`), `services.${i}`, view.getService(service.id), service, show));
  });
  (data.access ?? []).forEach((access, i) => {
    const stored = view.accessOfService(access.serviceId).find((a) => a.providerId === access.providerId);
    const name = serviceName(access.serviceId);
    changes.push(...diff(text(`“${name}”的接入`, `Access of "${name}"`), `access.${i}`, stored, access, show));
  });
  return changes;
}
