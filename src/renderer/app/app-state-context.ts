import { createContext } from 'react';
import type { Language, Result, Settings, SettingsPatch, Theme } from '../../shared/ipc';
import type { BootState } from './boot';

export interface AppStateValue {
  boot: BootState;
  /** The settings as last saved (or being saved: changes show at once and roll back on failure). */
  settings: Settings | undefined;
  language: Language;
  theme: Theme;
  /** Saved in settings when they are available; on the recovery screens, for this session only. */
  setLanguage: (language: Language) => Promise<Result<unknown>>;
  updateSettings: (patch: SettingsPatch) => Promise<Result<Settings>>;
  /** Reads data status and settings again; `quiet` keeps the current screen while it does. */
  reload: (options?: { quiet?: boolean }) => Promise<void>;
}

export const AppStateContext = createContext<AppStateValue | undefined>(undefined);
