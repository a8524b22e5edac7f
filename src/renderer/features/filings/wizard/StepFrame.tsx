import { Alert, App, Button, Form, Space, theme } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { FormProvider, useForm, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FilingSaveStepResult, IpcError, Issue, Result } from '../../../../shared/ipc';
import { useAppState } from '../../../app/useAppState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FindingsStore, FormFeedbackContext } from '../../../components/form/findings-context';
import { applyServerIssues } from '../../../components/form/server-issues';
import { useUnsavedChangesGuard } from '../../../components/form/useUnsavedChangesGuard';
import { STEP_TITLE_KEYS } from '../common/step-titles';
import type { FilingSaver } from '../common/useFilingSaver';
import { mergeFindings, savedFindings } from './field-findings';
import type { StepModule } from './step-module';
import { issueField, type WizardStep } from './steps';

/** Autosave waits this long after the last keystroke (issue #5: ~1.5 s). */
export const AUTOSAVE_MS = 1500;

export interface StepNavigation {
  previous?: WizardStep | undefined;
  next?: WizardStep | undefined;
  /** Moves to another step (after this one is saved). */
  go: (step: WizardStep) => void;
  /** Registers how to save this step before the wizard leaves it (a click on the steps bar). */
  onLeave: (save: (() => Promise<unknown>) | undefined) => void;
}

interface StepFrameProps<V extends FieldValues> {
  module: StepModule<V>;
  saver: FilingSaver;
  nav: StepNavigation;
  /** A field to open the step at (from the check or a rejection). */
  focus: string | undefined;
  onDirty: (dirty: boolean) => void;
}

function focusField(form: { setFocus: (name: never) => void }, name: string): void {
  try {
    form.setFocus(name as never);
  } catch {
    // A control without a focusable ref: the DOM still knows it by name.
  }
  const active = document.activeElement as HTMLElement | null;
  if (active?.getAttribute('name') === name || active?.closest(`[data-field="${name}"]`)) return;
  const byName = document.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
  byName?.focus();
  byName?.scrollIntoView({ block: 'center' });
}

/**
 * One data step of the wizard (architecture §6): its own form, prefilled from the saved draft;
 * autosaved as typed (about 1.5 s after the last change, unvalidated); Next saves with validation and
 * stays, with each issue under its field, while there are any; Back saves as typed. Leaving the page
 * with changes not yet saved asks first.
 */
