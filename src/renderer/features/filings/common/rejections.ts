import type { RejectionFinding } from '../../../../shared/domain';
import type { FilingDetail } from '../../../../shared/ipc';

/** The reasons of the latest rejection while the order is rejected: the ones to fix before resubmitting. */
export function latestRejections(detail: Pick<FilingDetail, 'filing'>): RejectionFinding[] {
  const { filing } = detail;
  if (filing.state !== 'PROVIDER_REJECTED' && filing.state !== 'ADMIN_REJECTED') return [];
  const last = [...filing.history].reverse().find((h) => h.event === 'provider-reject' || h.event === 'admin-reject');
  return last ? filing.rejectionFindings.filter((r) => r.at === last.at) : [];
}
