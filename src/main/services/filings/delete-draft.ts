import { text } from '../../../shared/domain/finding';
import { operationInfo } from '../../../shared/domain/operations';
import type { IdResult } from '../../../shared/ipc/portfolio-schemas';
import type { FilingDeps } from './deps';
import { filingIn } from './drafts';
import { notDeletable } from './messages';

/**
 * filing:delete-draft — only an order that never reached the provider (DRAFT) or was given up
 * (ABANDONED): any other order is a record of what happened at the provider and the 管局, and stays.
 */
export async function deleteDraft(deps: FilingDeps, id: string): Promise<IdResult> {
  return deps.ctx.transact((tx) => {
    const filing = filingIn(tx, id);
    if (filing.state !== 'DRAFT' && filing.state !== 'ABANDONED') throw notDeletable(filing);
    tx.delete('filings', id);
    const op = operationInfo(filing.operation).label;
    tx.log({ action: 'filing.deleted', target: { collection: 'filings', id }, summary: text(`删除备案订单（${op['zh-CN']}，${filing.state === 'DRAFT' ? '草稿' : '已放弃'}）`, `Filing order deleted (${op.en}, ${filing.state === 'DRAFT' ? 'draft' : 'abandoned'})`) });
    return { id };
  });
}
