import type { ChannelInput } from '../../../shared/ipc/contract';
import type { FilingRow } from '../../../shared/ipc/filing-schemas';
import type { EntityRow, ServiceRow } from '../../../shared/ipc/portfolio-schemas';
import { MAX_CALENDAR_EVENTS, MAX_EXPORT_ROWS, ReportExportInput, type EntityExportFilters } from '../../../shared/ipc/report-schemas';
import type { Language } from '../../../shared/ipc/schemas';
import type { CalendarItem } from '../../reports/calendar';
import { locateFonts, type FontPaths } from '../../reports/fonts';
import { chinaDay, ReportLabels } from '../../reports/labels';
import type { DeadlineLine } from '../../reports/tables';
import type { TaskRunner } from '../../workers/task-runner';
import { sourceSize, type PdfTaskInput, type TableSource } from '../../workers/tasks/export-tasks';
import type { FilingService } from '../filings';
import type { JobContext, JobOutput } from '../jobs';
import { listFilings } from '../filings/list-filings';
import type { PortfolioServices } from '../portfolio';
import type { PortfolioReportData } from '../../reports/portfolio-report';
import { refStatus, type EntityEntry } from '../portfolio/entries';
import { importableSlices } from './importable';
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
 * matched. Laid out in main this was 50: their 36 pages blocked main for 1–4 s (quiet to busy 2-core
 * machine, 10,000-entity portfolio). In the task worker main stays responsive (its longest pause
 * under 60 ms), so the bound is now what a person would print and wait for: 200 entities are about
 * 140 pages, 3 s at ~50 pages/s on a quiet machine and 12 s at ~11 pages/s on a busy one, with
 * progress and Cancel. Narrow with the filters for a smaller report.
 */
export const MAX_PDF_ENTITIES = 200;

/** Days before a deadline the calendar reminder fires: a week, or a day for the short SMS clocks. */
const remindDays = (kind: string): number => (kind.includes('sms') ? 1 : 7);

export interface ReportServiceOptions {
  /** Where the PDF fonts are; found in main on first use when absent (reports/fonts). */
  fonts?: () => FontPaths;
}

interface Built {
  body: Uint8Array;
  rowCount: number;
  truncated: boolean;
  name: string;
}

