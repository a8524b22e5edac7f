import { filingNode, type FilingNode, type FilingState, type SmsStatus } from '../../../../shared/domain';

/**
 * Where the applicant holds the pen (main's rule, services/filings/save-step): a draft, and an order
 * sent back to be fixed and resubmitted. Under review the data is frozen (§2: A2, A15; §9.1).
 */
const EDITABLE: readonly FilingNode[] = ['DRAFT', 'PROVIDER_REJECTED', 'ADMIN_REJECTED', 'SMS_VERIFICATION:timed-out'];

export const isEditable = (filing: { state: FilingState; sms?: SmsStatus | undefined }): boolean => EDITABLE.includes(filingNode(filing.state, filing.sms));
