import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FILING_TERMINAL_STATES } from '../../shared/domain/lifecycle-filing';
import type { FieldChange, FilingDetail } from '../../shared/ipc/filing-schemas';
import { chinaMinute, type ReportLabels } from './labels';
import { frame, grid, pairs, signatureLines } from './pdf-common';

/** Record keys that carry no information for the client (ids, bookkeeping). */
const SKIPPED = new Set(['id', 'leaderId', 'serviceId', 'entityId', 'lifecycle', 'createdAt', 'updatedAt', 'archivedAt', 'files', 'fileName', 'sha256']);

/** Draft keys whose form label has a shorter message key. */
const LABEL_KEYS: Record<string, string> = { leaderIsLegalRepresentative: 'leaderIsLegalRep', legalRepresentative: 'legalRep', certificateValidFrom: 'validFrom', certificateValidUntil: 'validUntil' };

/**
 * Every entered value of a draft as (label, value) lines, labels from the form's catalog
 * (`entity.field.name` …) where there is one, else the field's own key. Nested objects and lists
 * are flattened with their path so nothing the user typed is left out.
 */
export function flattenDraft(value: unknown, section: 'entity' | 'person' | 'service' | 'access', l: ReportLabels, prefix = ''): [string, string][] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object') return [[prefix, String(value)]];
  const out: [string, string][] = [];
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (SKIPPED.has(key) || v === undefined || v === null || v === '') continue;
    const fieldKey = `${section}.field.${LABEL_KEYS[key] ?? key}`;
    const label = prefix ? `${prefix} · ${l.has(fieldKey) ? l.t(fieldKey) : key}` : l.has(fieldKey) ? l.t(fieldKey) : key;
    if (typeof v === 'boolean') out.push([label, l.yesNo(v)]);
    else if (key === 'nature' && typeof v === 'string') out.push([label, l.nature(v)]);
    else if (key === 'kind' && typeof v === 'string') out.push([label, l.serviceKind(v)]);
    else if (key === 'certificateType' && typeof v === 'string') out.push([label, l.certificateType(v)]);
    else if (key === 'serverRegion' && typeof v === 'string') out.push([label, l.province(v)]);
    else if (key === 'providerId' && typeof v === 'string') out.push([label, l.provider(v)]);
    else if (key === 'province' && typeof v === 'string') out.push([label, l.province(v)]);
    else if (key === 'city' && typeof v === 'string') out.push([label, l.city(v)]);
    else if (key === 'district' && typeof v === 'string') out.push([label, v]);
    else if (Array.isArray(v)) {
      if (v.every((x) => typeof x !== 'object' || x === null)) {
        if (v.length > 0) out.push([label, v.map(String).join(l.separator)]);
      } else v.forEach((item, i) => out.push(...flattenDraft(item, section, l, `${label} ${i + 1}`)));
    } else if (typeof v === 'object') out.push(...flattenDraft(v, section, l, label));
    else out.push([label, String(v)]);
  }
  return out;
}

/**
 * A modification's changes, filed value against the new one, as the filing page's table shows them
 * (detail.changes: frozen at closing for a closed order, else the live diff).
 */
function changesTable(changes: readonly FieldChange[], l: ReportLabels): Content {
  if (changes.length === 0) return { text: l.t('filing.changes.none') };
  const shown = (v: string | undefined) => v ?? l.t('filing.changes.empty');
  return grid(
    [l.t('filing.changes.field'), l.t('filing.changes.old'), l.t('filing.changes.new')],
    changes.map((c) => [c.label[l.language], shown(c.old), shown(c.new)]),
    [130, '*', '*'],
  );
}

/**
 * Under the findings of a closed order: whether they are the check frozen when it closed or, for an
 * order closed before checks were frozen, today's check (which may differ from what was sent).
 */
function closingNote(detail: FilingDetail, l: ReportLabels): Content[] {
  if (!FILING_TERMINAL_STATES.includes(detail.filing.state)) return [];
  const frozen = detail.filing.closingCheck;
  const text = frozen ? l.t('report.pdf.filing.frozen', { date: chinaMinute(frozen.frozenAt), rulesAsOf: frozen.rulesAsOf }) : l.t('report.pdf.filing.live');
  return [{ text, color: '#555555', margin: [0, 0, 0, 4] }];
}

