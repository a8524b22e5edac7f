import type { TFunction } from 'i18next';
import type { Finding, FilingEvent, OperationId } from '../../../../shared/domain';
import type { ChannelInput, FilingDetail } from '../../../../shared/ipc';
import type { FieldFindings } from '../../../components/form/findings-resolver';
import { entityNumberFindings } from '../../entities/form/entity-form';
import { serviceNumberFindings } from '../../portfolio/service-checks';
import { fromBeijingInput } from '../common/time';

/** Operations whose 管局 approval issues (or confirms) numbers written into the portfolio (§2). */
export const ISSUES_NUMBERS: readonly OperationId[] = ['initial', 'access', 'add-service-new-entity-here', 'add-service-existing-entity', 'claim'];
/** Events that carry field-level reasons (W4: field, error, suggestion). */
export const REJECTIONS: readonly FilingEvent[] = ['provider-reject', 'admin-reject'];
/** Events that hand the order to the provider (the pre-submission check must be clear). */
export const SUBMISSIONS: readonly FilingEvent[] = ['submit', 'resubmit'];
/** Events after which the order is over for good. */
export const FINAL: readonly FilingEvent[] = ['abandon', 'expire'];

export interface RejectionRow {
  fieldPath?: string | undefined;
  reason?: string | undefined;
  suggestion?: string | undefined;
}

export interface NumberRow {
  serviceKey: string;
  label: string;
  kind: 'website' | 'app' | 'mini-program' | 'quick-app';
  number?: string | undefined;
}

export interface EventFormValues {
  at?: string | undefined;
  providerOrderNumber?: string | undefined;
  note?: string | undefined;
  rejections: RejectionRow[];
  numbers: { entityNumber?: string | undefined; services: NumberRow[] };
}

const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** Whether the approval of this order asks for numbers. */
export const asksNumbers = (event: FilingEvent, operation: OperationId): boolean => event === 'admin-approve' && ISSUES_NUMBERS.includes(operation);

/** The form opened on an order: now, its order number, one empty reason, the numbers known so far. */
export function eventDefaults(detail: FilingDetail, event: FilingEvent, now: string): EventFormValues {
  const { filing } = detail;
  const numbers: EventFormValues['numbers'] = { services: [] };
  if (asksNumbers(event, filing.operation)) {
    numbers.entityNumber = detail.entity?.icpNumber ?? filing.data.entity?.icpNumber;
    numbers.services = (filing.data.services ?? []).map((s, i) => ({
      serviceKey: s.id,
      kind: s.kind,
      label: s.name?.trim() || (s.kind === 'website' ? s.domain?.trim() : undefined) || `#${i + 1}`,
      number: s.icpNumber ?? detail.targets.find((t) => t.id === s.id)?.icpNumber,
    }));
  }
  return {
    at: now,
    providerOrderNumber: SUBMISSIONS.includes(event) || event === 'provider-approve' ? filing.providerOrderNumber : undefined,
    rejections: REJECTIONS.includes(event) ? [{}] : [],
    numbers,
  };
}

/**
 * The numbers as typed, checked with the shared ICP grammar (parseIcpNumber/checkServiceNumber via
 * the portfolio's checks): the entity number has no suffix; each service number sits under it and
 * ends as its kind requires (§5).
 */
export function numberFindings(values: EventFormValues): FieldFindings {
  const out: Record<string, Finding[]> = {};
  const entityNumber = values.numbers.entityNumber;
  if (filled(entityNumber)) out['numbers.entityNumber'] = entityNumberFindings(entityNumber);
  values.numbers.services.forEach((row, i) => {
    if (filled(row.number)) out[`numbers.services.${i}.number`] = serviceNumberFindings(row.number, entityNumber, row.kind);
  });
  return out;
}

export interface FormProblem {
  field: string;
  message: string;
}

/** What must be filled before the event can be recorded (the rest is main's to check). */
export function eventProblems(values: EventFormValues, event: FilingEvent, operation: OperationId, t: TFunction): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!fromBeijingInput(values.at)) problems.push({ field: 'at', message: t('filing.event.timeInvalid') });
  values.rejections.forEach((row, i) => {
    if (!filled(row.reason)) problems.push({ field: `rejections.${i}.reason`, message: t('form.value.required') });
  });
  if (asksNumbers(event, operation)) {
    if (!filled(values.numbers.entityNumber)) problems.push({ field: 'numbers.entityNumber', message: t('form.value.required') });
    values.numbers.services.forEach((row, i) => {
      if (!filled(row.number)) problems.push({ field: `numbers.services.${i}.number`, message: t('form.value.required') });
    });
  }
  const findings = numberFindings(values);
  for (const [field, list] of Object.entries(findings)) {
    if (list.some((f) => f.severity === 'error') && !problems.some((p) => p.field === field)) problems.push({ field, message: '' });
  }
  return problems;
}

/** The record-event call for the form. */
export function eventInput(id: string, event: FilingEvent, operation: OperationId, values: EventFormValues): ChannelInput<'filing:record-event'> {
  const at = fromBeijingInput(values.at) ?? '';
  const input: ChannelInput<'filing:record-event'> = { id, event, at };
  if (filled(values.note)) input.note = values.note.trim();
  if (filled(values.providerOrderNumber)) input.providerOrderNumber = values.providerOrderNumber.trim();
  if (REJECTIONS.includes(event)) {
    input.rejections = values.rejections.map((r) => ({ fieldPath: r.fieldPath ?? '', reason: (r.reason ?? '').trim(), suggestion: (r.suggestion ?? '').trim() }));
  }
  if (asksNumbers(event, operation)) {
    input.numbers = {
      entityNumber: (values.numbers.entityNumber ?? '').trim(),
      services: values.numbers.services.map((s) => ({ serviceKey: s.serviceKey, number: (s.number ?? '').trim() })),
    };
  }
  return input;
}

/** Main's issue path (['numbers', 'services', 0, 'number']) as the form's field. */
export const eventField = (path: readonly (string | number)[]): string => path.join('.');
