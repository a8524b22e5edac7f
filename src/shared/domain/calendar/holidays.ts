import { z } from 'zod';
import { LocalizedText } from '../finding';
import raw from '../data/cn-holidays.json';
import { beijingDayNumber, dayNumberToDate, isCivilDate, type CivilDate, type DateInput } from './beijing-time';

/**
 * The mainland holiday table (data/cn-holidays.json) parsed once and indexed by day.
 * The file is data a maintainer edits by hand every November, so it is validated here: a typo must
 * fail loudly in the tests, not shift a 管局 deadline by a day.
 */

const Civil = z.string().refine(isCivilDate, 'YYYY-MM-DD calendar date');

/** 'official' = the State Council notice; 'statutory-only' = notice unknown, statutory days only. */
export const HolidayYearStatus = z.enum(['official', 'statutory-only']);
export type HolidayYearStatus = z.infer<typeof HolidayYearStatus>;

const HolidayYear = z
  .object({
    year: z.number().int(),
    status: HolidayYearStatus,
    source: z.object({
      title: z.string(),
      documentNumber: z.string().nullable(),
      published: z.string(),
      reproducedAt: z.array(z.string()),
      confidence: z.string(),
    }),
    note: z.string().optional(),
    holidays: z.array(z.object({ name: LocalizedText, from: Civil, to: Civil })),
    makeUpWorkdays: z.array(Civil),
  })
  .superRefine((y, ctx) => {
    const inYear = (d: string) => d.startsWith(`${y.year}-`);
    y.holidays.forEach((h, i) => {
      if (!inYear(h.from) || !inYear(h.to) || h.from > h.to) {
        ctx.addIssue({ code: 'custom', path: ['holidays', i], message: `range must lie in ${y.year} and run forward` });
      }
    });
    y.makeUpWorkdays.forEach((d, i) => {
      if (!inYear(d)) ctx.addIssue({ code: 'custom', path: ['makeUpWorkdays', i], message: `must lie in ${y.year}` });
    });
  });

export const HolidayTable = z.object({
  about: z.string(),
  asOf: z.string(),
  timeZone: z.literal('UTC+08:00'),
  years: z.array(HolidayYear),
});
export type HolidayTable = z.infer<typeof HolidayTable>;
export type HolidayYear = z.infer<typeof HolidayYear>;

export const HOLIDAY_TABLE: HolidayTable = HolidayTable.parse(raw);

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'make-up-workday';

/** Which data the arithmetic had for a year: 'none' means weekends only. */
export type CalendarCoverage = HolidayYearStatus | 'none';

interface Index {
  readonly holidays: ReadonlyMap<number, LocalizedText>;
  readonly makeUp: ReadonlySet<number>;
  readonly coverage: ReadonlyMap<number, HolidayYearStatus>;
}

function buildIndex(table: HolidayTable): Index {
  const holidays = new Map<number, LocalizedText>();
  const makeUp = new Set<number>();
  const coverage = new Map<number, HolidayYearStatus>();
  for (const y of table.years) {
    coverage.set(y.year, y.status);
    for (const h of y.holidays) {
      for (let d = beijingDayNumber(h.from); d <= beijingDayNumber(h.to); d++) holidays.set(d, h.name);
    }
    for (const d of y.makeUpWorkdays) makeUp.add(beijingDayNumber(d));
  }
  for (const d of makeUp) {
    if (holidays.has(d)) throw new Error(`cn-holidays.json: ${dayNumberToDate(d)} is both a holiday and a make-up workday`);
  }
  return { holidays, makeUp, coverage };
}

const INDEX = buildIndex(HOLIDAY_TABLE);

export interface DayInfo {
  readonly date: CivilDate;
  readonly working: boolean;
  readonly kind: DayKind;
  /** The holiday's name when kind is 'holiday'. */
  readonly holiday?: LocalizedText;
  readonly coverage: CalendarCoverage;
  /** True when the year's arrangement is not (fully) known, so the answer may be wrong. */
  readonly approximate: boolean;
}

export const calendarCoverage = (year: number): CalendarCoverage => INDEX.coverage.get(year) ?? 'none';

/** Working-day facts of a day number (internal fast path for the arithmetic). */
export function dayInfoOf(day: number): DayInfo {
  const date = dayNumberToDate(day);
  const coverage = calendarCoverage(Number(date.slice(0, 4)));
  const approximate = coverage !== 'official';
  const holiday = INDEX.holidays.get(day);
  if (holiday) return { date, working: false, kind: 'holiday', holiday, coverage, approximate };
  if (INDEX.makeUp.has(day)) return { date, working: true, kind: 'make-up-workday', coverage, approximate };
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  const weekend = weekday === 0 || weekday === 6;
  return { date, working: !weekend, kind: weekend ? 'weekend' : 'workday', coverage, approximate };
}

/** What kind of day a Beijing calendar day is, and whether the data for it is complete. */
export const describeDay = (input: DateInput): DayInfo => dayInfoOf(beijingDayNumber(input));
