import { App } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router-dom';

/**
 * Asks before leaving a form with unsaved changes: in-app navigation is held by the router and
 * confirmed in a dialog; closing or reloading the window gets the browser's own prompt.
 * Returns `release`, called right before navigating away after a successful save.
 */
export function useUnsavedChangesGuard(dirty: boolean): { release: () => void } {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const dirtyRef = useRef(dirty);
  const released = useRef(false);
  useLayoutEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirtyRef.current && !released.current && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (blocker.state !== 'blocked') return undefined;
    const dialog = modal.confirm({
      title: t('form.leave.title'),
      content: t('form.leave.body'),
      okText: t('form.leave.ok'),
      okButtonProps: { danger: true },
      cancelText: t('form.leave.cancel'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
    return () => dialog.destroy();
  }, [blocker, modal, t]);

  useEffect(() => {
    if (!dirty) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const release = useCallback(() => {
    released.current = true;
  }, []);
  return { release };
}
