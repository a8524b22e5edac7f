import type { ChannelInput } from '../../../shared/ipc/contract';
import type { FilingRow } from '../../../shared/ipc/filing-schemas';
import type { EntityRow, ServiceRow } from '../../../shared/ipc/portfolio-schemas';
import { MAX_CALENDAR_EVENTS, MAX_EXPORT_ROWS, ReportExportInput, type EntityExportFilters, type ReportFile } from '../../../shared/ipc/report-schemas';
import type { Language } from '../../../shared/ipc/schemas';
import { calendarOf, type CalendarItem } from '../../reports/calendar';
import { tableToCsv } from '../../reports/csv';
import { filingSummary } from '../../reports/filing-summary';
import type { FontPaths } from '../../reports/fonts';
import { chinaDay, ReportLabels } from '../../reports/labels';
import { renderPdf } from '../../reports/pdf';
import { portfolioReport } from '../../reports/portfolio-report';
import type { Table } from '../../reports/table';
import { deadlinesTable, entitiesTable, filingsTable, servicesTable, type DeadlineLine } from '../../reports/tables';
import { verificationForm } from '../../reports/verification-form';
import { tableToXlsx } from '../../reports/xlsx';
import type { FilingService } from '../filings';
import { listFilings } from '../filings/list-filings';
import type { PortfolioServices } from '../portfolio';
import { refStatus, type EntityEntry } from '../portfolio/entries';
import { listEntities } from '../portfolio/entity-list';
import { listServices } from '../portfolio/service-list';
import { parseInput } from '../portfolio/validation';

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
  pdf: 'application/pdf',
} as const;

/**
 * Entities one portfolio PDF lists (each with its services and deadlines); the count says how many
 * matched. pdfmake lays out about 10–15 pages a second here and blocks main meanwhile: 100 entities
 * (68 pages) took 4–8 s, so 50. Narrow with the filters; a worker thread would lift this.
 */
export const MAX_PDF_ENTITIES = 50;

/** Days before a deadline the calendar reminder fires: a week, or a day for the short SMS clocks. */
const remindDays = (kind: string): number => (kind.includes('sms') ? 1 : 7);

export interface ReportServiceOptions {
  /** Where the PDF fonts are; found on first use when absent (reports/fonts). */
  fonts?: () => FontPaths;
}

interface Built {
  body: Buffer;
  rowCount: number;
  truncated: boolean;
  name: string;
}

/**
 * report:export — the lists as XLSX/CSV through the very list functions behind the list channels
 * (same filters, same order, without paging), the open deadlines as .ics, and the PDF reports. All
 * of it runs in main and answers the file as base64 (bounded by MAX_EXPORT_ROWS).
 */
export class ReportService {
  constructor(
    private readonly portfolio: PortfolioServices,
    private readonly filings: FilingService,
    private readonly options: ReportServiceOptions = {},
  ) {}

  private get ctx() {
    return this.portfolio.context;
  }

  async export(raw: ChannelInput<'report:export'>): Promise<ReportFile> {
    const input = parseInput(ReportExportInput, raw, this.ctx.language());
    const language: Language = input.language ?? this.ctx.language();
    const l = new ReportLabels(language);
    const now = this.ctx.now();
    let built: Built;
    switch (input.kind) {
      case 'entities': {
        const { rows, truncated } = this.entityRows(input.filters);
        built = await this.table(entitiesTable(rows, l), input.format, truncated, l.t('report.file.entities'));
        break;
      }
      case 'services': {
        const result = listServices(this.ctx.index.current(), this.ctx.store, { ...input.filters, offset: 0, limit: MAX_EXPORT_ROWS });
        built = await this.table(servicesTable(result.rows, l), input.format, result.total > result.rows.length, l.t('report.file.services'));
        break;
      }
      case 'filings': {
        const result = listFilings(this.ctx.store, { ...input.filters, offset: 0, limit: MAX_EXPORT_ROWS }, now);
        built = await this.table(filingsTable(result.rows, l), input.format, result.total > result.rows.length, l.t('report.file.filings'));
        break;
      }
      case 'deadlines': {
        const lines = this.deadlines();
        const max = input.format === 'ics' ? MAX_CALENDAR_EVENTS : MAX_EXPORT_ROWS;
        const truncated = lines.length > max;
        const kept = lines.slice(0, max);
        if (input.format === 'ics') {
          built = { body: calendarOf(kept.map((d) => this.calendarItem(d, l)), l.t('report.file.deadlines')), rowCount: kept.length, truncated, name: l.t('report.file.deadlines') };
        } else built = await this.table(deadlinesTable(kept, l), input.format, truncated, l.t('report.file.deadlines'));
        break;
      }
      case 'portfolio': {
        built = await this.portfolioPdf(input.filters, l, now);
        break;
      }
      case 'filing-summary':
      case 'verification-form': {
        const detail = this.filings.get(input.filingId);
        const doc = input.kind === 'filing-summary' ? filingSummary(detail, l, now) : verificationForm(detail, l, now);
        const entityName = detail.entity?.name ?? detail.filing.data.entity?.name ?? '';
        const base = l.t(input.kind === 'filing-summary' ? 'report.file.filingSummary' : 'report.file.verificationForm');
        built = { body: await renderPdf(doc, this.fonts()), rowCount: 1, truncated: false, name: entityName ? `${base}-${entityName}` : base };
        break;
      }
    }
    return {
      fileName: `${safeFileName(built.name)}-${chinaDay(now.toISOString())}.${input.format}`,
      mimeType: MIME[input.format],
      base64: built.body.toString('base64'),
      rowCount: built.rowCount,
      truncated: built.truncated,
    };
  }

