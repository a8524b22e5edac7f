import { Button, Flex, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILING_NEXT_STEP, FILING_TERMINAL_STATES, filingNode, type FilingEvent } from '../../../../shared/domain';
import type { MessageKey } from '../../../../shared/i18n';
import type { FilingDetail } from '../../../../shared/ipc';
import { Section } from '../../../components/Section';
import { useLabels } from '../../portfolio/useLabels';
import { summarize } from '../check/check-groups';
import { DeadlineCountdowns } from '../common/DeadlineCountdowns';
import { EventDialog } from './EventDialog';
import { FINAL, SUBMISSIONS } from './event-form';
import { FilingTimeline } from './FilingTimeline';

export const ACTION_KEYS: Readonly<Record<FilingEvent, MessageKey>> = {
  submit: 'filing.action.submit',
  resubmit: 'filing.action.resubmit',
  'provider-reject': 'filing.action.providerReject',
  'provider-approve': 'filing.action.providerApprove',
  'submit-to-admin': 'filing.action.submitToAdmin',
  'sms-sent': 'filing.action.smsSent',
  'sms-verified': 'filing.action.smsVerified',
  'sms-timeout': 'filing.action.smsTimeout',
  'sms-failed-5': 'filing.action.smsFailed5',
  'admin-approve': 'filing.action.adminApprove',
  'admin-reject': 'filing.action.adminReject',
  abandon: 'filing.action.abandon',
  expire: 'filing.action.expire',
};

/** The submission button's words: the n-th resubmission says so. */
export function submitLabel(detail: FilingDetail, t: TFunction, event: FilingEvent): string {
  return event === 'resubmit' ? t('filing.action.resubmitN', { n: detail.filing.resubmissions + 1 }) : t(ACTION_KEYS[event]);
}

/**
 * The order's progress (§9.1): what to do next, a button for every event the state machine allows
 * now, the running deadlines counting down, and the history.
 */
export function ProgressSection({ detail, onChange }: { detail: FilingDetail; onChange: (detail: FilingDetail) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [event, setEvent] = useState<FilingEvent>();
  const { filing } = detail;
  const clear = summarize(detail.findings).clear;
  const open = !FILING_TERMINAL_STATES.includes(filing.state);
  const running = detail.deadlines;
  return (
    <Section title={t('filing.progress.title')}>
      <Flex vertical gap={16}>
        {open && <Typography.Paragraph style={{ margin: 0 }}>{labels.text(FILING_NEXT_STEP[filingNode(filing.state, filing.sms)])}</Typography.Paragraph>}
        {detail.allowedEvents.length > 0 && (
          <div role="group" aria-label={t('filing.progress.actions')}>
            <Flex gap={8} wrap>
              {detail.allowedEvents.map((e) => {
                const blocked = SUBMISSIONS.includes(e) && !clear;
                return (
                  <Button
                    key={e}
                    type={SUBMISSIONS.includes(e) || e === 'admin-approve' ? 'primary' : 'default'}
                    danger={FINAL.includes(e)}
                    disabled={blocked}
                    title={blocked ? t('filing.check.blockedHint') : undefined}
                    onClick={() => setEvent(e)}
                  >
                    {submitLabel(detail, t, e)}
                  </Button>
                );
              })}
            </Flex>
            {detail.allowedEvents.some((e) => SUBMISSIONS.includes(e)) && !clear && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                {t('filing.check.blockedHint')}
              </Typography.Paragraph>
            )}
          </div>
        )}
        {running.length > 0 && (
          <section aria-label={t('filing.deadlines.title')}>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('filing.deadlines.title')}
            </Typography.Title>
            <DeadlineCountdowns deadlines={running} />
          </section>
        )}
        <section aria-label={t('filing.timeline.title')}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('filing.timeline.title')}
          </Typography.Title>
          <FilingTimeline detail={detail} />
        </section>
      </Flex>
      {event && (
        <EventDialog
          detail={detail}
          event={event}
          onCancel={() => setEvent(undefined)}
          onDone={(next) => {
            setEvent(undefined);
            onChange(next);
          }}
        />
      )}
    </Section>
  );
}
