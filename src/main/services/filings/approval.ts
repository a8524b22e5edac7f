import { FILED_TERMINAL_STATES } from '../../../shared/domain/lifecycle-service';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Filing } from '../../../shared/domain/model/filing';
import type { OperationId } from '../../../shared/domain/operations';
import type { IssuedNumbers } from '../../../shared/ipc/filing-schemas';
import type { Language } from '../../../shared/ipc/schemas';
import type { Store, Tx } from '../../store';
import { approvedNumbers } from './approval-numbers';
import { writeFilingData } from './approval-data';
import { approveCancelEntity, approveCancelService, approveRemoveAccess } from './approval-removals';

/** Operations whose approval issues or confirms numbers and brings records to ACTIVE (§2). */
const FILES_DATA: readonly OperationId[] = ['initial', 'access', 'add-service-new-entity-here', 'add-service-existing-entity', 'claim'];

export interface ApprovalContext {
  tx: Tx;
  store: Store;
  /** The 管局's approval instant (lifecycles) and the transaction's stamp (updatedAt). */
  at: { event: string; stamp: string };
  language: Language;
  numbers: IssuedNumbers | undefined;
}

/**
 * What a 管局 approval does to the portfolio, per operation (issue #5 point 6), written in the same
 * transaction as the filing's new state: a refusal anywhere leaves both as they were. Returns the
 * entity and services the filing now points at (an initial filing's entity exists from now on).
 */
export function applyApproval(a: ApprovalContext, filing: Filing): Pick<Filing, 'entityId' | 'targetServiceIds'> {
  const removal = { tx: a.tx, store: a.store, at: a.at.event, stamp: a.at.stamp };
  switch (filing.operation) {
    case 'modify': {
      const { entityId } = writeFilingData(a.tx, a.store, filing, a.at, a.language);
      return { entityId, targetServiceIds: filing.targetServiceIds };
    }
    case 'cancel-entity':
      approveCancelEntity(removal, filing);
      return pick(filing);
    case 'cancel-service':
      approveCancelService(removal, filing);
      return pick(filing);
    case 'remove-access':
      approveRemoveAccess(removal, filing, a.language);
      return pick(filing);
    default: {
      if (!FILES_DATA.includes(filing.operation)) return pick(filing);
      const stored = filing.entityId ? (a.tx.get('entities', filing.entityId) as Entity | undefined) : undefined;
      // An initial filing of a certificate whose old number is gone gets a new record (approval-data).
      const entity = filing.operation === 'initial' && stored && FILED_TERMINAL_STATES.includes(stored.lifecycle.state) ? undefined : stored;
      const numbers = approvedNumbers(a.store, filing, a.numbers, entity, a.language);
      const { entityId, serviceIds } = writeFilingData(a.tx, a.store, filing, a.at, a.language, numbers);
      return { entityId, targetServiceIds: [...new Set([...filing.targetServiceIds, ...serviceIds])] };
    }
  }
}

const pick = (f: Filing): Pick<Filing, 'entityId' | 'targetServiceIds'> => ({ targetServiceIds: f.targetServiceIds, ...(f.entityId ? { entityId: f.entityId } : {}) });
