import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { EntityRow, ServiceRow } from '../../shared/ipc/portfolio-schemas';
import { chinaDay, type ReportLabels } from './labels';
import { frame, grid } from './pdf-common';
import type { DeadlineLine } from './tables';

export interface PortfolioReportData {
  entities: readonly { row: EntityRow; services: readonly ServiceRow[]; deadlines: readonly DeadlineLine[] }[];
  totalEntities: number;
  maxEntities: number;
  filters: string;
  now: Date;
}

/** The portfolio report: per entity its numbers, status and providers, its services and its deadlines. */
export function portfolioReport(data: PortfolioReportData, l: ReportLabels): TDocumentDefinitions {
  const serviceCount = data.entities.reduce((n, e) => n + e.services.length, 0);
  const content: Content[] = [
    { text: l.t('report.pdf.filters', { filters: data.filters || l.t('report.pdf.filters.none') }), margin: [0, 0, 0, 2] },
    { text: l.t('report.pdf.portfolio.count', { entities: data.totalEntities, listed: data.entities.length, services: serviceCount }), margin: [0, 0, 0, 4] },
  ];
  if (data.totalEntities > data.entities.length) content.push({ text: l.t('report.pdf.portfolio.truncated', { max: data.maxEntities }), style: 'muted' });
  for (const { row, services, deadlines } of data.entities) {
    const facts = [
      row.icpNumber ? l.pair(l.t('report.col.icpNumber'), row.icpNumber) : '',
      l.pair(l.t('report.col.status'), l.filedState(row.status)),
      row.province ? l.pair(l.t('report.col.province'), l.province(row.province)) : '',
      l.pair(l.t('report.col.certificateNumber'), row.certificateNumber),
      row.providers.length > 0 ? l.pair(l.t('report.col.providers'), l.providers(row.providers)) : '',
    ].filter((s) => s !== '');
    const block: Content[] = [
      { text: row.name, style: 'h2' },
      { text: facts.join('    '), fontSize: 9 },
      { text: l.t('report.pdf.portfolio.services'), style: 'h3' },
      services.length > 0
        ? grid(
            [l.t('report.col.name'), l.t('report.col.kind'), l.t('report.col.domainOrPackage'), l.t('report.col.icpNumber'), l.t('report.col.status'), l.t('report.col.providers')],
            services.map((s) => [s.name, l.serviceKind(s.kind), s.domainOrPackage, s.icpNumber ?? '', l.filedState(s.status), l.providers(s.providers)]),
            ['*', 40, '*', 100, 50, 60],
          )
        : { text: l.t('report.pdf.portfolio.none'), style: 'muted' },
    ];
    if (deadlines.length > 0) {
      block.push(
        { text: l.t('report.pdf.portfolio.deadlines'), style: 'h3' },
        grid(
          [l.t('report.col.dueAt'), l.t('report.col.deadline'), l.t('report.col.deadlineStatus'), l.t('report.col.concerns')],
          deadlines.map((d) => [chinaDay(d.dueAt), d.label[l.language], l.deadlineStatus(d.status), d.target.name]),
          [60, '*', 50, 120],
        ),
      );
    }
    content.push({ stack: block });
  }
  return frame(l, l.t('report.pdf.portfolio.title'), data.now, content);
}
