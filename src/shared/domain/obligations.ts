import { z } from 'zod';
import { toEpochMs, type DateInput } from './calendar/beijing-time';
import { deadlineStatus, DeadlineKind, type Deadline } from './deadlines';
import { expiryDeadlines } from './deadlines-expiry';
import { serviceDeadlineList } from './deadlines-service';
import { LocalizedText, text } from './finding';
import { parseIcpNumber } from './icp-number';
import { FILED_TERMINAL_STATES } from './lifecycle-service';
import { LONG_TERM, type Person } from './model/person';
import type { Service } from './model/service';
import { PERSON_CERTIFICATE_TYPES } from './natures';
import { provinceByAbbreviation, provinceByGbCode } from './provinces';
import { compact } from './validators/text-normalize';

/**
 * What a filed service owes after approval (domain-reference §8): the number shown and linked
 * (websites in the footer, apps in settings/about), the 公安 filing within 30 days of going live,
 * and the expiry dates that get a number cancelled or a filing refused. Pure, so the renderer and
 * main compute the same list; deadlines come from the deadlines module, never stored.
 */

export const MIIT_URL = 'https://beian.miit.gov.cn/';
export const MPS_QUERY_URL = 'https://beian.mps.gov.cn/#/query/webSearch?code=';

export const ObligationKind = z.enum(['footer', 'app-display', 'public-security', 'domain-expiry', 'leader-certificate-expiry']);
export type ObligationKind = z.infer<typeof ObligationKind>;

/** 'action': something to do now with no date; 'done': met; the rest are deadline statuses. */
export const ObligationStatus = z.enum(['action', 'done', 'ok', 'due-soon', 'overdue']);
export type ObligationStatus = z.infer<typeof ObligationStatus>;

export const Obligation = z.object({
  kind: ObligationKind,
  serviceId: z.string(),
  status: ObligationStatus,
  title: LocalizedText,
  /** What to do, in both languages. */
  detail: LocalizedText,
  /** ISO instant, for dated obligations. */
  dueAt: z.string().optional(),
  deadlineKind: DeadlineKind.optional(),
  /** The number exactly as it must be shown (footer, about page, 公网安备). */
  displayText: z.string().optional(),
  link: z.string().optional(),
  /** Ready to paste into the page; every value in it is HTML-escaped. */
  footerHtml: z.string().optional(),
  /** Source keys of domain-reference.md. */
  source: z.array(z.string()),
});
export type Obligation = z.infer<typeof Obligation>;

