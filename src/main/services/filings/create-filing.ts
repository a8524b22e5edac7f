import { randomUUID } from 'node:crypto';
import { text } from '../../../shared/domain/finding';
import { newFilingLifecycle } from '../../../shared/domain/lifecycle-filing';
import type { Filing } from '../../../shared/domain/model/filing';
import { operationInfo } from '../../../shared/domain/operations';
import type { FilingCreateInput } from '../../../shared/ipc/filing-schemas';
import type { FilingDeps } from './deps';
import { openFilingExists } from './messages';
import { prefill } from './prefill';

/**
 * filing:create — a new order in DRAFT, its data taken from the portfolio (a modification starts from
 * the filed data, a cancellation names what goes). One open order per entity (§1: A23, H1, T4): a
 * second one is refused with a link to the first, checked again inside the commit so two quick
 * clicks cannot both pass.
 */
export async function createFiling(deps: FilingDeps, input: FilingCreateInput): Promise<Filing> {
  const { ctx, view } = deps;
  const start = prefill(ctx.store, input, ctx.language());
  const id = randomUUID();
  return ctx.transact((tx, at) => {
    if (start.entityId) {
      const open = view.openFilingsForEntity(start.entityId)[0];
      if (open) throw openFilingExists(open);
    }
    const filing: Filing = {
      ...newFilingLifecycle(input.operation, at),
      id,
      updatedAt: at,
      targetServiceIds: start.targetServiceIds,
      data: start.data,
      rejectionFindings: [],
      acknowledgedWarnings: [],
      ...(start.entityId ? { entityId: start.entityId } : {}),
      ...(start.providerId ? { providerId: start.providerId } : {}),
    };
    tx.put('filings', filing);
    const op = operationInfo(input.operation).label;
    const name = start.data.entity?.name ?? '';
    tx.log({
      action: 'filing.created',
      target: { collection: 'filings', id },
      summary: text(`新建备案订单：${op['zh-CN']}${name ? `（${name}）` : ''}`, `Filing order created: ${op.en}${name ? ` (${name})` : ''}`),
    });
    return filing;
  });
}
