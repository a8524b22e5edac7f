import { text } from './finding';
import { beijingEndOfDay } from './calendar/beijing-time';
import { dueSoonFrom, type Deadline } from './deadlines';

/**
 * Expiry warnings shared by filings in preparation and filed services: a domain or an ID document
 * with 3 months or less of validity left gets the filing rejected in many provinces (§6.5, §6.6),
 * and an expired domain can be re-registered by someone who then has the number cancelled (A18).
 */

export interface ExpiringDomain {
  name: string;
  /** Registration expiry: 'YYYY-MM-DD' (Beijing day) or an ISO instant. */
  expiresOn: string;
}

export interface ExpiringDocument {
  /** What the document is, as the user knows it (e.g. "法定代表人身份证 张三"). */
  name: string;
  /** Last day of validity; null for a long-term (长期) document. */
  validUntil: string | null;
}

export interface ExpiryInput {
  domains?: readonly ExpiringDomain[];
  documents?: readonly ExpiringDocument[];
}

export function expiryDeadlines(input: ExpiryInput): Deadline[] {
  const out: Deadline[] = [];
  for (const d of input.domains ?? []) {
    const dueAt = beijingEndOfDay(d.expiresOn);
    out.push({
      kind: 'domain-expiry',
      dueAt,
      startsAt: dueSoonFrom('domain-expiry', dueAt),
      label: text(
        `域名 ${d.name} 到期：请提前续费；多数省份要求域名剩余有效期超过 3 个月才受理备案，过期域名被他人注册后可能导致备案被注销。`,
        `Domain ${d.name} expires: renew it early. Many provinces accept filings only with more than 3 months of validity left, and a lapsed domain re-registered by someone else can get the filing cancelled.`,
      ),
      source: ['§6.5', 'T4', 'H10', 'A25', 'H7', 'A18'],
    });
  }
  for (const doc of input.documents ?? []) {
    if (doc.validUntil === null) continue; // 长期: never expires
    const dueAt = beijingEndOfDay(doc.validUntil);
    out.push({
      kind: 'document-expiry',
      dueAt,
      startsAt: dueSoonFrom('document-expiry', dueAt),
      label: text(
        `证件“${doc.name}”有效期届满：证件剩余有效期须超过 3 个月，请尽早换发新证并变更备案信息。`,
        `Document "${doc.name}" expires: it must stay valid for more than 3 months, so renew it early and file a modification with the new one.`,
      ),
      source: ['§6.6', '§4.1', 'T8', 'A25-Hubei', 'T5'],
    });
  }
  return out;
}
