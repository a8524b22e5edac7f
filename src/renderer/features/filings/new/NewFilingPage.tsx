import { Alert, App, Button, Col, Flex, Form, Input, Radio, Row, Select, Space, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { operationInfo, providers, type Determination, type DetermineAnswers, type FilingIntent, type ProviderId, type Question, type QuestionKey } from '../../../../shared/domain';
import type { MessageKey } from '../../../../shared/i18n';
import type { ChannelInput, FilingDetail, IpcError } from '../../../../shared/ipc';
import { invoke } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageTitle } from '../../../components/PageTitle';
import { Section } from '../../../components/Section';
import { BackLink } from '../../portfolio/BackLink';
import { useLabels } from '../../portfolio/useLabels';
import { filingPath, wizardPath } from '../common/paths';
import { determineInput, FIELDS_OF, INTENTS, missingInput, typedDraft, type StartField, type StartValues } from './new-filing';
import { RecordSelect } from './RecordSelect';

const INTENT_KEYS: Readonly<Record<FilingIntent, { title: MessageKey; hint: MessageKey }>> = {
  'new-client-first-site': { title: 'filing.intent.newClient', hint: 'filing.intent.newClientHint' },
  'move-provider': { title: 'filing.intent.moveProvider', hint: 'filing.intent.moveProviderHint' },
  'add-service': { title: 'filing.intent.addService', hint: 'filing.intent.addServiceHint' },
  modify: { title: 'filing.intent.modify', hint: 'filing.intent.modifyHint' },
  claim: { title: 'filing.intent.claim', hint: 'filing.intent.claimHint' },
  'remove-provider': { title: 'filing.intent.removeProvider', hint: 'filing.intent.removeProviderHint' },
  cancel: { title: 'filing.intent.cancel', hint: 'filing.intent.cancelHint' },
};

const MISSING_KEYS: Readonly<Record<StartField, MessageKey>> = {
  entity: 'filing.new.missingEntity',
  service: 'filing.new.missingService',
  certificate: 'filing.new.missingCertificate',
  site: 'filing.new.missingSite',
};

const CANCELS = ['cancel-entity', 'cancel-service'];

/** Creates the order and carries what was typed into its draft; the wizard then opens on it. */
function useCreate() {
  const [error, setError] = useState<IpcError>();
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const create = async (determination: Determination, values: StartValues) => {
    setBusy(true);
    setError(undefined);
    const result = await invoke('filing:create', {
      operation: determination.operation,
      providerId: values.providerId,
      ...(determination.entityId ? { entityId: determination.entityId } : {}),
      ...(determination.serviceIds?.length ? { targetServiceIds: determination.serviceIds } : {}),
    });
    if (!result.ok) {
      setBusy(false);
      setError(result.error);
      return;
    }
    const saves = typedDraft(result.data, values);
    let detail: FilingDetail = result.data;
    for (const { step, data } of saves) {
      const input = { id: detail.filing.id, step, data, validate: false, expectedUpdatedAt: detail.filing.updatedAt } as ChannelInput<'filing:save-step'>;
      const saved = await invoke('filing:save-step', input);
      if (saved.ok) detail = saved.data.detail;
    }
    setBusy(false);
    void navigate(wizardPath(detail.filing.id), { replace: true });
  };
  return { create, error, busy };
}

/**
 * 新建备案: the user says what they want done; the operation is determined from the portfolio the
 * way the providers do (§2: from the certificate number and the domain), with the reasons and their
 * sources; only what the portfolio cannot know is asked. Then the order is created.
 */
