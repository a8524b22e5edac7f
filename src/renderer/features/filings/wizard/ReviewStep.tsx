import { Button, Flex, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilingEvent } from '../../../../shared/domain';
import type { FilingDetail } from '../../../../shared/ipc';
import { Section } from '../../../components/Section';
import { CheckPanel } from '../check/CheckPanel';
import { summarize } from '../check/check-groups';
import { FilingSummary } from '../common/FilingSummary';
import { findingLink } from '../common/paths';
import type { FilingSaver } from '../common/useFilingSaver';
import { ChangesTable } from '../detail/ChangesTable';
import { EventDialog } from '../detail/EventDialog';
import { SUBMISSIONS } from '../detail/event-form';
import { submitLabel } from '../detail/ProgressSection';
import type { WizardStep } from './steps';

interface ReviewStepProps {
  saver: FilingSaver;
  previous: WizardStep | undefined;
  go: (step: WizardStep) => void;
  onSubmitted: (detail: FilingDetail) => void;
}

/**
 * 核对: the order as it will be sent, a modification's old → new, and the pre-submission check. Errors
 * block the submission; every warning is ticked before the order is recorded as submitted.
 */
export function ReviewStep({ saver, previous, go, onSubmitted }: ReviewStepProps) {
  const { t } = useTranslation();
  const { detail } = saver;
  const [event, setEvent] = useState<FilingEvent>();
  const submission = detail.allowedEvents.find((e) => SUBMISSIONS.includes(e));
  const clear = summarize(detail.findings).clear;
  const blockedId = 'filing-submit-blocked';
  return (
    <Flex vertical gap={16}>
      {detail.filing.operation === 'modify' && (
        <Section title={t('filing.changes.title')}>
          <ChangesTable changes={detail.changes} />
        </Section>
      )}
      <Section title={t('filing.summary.title')}>
        <FilingSummary detail={detail} />
      </Section>
      <CheckPanel
        detail={detail}
        fixLink={(f) => findingLink(detail, f)}
        onAcknowledge={saver.acknowledge}
        action={
          <Space wrap>
            {previous && <Button onClick={() => go(previous)}>{t('filing.wizard.back')}</Button>}
            {submission && (
              <Button type="primary" disabled={!clear} aria-describedby={clear ? undefined : blockedId} onClick={() => setEvent(submission)}>
                {submitLabel(detail, t, submission)}
              </Button>
            )}
            {submission && !clear && (
              <span id={blockedId} className="ant-typography ant-typography-secondary">
                {t('filing.check.blockedHint')}
              </span>
            )}
          </Space>
        }
      />
      {event && (
        <EventDialog
          detail={detail}
          event={event}
          onCancel={() => setEvent(undefined)}
          onDone={(next) => {
            setEvent(undefined);
            saver.replace(next);
            onSubmitted(next);
          }}
        />
      )}
    </Flex>
  );
}
