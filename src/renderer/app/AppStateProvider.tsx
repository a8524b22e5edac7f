import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { defaultLanguage } from '../../shared/i18n';
import type { Language, Result, Settings, SettingsPatch } from '../../shared/ipc';
import { invoke } from '../api';
import { applyLanguage } from '../i18n/setup';
import { AppStateContext, type AppStateValue } from './app-state-context';
import { boot, type BootState } from './boot';
import { clearReady } from './ready-marker';

export function AppStateProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<BootState>({ phase: 'loading' });
  const [settings, setSettings] = useState<Settings>();
  const [sessionLanguage, setSessionLanguage] = useState<Language>(defaultLanguage);
  // Lets the stable callbacks below see the latest settings without being re-created.
  const settingsRef = useRef(settings);
  useLayoutEffect(() => {
    settingsRef.current = settings;
  }, [settings]);

  const reload = useCallback(async (options: { quiet?: boolean } = {}) => {
    if (!options.quiet) {
      clearReady();
      setState({ phase: 'loading' });
    }
    const next = await boot();
    // Switch the language before the first translated render of the new screen.
    if (next.phase === 'ready') applyLanguage(next.settings.language);
    setSettings(next.phase === 'ready' ? next.settings : undefined);
    setState(next);
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const language = settings?.language ?? sessionLanguage;
  const theme = settings?.theme ?? 'system';
  useLayoutEffect(() => applyLanguage(language), [language]);

  const updateSettings = useCallback(async (patch: SettingsPatch): Promise<Result<Settings>> => {
    const before = settingsRef.current;
    if (before) setSettings({ ...before, ...patch });
    const result = await invoke('settings:update', patch);
    if (result.ok) setSettings(result.data);
    else if (before) setSettings(before);
    return result;
  }, []);

  const setLanguage = useCallback(
    async (next: Language): Promise<Result<unknown>> => {
      if (settingsRef.current) return updateSettings({ language: next });
      setSessionLanguage(next);
      return { ok: true, data: next };
    },
    [updateSettings],
  );

  const value = useMemo<AppStateValue>(
    () => ({ boot: state, settings, language, theme, setLanguage, updateSettings, reload }),
    [state, settings, language, theme, setLanguage, updateSettings, reload],
  );
  return <AppStateContext.Provider value={value}>{children}</AppStateContext.Provider>;
}