  private fonts(): FontPaths | undefined {
    return this.options.fonts?.();
  }

  private entityRows(filters: EntityExportFilters, limit = MAX_EXPORT_ROWS): { rows: EntityRow[]; total: number; truncated: boolean } {
    const result = listEntities(this.ctx.index.current(), this.ctx.store, { ...filters, offset: 0, limit }, this.ctx.now());
    return { rows: result.rows, total: result.total, truncated: result.total > result.rows.length };
  }

  private async table(table: Table, format: 'xlsx' | 'csv', truncated: boolean, name: string): Promise<Built> {
    const body = format === 'csv' ? tableToCsv(table) : await tableToXlsx(table);
    return { body, rowCount: table.rows.length, truncated, name };
  }

  /**
   * Every open deadline, soonest first: the portfolio's (services, leaders' certificates, the open
   * filings of stored entities — the dashboard's data, without its 30-day window and 100-item cap),
   * plus the next deadline of open orders whose entity is not stored yet (initial filings).
   */
  deadlines(): DeadlineLine[] {
    const index = this.ctx.index.current();
    const nowMs = this.ctx.now().getTime();
    const lines: DeadlineLine[] = [];
    for (const e of index.entities.values()) if (!e.archived) lines.push(...deadlinesOf(e, nowMs));
    const orphans = listFilings(this.ctx.store, { open: true, offset: 0, limit: MAX_EXPORT_ROWS }, this.ctx.now()).rows.filter((r: FilingRow) => !r.entityId && r.nextDeadline);
    for (const r of orphans) {
      const d = r.nextDeadline;
      if (!d) continue;
      lines.push({ key: `filing:${r.id}:${d.kind}:${d.dueAt}`, kind: d.kind, label: d.label, dueAt: d.dueAt, status: d.status, target: { kind: 'filing', id: r.id, name: r.entityName }, entityName: r.entityName });
    }
    return lines.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
  }

  private calendarItem(d: DeadlineLine, l: ReportLabels): CalendarItem {
    const label = d.label[l.language];
    const name = d.target.name || d.entityName;
    return {
      uid: `${d.key.replace(/[^\w.:-]/g, '_')}@icp-desk`,
      day: chinaDay(d.dueAt),
      title: l.t('report.ics.summary', { label, name }),
      description: l.t('report.ics.description', { label, name }),
      alarm: l.t('report.ics.alarm', { label }),
      remindDaysBefore: remindDays(d.kind),
    };
  }

  private async portfolioPdf(filters: EntityExportFilters, l: ReportLabels, now: Date): Promise<Built> {
    const { rows, total } = this.entityRows(filters, MAX_PDF_ENTITIES);
    const index = this.ctx.index.current();
    const nowMs = now.getTime();
    const entities = rows.map((row) => {
      const services: ServiceRow[] = listServices(index, this.ctx.store, { entityId: row.id, archived: row.archivedAt !== undefined, offset: 0, limit: 500 }).rows;
      const entry = index.entities.get(row.id);
      return { row, services, deadlines: entry ? deadlinesOf(entry, nowMs) : [] };
    });
    const doc = portfolioReport({ entities, totalEntities: total, maxEntities: MAX_PDF_ENTITIES, filters: describeFilters(filters, l), now }, l);
    return { body: await renderPdf(doc, this.fonts()), rowCount: rows.length, truncated: total > rows.length, name: l.t('report.file.portfolio') };
  }
}

/** An entity's open deadlines (services, leaders' certificates, its open filings), soonest first, as the index keeps them. */
function deadlinesOf(e: EntityEntry, nowMs: number): DeadlineLine[] {
  return e.deadlines.map((d) => ({
    key: `${d.target.kind}:${d.target.id}:${d.kind}:${d.dueAt}`,
    kind: d.kind,
    label: d.label(),
    dueAt: d.dueAt,
    status: refStatus(d, nowMs),
    target: d.target,
    entityName: e.name,
  }));
}

/** The filters of a portfolio report in words, printed under its title. */
function describeFilters(f: EntityExportFilters, l: ReportLabels): string {
  const parts: string[] = [];
  if (f.text) parts.push(`“${f.text}”`);
  if (f.province) parts.push(l.province(f.province));
  if (f.nature) parts.push(l.nature(f.nature));
  if (f.status) parts.push(l.filedState(f.status));
  if (f.provider) parts.push(l.provider(f.provider));
  if (f.hasOpenFiling !== undefined) parts.push(`${l.t('report.col.openFiling')}：${l.yesNo(f.hasOpenFiling)}`);
  if (f.hasOverdue !== undefined) parts.push(`${l.t('report.col.overdue')}：${l.yesNo(f.hasOverdue)}`);
  if (f.archived) parts.push(l.t('reports.filters.archived'));
  return parts.join(l.separator);
}

/** A file name every OS accepts: no path separators or reserved characters, at most 80 characters. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 80);
  return cleaned === '' ? 'report' : cleaned;
}