/**
 * report:export, run as a job (job-schemas.ts) — the lists as XLSX/CSV through the very list
 * functions behind the list channels (same filters, same order, without paging), the open deadlines
 * as .ics, and the PDF reports. Main gathers the rows (the list functions are fast); writing the
 * file — the slow part — runs in the task worker (`render-table`, `render-calendar`, `render-pdf`),
 * so no IPC call waits behind it and a cancel terminates the worker. The file stays in the job until
 * the user saves or downloads it: nothing is written to disk here.
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

  async export(raw: ChannelInput<'report:export'>, job: Pick<JobContext, 'progress' | 'signal'>, tasks: TaskRunner): Promise<JobOutput> {
    const input = parseInput(ReportExportInput, raw, this.ctx.language());
    const table = async (source: TableSource, format: 'xlsx' | 'csv', truncated: boolean, name: string): Promise<Built> => {
      const body = await tasks.run('render-table', { source, format, language }, job);
      return { body, rowCount: sourceSize(source), truncated, name };
    };
    const pdf = (request: DistributiveOmit<PdfTaskInput, 'fonts' | 'language' | 'now'>) =>
      tasks.run('render-pdf', { ...request, fonts: this.fonts(), language, now: now.toISOString() } as PdfTaskInput, job);
    const language: Language = input.language ?? this.ctx.language();
    const l = new ReportLabels(language);
    const now = this.ctx.now();
    let built: Built;
    switch (input.kind) {
      case 'entities': {
        const { rows, truncated } = this.entityRows(input.filters);
        const slices = await importableSlices(rows, this.ctx.index.current().entities, this.ctx.store);
        built = await table({ list: 'entities', slices, count: rows.length }, input.format, truncated, l.t('report.file.entities'));
        break;
      }
      case 'services': {
        const result = listServices(this.ctx.index.current(), this.ctx.store, { ...input.filters, offset: 0, limit: MAX_EXPORT_ROWS });
        built = await table({ list: 'services', rows: result.rows }, input.format, result.total > result.rows.length, l.t('report.file.services'));
        break;
      }
      case 'filings': {
        const result = listFilings(this.ctx.store, { ...input.filters, offset: 0, limit: MAX_EXPORT_ROWS }, now);
        built = await table({ list: 'filings', rows: result.rows }, input.format, result.total > result.rows.length, l.t('report.file.filings'));
        break;
      }
      case 'deadlines': {
        const lines = this.deadlines();
        const max = input.format === 'ics' ? MAX_CALENDAR_EVENTS : MAX_EXPORT_ROWS;
        const truncated = lines.length > max;
        const kept = lines.slice(0, max);
        if (input.format === 'ics') {
          const body = await tasks.run('render-calendar', { items: kept.map((d) => this.calendarItem(d, l)), calName: l.t('report.file.deadlines') }, job);
          built = { body, rowCount: kept.length, truncated, name: l.t('report.file.deadlines') };
        } else built = await table({ list: 'deadlines', rows: kept }, input.format, truncated, l.t('report.file.deadlines'));
        break;
      }
      case 'portfolio': {
        const { data, rowCount, truncated } = this.portfolioData(input.filters, l);
        built = { body: await pdf({ report: 'portfolio', data }), rowCount, truncated, name: l.t('report.file.portfolio') };
        break;
      }
      case 'filing-summary':
      case 'verification-form': {
        const detail = this.filings.get(input.filingId);
        const entityName = detail.entity?.name ?? detail.filing.data.entity?.name ?? '';
        const base = l.t(input.kind === 'filing-summary' ? 'report.file.filingSummary' : 'report.file.verificationForm');
        built = { body: await pdf({ report: input.kind, detail }), rowCount: 1, truncated: false, name: entityName ? `${base}-${entityName}` : base };
        break;
      }
    }
    return {
      file: {
        fileName: `${safeFileName(built.name)}-${chinaDay(now.toISOString())}.${input.format}`,
        mimeType: MIME[input.format],
        bytes: built.body,
        rowCount: built.rowCount,
        truncated: built.truncated,
      },
    };
  }

  private fonts(): FontPaths {
    return this.options.fonts?.() ?? locateFonts();
  }

  private entityRows(filters: EntityExportFilters, limit = MAX_EXPORT_ROWS): { rows: EntityRow[]; total: number; truncated: boolean } {
    const result = listEntities(this.ctx.index.current(), this.ctx.store, { ...filters, offset: 0, limit }, this.ctx.now());
    return { rows: result.rows, total: result.total, truncated: result.total > result.rows.length };
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

  /** The portfolio report's data: the first MAX_PDF_ENTITIES filtered entities with their services and deadlines. */
  private portfolioData(filters: EntityExportFilters, l: ReportLabels): { data: Omit<PortfolioReportData, 'now'>; rowCount: number; truncated: boolean } {
    const { rows, total } = this.entityRows(filters, MAX_PDF_ENTITIES);
    const index = this.ctx.index.current();
    const nowMs = this.ctx.now().getTime();
    const entities = rows.map((row) => {
      const services: ServiceRow[] = listServices(index, this.ctx.store, { entityId: row.id, archived: row.archivedAt !== undefined, offset: 0, limit: 500 }).rows;
      const entry = index.entities.get(row.id);
      return { row, services, deadlines: entry ? deadlinesOf(entry, nowMs) : [] };
    });
    return {
      data: { entities, totalEntities: total, maxEntities: MAX_PDF_ENTITIES, filters: describeFilters(filters, l) },
      rowCount: rows.length,
      truncated: total > rows.length,
    };
  }
}

/** Omit over each member of a union (the built-in Omit merges them). */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

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
  if (f.hasOpenFiling !== undefined) parts.push(l.pair(l.t('report.col.openFiling'), l.yesNo(f.hasOpenFiling)));
  if (f.hasOverdue !== undefined) parts.push(l.pair(l.t('report.col.overdue'), l.yesNo(f.hasOverdue)));
  if (f.archived) parts.push(l.t('reports.filters.archived'));
  return parts.join(l.separator);
}

/** A file name every OS accepts: no path separators or reserved characters, at most 80 characters. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 80);
  return cleaned === '' ? 'report' : cleaned;
}