export interface ObligationInput {
  service: Service;
  /** The owning entity: its number (Guangdong footers show it) and its filing province. */
  entity: { icpNumber?: string | undefined; region?: { province?: string | undefined } | undefined };
  /** The service leader and the entity leader; each certificate expiry is listed once. */
  leaders: readonly Person[];
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text and attribute values alike, so a pasted number can never break out of the markup. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

const anchor = (href: string, label: string): string =>
  `<a href="${escapeHtml(href)}" target="_blank" rel="noopener">${escapeHtml(label)}</a>`;

/** The canonical form when the number parses (what MIIT prints), else the text as recorded. */
const shownNumber = (value: string): string => parseIcpNumber(value)?.canonical ?? value.trim();

/** Guangdong footers show the entity number, every other province the website number (§5, §8; A12, H5). */
function isGuangdong(serviceNumber: string, entity: ObligationInput['entity']): boolean {
  const parsed = parseIcpNumber(serviceNumber) ?? (entity.icpNumber ? parseIcpNumber(entity.icpNumber) : null);
  if (parsed) return provinceByAbbreviation(parsed.province)?.id === 'GD';
  return entity.region?.province !== undefined && provinceByGbCode(entity.region.province)?.id === 'GD';
}

/** The number a website footer shows: Guangdong the entity part, elsewhere the whole service number. */
export function footerNumber(serviceNumber: string, entity: ObligationInput['entity']): string {
  if (!isGuangdong(serviceNumber, entity)) return shownNumber(serviceNumber);
  const parsed = parseIcpNumber(serviceNumber);
  if (parsed) return parsed.entityNumber;
  return entity.icpNumber ? shownNumber(entity.icpNumber) : shownNumber(serviceNumber);
}

/** The digits of a 公网安备 number, which the MPS query link takes as its code. */
export const publicSecurityDigits = (value: string): string => compact(value).replace(/\D/g, '');

export const publicSecurityLink = (value: string): string => `${MPS_QUERY_URL}${publicSecurityDigits(value)}`;

/** The 公网安备 line of a footer (T6, A13): the number linked to the MPS query page. */
export const publicSecurityHtml = (value: string): string => anchor(publicSecurityLink(value), compact(value));

/**
 * The footer HTML of a website: the MIIT number linked to beian.miit.gov.cn, and once a 公网安备
 * number is recorded, that number linked to its MPS query page on the next line.
 */
export function footerHtml(service: { icpNumber: string; publicSecurityNumber?: string | undefined }, entity: ObligationInput['entity']): string {
  const lines = [anchor(MIIT_URL, footerNumber(service.icpNumber, entity))];
  const ps = service.publicSecurityNumber?.trim();
  if (ps) lines.push(publicSecurityHtml(ps));
  return lines.join('\n');
}

const PUBLIC_SECURITY_TITLE = text('公安联网备案', 'Public-security filing');

/** Whether the service still owes its number display and 公安 filing: filed, and not cancelled or revoked. */
const owesNumberDuties = (service: Service): service is Service & { icpNumber: string } =>
  Boolean(service.icpNumber?.trim()) && !FILED_TERMINAL_STATES.includes(service.lifecycle.state);

const numberObligations = (input: ObligationInput): Obligation[] => {
  const { service, entity } = input;
  if (!owesNumberDuties(service)) return [];
  const number = service.icpNumber.trim();
  if (service.kind !== 'website') {
    const shown = shownNumber(number);
    return [
      {
        kind: 'app-display',
        serviceId: service.id,
        status: 'action',
        title: text('在 App 中展示备案号', 'Show the filing number in the app'),
        detail: text(
          `在 App 的“设置”或“关于”等显著位置展示备案号 ${shown}，并链接到 ${MIIT_URL}。`,
          `Show the filing number ${shown} in a prominent place of the app (settings or about) with a link to ${MIIT_URL}.`,
        ),
        displayText: shown,
        link: MIIT_URL,
        footerHtml: anchor(MIIT_URL, shown),
        source: ['§8', 'H4', 'O17'],
      },
    ];
  }
  const shown = footerNumber(number, entity);
  return [
    {
      kind: 'footer',
      serviceId: service.id,
      status: 'action',
      title: text('在网站底部展示备案号', 'Show the filing number in the website footer'),
      detail: text(
        `在首页底部中间展示 ${shown} 并链接到 ${MIIT_URL}（广东省展示主体备案号，其他省份展示网站备案号）；未按规定展示可被责令改正并处罚款。`,
        `Show ${shown} at the bottom centre of the home page, linked to ${MIIT_URL} (Guangdong shows the entity number, other provinces the website number); not showing it can bring an order to correct and a fine.`,
      ),
      displayText: shown,
      link: MIIT_URL,
      footerHtml: footerHtml({ icpNumber: number, publicSecurityNumber: service.publicSecurityNumber }, entity),
      source: ['§5', '§8', 'A12', 'A13', 'H5', 'O31'],
    },
  ];
};

/** A dated obligation before its status is known: what the index keeps and the dashboard lists. */
export interface DatedObligation {
  kind: Extract<ObligationKind, 'public-security' | 'domain-expiry' | 'leader-certificate-expiry'>;
  title: LocalizedText;
  deadline: Deadline;
}

/**
 * A dated obligation before any calendar work: what it is, which deadline kind, and the date it
 * runs from. `describe()` does the date arithmetic and writes the texts; a portfolio index can keep
 * thousands of these and describe only the few it shows (and compute each distinct date once).
 */
export interface DueDate {
  kind: DatedObligation['kind'];
  deadlineKind: DeadlineKind;
  /** The recorded date the deadline is computed from (go-live, domain or document expiry). */
  from: string;
  describe(): DatedObligation;
}

/** ID-document expiry of leaders (§6.6; T8): each person once, 长期 documents never. */
export function leaderCertificateDueDates(leaders: readonly Person[]): DueDate[] {
  const out: DueDate[] = [];
  const seen = new Set<string>();
  for (const leader of leaders) {
    const validUntil = leader.certificateValidUntil;
    if (seen.has(leader.id) || validUntil === LONG_TERM) continue;
    seen.add(leader.id);
    out.push({
      kind: 'leader-certificate-expiry',
      deadlineKind: 'document-expiry',
      from: validUntil,
      describe: () => {
        const name = `${PERSON_CERTIFICATE_TYPES[leader.certificateType]['zh-CN']} ${leader.name}`;
        const [deadline] = expiryDeadlines({ documents: [{ name, validUntil }] });
        if (!deadline) throw new Error('a dated document has an expiry deadline');
        return { kind: 'leader-certificate-expiry', title: text(`负责人 ${leader.name} 的证件到期`, `ID document of leader ${leader.name} expires`), deadline };
      },
    });
  }
  return out;
}

/** The 30-day 公安 filing (T6) once a filed website has gone live without a 公网安备 number, and its domain expiry. */
export function serviceDueDates(service: Service): DueDate[] {
  if (service.kind !== 'website') return [];
  const out: DueDate[] = [];
  const { goLiveDate, domainExpiryDate, domain } = service;
  if (owesNumberDuties(service) && goLiveDate && !service.publicSecurityNumber?.trim()) {
    out.push({
      kind: 'public-security',
      deadlineKind: 'public-security-filing',
      from: goLiveDate,
      describe: () => {
        const [deadline] = serviceDeadlineList({ goLiveOn: goLiveDate });
        if (!deadline) throw new Error('a go-live date starts the 公安 deadline');
        return { kind: 'public-security', title: PUBLIC_SECURITY_TITLE, deadline };
      },
    });
  }
  if (domainExpiryDate) {
    out.push({
      kind: 'domain-expiry',
      deadlineKind: 'domain-expiry',
      from: domainExpiryDate,
      describe: () => {
        const [deadline] = expiryDeadlines({ domains: [{ name: domain, expiresOn: domainExpiryDate }] });
        if (!deadline) throw new Error('a domain expiry date has a deadline');
        return { kind: 'domain-expiry', title: text(`域名 ${domain} 到期`, `Domain ${domain} expires`), deadline };
      },
    });
  }
  return out;
}

export const leaderCertificateDeadlines = (leaders: readonly Person[]): DatedObligation[] => leaderCertificateDueDates(leaders).map((d) => d.describe());
export const serviceOwnDeadlines = (service: Service): DatedObligation[] => serviceDueDates(service).map((d) => d.describe());

const fromDated = (serviceId: string, dated: DatedObligation, now: DateInput): Obligation => ({
  kind: dated.kind,
  serviceId,
  status: deadlineStatus(dated.deadline, now),
  title: dated.title,
  detail: dated.deadline.label,
  dueAt: dated.deadline.dueAt,
  deadlineKind: dated.deadline.kind,
  source: dated.deadline.source,
});

/** The undated 公安 obligation: done (number recorded) or waiting for a go-live date. */
function publicSecurityStanding(service: Service): Obligation | undefined {
  if (service.kind !== 'website' || !owesNumberDuties(service)) return undefined;
  const ps = service.publicSecurityNumber?.trim();
  if (ps) {
    return {
      kind: 'public-security',
      serviceId: service.id,
      status: 'done',
      title: PUBLIC_SECURITY_TITLE,
      detail: text(
        `已取得 ${compact(ps)}：请在网站底部同时展示该号码和公安备案图标，并链接到公安备案查询页。`,
        `Filed as ${compact(ps)}: show this number and the public-security icon in the footer, linked to its query page.`,
      ),
      displayText: compact(ps),
      link: publicSecurityLink(ps),
      footerHtml: publicSecurityHtml(ps),
      source: ['§8', 'T6', 'A13', 'A14'],
    };
  }
  if (service.goLiveDate) return undefined; // dated: see serviceOwnDeadlines
  return {
    kind: 'public-security',
    serviceId: service.id,
    status: 'action',
    title: PUBLIC_SECURITY_TITLE,
    detail: text(
      '网站上线后 30 日内须办理公安联网备案：请记录上线日期以计算期限；已办理的请记录公网安备号。',
      'The public-security filing is due within 30 days of going live: record the go-live date so the deadline can be tracked, or record the 公网安备 number if it is done.',
    ),
    source: ['§8', 'T6', 'A14'],
  };
}

/** Every obligation of one service at `now`: the number to show first, then dated ones soonest first. */
export function serviceObligations(input: ObligationInput, now: DateInput): Obligation[] {
  const { service } = input;
  const dated = [...serviceOwnDeadlines(service), ...leaderCertificateDeadlines(input.leaders)]
    .sort((a, b) => toEpochMs(a.deadline.dueAt) - toEpochMs(b.deadline.dueAt))
    .map((d) => fromDated(service.id, d, now));
  const standing = publicSecurityStanding(service);
  return [...numberObligations(input), ...(standing ? [standing] : []), ...dated];
}
