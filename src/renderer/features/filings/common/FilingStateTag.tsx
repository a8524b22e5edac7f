import { Tag } from 'antd';
import { filingNode, filingNodeLabel, type FilingState, type SmsStatus } from '../../../../shared/domain';
import { useLabels } from '../../portfolio/useLabels';

const COLORS: Readonly<Record<FilingState, string>> = {
  DRAFT: 'default',
  PROVIDER_REVIEW: 'processing',
  PROVIDER_REJECTED: 'error',
  PENDING_SUBMISSION_TO_ADMIN: 'processing',
  SMS_VERIFICATION: 'warning',
  ADMIN_REVIEW: 'processing',
  ADMIN_REJECTED: 'error',
  APPROVED: 'success',
  ABANDONED: 'default',
  EXPIRED: 'default',
};

/** Where an order stands (with the SMS round's status where it matters); the words carry the meaning. */
export function FilingStateTag({ state, sms }: { state: FilingState; sms?: SmsStatus | undefined }) {
  const labels = useLabels();
  return <Tag color={COLORS[state]}>{labels.text(filingNodeLabel(filingNode(state, sms)))}</Tag>;
}
