/**
 * Beijing-time calendar days, independent of the machine's time zone.
 *
 * Every ICP deadline counts mainland calendar days (管局 working days, 30 days to the 公安 filing,
 * 45 days of order expiry), so a date is always a Beijing (UTC+8) day. China has kept a fixed
 * UTC+8 offset without daylight saving since 1991, so a constant offset is exact for any date this
 * app handles. Only UTC getters are used below: the local-time Date API would silently depend on TZ.
 */

/** 'YYYY-MM-DD' meaning a Beijing calendar day. */
export type CivilDate = string;

/** Either a Beijing calendar day ('YYYY-MM-DD'), an ISO instant with an offset, or a Date. */
export type DateInput = CivilDate | Date;

export const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An instant must say its offset: '2026-02-13T10:00:00' alone would be read in the machine's zone. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export const isCivilDate = (value: string): boolean => parseCivil(value) !== null;

/** Days since 1970-01-01 of a valid civil date, or null (rejects 2026-02-30). */
function parseCivil(value: string): number | null {
  const m = CIVIL_DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/** Milliseconds of an ISO instant that carries an offset (or 'Z'); null for anything else. */
export function parseInstant(value: string): number | null {
  if (!INSTANT.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

export const isInstant = (value: string): boolean => parseInstant(value) !== null;

function fromDayNumber(day: number): CivilDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number (days since 1970-01-01) of the Beijing calendar day of an input. Throws on bad input. */
export function beijingDayNumber(input: DateInput): number {
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
    return Math.floor((ms + BEIJING_OFFSET_MS) / DAY_MS);
  }
  const civil = parseCivil(input);
  if (civil !== null) return civil;
  const ms = parseInstant(input);
  if (ms === null) {
    throw new RangeError(`Not a date: '${input}' (expected YYYY-MM-DD or an ISO instant with an offset)`);
  }
  return Math.floor((ms + BEIJING_OFFSET_MS) / DAY_MS);
}

/** The Beijing calendar day of an instant or civil date. */
export const toBeijingDate = (input: DateInput): CivilDate => fromDayNumber(beijingDayNumber(input));

export const dayNumberToDate = fromDayNumber;

/** 0 = Sunday … 6 = Saturday, of a Beijing calendar day. */
export const beijingWeekday = (input: DateInput): number => {
  const day = beijingDayNumber(input);
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
};

export const addCalendarDays = (input: DateInput, days: number): CivilDate =>
  fromDayNumber(beijingDayNumber(input) + days);

/** Calendar months, clamping to the month's last day (2026-05-31 − 3 months = 2026-02-28). */
export function addCalendarMonths(input: DateInput, months: number): CivilDate {
  const [y, m, d] = toBeijingDate(input).split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** 00:00 Beijing of a civil date, as a UTC ISO string. */
export const beijingStartOfDay = (input: DateInput): string =>
  new Date(beijingDayNumber(input) * DAY_MS - BEIJING_OFFSET_MS).toISOString();

/** The last millisecond of a Beijing day: a deadline "on" a day lasts until that day's midnight. */
export const beijingEndOfDay = (input: DateInput): string =>
  new Date((beijingDayNumber(input) + 1) * DAY_MS - BEIJING_OFFSET_MS - 1).toISOString();

/** Milliseconds of an input: civil dates mean 00:00 Beijing. */
export function toEpochMs(input: DateInput): number {
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
    return ms;
  }
  const civil = parseCivil(input);
  if (civil !== null) return civil * DAY_MS - BEIJING_OFFSET_MS;
  const ms = parseInstant(input);
  if (ms === null) {
    throw new RangeError(`Not a date: '${input}' (expected YYYY-MM-DD or an ISO instant with an offset)`);
  }
  return ms;
}
