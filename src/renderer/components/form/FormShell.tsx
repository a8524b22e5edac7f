import { Alert, App, Button, Form, Space, theme } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IpcError, Result } from '../../../shared/ipc';
import { useAppState } from '../../app/useAppState';
import { ErrorAlert } from '../ErrorAlert';
import { FindingsStore, FormFeedbackContext } from './findings-context';
import type { FieldFindings } from './findings-resolver';
import { applyServerIssues } from './server-issues';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

interface FormShellProps<In extends FieldValues, Out, Saved> {
  form: UseFormReturn<In, unknown, Out>;
  /** The shared validators over the values as typed (the same function the resolver runs). */
  check: (values: In) => FieldFindings;
  save: (values: Out) => Promise<Result<Saved>>;
  onSaved: (saved: Saved) => void;
  onCancel: () => void;
  /** Main's issue path → form path. */
  toField?: (path: readonly (string | number)[]) => string;
  label: string;
  submitLabel: string;
  /** Keeps the buttons in view at the bottom of a long page form; off in dialogs. */
  sticky?: boolean;
  children: ReactNode;
}

/**
 * Everything a portfolio form shares: live findings under fields, saving through main with its
 * VALIDATION issues put under the fields, a conflict or storage error said plainly above the
 * buttons, nothing typed lost on any error, and a question before leaving unsaved changes.
 */
export function FormShell<In extends FieldValues, Out, Saved>({ form, check, save, onSaved, onCancel, toField, label, submitLabel, sticky = true, children }: FormShellProps<In, Out, Saved>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { language } = useAppState();
  const { token } = theme.useToken();
  const findings = useRef(new FindingsStore()).current;
  const shown = useRef(new Set<string>()).current;
  const feedback = useMemo(() => ({ findings, shown }), [findings, shown]);
  // Findings follow the values without redrawing the form: each field listens to its own.
  useEffect(() => {
    findings.update(check(form.getValues()));
    const subscription = form.watch((values) => findings.update(check(values as In)));
    return () => subscription.unsubscribe();
  }, [form, check, findings]);
  const [serverError, setServerError] = useState<IpcError>();
  const { release } = useUnsavedChangesGuard(form.formState.isDirty);

  // Errors already shown are re-worded in the new language.
  const { isSubmitted } = form.formState;
  useEffect(() => {
    if (isSubmitted) void form.trigger();
  }, [language]);

  const submit = form.handleSubmit(
    async (valid) => {
      setServerError(undefined);
      const result = await save(valid);
      if (result.ok) {
        release();
        onSaved(result.data);
        return;
      }
      if (result.error.code === 'VALIDATION' && result.error.issues?.length) {
        const unplaced = applyServerIssues(result.error.issues, form.setError, shown, toField);
        if (unplaced.length > 0) setServerError({ ...result.error, issues: unplaced });
        else void message.error(t('form.save.fixFields'));
        return;
      }
      setServerError(result.error);
    },
    () => {
      void message.error(t('form.save.fixFields'));
    },
  );

  return (
    <FormProvider {...form}>
      <FormFeedbackContext.Provider value={feedback}>
        <Form
          layout="vertical"
          aria-label={label}
          component="form"
          onFinish={() => void submit()}
          requiredMark
        >
          {children}
          <div className={sticky ? 'icp-form-actions' : undefined} style={sticky ? { background: token.colorBgLayout, borderTop: `1px solid ${token.colorBorderSecondary}` } : { marginTop: 8 }}>
            {serverError &&
              (serverError.code === 'CONFLICT' ? (
                <Alert type="warning" showIcon title={t('form.conflict.title')} description={t('form.conflict.body')} style={{ marginBottom: 12 }} />
              ) : (
                <div style={{ marginBottom: 12 }}>
                  <ErrorAlert error={serverError} />
                </div>
              ))}
            <Space>
              <Button type="primary" htmlType="submit" loading={form.formState.isSubmitting}>
                {submitLabel}
              </Button>
              <Button onClick={onCancel}>{t('common.cancel.button')}</Button>
            </Space>
          </div>
        </Form>
      </FormFeedbackContext.Provider>
    </FormProvider>
  );
}
