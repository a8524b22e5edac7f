import { Flex, Layout, Typography, theme } from 'antd';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../app/useAppState';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The frame of the screens shown instead of the app (recovery, newer data, could not start):
 * the app name and a language switch, since settings may not be readable there.
 */
export function FullPageFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { language, setLanguage } = useAppState();
  const { token } = theme.useToken();
  const labelId = useId();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16, height: 56, lineHeight: 'normal', paddingInline: 24, background: token.colorBgContainer, borderBottom: `1px solid ${token.colorBorderSecondary}` }}
      >
        <Typography.Title level={1} style={{ fontSize: 18, margin: 0 }}>
          {t('app.name.full')}
        </Typography.Title>
        <Flex align="center" gap={8}>
          <Typography.Text id={labelId} type="secondary">
            {t('common.language.label')}
          </Typography.Text>
          <LanguageSwitch value={language} labelledBy={labelId} onChange={(next) => void setLanguage(next)} />
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <div style={{ maxWidth: 1040, marginInline: 'auto' }}>{children}</div>
      </Layout.Content>
    </Layout>
  );
}