/** The filing summary the client checks and signs: everything entered, the check, the documents, signatures. */
export function filingSummary(detail: FilingDetail, l: ReportLabels, now: Date): TDocumentDefinitions {
  const { filing } = detail;
  const data = filing.data;
  const empty = l.t('report.pdf.filing.empty');
  const entityName = detail.entity?.name ?? data.entity?.name ?? '';
  const order: [string, string][] = [
    [l.t('report.col.entityName'), entityName],
    [l.t('report.col.operation'), l.operation(filing.operation)],
    [l.t('report.col.state'), l.filingState(filing.state)],
    [l.t('report.col.providers'), filing.providerId ? l.provider(filing.providerId) : ''],
    [l.t('report.col.providerOrderNumber'), filing.providerOrderNumber ?? ''],
    [l.t('report.col.updatedAt'), chinaMinute(filing.updatedAt)],
  ];
  const entity = data.entity ?? detail.entity;
  const content: Content[] = [
    { text: l.t('report.pdf.filing.intro'), margin: [0, 0, 0, 6] },
    { text: l.t('report.pdf.filing.order'), style: 'h2' },
    pairs(order, empty),
    ...(filing.operation === 'modify' ? [{ text: l.t('filing.changes.title'), style: 'h2' }, changesTable(detail.changes, l)] : []),
    { text: l.t('report.pdf.filing.entity'), style: 'h2' },
    pairs(flattenDraft(entity, 'entity', l), empty),
  ];
  const leaders = data.leaders ?? [];
  if (leaders.length > 0) {
    content.push({ text: l.t('report.pdf.filing.leaders'), style: 'h2' });
    leaders.forEach((p, i) => content.push({ text: p.name || `${l.t('report.pdf.filing.leaders')} ${i + 1}`, style: 'h3' }, pairs(flattenDraft(p, 'person', l), empty)));
  }
  const services = data.services && data.services.length > 0 ? data.services : detail.targets;
  if (services.length > 0) {
    content.push({ text: l.t('report.pdf.filing.services'), style: 'h2' });
    services.forEach((s, i) => content.push({ text: s.name || `${l.t('report.pdf.filing.services')} ${i + 1}`, style: 'h3' }, pairs(flattenDraft(s, 'service', l), empty)));
  }
  const access = data.access ?? [];
  if (access.length > 0) {
    const serviceName = new Map(services.map((s) => [s.id, s.name]));
    content.push({ text: l.t('report.pdf.filing.access'), style: 'h2' });
    access.forEach((a, i) => content.push({ text: serviceName.get(a.serviceId) || `${l.t('report.pdf.filing.access')} ${i + 1}`, style: 'h3' }, pairs(flattenDraft(a, 'access', l), empty)));
  }
  content.push({ text: l.t('report.pdf.filing.findings'), style: 'h2' }, ...closingNote(detail, l));
  content.push(
    detail.findings.length > 0
      ? grid(
          [l.t('report.col.status'), l.t('report.pdf.value')],
          detail.findings.map((f) => {
            const marks = [f.acknowledged ? l.t('report.pdf.filing.acknowledged') : '', f.overridden ? l.t('report.pdf.filing.overridden') : ''].filter((m) => m !== '');
            const severity = l.t(f.severity === 'error' ? 'report.pdf.severity.error' : 'report.pdf.severity.warning');
            return [marks.length > 0 ? `${severity}（${marks.join(l.separator)}）` : severity, f.message[l.language]];
          }),
          [90, '*'],
        )
      : { text: l.t('report.pdf.filing.findings.none') },
  );
  content.push({ text: l.t('report.pdf.filing.documents'), style: 'h2' });
  content.push(
    detail.requiredDocuments.length > 0
      ? grid(
          ['', l.t('report.pdf.field'), l.t('report.col.status')],
          detail.requiredDocuments.map((d) => [d.provided ? '☑' : '□', `${d.label[l.language]}\n${d.reason[l.language]}`, l.t(d.provided ? 'report.pdf.filing.documents.provided' : 'report.pdf.filing.documents.missing')]),
          [16, '*', 50],
        )
      : { text: l.t('report.pdf.portfolio.none') },
  );
  content.push(signatureLines([l.t('report.pdf.signature.client'), l.t('report.pdf.signature.agent'), l.t('report.pdf.signature.date')]));
  return frame(l, `${l.t('report.pdf.filing.title')}${entityName ? ` — ${entityName}` : ''}`, now, content);
}
