import type { LocalizedText } from '../../shared/domain/finding';
import type { FilingRow } from '../../shared/ipc/filing-schemas';
import type { EntityRow, LinkTarget, ServiceRow } from '../../shared/ipc/portfolio-schemas';
import { chinaDay, chinaMinute, type ReportLabels } from './labels';
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

export function entitiesTable(rows: readonly EntityRow[], l: ReportLabels): Table {
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
