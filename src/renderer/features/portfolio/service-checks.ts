import {
  checkDomain,
  checkHomepageUrl,
  checkServiceNumber,
  checkWebsiteName,
  explainIcpNumber,
  type EntityNature,
  type Finding,
  type ServiceKind,
} from '../../../shared/domain';

export interface ServiceCheckContext {
  nature?: EntityNature | undefined;
  /** The entity's number: a service number must sit under it. */
  entityIcpNumber?: string | undefined;
}

interface ServiceValues {
  kind?: ServiceKind;
  name?: string;
  domain?: string;
  homepageUrl?: string;
  domains?: (string | undefined)[];
  icpNumber?: string;
}

const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/**
 * A service number against the entity number when there is a valid one; otherwise at least the
 * suffix must fit the kind (website none, app A, mini-program X, quick app K; §5, H4) — as main checks.
 */
export function serviceNumberFindings(number: string, entityNumber: string | undefined, kind: ServiceKind): Finding[] {
  if (filled(entityNumber) && explainIcpNumber(entityNumber).parsed) return checkServiceNumber(number, entityNumber, kind);
  const explained = explainIcpNumber(number);
  if (!explained.parsed) return [explained.finding];
  return checkServiceNumber(number, explained.parsed.entityNumber, kind);
}

/**
 * The shared validators on a service as typed: domain, homepage URL and number block saving
 * (main refuses them too). Website-name findings are shown as warnings here: a name is judged
 * when a filing is prepared, and a website already filed under its name must still be recordable.
 */
export function serviceFindings(service: ServiceValues | undefined, prefix: string, ctx: ServiceCheckContext): Record<string, Finding[]> {
  const out: Record<string, Finding[]> = {};
  if (!service?.kind) return out;
  if (service.kind === 'website') {
    if (filled(service.name) && ctx.nature) {
      out[`${prefix}.name`] = checkWebsiteName(service.name, { nature: ctx.nature, domain: service.domain }).map((f) => ({ ...f, severity: 'warning' as const }));
    }
    if (filled(service.domain)) out[`${prefix}.domain`] = checkDomain(service.domain);
    if (filled(service.homepageUrl) && filled(service.domain)) out[`${prefix}.homepageUrl`] = checkHomepageUrl(service.homepageUrl, service.domain);
  } else {
    const domains = (service.domains ?? []).filter(filled);
    const found = domains.flatMap((domain) => checkDomain(domain).map((f) => ({ ...f, code: `${f.code}:${domain}`, message: { 'zh-CN': `${domain}：${f.message['zh-CN']}`, en: `${domain}: ${f.message.en}` } })));
    if (found.length > 0) out[`${prefix}.domains`] = found;
  }
  if (filled(service.icpNumber)) out[`${prefix}.icpNumber`] = serviceNumberFindings(service.icpNumber, ctx.entityIcpNumber, service.kind);
  return out;
}

/** Main's paths for one service ('domains', 2) as the form's: the domains are one tags field. */
export function serviceFieldPath(prefix: string, rest: readonly (string | number)[]): string {
  if (rest[0] === 'domains') return `${prefix}.domains`;
  return [prefix, ...rest].join('.');
}
