import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { chinaMinute, type ReportLabels } from './labels';

export const styles: TDocumentDefinitions['styles'] = {
  title: { fontSize: 16, bold: true, margin: [0, 0, 0, 6] },
  h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
  h3: { fontSize: 10.5, bold: true, margin: [0, 6, 0, 2] },
  muted: { fontSize: 8.5, color: '#555555' },
  th: { bold: true, fillColor: '#eeeeee' },
};

/** The frame every report shares: title, generation time, page numbers in the footer. */
export function frame(l: ReportLabels, title: string, now: Date, content: Content[]): TDocumentDefinitions {
  return {
    info: { title, creator: 'ICP Desk', producer: 'ICP Desk' },
    styles,
    footer: (page, pages) => ({ text: l.t('report.pdf.page', { page, pages }), alignment: 'center', style: 'muted', margin: [0, 16, 0, 0] }),
    content: [
      { text: title, style: 'title' },
      { text: l.t('report.pdf.generatedAt', { at: chinaMinute(now.toISOString()) }), style: 'muted', margin: [0, 0, 0, 8] },
      ...content,
    ],
  };
}

/** A table with a shaded header row that repeats on every page. */
export function grid(headers: readonly string[], rows: readonly (readonly string[])[], widths: (string | number)[]): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [headers.map((h) => ({ text: h, style: 'th' })), ...rows.map((r) => r.map((c) => ({ text: c })))],
    },
    layout: { hLineColor: () => '#bbbbbb', vLineColor: () => '#bbbbbb', paddingTop: () => 2, paddingBottom: () => 2 },
    fontSize: 9,
  };
}

/** Two columns of label and value. */
export function pairs(rows: readonly (readonly [string, string])[], empty: string): Content {
  return {
    table: {
      widths: [150, '*'],
      body: rows.length > 0 ? rows.map(([k, v]) => [{ text: k, bold: true }, { text: v === '' ? empty : v }]) : [[{ text: empty, colSpan: 2 }, {}]],
    },
    layout: { hLineColor: () => '#cccccc', vLineColor: () => '#cccccc', paddingTop: () => 2, paddingBottom: () => 2 },
    fontSize: 9.5,
  };
}

/** Signature lines: a label, then a rule to sign on. */
export function signatureLines(labels: readonly string[]): Content {
  return {
    margin: [0, 24, 0, 0],
    unbreakable: true,
    stack: labels.map((label) => ({
      columns: [
        { text: label, width: 180 },
        { canvas: [{ type: 'line', x1: 0, y1: 14, x2: 300, y2: 14, lineWidth: 0.8 }], width: '*' },
      ],
      margin: [0, 0, 0, 22],
    })),
  };
}
