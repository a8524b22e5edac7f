import { App, Card, Form, Radio } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../shared/i18n';
import { Theme, type Result } from '../../../shared/ipc';
import { useAppState } from '../../app/useAppState';
import { useLocalize } from '../../app/useLocalize';
import { LanguageSwitch } from '../../components/LanguageSwitch';

const themeLabels: Record<Theme, MessageKey> = { system: 'settings.theme.system', light: 'settings.theme.light', dark: 'settings.theme.dark' };

/** Language and theme: saved in settings on change and applied at once (rolled back if saving fails). */
export function AppearanceSection() {
  const { t } = useTranslation();
  const localize = useLocalize();
  const { message } = App.useApp();
  const { language, theme, setLanguage, updateSettings } = useAppState();
  const languageLabel = useId();
  const themeLabel = useId();

  const report = async (pending: Promise<Result<unknown>>) => {
    const result = await pending;
    if (!result.ok) void message.error(localize(result.error.message));
  };

  return (
    <Card title={t('settings.appearance.title')} style={{ height: '100%' }}>
      <Form layout="vertical" component="div">
        <Form.Item label={<span id={languageLabel}>{t('settings.language.label')}</span>}>
          <LanguageSwitch value={language} labelledBy={languageLabel} onChange={(next) => void report(setLanguage(next))} />
        </Form.Item>
        <Form.Item label={<span id={themeLabel}>{t('settings.theme.label')}</span>} style={{ marginBottom: 0 }}>
          <Radio.Group
            name="theme"
            aria-labelledby={themeLabel}
            value={theme}
            options={Theme.options.map((value) => ({ value, label: t(themeLabels[value]) }))}
            onChange={(event) => {
              const next = Theme.safeParse(event.target.value);
              if (next.success) void report(updateSettings({ theme: next.data }));
            }}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
