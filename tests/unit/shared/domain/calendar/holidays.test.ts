import { describe, expect, it } from 'vitest';
import { beijingWeekday } from '../../../../../src/shared/domain/calendar/beijing-time';
import { HOLIDAY_TABLE, HolidayTable, calendarCoverage, describeDay } from '../../../../../src/shared/domain/calendar/holidays';
import raw from '../../../../../src/shared/domain/data/cn-holidays.json';

const eachDay = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
};

describe('the mainland holiday table', () => {
  it('parses and covers 2025 and 2026 officially and 2027 by statutory days only', () => {
    expect(() => HolidayTable.parse(raw)).not.toThrow();
    expect(calendarCoverage(2025)).toBe('official');
    expect(calendarCoverage(2026)).toBe('official');
    expect(calendarCoverage(2027)).toBe('statutory-only');
    expect(calendarCoverage(2028)).toBe('none');
  });

  it('has the day totals the notices announce (2025: 1+8+3+5+3+8, 2026: 3+9+3+5+3+3+7)', () => {
    const total = (year: number) =>
      HOLIDAY_TABLE.years
        .find((y) => y.year === year)!
        .holidays.reduce((n, h) => n + eachDay(h.from, h.to).length, 0);
    expect(total(2025)).toBe(28);
    expect(total(2026)).toBe(33);
    // 2027 statutory days under the 2024 revision of the 放假办法: 1 + 4 + 1 + 2 + 1 + 1 + 3.
    expect(total(2027)).toBe(13);
  });

  it('lists only weekend days as make-up working days, and every holiday day as not working', () => {
    for (const y of HOLIDAY_TABLE.years) {
      for (const d of y.makeUpWorkdays) {
        expect([d, [0, 6].includes(beijingWeekday(d))]).toEqual([d, true]);
        expect(describeDay(d).working).toBe(true);
      }
      for (const h of y.holidays) for (const d of eachDay(h.from, h.to)) expect([d, describeDay(d).working]).toEqual([d, false]);
    }
  });

  it('names its source for every year', () => {
    for (const y of HOLIDAY_TABLE.years) expect(y.source.title.length).toBeGreaterThan(0);
    expect(HOLIDAY_TABLE.years.find((y) => y.year === 2027)?.note).toMatch(/not known/);
  });

  it('rejects a table whose ranges leave their year', () => {
    const bad = structuredClone(raw) as { years: { holidays: { from: string; to: string }[] }[] };
    bad.years[0]!.holidays[0]!.to = '2026-01-01';
    expect(HolidayTable.safeParse(bad).success).toBe(false);
  });
});
