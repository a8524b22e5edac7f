import { z } from 'zod';
import { Id } from '../domain/model/common';
import { FilingQuery } from './filing-schemas';
import { EntityQuery, ServiceQuery } from './portfolio-schemas';
import { Language } from './schemas';

/**
 * report:export (issue #6, the export half): lists as XLSX/CSV with the same filters as the list
 * screens, the open deadlines as a calendar, and PDF reports. It starts a job (job-schemas.ts) and
 * answers its id; the job's file — a suggested name, MIME type, rows and whether it was cut — is
 * saved through `job:save-file` (desktop save dialog) or downloaded through `job:take-file`.
 */

/** The list filters without paging: an export covers every matching row (up to MAX_EXPORT_ROWS). */
export const EntityExportFilters = EntityQuery.omit({ offset: true, limit: true });
export type EntityExportFilters = z.infer<typeof EntityExportFilters>;
export const ServiceExportFilters = ServiceQuery.omit({ offset: true, limit: true });
export type ServiceExportFilters = z.infer<typeof ServiceExportFilters>;
export const FilingExportFilters = FilingQuery.omit({ offset: true, limit: true });
export type FilingExportFilters = z.infer<typeof FilingExportFilters>;

/** Rows one export may hold: a 10,000-entity portfolio (about 25,000 services) fits with room. */
export const MAX_EXPORT_ROWS = 50_000;

/**
 * Events one calendar file holds, soonest first (overdue ones included): a calendar of more is not
 * usable, and the ics package validates every event (about 0.3–1 ms each), so this also bounds the time.
 */
export const MAX_CALENDAR_EVENTS = 1_000;

export const TableFormat = z.enum(['xlsx', 'csv']);
export type TableFormat = z.infer<typeof TableFormat>;

const language = { language: Language.optional() };

export const ReportExportInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entities'), format: TableFormat, filters: EntityExportFilters.default({ archived: false }), ...language }).strict(),
  z.object({ kind: z.literal('services'), format: TableFormat, filters: ServiceExportFilters.default({ archived: false }), ...language }).strict(),
  z.object({ kind: z.literal('filings'), format: TableFormat, filters: FilingExportFilters.default({}), ...language }).strict(),
  /** Every open deadline of the portfolio; 'ics' is the calendar file (one event and reminder each). */
  z.object({ kind: z.literal('deadlines'), format: z.enum(['xlsx', 'csv', 'ics']), ...language }).strict(),
  /** Entities, services, numbers, providers, statuses and deadlines of the filtered entities. */
  z.object({ kind: z.literal('portfolio'), format: z.literal('pdf'), filters: EntityExportFilters.default({ archived: false }), ...language }).strict(),
  /** All entered data, the pre-submission findings, the documents checklist and signature lines. */
  z.object({ kind: z.literal('filing-summary'), format: z.literal('pdf'), filingId: Id, ...language }).strict(),
  /** 网站备案信息真实性核验单 (domain-reference §10), pre-filled from the filing. */
  z.object({ kind: z.literal('verification-form'), format: z.literal('pdf'), filingId: Id, ...language }).strict(),
]);
export type ReportExportInput = z.input<typeof ReportExportInput>;
export type ReportExportRequest = z.output<typeof ReportExportInput>;
export type ReportKind = ReportExportRequest['kind'];
export type ReportFormat = ReportExportRequest['format'];
