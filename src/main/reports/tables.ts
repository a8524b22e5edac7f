import type { LocalizedText } from '../../shared/domain/finding';
import { contentCategories } from '../../shared/domain/model/content-categories';
import type { Entity } from '../../shared/domain/model/entity';
import { LONG_TERM, type Person } from '../../shared/domain/model/person';
import type { Website } from '../../shared/domain/model/service';
import type { FilingRow } from '../../shared/ipc/filing-schemas';
import type { EntityRow, LinkTarget, ServiceRow } from '../../shared/ipc/portfolio-schemas';
import { chinaDay, chinaMinute, type ReportLabels } from './labels';
import type { ImportField } from '../../shared/ipc/import-schemas';
import { fieldDef } from '../services/imports/fields';
import type { Table } from './table';

/** One open deadline of the portfolio, as the calendar and the deadline sheet list it. */
export interface DeadlineLine {
  key: string;
  kind: string;
  label: LocalizedText;
  dueAt: string;
  status: 'ok' | 'due-soon' | 'overdue';
  target: LinkTarget;
  entityName: string;
}

/**
 * What an entities export adds to a list row so the file imports again (import:preview): the
 * entity's own fields, its leader and its first website, as the import reads them.
 */
export interface Importable {
  entity: Pick<Entity, 'certificateType' | 'region' | 'certificateAddress' | 'mailingAddress'>;
  leader?: Pick<Person, 'name' | 'certificateType' | 'certificateNumber' | 'certificateValidFrom' | 'certificateValidUntil' | 'mobile' | 'emergencyPhone' | 'email'>;
  website?: Pick<Website, 'name' | 'domain' | 'homepageUrl' | 'icpNumber' | 'contentCategories'>;
}

export type EntityExportRow = EntityRow & { importable?: Importable };

const contentLabel = new Map(contentCategories.items.map((i) => [i.code, i.label]));

/**
 * The import's columns after the list's own: the headers are the import's labels (fields.ts), so a
 * file exported here maps itself when imported on another workstation. The list's 名称, 主体性质,
 * 证件号码 and 备案号 are already import aliases. One website per client travels (the import makes
 * one); its headers say so — the bracketed note is ignored when the headers are matched.
 */
function importColumns(l: ReportLabels): { field: ImportField; value: (i: Importable) => string }[] {
  const day = (v: string | undefined) => (v === LONG_TERM ? (l.language === 'en' ? 'long-term' : '长期') : (v ?? ''));
  return [
    { field: 'entity.certificateType', value: (i) => l.certificateType(i.entity.certificateType) },
    { field: 'entity.region', value: (i) => i.entity.region.district },
    { field: 'entity.certificateAddress', value: (i) => i.entity.certificateAddress },
    { field: 'entity.mailingAddress', value: (i) => i.entity.mailingAddress },
    { field: 'leader.name', value: (i) => i.leader?.name ?? '' },
    { field: 'leader.certificateType', value: (i) => (i.leader ? l.certificateType(i.leader.certificateType) : '') },
    { field: 'leader.certificateNumber', value: (i) => i.leader?.certificateNumber ?? '' },
    { field: 'leader.certificateValidFrom', value: (i) => day(i.leader?.certificateValidFrom) },
    { field: 'leader.certificateValidUntil', value: (i) => day(i.leader?.certificateValidUntil) },
    { field: 'leader.mobile', value: (i) => i.leader?.mobile ?? '' },
    { field: 'leader.emergencyPhone', value: (i) => i.leader?.emergencyPhone ?? '' },
    { field: 'leader.email', value: (i) => i.leader?.email ?? '' },
    { field: 'website.name', value: (i) => i.website?.name ?? '' },
    { field: 'website.domain', value: (i) => i.website?.domain ?? '' },
    { field: 'website.homepageUrl', value: (i) => i.website?.homepageUrl ?? '' },
    { field: 'website.icpNumber', value: (i) => i.website?.icpNumber ?? '' },
    { field: 'website.contentCategory', value: (i) => contentLabel.get(i.website?.contentCategories[0] ?? '')?.[l.language] ?? '' },
  ];
}

