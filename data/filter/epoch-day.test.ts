import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addYears,
  dateOfDay,
  dayOfDate,
  dayOfMs,
  daysInMonth,
  isoOfDay,
  parseIsoDay,
  startOfMonth,
  startOfYear,
} from './epoch-day';

describe('epoch days', () => {
  it('counts whole UTC days from 1 January 1970', () => {
    expect(dayOfDate(1970, 1, 1)).toBe(0);
    expect(dayOfDate(2018, 1, 1)).toBe(17_532);
    expect(dayOfDate(1969, 12, 31)).toBe(-1);
    expect(isoOfDay(17_532)).toBe('2018-01-01');
    expect(dateOfDay(-1)).toEqual({ year: 1969, month: 12, day: 31 });
  });

  it('puts a moment on the UTC day it falls on, also before 1970', () => {
    expect(dayOfMs(Date.UTC(2018, 2, 31, 23, 59, 59))).toBe(dayOfDate(2018, 3, 31));
    expect(dayOfMs(Date.UTC(2018, 3, 1, 0, 0, 0))).toBe(dayOfDate(2018, 4, 1));
    expect(dayOfMs(Date.UTC(1969, 11, 31, 12))).toBe(-1);
  });

  it('round-trips every day of a leap year through YYYY-MM-DD', () => {
    for (let day = dayOfDate(2024, 1, 1); day <= dayOfDate(2024, 12, 31); day++) {
      expect(parseIsoDay(isoOfDay(day))).toBe(day);
    }
    expect(dayOfDate(2024, 12, 31) - dayOfDate(2024, 1, 1)).toBe(365);
  });

  it('agrees with Date on every day from 1600 to 2400', () => {
    let wrong = 0;
    for (let day = dayOfDate(1600, 1, 1); day <= dayOfDate(2400, 12, 31); day++) {
      const date = new Date(day * 86_400_000);
      const d = dateOfDay(day);
      if (d.year !== date.getUTCFullYear() || d.month !== date.getUTCMonth() + 1 || d.day !== date.getUTCDate()) wrong++;
    }
    expect(wrong).toBe(0);
  });

  it('handles years below 100 without the Date.UTC century shift', () => {
    expect(isoOfDay(dayOfDate(45, 3, 15))).toBe('0045-03-15');
    expect(parseIsoDay('0045-03-15')).toBe(dayOfDate(45, 3, 15));
  });

  it('refuses dates that are not on the calendar', () => {
    for (const bad of ['2019-02-29', '2018-13-01', '2018-00-10', '2018-04-31', '2018-1-01', '18-01-01', '2018-01-01T00:00', '', '0000-01-01']) {
      expect(parseIsoDay(bad), bad).toBeNull();
    }
    expect(parseIsoDay('2020-02-29')).toBe(dayOfDate(2020, 2, 29));
    expect(parseIsoDay('2000-02-29')).not.toBeNull();
    expect(parseIsoDay('1900-02-29')).toBeNull();
  });

  it('knows month lengths, leap years included', () => {
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2018, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('adds calendar months, keeping to the month end where a month is shorter', () => {
    expect(isoOfDay(addMonths(dayOfDate(2018, 1, 31), 1))).toBe('2018-02-28');
    expect(isoOfDay(addMonths(dayOfDate(2020, 1, 31), 1))).toBe('2020-02-29');
    expect(isoOfDay(addMonths(dayOfDate(2018, 3, 31), -1))).toBe('2018-02-28');
    expect(isoOfDay(addMonths(dayOfDate(2018, 12, 15), 1))).toBe('2019-01-15');
    expect(isoOfDay(addMonths(dayOfDate(2018, 1, 15), -1))).toBe('2017-12-15');
    expect(isoOfDay(addYears(dayOfDate(2024, 2, 29), 1))).toBe('2025-02-28');
    expect(isoOfDay(startOfMonth(dayOfDate(2018, 2, 13)))).toBe('2018-02-01');
    expect(isoOfDay(startOfYear(dayOfDate(2018, 2, 13)))).toBe('2018-01-01');
  });
});
