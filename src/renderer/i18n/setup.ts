import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs, defaultLanguage } from '../../shared/i18n';
import type { Language } from '../../shared/ipc';

/** Catalogs are bundled, so initialisation is synchronous and the first render is translated. */
void i18next.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: catalogs['zh-CN'] }, en: { translation: catalogs.en } },
  lng: defaultLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: ['zh-CN', 'en'],
  keySeparator: false,
  nsSeparator: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

export function applyLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