export function entitiesTable(rows: readonly EntityExportRow[], l: ReportLabels): Table {
  const extra = importColumns(l);
  const header = (field: ImportField) => {
    const label = fieldDef(field).label[l.language];
    return field.startsWith('website.') ? l.t('report.col.firstWebsite', { label }) : label;
  };
  return {
    sheetName: l.t('report.sheet.entities'),
    columns: [
      { header: l.t('report.col.name'), width: 32 },
      { header: l.t('report.col.nature'), width: 14 },
      { header: l.t('report.col.province'), width: 10 },
      { header: l.t('report.col.certificateNumber'), width: 22 },
      { header: l.t('report.col.icpNumber'), width: 22 },
      { header: l.t('report.col.status'), width: 12 },
      { header: l.t('report.col.serviceCount'), width: 8 },
      { header: l.t('report.col.providers'), width: 20 },
      { header: l.t('report.col.openFiling'), width: 10 },
      { header: l.t('report.col.overdue'), width: 8 },
      { header: l.t('report.col.dueSoon'), width: 8 },
      { header: l.t('report.col.updatedAt'), width: 18 },
      { header: l.t('report.col.archivedAt'), width: 18 },
      ...extra.map((c) => ({ header: header(c.field), width: 18 })),
    ],
    rows: rows.map((r) => [
      r.name,
      l.nature(r.nature),
      l.province(r.province),
      r.certificateNumber,
      r.icpNumber ?? '',
      l.filedState(r.status),
      r.serviceCount,
      l.providers(r.providers),
      l.yesNo(r.openFilingId !== undefined),
      r.overdueCount,
      r.dueSoonCount,
      chinaMinute(r.updatedAt),
      chinaMinute(r.archivedAt),
      ...extra.map((c) => (r.importable ? c.value(r.importable) : '')),
    ]),
  };
}

export function servicesTable(rows: readonly ServiceRow[], l: ReportLabels): Table {
  return {
    sheetName: l.t('report.sheet.services'),
    columns: [
      { header: l.t('report.col.name'), width: 26 },
      { header: l.t('report.col.kind'), width: 10 },
      { header: l.t('report.col.domainOrPackage'), width: 28 },
      { header: l.t('report.col.icpNumber'), width: 24 },
      { header: l.t('report.col.publicSecurityNumber'), width: 24 },
      { header: l.t('report.col.status'), width: 12 },
      { header: l.t('report.col.providers'), width: 20 },
      { header: l.t('report.col.entityName'), width: 32 },
      { header: l.t('report.col.updatedAt'), width: 18 },
      { header: l.t('report.col.archivedAt'), width: 18 },
    ],
    rows: rows.map((r) => [
      r.name,
      l.serviceKind(r.kind),
      r.domainOrPackage,
      r.icpNumber ?? '',
      r.publicSecurityNumber ?? '',
      l.filedState(r.status),
      l.providers(r.providers),
      r.entityName,
      chinaMinute(r.updatedAt),
      chinaMinute(r.archivedAt),
    ]),
  };
}

export function filingsTable(rows: readonly FilingRow[], l: ReportLabels): Table {
  return {
    sheetName: l.t('report.sheet.filings'),
    columns: [
      { header: l.t('report.col.entityName'), width: 32 },
      { header: l.t('report.col.operation'), width: 28 },
      { header: l.t('report.col.state'), width: 16 },
      { header: l.t('report.col.targets'), width: 32 },
      { header: l.t('report.col.providers'), width: 16 },
      { header: l.t('report.col.providerOrderNumber'), width: 20 },
      { header: l.t('report.col.nextDeadline'), width: 28 },
      { header: l.t('report.col.nextDeadlineDue'), width: 12 },
      { header: l.t('report.col.updatedAt'), width: 18 },
    ],
    rows: rows.map((r) => [
      r.entityName,
      l.operation(r.operation),
      l.filingState(r.state),
      r.targetsLabel,
      r.providerId ? l.provider(r.providerId) : '',
      r.providerOrderNumber ?? '',
      r.nextDeadline ? r.nextDeadline.label[l.language] : '',
      r.nextDeadline ? chinaDay(r.nextDeadline.dueAt) : '',
      chinaMinute(r.updatedAt),
    ]),
  };
}

export function deadlinesTable(rows: readonly DeadlineLine[], l: ReportLabels): Table {
  return {
    sheetName: l.t('report.sheet.deadlines'),
    columns: [
      { header: l.t('report.col.dueAt'), width: 12 },
      { header: l.t('report.col.deadline'), width: 36 },
      { header: l.t('report.col.deadlineStatus'), width: 10 },
      { header: l.t('report.col.concerns'), width: 28 },
      { header: l.t('report.col.entityName'), width: 32 },
    ],
    rows: rows.map((d) => [chinaDay(d.dueAt), d.label[l.language], l.deadlineStatus(d.status), d.target.name, d.entityName]),
  };
}
