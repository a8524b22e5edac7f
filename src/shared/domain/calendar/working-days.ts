import { beijingDayNumber, dayNumberToDate, type CivilDate, type DateInput } from './beijing-time';
import { dayInfoOf } from './holidays';

/**
 * Mainland working days (工作日): Monday–Friday, minus public holidays, plus make-up working days
 * (调休上班), per the State Council notices in data/cn-holidays.json. The 管局 review ceiling of
 * 20 working days (domain-reference §2.2 stage 7; A4, T9) is counted with this.
 *
 * Inputs are Beijing calendar days ('YYYY-MM-DD'), or instants/Dates taken at their Beijing day.
 * Results say `approximate: true` when a day they depend on lies in a year whose arrangement is not
 * known (weekends-only fallback, or statutory days only).
 */

export interface WorkingDayResult {
  readonly date: CivilDate;
  readonly approximate: boolean;
}

export interface WorkingDayCount {
  readonly days: number;
  readonly approximate: boolean;
}

/** True on a Beijing working day. Check `describeDay(date).approximate` for the data's coverage. */
export const isWorkingDay = (date: DateInput): boolean => dayInfoOf(beijingDayNumber(date)).working;

/**
 * The n-th working day after `date` (the start day itself is not counted, as in "within 20 working
 * days of submission"). n = 0 returns the day itself; negative n counts backwards.
 */
export function addWorkingDays(date: DateInput, n: number): WorkingDayResult {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
  let day = beijingDayNumber(date);
  let approximate = false;
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    const info = dayInfoOf(day);
    approximate ||= info.approximate;
    if (info.working) left--;
  }
  return { date: dayNumberToDate(day), approximate };
}

/**
 * Working days in the half-open range (a, b]: so that workingDaysBetween(a, addWorkingDays(a, n).date)
 * is n. Negative when b is before a; 0 when they are the same day.
 */
export function workingDaysBetween(a: DateInput, b: DateInput): WorkingDayCount {
  const start = beijingDayNumber(a);
  const end = beijingDayNumber(b);
  const [lo, hi, sign] = start <= end ? [start, end, 1] : [end, start, -1];
  let days = 0;
  let approximate = false;
  for (let day = lo + 1; day <= hi; day++) {
    const info = dayInfoOf(day);
    approximate ||= info.approximate;
    if (info.working) days++;
  }
  return { days: sign * days, approximate };
}