export default function NewFilingPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { modal } = App.useApp();
  const ids = { intent: useId(), provider: useId(), entity: useId(), service: useId(), certificate: useId(), site: useId(), kind: useId() };
  const [values, setValues] = useState<StartValues>({ intent: 'new-client-first-site', providerId: 'alibaba', serviceKind: 'website' });
  const [answers, setAnswers] = useState<DetermineAnswers>({});
  const [determination, setDetermination] = useState<Determination>();
  // Questions stay on screen with their answers once asked (an answered one is not asked again).
  const [asked, setAsked] = useState<Question[]>([]);
  const [determineError, setDetermineError] = useState<IpcError>();
  const [missing, setMissing] = useState<StartField>();
  const [determining, setDetermining] = useState(false);
  const { create, error: createError, busy } = useCreate();

  const change = (patch: Partial<StartValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    // What was determined no longer matches the inputs.
    setDetermination(undefined);
    setAnswers({});
    setAsked([]);
    setMissing(undefined);
  };

  const determine = async (withAnswers: DetermineAnswers) => {
    const lack = missingInput(values);
    setMissing(lack);
    if (lack) return;
    setDetermining(true);
    const result = await invoke('filing:determine', determineInput(values, withAnswers));
    setDetermining(false);
    if (result.ok) {
      setDetermination(result.data);
      setAsked((before) => [...before, ...result.data.questions.filter((q) => !before.some((b) => b.key === q.key))]);
      setDetermineError(undefined);
    } else {
      setDetermination(undefined);
      setDetermineError(result.error);
    }
  };

  const answer = (key: QuestionKey, value: boolean | string) => {
    const next = { ...answers, [key]: value };
    setAnswers(next);
    void determine(next);
  };

  const fields = FIELDS_OF[values.intent];
  const open = asked;
  const unanswered = open.filter((q) => answers[q.key] === undefined);
  const start = () => {
    if (!determination) return;
    if (CANCELS.includes(determination.operation)) {
      modal.confirm({
        title: t('filing.new.cancelConfirmTitle', { operation: labels.text(operationInfo(determination.operation).label) }),
        content: t('filing.new.cancelConfirmBody'),
        okText: t('filing.new.cancelConfirmOk'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel.button'),
        onOk: () => create(determination, values),
      });
      return;
    }
    void create(determination, values);
  };

  return (
    <>
      <BackLink to="/filings">{t('filings.back.link')}</BackLink>
      <PageTitle>{t('filing.new.title')}</PageTitle>
      <Flex vertical gap={16}>
        <Section title={t('filing.new.whatTitle')}>
          <Form layout="vertical" component="form" aria-label={t('filing.new.formLabel')} onFinish={() => void determine(answers)}>
            <div id={ids.intent} className="icp-group-label">
              {t('filing.new.whatLabel')}
            </div>
            <Radio.Group aria-labelledby={ids.intent} value={values.intent} onChange={(e) => change({ intent: e.target.value as FilingIntent })} style={{ width: '100%', marginBottom: 16 }}>
              <Flex vertical gap={8}>
                {INTENTS.map((intent) => (
                  <Radio key={intent} value={intent}>
                    <Typography.Text strong>{t(INTENT_KEYS[intent].title)}</Typography.Text>
                    <Typography.Text type="secondary">{` — ${t(INTENT_KEYS[intent].hint)}`}</Typography.Text>
                  </Radio>
                ))}
              </Flex>
            </Radio.Group>
            <Row gutter={16}>
              {fields.includes('entity') && (
                <Col xs={24} md={12}>
                  <Form.Item label={t('filing.new.entity')} htmlFor={ids.entity} required={values.intent === 'add-service' || values.intent === 'modify'}>
                    <RecordSelect kind="entity" id={ids.entity} value={values.entityId} placeholder={t('filing.new.entityPlaceholder')} onChange={(o) => change({ entityId: o?.value, serviceId: undefined })} />
                  </Form.Item>
                </Col>
              )}
              {fields.includes('service') && (
                <Col xs={24} md={12}>
                  <Form.Item label={t(values.intent === 'move-provider' ? 'filing.new.serviceFiled' : 'filing.new.service')} htmlFor={ids.service} extra={t(values.intent === 'cancel' ? 'filing.new.serviceCancelHelp' : 'filing.new.serviceHelp')}>
                    <RecordSelect
                      kind="service"
                      id={ids.service}
                      entityId={values.entityId}
                      value={values.serviceId}
                      placeholder={t('filing.new.servicePlaceholder')}
                      onChange={(o) => change({ serviceId: o?.value, ...(o?.entityId && fields.includes('entity') ? { entityId: o.entityId } : {}) })}
                    />
                  </Form.Item>
                </Col>
              )}
              {fields.includes('certificate') && (
                <Col xs={24} md={12}>
                  <Form.Item label={t('filing.new.certificate')} htmlFor={ids.certificate} required={values.intent !== 'move-provider'} extra={t('filing.new.certificateHelp')}>
                    <Input id={ids.certificate} value={values.certificateNumber ?? ''} onChange={(e) => change({ certificateNumber: e.target.value })} maxLength={64} autoComplete="off" spellCheck={false} />
                  </Form.Item>
                </Col>
              )}
              {fields.includes('site') && (
                <Col xs={24} md={12}>
                  {values.intent !== 'claim' && (
                    <Form.Item label={<span id={ids.kind}>{t('filing.new.kind')}</span>}>
                      <Radio.Group
                        aria-labelledby={ids.kind}
                        optionType="button"
                        value={values.serviceKind}
                        onChange={(e) => change({ serviceKind: e.target.value as 'website' | 'app' })}
                        options={[
                          { value: 'website', label: t('service.kind.website') },
                          { value: 'app', label: t('service.kind.app') },
                        ]}
                      />
                    </Form.Item>
                  )}
                  <Form.Item label={values.serviceKind === 'website' || values.intent === 'claim' ? t('service.field.domain') : t('platform.field.packageName')} htmlFor={ids.site}>
                    <Input
                      id={ids.site}
                      value={(values.serviceKind === 'website' || values.intent === 'claim' ? values.domain : values.packageName) ?? ''}
                      onChange={(e) => change(values.serviceKind === 'website' || values.intent === 'claim' ? { domain: e.target.value } : { packageName: e.target.value })}
                      placeholder={values.serviceKind === 'website' ? 'example.com' : 'com.example.app'}
                      autoComplete="off"
                      spellCheck={false}
                    />
                  </Form.Item>
                </Col>
              )}
              <Col xs={24} md={12}>
                <Form.Item label={t(values.intent === 'remove-provider' ? 'filing.new.providerRemoved' : 'filing.new.provider')} htmlFor={ids.provider} required>
                  <Select
                    id={ids.provider}
                    value={values.providerId}
                    onChange={(providerId: ProviderId) => change({ providerId })}
                    options={providers.items.map((p) => ({ value: p.code, label: labels.provider(p.code) }))}
                  />
                </Form.Item>
              </Col>
            </Row>
            {missing && <Alert type="warning" showIcon role="alert" title={t(MISSING_KEYS[missing])} style={{ marginBottom: 16 }} />}
            <Button type="primary" htmlType="submit" loading={determining}>
              {t('filing.new.determine')}
            </Button>
          </Form>
        </Section>
        {determineError && <ErrorAlert error={determineError} />}
        {determination && (
          <Section title={t('filing.new.resultTitle')}>
            <Flex vertical gap={12}>
              <div role="status" aria-live="polite">
                <Typography.Title level={4} style={{ marginTop: 0 }}>
                  {t('filing.new.operation', { operation: labels.text(operationInfo(determination.operation).label) })}
                </Typography.Title>
                <Typography.Paragraph type="secondary">{labels.text(operationInfo(determination.operation).description)}</Typography.Paragraph>
              </div>
              <section aria-label={t('filing.new.reasons')}>
                <Typography.Text strong>{t('filing.new.reasons')}</Typography.Text>
                <ul className="icp-plain-list">
                  {determination.reasons.map((reason, i) => (
                    <li key={i}>{labels.text(reason)}</li>
                  ))}
                </ul>
              </section>
              {open.map((q) => {
                const labelId = `${ids.intent}-${q.key}`;
                return (
                  <div key={q.key} className="icp-fieldset">
                    <Typography.Text strong id={labelId}>
                      {labels.text(q.text)}
                    </Typography.Text>
                    <Typography.Paragraph type="secondary" style={{ marginBlock: 4 }}>
                      {labels.text(q.why)} {t('finding.source', { keys: q.source.join(labels.listSeparator) })}
                    </Typography.Paragraph>
                    <Radio.Group
                      aria-labelledby={labelId}
                      value={answers[q.key]}
                      onChange={(e) => answer(q.key, e.target.value as boolean | string)}
                      options={q.options.map((o) => ({ value: o.value, label: labels.text(o.label) }))}
                      style={{ marginBottom: 12 }}
                    />
                  </div>
                );
              })}
              {unanswered.length > 0 && <Alert type="info" showIcon title={t('filing.new.answerFirst')} />}
              {createError &&
                (createError.code === 'CONFLICT' && createError.ref?.kind === 'filing' ? (
                  <Alert
                    type="warning"
                    showIcon
                    role="alert"
                    title={labels.text(createError.message)}
                    description={<Link to={filingPath(createError.ref.id)}>{t('filing.new.openExisting')}</Link>}
                  />
                ) : (
                  <ErrorAlert error={createError} />
                ))}
              <Space>
                <Button type="primary" danger={CANCELS.includes(determination.operation)} disabled={unanswered.length > 0} loading={busy} onClick={start}>
                  {t('filing.new.create')}
                </Button>
              </Space>
            </Flex>
          </Section>
        )}
      </Flex>
    </>
  );
}
