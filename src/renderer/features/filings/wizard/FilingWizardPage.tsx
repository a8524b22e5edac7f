import { Alert, Button, Flex, Steps, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { operationInfo } from '../../../../shared/domain';
import type { FilingDetail } from '../../../../shared/ipc';
import { useChannel } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoading } from '../../../components/PageLoading';
import { PageTitle } from '../../../components/PageTitle';
import { Section } from '../../../components/Section';
import { BackLink } from '../../portfolio/BackLink';
import { useLabels } from '../../portfolio/useLabels';
import { isEditable } from '../common/editable';
import { FilingStateTag } from '../common/FilingStateTag';
import { FilingSummary } from '../common/FilingSummary';
import { filingPath, fixTarget, wizardPath } from '../common/paths';
import { STEP_TITLE_KEYS } from '../common/step-titles';
import { useFilingSaver } from '../common/useFilingSaver';
import { ChangesTable } from '../detail/ChangesTable';
import { RejectionsAlert } from '../detail/RejectionsAlert';
import { SubjectAlerts } from '../detail/RemovesNotice';
import { accessStep } from './AccessStep';
import { documentsStep } from './DocumentsStep';
import { entityStep } from './EntityStep';
import { leadersStep } from './LeadersStep';
import { ReviewStep } from './ReviewStep';
import { SaveStatus } from './SaveStatus';
import { servicesStep } from './ServicesStep';
import { StepFrame, type StepNavigation } from './StepFrame';
import type { StepModule } from './step-module';
import { stepsFor, type WizardStep } from './steps';

type DataStep = Exclude<WizardStep, 'review'>;

// Each module types its own form; the frame only passes values between a module's own functions.
const MODULES: Readonly<Record<DataStep, StepModule<FieldValues>>> = {
  entity: entityStep as unknown as StepModule<FieldValues>,
  leaders: leadersStep as unknown as StepModule<FieldValues>,
  services: servicesStep as unknown as StepModule<FieldValues>,
  access: accessStep as unknown as StepModule<FieldValues>,
  documents: documentsStep as unknown as StepModule<FieldValues>,
};

/** The steps before the current one that main's check still finds errors in. */
function stepsWithErrors(detail: FilingDetail): Set<WizardStep> {
  const out = new Set<WizardStep>();
  for (const f of detail.findings) if (f.severity === 'error' && !f.overridden) out.add(fixTarget(detail, f.path, f.step).step);
  return out;
}

function Wizard({ opened }: { opened: FilingDetail }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const saver = useFilingSaver(opened);
  const { detail } = saver;
  const { filing } = detail;
  const [params, setParams] = useSearchParams();
  const steps = stepsFor(filing.operation);
  const asked = params.get('step') as WizardStep | null;
  const step: WizardStep = asked && steps.includes(asked) ? asked : (steps[0] ?? 'review');
  const index = steps.indexOf(step);
  const focus = params.get('focus') ?? undefined;
  const leaveRef = useRef<(() => Promise<unknown>) | undefined>(undefined);
  const [dirty, setDirty] = useState(false);

  const go = useCallback((to: WizardStep) => {
    setParams({ step: to });
    window.scrollTo({ top: 0 });
  }, [setParams]);
  const nav = useMemo<StepNavigation>(
    () => ({
      previous: steps[index - 1],
      next: steps[index + 1],
      go,
      onLeave: (save) => {
        leaveRef.current = save;
      },
    }),
    [steps, index, go],
  );
  const leaveTo = async (to: WizardStep) => {
    await leaveRef.current?.();
    go(to);
  };
  const close = async () => {
    await leaveRef.current?.();
    void navigate(filingPath(filing.id));
  };

  const op = operationInfo(filing.operation);
  const entityName = filing.data.entity?.name?.trim() || detail.entity?.name || '';
  const errors = stepsWithErrors(detail);
  const stepChanges = filing.operation === 'modify' && step !== 'review' ? detail.changes.filter((c) => c.path === step || c.path.startsWith(`${step}.`)) : [];
  const module = step === 'review' ? undefined : MODULES[step];

  return (
    <>
      <BackLink to={filingPath(filing.id)}>{t('filing.wizard.backToOrder')}</BackLink>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Flex vertical gap={4}>
          <PageTitle>{entityName ? t('filing.page.title', { operation: labels.text(op.label), name: entityName }) : labels.text(op.label)}</PageTitle>
          <Flex gap={8} align="center" wrap>
            <FilingStateTag state={filing.state} sms={filing.sms} />
            <SaveStatus status={saver.status} savedAt={saver.savedAt} dirty={dirty} />
          </Flex>
        </Flex>
        <Button onClick={() => void close()}>{t('filing.wizard.close')}</Button>
      </Flex>
      <nav aria-label={t('filing.wizard.stepsLabel')} style={{ marginBlock: 16 }}>
        <Steps
          current={index}
          size="small"
          onChange={(i) => {
            const to = steps[i];
            if (to && to !== step) void leaveTo(to);
          }}
          items={steps.map((s, i) => ({
            title: t(STEP_TITLE_KEYS[s]),
            status: i === index ? 'process' : i < index ? (errors.has(s) ? 'error' : 'finish') : 'wait',
          }))}
        />
      </nav>
      <SubjectAlerts detail={detail} />
      <RejectionsAlert detail={detail} fixLink={(path) => wizardPath(filing.id, fixTarget(detail, path))} />
      {stepChanges.length > 0 && (
        <Section title={t('filing.changes.inStep')} style={{ marginBottom: 16 }}>
          <ChangesTable changes={stepChanges} />
        </Section>
      )}
      <Typography.Title level={3} style={{ fontSize: 18 }}>
        {t(STEP_TITLE_KEYS[step])}
      </Typography.Title>
      {module ? (
        <StepFrame key={step} module={module} saver={saver} nav={nav} focus={focus} onDirty={setDirty} />
      ) : (
        <ReviewStep saver={saver} previous={nav.previous} go={(to) => void leaveTo(to)} onSubmitted={(next) => void navigate(filingPath(next.filing.id))} />
      )}
    </>
  );
}

/** The order can no longer be edited (under review, or over): say so, show its data, link to it. */
function Frozen({ detail }: { detail: FilingDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <BackLink to={filingPath(detail.filing.id)}>{t('filing.wizard.backToOrder')}</BackLink>
      <Alert
        type="info"
        showIcon
        title={t('filing.wizard.frozen')}
        description={<Link to={filingPath(detail.filing.id)}>{t('filing.wizard.openOrder')}</Link>}
        style={{ marginBottom: 16 }}
      />
      <FilingSummary detail={detail} />
    </>
  );
}

/** The wizard of one order (`#/filings/:id/edit?step=…&focus=…`). */
export default function FilingWizardPage() {
  const { id = '' } = useParams();
  const { data, error, reload } = useChannel('filing:get', { id });
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data || data.filing.id !== id) return <PageLoading />;
  if (!isEditable(data.filing)) return <Frozen detail={data} />;
  return <Wizard key={id} opened={data} />;
}
