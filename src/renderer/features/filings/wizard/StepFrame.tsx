import { Alert, App, Button, Form, Space, theme } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FilingSaveStepResult, IpcError, Issue, Result } from '../../../../shared/ipc';
import { useAppState } from '../../../app/useAppState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormFeedbackContext } from '../../../components/form/findings-context';
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
  const values = useWatch({ control: form.control }) as V;
  const key = JSON.stringify(values);
  const [savedKey, setSavedKey] = useState(() => JSON.stringify(opened));
  const [issuesLeft, setIssuesLeft] = useState<Issue[]>([]);
  const [failure, setFailure] = useState<IpcError>();
  const [busy, setBusy] = useState(false);
  const shown = useRef(new Set<string>()).current;
  const { detail } = saver;
  const live = useMemo(() => module.check(values, detail), [module, values, detail]);
  const saved = useMemo(() => savedFindings(detail, module.step, t), [detail, module.step, t]);
  const feedback = useMemo(() => ({ findings: mergeFindings(live, saved), shown }), [live, saved, shown]);
  const dirty = key !== savedKey;
  useUnsavedChangesGuard(dirty || saver.status === 'saving');
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  const persist = useCallback(
    async (validate: boolean): Promise<Result<FilingSaveStepResult>> => {
      const current = form.getValues();
      const k = JSON.stringify(current);
      const result = await saver.save(module.saves(current, saver.latest(), { userName: settings?.userName ?? '' }), validate);
      if (result.ok) {
        setSavedKey(k);
        setFailure(undefined);
      } else {
        setFailure(result.error);
      }
      return result;
    },
    [form, saver, module, settings],
  );

  // Autosave: as typed, without validation, once the typing pauses.
  useEffect(() => {
    if (key === savedKey) return undefined;
    const timer = setTimeout(() => void persist(false), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [key, savedKey, persist]);

  // A field whose value changes loses the message main gave it: it is checked again on the next save.
  useEffect(() => {
    const subscription = form.watch((_values, { name }) => {
      if (name && form.getFieldState(name as Path<V>).error?.type === 'server') form.clearErrors(name as Path<V>);
    });
    return () => subscription.unsubscribe();
  }, [form]);

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
    if (key !== savedKey) await persist(false);
  }, [key, savedKey, persist]);
  useEffect(() => {
    nav.onLeave(leave);
    return () => nav.onLeave(undefined);
  }, [nav, leave]);

  const back = async () => {
    if (!nav.previous) return;
    setBusy(true);
    const result = await persist(false);
    setBusy(false);
    if (result.ok) nav.go(nav.previous);
  };

  const next = async () => {
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
