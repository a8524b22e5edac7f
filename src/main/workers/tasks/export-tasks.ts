import type { FilingDetail } from '../../../shared/ipc/filing-schemas';
import type { Language } from '../../../shared/ipc/schemas';
import { calendarOf, type CalendarItem } from '../../reports/calendar';
import { tableToCsv } from '../../reports/csv';
import { filingSummary } from '../../reports/filing-summary';
import type { FontPaths } from '../../reports/fonts';
import { ReportLabels } from '../../reports/labels';
import { renderPdf } from '../../reports/pdf';
import { portfolioReport, type PortfolioReportData } from '../../reports/portfolio-report';
import type { Table } from '../../reports/table';
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

/** Exports (issue #6): serializing a table or laying out a PDF is the slow part, so it runs here. */
export const exportTasks = {
  'render-table': async (input: { table: Table; format: 'xlsx' | 'csv' }, io: TaskIo): Promise<Uint8Array> => {
    io.progress(0, input.table.rows.length);
    const progress = (done: number, total: number) => io.progress(done, total);
    return input.format === 'csv' ? tableToCsv(input.table, progress) : tableToXlsx(input.table, progress);
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
