import { text } from '../../../shared/domain/finding';
import { applyFiledEvent, type FiledEvent, type FiledLifecycle } from '../../../shared/domain/lifecycle-service';
import { ServiceError } from '../service-error';

/**
 * Moves a portfolio record along its §9.2 lifecycle on approval of a filing. The record's own state
 * machine is the authority: a refusal (e.g. a number already cancelled) stops the whole transaction,
 * so neither the filing nor the portfolio changes.
 */
export function step(lifecycle: FiledLifecycle, event: FiledEvent, at: string, name: string): FiledLifecycle {
  const result = applyFiledEvent(lifecycle, event, at);
  if (result.ok) return result.state;
  const why = result.finding.message;
  throw new ServiceError(
    'CONFLICT',
    text(`“${name}”：${why['zh-CN']} 订单状态和备案信息都未改变。`, `"${name}": ${why.en} Neither the order nor the portfolio was changed.`),
  );
}

/**
 * A record that holds (or keeps) its number and now has access: filed when it had none, access added
 * when it had lost its provider (接入备案 keeps the number, §2; A1, J1), unchanged when active.
 */
export function activate(lifecycle: FiledLifecycle, at: string, name: string): FiledLifecycle {
  switch (lifecycle.state) {
    case 'UNFILED':
      return step(lifecycle, 'filed', at, name);
    case 'ACCESS_REMOVED':
    case 'SHELL':
      return step(lifecycle, 'access-added', at, name);
    case 'ACTIVE':
      return lifecycle;
    default:
      // Cancelled and revoked numbers cannot come back (A18, T1): let the machine say so.
      return step(lifecycle, 'access-added', at, name);
  }
}
