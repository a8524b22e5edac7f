/**
 * Seed time: everything is placed relative to one fixed base instant, never the clock, so the same
 * seed gives the same bytes on any day. Instants are written in Beijing time with an explicit offset,
 * as the app stores them.
 */
export const DEFAULT_BASE = '2026-11-01T00:00:00+08:00';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const BEIJING_MS = 8 * HOUR;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function parseBase(value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || !/(Z|[+-]\d{2}:\d{2})$/.test(value)) throw new Error(`--base needs an ISO instant with an offset, got '${value}'`);
  return ms;
}

/** '2026-10-12T09:30:00+08:00' */
export function beijingInstant(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000 + BEIJING_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`;
}

/** '2026-10-12' (the Beijing calendar date of the instant). */
export function beijingDate(ms: number): string {
  return beijingInstant(ms).slice(0, 10);
}

/** Office hours make the history look like people's work: 09:00–18:00 Beijing time on that day. */
export function atOfficeHour(ms: number, minuteOfDay: number): number {
  const dayStart = Math.floor((ms + BEIJING_MS) / DAY) * DAY - BEIJING_MS;
  return dayStart + 9 * HOUR + (minuteOfDay % (9 * 60)) * MINUTE;
}
