import { useCallback } from 'react';
import type { LocalizedText } from '../../shared/domain/finding';
import { useAppState } from './useAppState';

/** Picks the current language out of a bilingual value that came from main. */
export function useLocalize(): (text: LocalizedText) => string {
  const { language } = useAppState();
  return useCallback((text: LocalizedText) => text[language], [language]);
}
