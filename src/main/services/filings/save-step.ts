import { text } from '../../../shared/domain/finding';
import { filingNode } from '../../../shared/domain/lifecycle-filing';
import type { FilingNode } from '../../../shared/domain/lifecycle-filing-types';
import type { Filing, FilingData } from '../../../shared/domain/model/filing';
import type { FilingSaveStepInput } from '../../../shared/ipc/filing-schemas';
import type { FilingDeps } from './deps';
import { filingIn } from './drafts';
import { notEditable, staleFiling } from './messages';

/**
 * Where the applicant holds the pen: a draft, and an order sent back (rejected, or a returned SMS
 * check) to be fixed and resubmitted. Under review the data is frozen (§2: A2, A15; §9.1).
 */
const EDITABLE: readonly FilingNode[] = ['DRAFT', 'PROVIDER_REJECTED', 'ADMIN_REJECTED', 'SMS_VERIFICATION:timed-out'];

export const isEditable = (f: Pick<Filing, 'state' | 'sms'>): boolean => EDITABLE.includes(filingNode(f.state, f.sms));

const STEP_LABEL = {
  entity: text('主体信息', 'entity'),
  leaders: text('负责人', 'leaders'),
  services: text('网站/App', 'websites/apps'),
  access: text('接入信息', 'access'),
  documents: text('材料', 'documents'),
} as const;

/**
 * filing:save-step — replaces one step's data, always (Back and autosave save what is typed); the
 * validation is the caller's next step. CONFLICT when the order changed since the form was loaded.
 */
export async function saveStep(deps: FilingDeps, input: FilingSaveStepInput): Promise<Filing> {
  return deps.ctx.transact((tx, at) => {
    const current = filingIn(tx, input.id);
    if (current.updatedAt !== input.expectedUpdatedAt) throw staleFiling();
    if (!isEditable(current)) throw notEditable(current);
    const data: FilingData = { ...current.data, [input.step]: input.data };
    const next: Filing = { ...current, data, updatedAt: at };
    tx.put('filings', next);
    // Autosave and Back save every few seconds while typing; only Next (validate) is a moment worth
    // a line in the history, or the timeline would drown in saves.
    if (!input.validate) return next;
    const label = STEP_LABEL[input.step];
    tx.log({ action: 'filing.step-saved', target: { collection: 'filings', id: current.id }, summary: text(`保存备案订单的“${label['zh-CN']}”步骤`, `Filing order step "${label.en}" saved`) });
    return next;
  });
}
