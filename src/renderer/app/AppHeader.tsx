import { Flex, Layout, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAppState } from './useAppState';

/** The app name and who is working (the display name from settings). */
export function AppHeader() {
  const { t } = useTranslation();
  const { settings } = useAppState();
  const { token } = theme.useToken();
  const userName = settings?.userName.trim() ?? '';
  return (
    <Layout.Header
      style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16, height: 56, lineHeight: 'normal', paddingInline: 24, background: token.colorBgContainer, borderBottom: `1px solid ${token.colorBorderSecondary}` }}
    >
      <Typography.Title level={1} style={{ fontSize: 18, margin: 0 }}>
        {t('app.name.full')}
      </Typography.Title>
      <Flex align="center" gap={8}>
        <Typography.Text type="secondary">{t('app.user.label')}</Typography.Text>
        {userName ? (
          <Typography.Text strong data-testid="current-user">
            {userName}
          </Typography.Text>
        ) : (
          <Link to="/settings">{t('app.user.unnamed')}</Link>
        )}
      </Flex>
    </Layout.Header>
  );
}
