import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isWorkingDay,
  workingDaysBetween,
} from '../../../../../src/shared/domain/calendar/working-days';
import { describeDay } from '../../../../../src/shared/domain/calendar/holidays';

/**
 * Known dates, worked out by hand from the State Council notices:
 * 2025 (国办发明电〔2024〕12号) and 2026 (国办发明电〔2025〕7号).
 */
function assertKnownDates(): void {
  // Spring Festival 2026: off 02-15..02-23, make-up working Saturdays 02-14 and 02-28.
  expect(addWorkingDays('2026-02-10', 20)).toEqual({ date: '2026-03-16', approximate: false });
  expect(addWorkingDays('2026-02-13', 1).date).toBe('2026-02-14');
  expect(addWorkingDays('2026-02-14', 1).date).toBe('2026-02-24');
  expect(addWorkingDays('2026-02-27', 1).date).toBe('2026-02-28');
  // National Day 2026: Mid-Autumn 09-25..27, National Day 10-01..07, make-up 09-20 (Sun) and 10-10 (Sat).
  expect(addWorkingDays('2026-09-18', 20)).toEqual({ date: '2026-10-22', approximate: false });
  expect(addWorkingDays('2026-09-30', 1).date).toBe('2026-10-08');
  // 2025: Spring Festival 01-28..02-04 (make-up 01-26, 02-08); National Day 10-01..08 (make-up 09-28, 10-11).
  expect(addWorkingDays('2025-01-24', 20)).toEqual({ date: '2025-02-27', approximate: false });
  expect(addWorkingDays('2025-09-26', 20)).toEqual({ date: '2025-10-30', approximate: false });
  // Instants are taken at their Beijing day: 16:30Z on 02-13 is already Saturday 02-14 in Beijing.
  expect(addWorkingDays('2026-02-13T16:30:00Z', 1).date).toBe('2026-02-24');
  expect(addWorkingDays(new Date('2026-02-13T15:30:00Z'), 1).date).toBe('2026-02-14');
  expect(isWorkingDay('2026-02-13T20:00:00-08:00')).toBe(true); // Sat 02-14 12:00 Beijing, make-up day
}

const ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

describe('working days', () => {
  it('counts 20 working days across Spring Festival and National Day 2025 and 2026', () => {
    assertKnownDates();
  });

  it('knows holidays, make-up working days and ordinary weekends', () => {
    const cases: [string, boolean][] = [
      ['2026-01-01', false],
      ['2026-01-04', true], // Sunday, make-up
      ['2026-02-14', true], // Saturday, make-up
      ['2026-02-16', false],
      ['2026-02-23', false],
      ['2026-02-24', true],
      ['2026-02-28', true],
      ['2026-03-01', false],
      ['2026-05-09', true],
      ['2026-09-20', true],
      ['2026-10-07', false],
      ['2026-10-08', true],
      ['2026-10-10', true],
      ['2025-01-26', true],
      ['2025-02-04', false],
      ['2025-04-27', true],
      ['2025-10-08', false],
      ['2025-10-11', true],
      ['2025-06-02', false],
    ];
    for (const [date, working] of cases) expect([date, isWorkingDay(date)]).toEqual([date, working]);
    expect(describeDay('2026-02-14').kind).toBe('make-up-workday');
    expect(describeDay('2026-02-17').holiday?.en).toBe('Spring Festival');
    expect(describeDay('2026-03-07').kind).toBe('weekend');
  });

  it('makes workingDaysBetween the inverse of addWorkingDays, over the half-open range (a, b]', () => {
    expect(workingDaysBetween('2026-02-10', '2026-03-16')).toEqual({ days: 20, approximate: false });
    expect(workingDaysBetween('2026-03-16', '2026-02-10')).toEqual({ days: -20, approximate: false });
    expect(workingDaysBetween('2026-02-10', '2026-02-10').days).toBe(0);
    expect(workingDaysBetween('2026-02-14', '2026-02-23').days).toBe(0);
    expect(addWorkingDays('2026-03-16', -20).date).toBe('2026-02-10');
    expect(addWorkingDays('2026-02-15', 0).date).toBe('2026-02-15');
    for (let n = 0; n <= 60; n += 7) {
      expect(workingDaysBetween('2025-12-20', addWorkingDays('2025-12-20', n).date).days).toBe(n);
    }
  });

  it('reports results that touch 2027 (statutory days only) or uncovered years (weekends only) as approximate', () => {
    const crossing = addWorkingDays('2026-12-25', 5);
    expect(crossing).toEqual({ date: '2027-01-04', approximate: true }); // 2027-01-01 statutory day off
    expect(describeDay('2027-02-05')).toMatchObject({ working: false, coverage: 'statutory-only', approximate: true });
    expect(describeDay('2028-10-02')).toMatchObject({ working: true, coverage: 'none', approximate: true });
    expect(addWorkingDays('2028-01-07', 1)).toEqual({ date: '2028-01-10', approximate: true });
    expect(workingDaysBetween('2024-12-27', '2025-01-03')).toEqual({ days: 4, approximate: true });
    expect(addWorkingDays('2026-12-24', 4)).toEqual({ date: '2026-12-30', approximate: false });
  });

  it('refuses a fractional count', () => {
    expect(() => addWorkingDays('2026-02-10', 1.5)).toThrow(RangeError);
  });

  describe('is independent of the machine time zone', () => {
    const saved = process.env.TZ;
    afterAll(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    for (const zone of ZONES) {
      it(`gives the same answers with TZ=${zone}`, () => {
        process.env.TZ = zone;
        // Proves the switch took effect: the local offset of a fixed instant follows TZ.
        const offset = new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset();
        expect({ zone, offset }).toEqual({
          zone,
          offset: { UTC: 0, 'Asia/Shanghai': -480, 'America/New_York': 300, 'Pacific/Kiritimati': -840, 'Pacific/Pago_Pago': 660 }[zone],
        });
        assertKnownDates();
      });
    }

    // A fresh process per zone, so nothing cached at start-up can hide a dependency on TZ.
    it.skipIf(process.env.ICP_DESK_TZ_CHILD === '1')(
      'passes the whole suite in child processes with TZ=UTC, Asia/Shanghai and America/New_York',
      () => {
        for (const zone of ['UTC', 'Asia/Shanghai', 'America/New_York']) {
          const run = spawnSync(
            process.execPath,
            ['node_modules/vitest/vitest.mjs', 'run', 'tests/unit/shared/domain/calendar/', 'tests/unit/shared/domain/deadlines.test.ts'],
            { env: { ...process.env, TZ: zone, ICP_DESK_TZ_CHILD: '1', CI: '1' }, encoding: 'utf8', timeout: 120_000 },
          );
          expect({ zone, status: run.status, out: run.status === 0 ? '' : run.stdout + run.stderr }).toEqual({
            zone,
            status: 0,
            out: '',
          });
        }
      },
      180_000,
    );
  });
});
