import { Layout } from 'antd';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, RouterProvider } from 'react-router-dom';
import { PageLoading } from '../components/PageLoading';
import { AppShell } from './AppShell';
import { AppStateProvider } from './AppStateProvider';
import { BootErrorScreen } from './BootErrorScreen';
import { ReadyMarker } from './ReadyMarker';
import { ThemeProviders } from './ThemeProviders';
import { useAppState } from './useAppState';

const RecoveryScreen = lazy(() => import('../features/recovery/RecoveryScreen'));
const NewerVersionScreen = lazy(() => import('../features/recovery/NewerVersionScreen'));

function FullPageLoading({ label }: { label?: string }) {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <PageLoading fullPage label={label} />
    </Layout>
  );
}

/** Which screen the data status allows: the app, or only a recovery screen. */
function Gate() {
  const { t } = useTranslation();
  const { boot } = useAppState();
  useEffect(() => {
    document.documentElement.dataset.mode = boot.phase;
  }, [boot.phase]);

  switch (boot.phase) {
    case 'loading':
      return <FullPageLoading label={t('app.loading.text')} />;
    case 'failed':
      return (
        <>
          <BootErrorScreen error={boot.error} />
          <ReadyMarker />
        </>
      );
    case 'recovery':
      return (
        <Suspense fallback={<FullPageLoading />}>
          <RecoveryScreen status={boot.status} />
          <ReadyMarker />
        </Suspense>
      );
    case 'newer-version':
      return (
        <Suspense fallback={<FullPageLoading />}>
          <NewerVersionScreen status={boot.status} />
          <ReadyMarker />
        </Suspense>
      );
    case 'ready':
      return <AppShell />;
  }
}

/**
 * A data router (rather than `<HashRouter>`) so that forms can hold navigation with `useBlocker`
 * while they have unsaved changes. The pages themselves stay declared as `<Routes>` in the shell.
 */
const router = createHashRouter([{ path: '*', element: <Gate /> }]);

export function App() {
  return (
    <AppStateProvider>
      <ThemeProviders>
        <RouterProvider router={router} />
      </ThemeProviders>
    </AppStateProvider>
  );
}
