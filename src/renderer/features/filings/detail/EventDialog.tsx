import { Alert, Button, Col, Form, Input, Modal, Row, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { FormProvider, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FILING_EVENT_LABELS, type FilingEvent } from '../../../../shared/domain';
import type { MessageKey } from '../../../../shared/i18n';
import type { FilingDetail, IpcError } from '../../../../shared/ipc';
import { invoke } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Field } from '../../../components/form/Field';
import { SelectField, TextField } from '../../../components/form/fields';
import { FormFeedbackContext } from '../../../components/form/findings-context';
import { applyServerIssues } from '../../../components/form/server-issues';
import { useLabels } from '../../portfolio/useLabels';
import { dataFields } from '../common/data-fields';
import { toBeijingInput } from '../common/time';
import { asksNumbers, eventDefaults, eventField, eventInput, eventProblems, FINAL, numberFindings, REJECTIONS, SUBMISSIONS, type EventFormValues } from './event-form';
import { RemovesNotice } from './RemovesNotice';

const HELP_KEYS: Partial<Record<FilingEvent, MessageKey>> = {
  submit: 'filing.event.help.submit',
  resubmit: 'filing.event.help.resubmit',
  'provider-reject': 'filing.event.help.reject',
  'admin-reject': 'filing.event.help.reject',
  'admin-approve': 'filing.event.help.approve',
  abandon: 'filing.event.help.abandon',
  expire: 'filing.event.help.expire',
  'sms-sent': 'filing.event.help.smsSent',
  'sms-timeout': 'filing.event.help.smsTimeout',
  'sms-failed-5': 'filing.event.help.smsTimeout',
};

function RejectionRows({ detail }: { detail: FilingDetail }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray<EventFormValues, 'rejections'>({ name: 'rejections' });
  const options = useMemo(() => dataFields(detail.filing.data, t).map((f) => ({ value: f.value, label: f.label })), [detail, t]);
  return (
    <fieldset className="icp-fieldset">
      <legend>{t('filing.reject.title')}</legend>
      {fields.map((item, i) => (
        <Row gutter={12} key={item.id} align="bottom">
          <Col xs={24} md={8}>
            <SelectField<EventFormValues> name={`rejections.${i}.fieldPath`} label={t('filing.reject.field', { n: i + 1 })} options={options} placeholder={t('filing.field.general')} allowClear />
          </Col>
          <Col xs={24} md={8}>
            <TextField<EventFormValues> name={`rejections.${i}.reason`} label={t('filing.reject.reason', { n: i + 1 })} required />
          </Col>
          <Col xs={20} md={6}>
            <TextField<EventFormValues> name={`rejections.${i}.suggestion`} label={t('filing.reject.suggestion', { n: i + 1 })} />
          </Col>
          <Col xs={4} md={2}>
            <Button style={{ marginBottom: 24 }} onClick={() => remove(i)} aria-label={t('filing.reject.remove', { n: i + 1 })}>
              {t('common.remove.button')}
            </Button>
          </Col>
        </Row>
      ))}
      <Button onClick={() => append({})}>{t('filing.reject.add')}</Button>
    </fieldset>
  );
}

function NumberRows() {
  const { t } = useTranslation();
  const rows = useWatch<EventFormValues, 'numbers.services'>({ name: 'numbers.services' });
  return (
    <fieldset className="icp-fieldset">
      <legend>{t('filing.approve.numbers')}</legend>
      <TextField<EventFormValues> name="numbers.entityNumber" label={t('entity.field.icpNumber')} required placeholder={t('entity.icpNumber.placeholder')} />
      {rows.map((row, i) => (
        <TextField<EventFormValues>
          key={row.serviceKey}
          name={`numbers.services.${i}.number`}
          label={t('filing.approve.serviceNumber', { name: row.label })}
          required
          placeholder={t('service.icpNumber.placeholder')}
          extra={i === 0 ? t('service.icpNumber.help') : undefined}
        />
      ))}
    </fieldset>
  );
}

interface EventDialogProps {
  detail: FilingDetail;
  event: FilingEvent;
  onDone: (detail: FilingDetail) => void;
  onCancel: () => void;
}

