import type { Language } from '../../../shared/ipc';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** Beijing time, as filings count it (every deadline is a Beijing calendar day). */
export function formatDateTime(iso: string | undefined, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter(language, true).format(date);
}

export function formatDate(iso: string | undefined, language: Language): string {
  if (!iso) return '';
  // A calendar date ('2027-03-01') is shown as written: it has no time zone to convert.
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter(language, false).format(date);
}
