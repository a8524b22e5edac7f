import { App as AntApp, ConfigProvider, theme as antTheme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useLayoutEffect, useMemo, type ReactNode } from 'react';
import { useAppState } from './useAppState';
import { useSystemDark } from './useSystemDark';

/**
 * antd's locale and light/dark algorithm from the app state. antd's `App` gives `message` and
 * `modal` that inherit both (the static `Modal.confirm` would not).
 */
export function ThemeProviders({ children }: { children: ReactNode }) {
  const { language, theme } = useAppState();
  const systemDark = useSystemDark();
  const dark = theme === 'dark' || (theme === 'system' && systemDark);

  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = dark ? 'dark' : 'light';
    root.style.colorScheme = dark ? 'dark' : 'light';
  }, [dark]);

  const themeConfig = useMemo(() => ({ algorithm: dark ? antTheme.darkAlgorithm : antTheme.defaultAlgorithm }), [dark]);
  return (
    // No auto space inside two-character Chinese buttons: "恢 复" would also be the accessible name.
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={themeConfig} button={{ autoInsertSpace: false }}>
      <AntApp className="icp-app">{children}</AntApp>
    </ConfigProvider>
  );
}
