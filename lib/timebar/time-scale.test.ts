import { describe, expect, it } from 'vitest';
import { isoOfDay, parseIsoDay } from '@/data/filter/epoch-day';
import type { TimeRange } from '@/data/filter/time-rule';
import {
  MAX_VIEW_DAYS,
  MIN_TICK_SPACING_PX,
  MIN_VIEW_DAYS,
  clampView,
  dayAtX,
  panView,
  ticksFor,
  viewDays,
  viewAround,
  viewForBounds,
  viewForTypedRange,
  viewShowing,
  wholeDayAtX,
  xOfDay,
  zoomView,
} from './time-scale';

const d = (iso: string) => parseIsoDay(iso)!;
const BOUNDS: TimeRange = [d('2012-01-01'), d('2025-12-31')];

describe('time scale', () => {
  it('maps days to pixels and back', () => {
    const view = { startDay: d('2018-01-01'), endDay: d('2018-01-01') + 100 };
    expect(xOfDay(view, 1000, d('2018-01-01') + 10)).toBe(100);
    expect(dayAtX(view, 1000, 255)).toBeCloseTo(d('2018-01-01') + 25.5);
    expect(isoOfDay(wholeDayAtX(view, 1000, 255))).toBe('2018-01-26');
  });

  it('shows the whole data span with a little room on both sides', () => {
    const view = viewForBounds(BOUNDS);
    expect(view.startDay).toBeLessThan(BOUNDS[0]);
    expect(view.endDay).toBeGreaterThan(BOUNDS[1] + 1);
    expect(viewDays(view)).toBeLessThan((BOUNDS[1] - BOUNDS[0]) * 1.1);
  });

  it('zooms about the anchor, from decades down to two weeks and no further', () => {
    const view = viewForBounds(BOUNDS);
    const anchor = d('2018-02-13');
    const x = xOfDay(view, 800, anchor);
    const zoomed = zoomView(view, 0.5, anchor, BOUNDS);
    expect(viewDays(zoomed)).toBeCloseTo(viewDays(view) / 2);
    expect(xOfDay(zoomed, 800, anchor)).toBeCloseTo(x);
    let deep = view;
    for (let i = 0; i < 40; i++) deep = zoomView(deep, 0.5, anchor, BOUNDS);
    expect(viewDays(deep)).toBe(MIN_VIEW_DAYS);
    let wide = view;
    for (let i = 0; i < 40; i++) wide = zoomView(wide, 2, anchor, BOUNDS);
    expect(viewDays(wide)).toBe(MAX_VIEW_DAYS);
  });

  it('opens on a small range with room around it, and on the whole span for a wide range or none', () => {
    const q1: TimeRange = [d('2018-01-01'), d('2018-03-31')];
    const view = viewAround(q1, BOUNDS);
    expect(viewDays(view)).toBe(365);
    expect(view.startDay).toBeLessThan(q1[0]);
    expect(view.endDay).toBeGreaterThan(q1[1] + 1);
    expect(viewDays(viewAround([d('2014-01-01'), d('2023-12-31')], BOUNDS))).toBe(viewDays(viewForBounds(BOUNDS)));
    expect(viewAround(null, BOUNDS)).toEqual(viewForBounds(BOUNDS));
    const atStart = viewAround([d('2012-01-01'), d('2012-01-10')], BOUNDS);
    expect(atStart.startDay).toBeGreaterThanOrEqual(BOUNDS[0] - 365 * 0.1 - 1e-9);
  });

  it('pans within the data span and a margin of a tenth of the view', () => {
    const view = { startDay: d('2018-01-01'), endDay: d('2019-01-01') };
    const later = panView(view, 30, BOUNDS);
    expect(later.startDay).toBe(view.startDay + 30);
    const far = panView(view, 1e6, BOUNDS);
    expect(far.endDay).toBeCloseTo(BOUNDS[1] + 1 + viewDays(view) * 0.1);
    expect(viewDays(far)).toBeCloseTo(viewDays(view));
    const wide = clampView({ startDay: 0, endDay: MAX_VIEW_DAYS }, BOUNDS);
    expect((wide.startDay + wide.endDay) / 2).toBeCloseTo((BOUNDS[0] + BOUNDS[1] + 1) / 2);
  });

  it('moves the view to show a range it does not, widening it when the range is longer', () => {
    const view = { startDay: d('2018-01-01'), endDay: d('2018-03-01') };
    const moved = viewShowing(view, [d('2019-05-01'), d('2019-05-10')], BOUNDS);
    expect(viewDays(moved)).toBeCloseTo(viewDays(view));
    expect(moved.startDay).toBeLessThanOrEqual(d('2019-05-01'));
    expect(moved.endDay).toBeGreaterThanOrEqual(d('2019-05-11'));
    const widened = viewShowing(view, [d('2017-01-01'), d('2019-12-31')], BOUNDS);
    expect(widened.startDay).toBeLessThanOrEqual(d('2017-01-01'));
    expect(widened.endDay).toBeGreaterThanOrEqual(d('2020-01-01'));
    // The same object, not an equal one: the histogram, tracks and axis are memoised on the view.
    expect(viewShowing(view, [d('2018-01-10'), d('2018-01-20')], BOUNDS)).toBe(view);
  });

  it('shows a typed range that the view would draw as a sliver as a link to it opens, and keeps a view that shows it', () => {
    const whole = viewForBounds(BOUNDS);
    const march: [number, number] = [d('2018-03-01'), d('2018-03-31')];
    // A month in the whole span is a sliver: the view becomes the one a link to March 2018 opens on.
    expect(viewForTypedRange(whole, march, BOUNDS)).toEqual(viewAround(march, BOUNDS));
    expect(viewDays(viewForTypedRange(whole, march, BOUNDS))).toBeLessThan(400);
    // A year in the whole span is wide enough to see: the view stays.
    expect(viewForTypedRange(whole, [d('2018-01-01'), d('2018-12-31')], BOUNDS)).toBe(whole);
    // A view the user zoomed to, with the range in it: a few days more typed keep it.
    const zoomed = { startDay: d('2018-02-01'), endDay: d('2018-05-01') };
    expect(viewForTypedRange(zoomed, [d('2018-03-01'), d('2018-04-03')], BOUNDS)).toBe(zoomed);
  });

  it('names the month and year on the first tick of a view that holds no boundary of them', () => {
    // Two weeks of February 2018 (5 February was a Monday): weekly ticks, no first of a month in view.
    const fortnight = ticksFor({ startDay: d('2018-02-05'), endDay: d('2018-02-19') }, 660);
    expect(fortnight.unit).toBe('week');
    expect(fortnight.ticks.map((t) => t.label)).toEqual(['5 Feb 2018', '12', '19']);
    // Weeks across a month's end: the month's first Monday names it (and January its year).
    const weeks = ticksFor({ startDay: d('2018-03-20'), endDay: d('2018-05-20') }, 660);
    expect(weeks.unit).toBe('week');
    expect(weeks.ticks.map((t) => t.label)).toEqual(['26 Mar 2018', '2 Apr', '9', '16', '23', '30', '7 May', '14']);
    expect(ticksFor({ startDay: d('2018-12-20'), endDay: d('2019-02-01') }, 660).ticks.map((t) => t.label)).toContain('7 Jan 2019');
    // March to October 2018: months, no January in view.
    const months = ticksFor({ startDay: d('2018-02-20'), endDay: d('2018-10-20') }, 660);
    expect(months.unit).toBe('month');
    expect(months.ticks.map((t) => t.label).slice(0, 3)).toEqual(['Mar 2018', 'Apr', 'May']);
    // A first tick on a boundary already says it.
    expect(ticksFor({ startDay: d('2017-12-20'), endDay: d('2018-08-01') }, 660).ticks[0]?.label).toBe('2018');
    // Years say themselves.
    expect(ticksFor(viewForBounds(BOUNDS), 1000).ticks[0]?.label).toBe('2012');
  });

  it('labels years at the decade zoom, months in between, days when zoomed in, never closer than the labels need', () => {
    const width = 1000;
    const decade = ticksFor(viewForBounds(BOUNDS), width);
    expect(decade.unit).toBe('year');
    expect(decade.ticks.map((t) => t.label)).toContain('2018');
    const year = ticksFor({ startDay: d('2018-01-01'), endDay: d('2019-01-01') }, width);
    expect(year.unit).toBe('month');
    expect(year.ticks.map((t) => t.label).slice(0, 3)).toEqual(['2018', 'Feb', 'Mar']);
    const days = ticksFor({ startDay: d('2018-02-20'), endDay: d('2018-03-06') }, width);
    expect(days.unit).toBe('day');
    expect(days.ticks.find((t) => t.major)?.label).toBe('Mar 2018');
    for (const { ticks } of [decade, year, days]) {
      for (let i = 1; i < ticks.length; i++) {
        const gap = xOfDay(viewForBounds(BOUNDS), width, ticks[i]!.day) - xOfDay(viewForBounds(BOUNDS), width, ticks[i - 1]!.day);
        expect(gap).toBeGreaterThan(0);
      }
    }
    // The first tick in view names its month and year: a view may hold no month or year boundary at all.
    expect(days.ticks.map((t) => t.label).slice(0, 2)).toEqual(['20 Feb 2018', '21']);
    const narrow = ticksFor(viewForBounds(BOUNDS), 300);
    const spacing = (300 * 365.25 * (narrow.unit === 'two-years' ? 2 : narrow.unit === 'five-years' ? 5 : 1)) / viewDays(viewForBounds(BOUNDS));
    expect(spacing).toBeGreaterThanOrEqual(MIN_TICK_SPACING_PX * 0.95);
  });
});
