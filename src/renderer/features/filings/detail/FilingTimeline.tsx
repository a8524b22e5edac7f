import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FILING_EVENT_LABELS, FILING_NEXT_STEP, FILING_STATE_LABELS, FILING_TERMINAL_STATES, filingNode, type RejectionFinding } from '../../../../shared/domain';
import type { FilingDetail } from '../../../../shared/ipc';
import { formatDateTime } from '../../portfolio/format';
import { useLabels } from '../../portfolio/useLabels';
import { dataFieldLabel } from '../common/data-fields';

/**
 * What happened to the order, oldest first: creation, each recorded event with its time and the
 * state it led to, the reasons of each rejection, and — while the order is open — what comes next.
 */
export function FilingTimeline({ detail }: { detail: FilingDetail }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { filing } = detail;
  const reasonsAt = (at: string): RejectionFinding[] => filing.rejectionFindings.filter((r) => r.at === at);
  const items = [
    {
      key: 'created',
      content: (
        <>
          <div>{t('filing.timeline.created')}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(filing.createdAt, labels.language)}
          </Typography.Text>
        </>
      ),
    },
    ...filing.history.map((entry, i) => {
      const reasons = entry.event === 'provider-reject' || entry.event === 'admin-reject' ? reasonsAt(entry.at) : [];
      const rejected = reasons.length > 0 || entry.to.endsWith('REJECTED');
      return {
        key: `${i}`,
        color: rejected ? 'red' : entry.to === 'APPROVED' ? 'green' : undefined,
        content: (
          <>
            <div>
              <Typography.Text strong>{labels.text(FILING_EVENT_LABELS[entry.event])}</Typography.Text>
              <Typography.Text type="secondary"> → {labels.text(FILING_STATE_LABELS[entry.to])}</Typography.Text>
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(entry.at, labels.language)}
            </Typography.Text>
            {entry.note && <div>{entry.note}</div>}
            {reasons.length > 0 && (
              <ul className="icp-plain-list">
                {reasons.map((r, j) => (
                  <li key={j}>
                    <Typography.Text strong>{r.fieldPath ? dataFieldLabel(r.fieldPath, filing.data, t) : t('filing.field.general')}</Typography.Text>
                    {`${t('filing.colon')}${r.reason}`}
                    {r.suggestion && <Typography.Text type="secondary">{` ${t('filing.reject.suggestionShown', { text: r.suggestion })}`}</Typography.Text>}
                  </li>
                ))}
              </ul>
            )}
          </>
        ),
      };
    }),
  ];
  if (!FILING_TERMINAL_STATES.includes(filing.state)) {
    items.push({
      key: 'next',
      color: 'gray',
      content: (
        <Typography.Text type="secondary">
          {t('filing.timeline.next')}
          {labels.text(FILING_NEXT_STEP[filingNode(filing.state, filing.sms)])}
        </Typography.Text>
      ),
    } as (typeof items)[number]);
  }
  return <Timeline items={items} />;
}
