import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown while a lazy page or the app's data loads; announced to screen readers. */
export function PageLoading({ fullPage = false, label }: { fullPage?: boolean; label?: string }) {
  const { t } = useTranslation();
  const text = label ?? t('app.page.loading');
  return (
    <Flex role="status" aria-live="polite" align="center" justify="center" style={{ minHeight: fullPage ? '100vh' : 240 }}>
      <Spin size="large" description={text} />
    </Flex>
  );
}
