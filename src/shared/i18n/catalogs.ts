import type { LocalizedText } from '../domain/finding';
import type { Language } from '../ipc/schemas';
import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export const defaultLanguage: Language = 'zh-CN';

export const catalogs: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/** Each language's own name, shown the same in either UI language so a reader finds theirs. */
export const languageNames: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

export type MessageValues = Record<string, string | number>;

/** Fills `{{name}}` placeholders the way i18next does, for text built outside React. */
export function formatMessage(template: string, values: MessageValues = {}): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** One message in both languages, e.g. for an error value that crosses a boundary. */
export function localized(key: MessageKey, values?: MessageValues): LocalizedText {
  return { 'zh-CN': formatMessage(zhCN[key], values), en: formatMessage(en[key], values) };
}

/** The text of a bilingual value in the given language. */
export const inLanguage = (text: LocalizedText, language: Language): string => text[language];