export function StepFrame<V extends FieldValues>({ module, saver, nav, focus, onDirty }: StepFrameProps<V>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const { settings } = useAppState();
  const [opened] = useState(() => module.defaults(saver.latest()));
  const form = useForm<V>({ defaultValues: opened as never, mode: 'onTouched' });
  // What was last saved, as JSON of the form values: the form is "dirty" while it differs.
  const savedKey = useRef(JSON.stringify(opened));
  const [dirty, setDirty] = useState(false);
  const [issuesLeft, setIssuesLeft] = useState<Issue[]>([]);
  const [failure, setFailure] = useState<IpcError>();
  const [busy, setBusy] = useState(false);
  const shown = useRef(new Set<string>()).current;
  const findings = useRef(new FindingsStore()).current;
  const feedback = useMemo(() => ({ findings, shown }), [findings, shown]);
  const { detail } = saver;
  // The latest of what the callbacks below read, so they stay the same functions across renders.
  const latest = useRef({ saver, module, userName: settings?.userName ?? '', t });
  useEffect(() => {
    latest.current = { saver, module, userName: settings?.userName ?? '', t };
  });
  useUnsavedChangesGuard(dirty || saver.status === 'saving');
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  // Under each field: the shared validators on the values as typed, and main's check as last saved.
  const refreshFindings = useCallback(() => {
    const { saver: s, module: m, t: tr } = latest.current;
    const current = s.latest();
    findings.update(mergeFindings(m.check(form.getValues(), current), savedFindings(current, m.step, tr)));
  }, [findings, form]);
  useEffect(refreshFindings, [detail, t, refreshFindings]);

  const persist = useCallback(
    async (validate: boolean): Promise<Result<FilingSaveStepResult>> => {
      const { saver: s, module: m, userName } = latest.current;
      const current = form.getValues();
      const k = JSON.stringify(current);
      const result = await s.save(m.saves(current, s.latest(), { userName }), validate);
      if (result.ok) {
        savedKey.current = k;
        // Committed at once, so a navigation right after the save (Save and close) is not held as unsaved.
        flushSync(() => setDirty(JSON.stringify(form.getValues()) !== k));
        setFailure(undefined);
      } else {
        setFailure(result.error);
      }
      return result;
    },
    [form],
  );

  // As typed: findings follow, a message from main on the changed field goes (it is checked again on
  // the next save), and the autosave waits for the typing to pause — without redrawing the form.
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    const subscription = form.watch((_values, { name }) => {
      if (name && form.getFieldState(name as Path<V>).error?.type === 'server') form.clearErrors(name as Path<V>);
      refreshFindings();
      const changed = JSON.stringify(form.getValues()) !== savedKey.current;
      setDirty(changed);
      clearTimeout(timer.current);
      if (changed) timer.current = setTimeout(() => void persist(false), AUTOSAVE_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
    };
  }, [form, persist, refreshFindings]);

  // Opened at a field (from the check or a rejection): show what is wrong with it and put the cursor there.
  useEffect(() => {
    if (!focus) return undefined;
    const frame = requestAnimationFrame(() => {
      const name = focus as Path<V>;
      form.setValue(name, form.getValues(name), { shouldTouch: true });
      focusField(form, focus);
    });
    return () => cancelAnimationFrame(frame);
  }, [focus, form]);

  const leave = useCallback(async () => {
    clearTimeout(timer.current);
    if (JSON.stringify(form.getValues()) !== savedKey.current) await persist(false);
  }, [form, persist]);
  useEffect(() => {
    nav.onLeave(leave);
    return () => nav.onLeave(undefined);
  }, [nav, leave]);

  const back = async () => {
    if (!nav.previous) return;
    clearTimeout(timer.current);
    setBusy(true);
    const result = await persist(false);
    setBusy(false);
    if (result.ok) nav.go(nav.previous);
  };

  const next = async () => {
    clearTimeout(timer.current);
    setBusy(true);
    setIssuesLeft([]);
    form.clearErrors();
    const result = await persist(true);
    setBusy(false);
    if (!result.ok) {
      if (result.error.code === 'VALIDATION' && result.error.issues?.length) {
        setIssuesLeft(applyServerIssues(result.error.issues, form.setError, shown, (path) => issueField(module.step, path)));
      }
      return;
    }
    const issues = result.data.stepIssues;
    if (issues.length > 0) {
      setIssuesLeft(applyServerIssues(issues, form.setError, shown, (path) => issueField(module.step, path)));
      void message.error(t('filing.wizard.fixStep'));
      return;
    }
    if (nav.next) nav.go(nav.next);
  };

  return (
    <FormProvider {...form}>
      <FormFeedbackContext.Provider value={feedback}>
        <Form
          layout="vertical"
          component="form"
          aria-label={t('filing.wizard.stepForm', { step: t(STEP_TITLE_KEYS[module.step]) })}
          onFinish={() => void next()}
          requiredMark
        >
          <module.Fields detail={detail} />
          <div className="icp-form-actions" style={{ background: token.colorBgLayout, borderTop: `1px solid ${token.colorBorderSecondary}` }}>
            {issuesLeft.length > 0 && (
              <Alert
                type="error"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('filing.wizard.otherIssues')}
                description={
                  <ul className="icp-issues">
                    {issuesLeft.map((issue) => (
                      <li key={`${issue.path.join('.')}:${issue.message}`}>{issue.message}</li>
                    ))}
                  </ul>
                }
              />
            )}
            {failure && failure.code !== 'VALIDATION' && (
              <div style={{ marginBottom: 12 }}>
                {failure.code === 'CONFLICT' ? <Alert type="warning" showIcon title={t('form.conflict.title')} description={t('filing.wizard.conflict')} /> : <ErrorAlert error={failure} />}
              </div>
            )}
            <Space>
              {nav.previous && (
                <Button onClick={() => void back()} disabled={busy}>
                  {t('filing.wizard.back')}
                </Button>
              )}
              <Button type="primary" htmlType="submit" loading={busy}>
                {t('filing.wizard.next')}
              </Button>
            </Space>
          </div>
        </Form>
      </FormFeedbackContext.Provider>
    </FormProvider>
  );
}
