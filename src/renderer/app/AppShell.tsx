import { Layout, theme } from 'antd';
import { Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PageLoading } from '../components/PageLoading';
import { AppHeader } from './AppHeader';
import { NavMenu } from './NavMenu';
import { ReadyMarker } from './ReadyMarker';
import { appRoutes, detailRoutes } from './routes';

/** The normal app: header, side navigation and the current page. */
export function AppShell() {
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader />
      <Layout>
        <Layout.Sider width={200} theme="light" style={{ background: token.colorBgContainer, borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}>
          <NavMenu />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<PageLoading />}>
            <Routes>
              {[...appRoutes, ...detailRoutes].map(({ path, page: Page }) => (
                <Route key={path} path={path} element={<Page />} />
              ))}
              <Route path="*" element={<Navigate to="/" replace />} />
            </Routes>
            <ReadyMarker />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
