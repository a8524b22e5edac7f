import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  beijingEndOfDay,
  beijingStartOfDay,
  beijingWeekday,
  isInstant,
  toBeijingDate,
  toEpochMs,
} from '../../../../../src/shared/domain/calendar/beijing-time';

describe('Beijing calendar days', () => {
  it('takes an instant at its Beijing (UTC+8) day, whatever the offset it was written with', () => {
    expect(toBeijingDate('2026-02-13T15:59:59Z')).toBe('2026-02-13');
    expect(toBeijingDate('2026-02-13T16:00:00Z')).toBe('2026-02-14');
    expect(toBeijingDate('2026-02-13T20:00:00-08:00')).toBe('2026-02-14');
    expect(toBeijingDate('2026-02-14T00:30:00+08:00')).toBe('2026-02-14');
    expect(toBeijingDate(new Date(Date.UTC(2026, 1, 13, 16, 30)))).toBe('2026-02-14');
  });

  it('keeps a civil date as the Beijing day it names', () => {
    expect(toBeijingDate('2026-02-14')).toBe('2026-02-14');
    expect(beijingWeekday('2026-02-14')).toBe(6);
    expect(beijingWeekday('2026-10-01')).toBe(4);
  });

  it('refuses impossible dates and instants without an offset (they would depend on the machine zone)', () => {
    expect(() => toBeijingDate('2026-02-30')).toThrow(RangeError);
    expect(() => toBeijingDate('2026-02-13T10:00:00')).toThrow(RangeError);
    expect(() => toBeijingDate('13/02/2026')).toThrow(RangeError);
    expect(() => toBeijingDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(isInstant('2026-02-13T10:00:00')).toBe(false);
    expect(isInstant('2026-02-13T10:00:00.123+08:00')).toBe(true);
  });

  it('adds calendar days and months, clamping to the month end', () => {
    expect(addCalendarDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addCalendarDays('2026-09-10', 30)).toBe('2026-10-10');
    expect(addCalendarMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addCalendarMonths('2027-03-01', -3)).toBe('2026-12-01');
    expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('puts the start and end of a Beijing day at 16:00Z the day before and 15:59:59.999Z', () => {
    expect(beijingStartOfDay('2026-03-16')).toBe('2026-03-15T16:00:00.000Z');
    expect(beijingEndOfDay('2026-03-16')).toBe('2026-03-16T15:59:59.999Z');
    expect(toEpochMs('2026-03-16')).toBe(Date.parse('2026-03-16T00:00:00+08:00'));
  });
});
