import type { FilingStep, OperationId } from '../../../../shared/domain';
import type { RequiredDocumentView } from '../../../../shared/ipc';

/** The wizard's pages: the data steps of a filing, then the review with the pre-submission check. */
export type WizardStep = FilingStep | 'review';

export const WIZARD_STEPS: readonly WizardStep[] = ['entity', 'leaders', 'services', 'access', 'documents', 'review'];

const ALL: readonly WizardStep[] = WIZARD_STEPS;
/** The entity is stored and filed already: only the new service, its leader and access are sent. */
const ADD_TO_FILED: readonly WizardStep[] = ['leaders', 'services', 'access', 'documents', 'review'];
/** Cancellations and remove-access act on stored records: nothing to type but the checklist. */
const ON_STORED: readonly WizardStep[] = ['documents', 'review'];

/** The steps an operation needs (domain-reference §2, §2.1). */
export function stepsFor(operation: OperationId): readonly WizardStep[] {
  switch (operation) {
    case 'add-service-existing-entity':
      return ADD_TO_FILED;
    case 'remove-access':
    case 'cancel-entity':
    case 'cancel-service':
      return ON_STORED;
    default:
      return ALL;
  }
}

/** Operations whose order brings new websites/apps (the services step may add and remove them). */
export const ADDS_SERVICES: readonly OperationId[] = ['initial', 'add-service-new-entity-here', 'add-service-existing-entity'];

/** Where a finding or an issue is fixed: the step, and the form field when it has one. */
export interface FieldTarget {
  step: WizardStep;
  field?: string;
}

/** Lists of plain values are one control (tags, multiple select): their items point at the control. */
const LIST_FIELDS = new Set(['domains', 'contentCategories', 'languages', 'ips', 'names']);
/** Whole lists edited as several controls: no single field to focus. */
const GROUP_FIELDS = new Set(['platforms', 'preApprovals']);

const isIndex = (part: string | undefined): boolean => part !== undefined && /^\d+$/.test(part);

/** A data path ('services.0.domains.2') as the form field that holds it ('services.0.domains'). */
export function formField(parts: readonly string[]): string | undefined {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    out.push(part);
    if (LIST_FIELDS.has(part) && isIndex(parts[i + 1])) break;
    if (GROUP_FIELDS.has(part) && !isIndex(parts[i + 1])) return undefined;
  }
  return out.join('.');
}

interface TargetOptions {
  steps: readonly WizardStep[];
  /** The documents checklist in the order the documents step shows it. */
  documents?: readonly Pick<RequiredDocumentView, 'path'>[];
  /** The step a finding names when its path does not say. */
  fallback?: WizardStep;
}

/**
 * Where to fix what a dotted path of the filing data names (a finding's path, a rejection's field):
 * 'services.0.domain' → the services step, field 'services.0.domain'. The entity's leader is chosen
 * on the leaders step; a document is its checkbox; the order's subject (entityId, targets) is the
 * review. A step the operation does not have falls back to the review.
 */
export function targetOfPath(path: string | undefined, { steps, documents = [], fallback = 'review' }: TargetOptions): FieldTarget {
  const within = (target: FieldTarget): FieldTarget => (steps.includes(target.step) ? target : { step: steps.includes(fallback) ? fallback : 'review' });
  if (!path) return within({ step: fallback });
  const parts = path.split('.');
  const [head, second] = parts;
  switch (head) {
    case 'entity':
      if (second === 'leaderId') return within({ step: 'leaders', field: 'entityLeaderId' });
      if (second === 'overrides') return within({ step: 'entity', field: 'usccOverride.note' });
      return within(parts.length === 1 ? { step: 'entity' } : { step: 'entity', field: formField(parts) });
    case 'leaders':
    case 'services':
    case 'access': {
      if (parts.length < 3) return within({ step: head });
      const field = formField(parts);
      return within(field ? { step: head, field } : { step: head });
    }
    case 'documents': {
      const index = documents.findIndex((d) => d.path === path);
      return within(index < 0 ? { step: 'documents' } : { step: 'documents', field: `documents.${index}.provided` });
    }
    default:
      return within({ step: 'review' });
  }
}

/** A save-step issue path (['data', 0, 'mobile']) as the step's form field ('leaders.0.mobile'). */
export function issueField(step: WizardStep, path: readonly (string | number)[]): string {
  const rest = path[0] === 'data' ? path.slice(1) : path;
  const dotted = [step, ...rest.map(String)].join('.');
  if (step === 'entity' && rest[0] === 'leaderId') return 'entityLeaderId';
  if (step === 'entity' && rest[0] === 'overrides') return 'usccOverride.note';
  return formField(dotted.split('.')) ?? dotted;
}
