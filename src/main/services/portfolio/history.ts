import type { LocalizedText } from '../../../shared/domain/finding';
import type { Tx } from '../../store';

/** One history event on a portfolio record, in the transaction that made the change (architecture §4). */
export function logChange(tx: Tx, collection: string, id: string, action: string, summary: LocalizedText): void {
  tx.log({ action, target: { collection, id }, summary });
}