/**
 * Records one step of the order's lifecycle (§9.1) with when it happened (Beijing time, now by
 * default), and what comes with it: the provider's order number, rejection reasons as (field,
 * reason, suggestion), or the numbers the 管局 issued, each checked as typed. A final step (abandon,
 * expiry) or the submission of a cancellation says what cannot be undone before it is recorded.
 */
export function EventDialog({ detail, event, onDone, onCancel }: EventDialogProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { filing } = detail;
  const form = useForm<EventFormValues>({ defaultValues: eventDefaults(detail, event, toBeijingInput(Date.now())) });
  const values = useWatch({ control: form.control }) as EventFormValues;
  const findings = useMemo(() => numberFindings(values), [values]);
  const shown = useRef(new Set<string>()).current;
  const feedback = useMemo(() => ({ findings, shown }), [findings, shown]);
  const [serverError, setServerError] = useState<IpcError>();
  const [saving, setSaving] = useState(false);
  const title = labels.text(FILING_EVENT_LABELS[event]);
  const danger = FINAL.includes(event) || (SUBMISSIONS.includes(event) && (filing.operation === 'cancel-entity' || filing.operation === 'cancel-service'));
  const helpKey = HELP_KEYS[event];

  const record = async () => {
    setServerError(undefined);
    form.clearErrors();
    const current = form.getValues();
    const problems = eventProblems(current, event, filing.operation, t);
    if (problems.length > 0) {
      problems.forEach((p, i) => form.setError(p.field as never, { type: p.message ? 'server' : 'finding', message: p.message }, { shouldFocus: i === 0 }));
      return;
    }
    setSaving(true);
    const result = await invoke('filing:record-event', eventInput(filing.id, event, filing.operation, current));
    setSaving(false);
    if (result.ok) {
      onDone(result.data);
      return;
    }
    if (result.error.code === 'VALIDATION' && result.error.issues?.length) {
      const unplaced = applyServerIssues(result.error.issues, form.setError, shown, eventField);
      if (unplaced.length > 0 || !result.error.issues.some((i) => shown.has(eventField(i.path)))) setServerError({ ...result.error, issues: unplaced });
      return;
    }
    setServerError(result.error);
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onCancel}
      destroyOnHidden
      width={REJECTIONS.includes(event) ? 900 : 640}
      footer={[
        <Button key="cancel" onClick={onCancel}>
          {t('common.cancel.button')}
        </Button>,
        <Button key="ok" type="primary" danger={danger} loading={saving} onClick={() => void record()}>
          {t('filing.event.record')}
        </Button>,
      ]}
    >
      <FormProvider {...form}>
        <FormFeedbackContext.Provider value={feedback}>
          <Form layout="vertical" component="form" aria-label={title} onFinish={() => void record()} requiredMark>
            {helpKey && <Typography.Paragraph type="secondary">{t(helpKey)}</Typography.Paragraph>}
            {danger && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title={t(FINAL.includes(event) ? 'filing.event.final' : 'filing.cancel.irreversible')}
                description={FINAL.includes(event) ? undefined : <RemovesNotice detail={detail} />}
              />
            )}
            <Field<EventFormValues>
              name="at"
              label={t('filing.event.at')}
              required
              extra={t('filing.event.atHelp')}
              render={(field, a11y) => (
                <Input
                  {...a11y}
                  ref={field.ref}
                  type="datetime-local"
                  step={1}
                  value={(field.value as string | undefined) ?? ''}
                  onChange={(e) => field.onChange(e.target.value)}
                  onBlur={field.onBlur}
                  style={{ maxWidth: 260 }}
                />
              )}
            />
            {(SUBMISSIONS.includes(event) || event === 'provider-approve') && (
              <TextField<EventFormValues> name="providerOrderNumber" label={t('filing.event.orderNumber')} extra={t('filing.event.orderNumberHelp')} maxLength={100} />
            )}
            {REJECTIONS.includes(event) && <RejectionRows detail={detail} />}
            {asksNumbers(event, filing.operation) && <NumberRows />}
            <TextField<EventFormValues> name="note" label={t('filing.event.note')} multiline maxLength={2000} />
            {serverError && <ErrorAlert error={serverError} />}
            <button type="submit" hidden aria-hidden tabIndex={-1} />
          </Form>
        </FormFeedbackContext.Provider>
      </FormProvider>
    </Modal>
  );
}
