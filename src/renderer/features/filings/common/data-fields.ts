import type { TFunction } from 'i18next';
import type { FilingData } from '../../../../shared/domain';
import type { MessageKey } from '../../../../shared/i18n';

/**
 * The fields of an order a provider or the 管局 may reject, as (path, label) pairs: the pick-list of
 * the rejection form and the wording of a rejection's field wherever it is shown.
 */

const ENTITY: readonly [string, MessageKey][] = [
  ['name', 'entity.field.name'],
  ['certificateNumber', 'entity.field.certificateNumber'],
  ['region', 'entity.field.region'],
  ['certificateAddress', 'entity.field.certificateAddress'],
  ['mailingAddress', 'entity.field.mailingAddress'],
  ['investor', 'entity.field.investor'],
];
const LEADER: readonly [string, MessageKey][] = [
  ['name', 'person.field.name'],
  ['certificateNumber', 'person.field.certificateNumber'],
  ['certificateValidUntil', 'person.field.validUntil'],
  ['mobile', 'person.field.mobile'],
  ['emergencyPhone', 'person.field.emergencyPhone'],
  ['email', 'person.field.email'],
];
const WEBSITE: readonly [string, MessageKey][] = [
  ['name', 'service.field.websiteName'],
  ['domain', 'service.field.domain'],
  ['homepageUrl', 'service.field.homepageUrl'],
  ['contentCategories', 'service.field.contentCategories'],
  ['preApprovals', 'service.field.preApprovals'],
  ['remarks', 'service.field.remarks'],
];
const APP: readonly [string, MessageKey][] = [
  ['name', 'service.field.name'],
  ['platforms', 'service.field.platforms'],
  ['domains', 'service.field.domains'],
  ['contentCategories', 'service.field.contentCategories'],
  ['preApprovals', 'service.field.preApprovals'],
];
const ACCESS: readonly [string, MessageKey][] = [
  ['serviceCode', 'access.field.serviceCode'],
  ['serverRegion', 'access.field.serverRegion'],
  ['ips', 'access.field.ips'],
];

export interface DataField {
  value: string;
  label: string;
}

const serviceName = (s: { kind: string; name?: string | undefined; domain?: string | undefined } | undefined, n: number, t: TFunction): string =>
  s?.name?.trim() || (s?.kind === 'website' ? s.domain?.trim() : undefined) || t('filing.field.serviceN', { n });

/** Every rejectable field of the order's data, labelled 'Website 1 · Domain'. */
export function dataFields(data: FilingData, t: TFunction): DataField[] {
  const out: DataField[] = [{ value: '', label: t('filing.field.general') }];
  const entity = t('filing.step.entity');
  if (data.entity) for (const [key, label] of ENTITY) out.push({ value: `entity.${key}`, label: `${entity} · ${t(label)}` });
  (data.leaders ?? []).forEach((person, i) => {
    const who = person.name?.trim() || t('filing.field.leaderN', { n: i + 1 });
    for (const [key, label] of LEADER) out.push({ value: `leaders.${i}.${key}`, label: `${who} · ${t(label)}` });
  });
  (data.services ?? []).forEach((service, i) => {
    const name = serviceName(service, i + 1, t);
    for (const [key, label] of service.kind === 'website' ? WEBSITE : APP) out.push({ value: `services.${i}.${key}`, label: `${name} · ${t(label)}` });
  });
  (data.access ?? []).forEach((access, i) => {
    const service = data.services?.find((s) => s.id === access.serviceId);
    const name = t('filing.field.accessOf', { name: serviceName(service, i + 1, t) });
    for (const [key, label] of ACCESS) out.push({ value: `access.${i}.${key}`, label: `${name} · ${t(label)}` });
  });
  out.push({ value: 'documents', label: t('filing.step.documents') });
  return out;
}

/** The label of a rejection's field, or the path itself for a field this order no longer has. */
export function dataFieldLabel(path: string, data: FilingData, t: TFunction): string {
  return dataFields(data, t).find((f) => f.value === path)?.label ?? path;
}
