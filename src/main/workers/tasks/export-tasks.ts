import type { FilingDetail, FilingRow } from '../../../shared/ipc/filing-schemas';
import type { ServiceRow } from '../../../shared/ipc/portfolio-schemas';
import type { Language } from '../../../shared/ipc/schemas';
import { calendarOf, type CalendarItem } from '../../reports/calendar';
import { tableToCsv } from '../../reports/csv';
import { filingSummary } from '../../reports/filing-summary';
import type { FontPaths } from '../../reports/fonts';
import { ReportLabels } from '../../reports/labels';
import { renderPdf } from '../../reports/pdf';
import { portfolioReport, type PortfolioReportData } from '../../reports/portfolio-report';
import type { Table } from '../../reports/table';
import { deadlinesTable, entitiesTable, filingsTable, servicesTable, type DeadlineLine, type EntityExportRow } from '../../reports/tables';
import { verificationForm } from '../../reports/verification-form';
import { tableToXlsx } from '../../reports/xlsx';
import type { TaskIo } from './types';

/** Steps a PDF's writing phase reports (its layout before that reports nothing: total 0). */
const PDF_STEPS = 100;

/**
 * What a PDF task gets: plain data only. The document definition is built here, in the worker —
 * pdfmake's definitions hold functions (footers, table layouts), which cannot cross the thread
 * boundary — and the fonts come as paths found in main (process.resourcesPath and __dirname differ here).
 */
export type PdfTaskInput = { fonts: FontPaths; language: Language; now: string } & (
  | { report: 'portfolio'; data: Omit<PortfolioReportData, 'now'> }
  | { report: 'filing-summary' | 'verification-form'; detail: FilingDetail }
);

/**
 * A list's rows as main's list functions answer them. The table (labels in the language, one cell
 * per column) is made here: for 10,000 entities that alone took main about 300 ms. The entities,
 * which carry their leader and first website so the file imports again, come as JSON slices: main
 * makes each slice in one short step, and a few strings cross to the worker for the cost of a copy
 * (10,000 such rows as objects took main 140–320 ms to clone on a busy machine).
 */
export type TableSource =
  | { list: 'entities'; slices: string[]; count: number }
  | { list: 'services'; rows: ServiceRow[] }
  | { list: 'filings'; rows: FilingRow[] }
  | { list: 'deadlines'; rows: DeadlineLine[] };

export const sourceSize = (source: TableSource): number => (source.list === 'entities' ? source.count : source.rows.length);

function tableOf(source: TableSource, l: ReportLabels): Table {
  switch (source.list) {
    case 'entities':
      return entitiesTable(source.slices.flatMap((slice) => JSON.parse(slice) as EntityExportRow[]), l);
    case 'services':
      return servicesTable(source.rows, l);
    case 'filings':
      return filingsTable(source.rows, l);
    case 'deadlines':
      return deadlinesTable(source.rows, l);
  }
}

/** Exports (issue #6): making the table and writing the file, or laying out a PDF, is the slow part, so it runs here. */
export const exportTasks = {
  'render-table': async (input: { source: TableSource; format: 'xlsx' | 'csv'; language: Language }, io: TaskIo): Promise<Uint8Array> => {
    io.progress(0, sourceSize(input.source));
    const table = tableOf(input.source, new ReportLabels(input.language));
    const progress = (done: number, total: number) => io.progress(done, total);
    return input.format === 'csv' ? tableToCsv(table, progress) : tableToXlsx(table, progress);
  },
  /** The ics package validates every event (about 0.3–1 ms each): up to MAX_CALENDAR_EVENTS of them. */
  'render-calendar': (input: { items: CalendarItem[]; calName: string }, io: TaskIo): Uint8Array => {
    io.progress(0, input.items.length);
    return calendarOf(input.items, input.calName);
  },
  'render-pdf': (input: PdfTaskInput, io: TaskIo): Promise<Uint8Array> => {
    const l = new ReportLabels(input.language);
    const now = new Date(input.now);
    const doc =
      input.report === 'portfolio'
        ? portfolioReport({ ...input.data, now }, l)
        : input.report === 'filing-summary'
          ? filingSummary(input.detail, l, now)
          : verificationForm(input.detail, l, now);
    return renderPdf(doc, input.fonts, (share) => io.progress(Math.round(share * PDF_STEPS), PDF_STEPS));
  },
};
