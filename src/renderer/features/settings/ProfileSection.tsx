import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Card, Form, Input } from 'antd';
import { useEffect, useId, useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Settings } from '../../../shared/ipc';
import { useAppState } from '../../app/useAppState';
import { useLocalize } from '../../app/useLocalize';

/** The display name rule is the shared settings schema's, so main and this form agree. */
const ProfileForm = Settings.pick({ userName: true });
type ProfileInput = z.input<typeof ProfileForm>;
type ProfileOutput = z.output<typeof ProfileForm>;

export function ProfileSection() {
  const { t } = useTranslation();
  const localize = useLocalize();
  const { message } = App.useApp();
  const { settings, language, updateSettings } = useAppState();
  const inputId = useId();
  const errorId = useId();
  const helpId = useId();

  const resolver = useMemo(
    () =>
      zodResolver(ProfileForm, {
        error: (issue) => (issue.code === 'too_big' ? t('form.text.tooLong', { max: Number(issue.maximum) }) : t('form.value.invalid')),
      }),
    [t],
  );
  const { control, handleSubmit, formState, reset, setError, trigger } = useForm<ProfileInput, unknown, ProfileOutput>({
    resolver,
    defaultValues: { userName: settings?.userName ?? '' },
  });
  const fieldError = formState.errors.userName?.message;

  // After a restore the saved name may change under the form; an edit in progress wins.
  const savedName = settings?.userName ?? '';
  useEffect(() => {
    if (!formState.isDirty) reset({ userName: savedName });
  }, [savedName, formState.isDirty, reset]);

  // Re-word a shown error when the language changes.
  useEffect(() => {
    if (formState.errors.userName) void trigger('userName');
  }, [language]);

  const save = async (values: ProfileOutput) => {
    const result = await updateSettings({ userName: values.userName });
    if (result.ok) {
      reset({ userName: result.data.userName });
      void message.success(t('settings.saved.toast'));
      return;
    }
    const issue = result.error.issues?.find((candidate) => candidate.path[0] === 'userName');
    if (issue) setError('userName', { type: 'server', message: issue.message });
    else void message.error(localize(result.error.message));
  };

  return (
    <Card title={t('settings.profile.title')} style={{ height: '100%' }}>
      <Form layout="vertical" onFinish={() => void handleSubmit(save)()}>
        <Form.Item
          label={t('settings.userName.label')}
          htmlFor={inputId}
          validateStatus={fieldError ? 'error' : undefined}
          help={fieldError ? <span id={errorId}>{fieldError}</span> : undefined}
          extra={<span id={helpId}>{t('settings.userName.help')}</span>}
        >
          <Controller
            name="userName"
            control={control}
            render={({ field }) => (
              <Input
                {...field}
                id={inputId}
                autoComplete="name"
                placeholder={t('settings.userName.placeholder')}
                aria-invalid={fieldError ? true : undefined}
                aria-describedby={fieldError ? `${errorId} ${helpId}` : helpId}
              />
            )}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
          {t('settings.save.button')}
        </Button>
      </Form>
    </Card>
  );
}
