import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FilingDetail } from '../../shared/ipc/filing-schemas';
import type { ReportLabels } from './labels';
import { frame, pairs, signatureLines } from './pdf-common';

const BOX = '□';

/**
 * 网站备案信息真实性核验单 (domain-reference §10) pre-filled from a filing: the owner's basic
 * information filled in, the provider's verification items as empty tick boxes, and the commitment
 * with both signature lines. Whether it is still required is province/provider specific (noted on it).
 */
export function verificationForm(detail: FilingDetail, l: ReportLabels, now: Date): TDocumentDefinitions {
  const data = detail.filing.data;
  const entity = data.entity ?? detail.entity;
  const leaders = data.leaders ?? [];
  const leader = leaders.find((p) => p.id === entity?.leaderId) ?? leaders[0];
  const services = data.services && data.services.length > 0 ? data.services : detail.targets;
  const domains = services.map((s) => [s.name, 'domain' in s && s.domain ? s.domain : ''].filter((x) => x).join(' ')).filter((x) => x !== '');
  const providerId = detail.filing.providerId ?? data.access?.find((a) => a.providerId)?.providerId;
  const empty = ' ';
  const basic: [string, string][] = [
    [l.t('report.col.entityName'), entity?.name ?? ''],
    [l.t('report.col.certificateNumber'), entity?.certificateNumber ?? ''],
    [l.t('report.verify.domains'), domains.join(l.separator)],
    [l.t('report.verify.leader'), leader?.name ?? ''],
    [l.t('report.verify.mobile'), leader?.mobile ?? ''],
    [l.t('report.verify.email'), leader?.email ?? ''],
    [l.t('report.verify.address'), entity?.mailingAddress ?? ''],
    [l.t('report.verify.provider'), providerId ? l.provider(providerId) : ''],
  ];
  const tick = (title: string, items: string[]): Content => ({
    margin: [0, 2, 0, 2],
    table: { widths: [110, '*'], body: [[{ text: title, bold: true }, { stack: items.map((i) => ({ text: `${BOX} ${i}` })) }]] },
    layout: { hLineColor: () => '#cccccc', vLineColor: () => '#cccccc' },
  });
  const content: Content[] = [
    { text: l.t('report.verify.note'), style: 'muted', margin: [0, 0, 0, 6] },
    { text: l.t('report.verify.basic'), style: 'h2' },
    pairs(basic, empty),
    { text: l.t('report.verify.content'), style: 'h2' },
    tick(l.t('report.verify.subject'), [l.t('report.verify.subject.unit'), l.t('report.verify.subject.person')]),
    tick(l.t('report.verify.contact'), [l.t('report.verify.contact.items')]),
    tick(l.t('report.verify.website'), [l.t('report.verify.website.items')]),
    tick(l.t('report.verify.access'), [l.t('report.verify.access.items')]),
    { text: l.t('report.verify.commitment'), style: 'h2' },
    { text: l.t('report.verify.commitment.body') },
    signatureLines([l.t('report.verify.verifier'), l.t('report.verify.applicant'), l.t('report.pdf.signature.date')]),
  ];
  return frame(l, l.t('report.verify.title'), now, content);
}
