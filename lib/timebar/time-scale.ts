import { addMonths, dateOfDay, dayOfDate, type EpochDay } from '@/data/filter/epoch-day';
import type { TimeRange } from '@/data/filter/time-rule';

/**
 * The timebar's horizontal scale: which stretch of time the band shows (the view), where a day is drawn, and how
 * the view zooms and pans. Days are continuous here: day `d` occupies [d, d + 1) on the axis, so an inclusive range
 * [from, to] is drawn from the left edge of `from` to the right edge of `to`.
 */
export interface TimeView {
  /** Left edge, in (fractional) epoch days. */
  startDay: number;
  /** Right edge, in (fractional) epoch days; greater than `startDay`. */
  endDay: number;
}

/** The closest zoom: two weeks across the band, so single days are wide enough to aim at. */
export const MIN_VIEW_DAYS = 14;
/** The widest zoom: six decades. */
export const MAX_VIEW_DAYS = 60 * 365.25;
/** How far beyond the data's span the view may pan, as a share of the view's width. */
const PAN_MARGIN = 0.1;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function viewDays(view: TimeView): number {
  return view.endDay - view.startDay;
}

/** The x (px from the band's left edge) of the start of `day`. */
export function xOfDay(view: TimeView, widthPx: number, day: number): number {
  return ((day - view.startDay) / viewDays(view)) * widthPx;
}

/** The (fractional) day at `x` px. */
export function dayAtX(view: TimeView, widthPx: number, x: number): number {
  return view.startDay + (x / widthPx) * viewDays(view);
}

/** The whole day under `x` px. */
export function wholeDayAtX(view: TimeView, widthPx: number, x: number): EpochDay {
  return Math.floor(dayAtX(view, widthPx, x));
}

/** The view that shows all of `bounds` with a little room at both ends (2 % of the span, at least two days). */
export function viewForBounds(bounds: TimeRange): TimeView {
  const span = bounds[1] + 1 - bounds[0];
  const pad = Math.max(2, span * 0.02);
  const view = { startDay: bounds[0] - pad, endDay: bounds[1] + 1 + pad };
  return withLength(view, clamp(viewDays(view), MIN_VIEW_DAYS, MAX_VIEW_DAYS), (view.startDay + view.endDay) / 2);
}

/**
 * The first view for a range: the whole data span, unless the range is a small part of it; then the range with room
 * around it (three times its length, a year at least), so a link to a quarter opens on that quarter, not on a sliver
 * of a decade.
 */
export function viewAround(range: TimeRange | null, bounds: TimeRange): TimeView {
  const whole = viewForBounds(bounds);
  if (range === null) return whole;
  const days = Math.max(range[1] + 1 - range[0], 1);
  const length = Math.max(days * 3, 365, MIN_VIEW_DAYS);
  if (length >= viewDays(whole)) return whole;
  return clampView(withLength(whole, length, (range[0] + range[1] + 1) / 2), bounds);
}

function withLength(view: TimeView, days: number, centre: number): TimeView {
  return { startDay: centre - days / 2, endDay: centre + days / 2 };
}

/** Keeps the view within the bounds (plus a margin); a view wider than that is centred on them. */
export function clampView(view: TimeView, bounds: TimeRange): TimeView {
  const days = viewDays(view);
  const margin = days * PAN_MARGIN;
  const min = bounds[0] - margin;
  const max = bounds[1] + 1 + margin;
  if (days >= max - min) return withLength(view, days, (min + max) / 2);
  const shift = view.startDay < min ? min - view.startDay : view.endDay > max ? max - view.endDay : 0;
  return { startDay: view.startDay + shift, endDay: view.endDay + shift };
}

/**
 * Zooms by `factor` (< 1 in, > 1 out) keeping `anchorDay` where it is on screen (under the pointer for the wheel,
 * the range's middle for the buttons), within MIN_VIEW_DAYS–MAX_VIEW_DAYS and the bounds.
 */
export function zoomView(view: TimeView, factor: number, anchorDay: number, bounds: TimeRange): TimeView {
  const days = viewDays(view);
  const next = clamp(days * factor, MIN_VIEW_DAYS, MAX_VIEW_DAYS);
  const share = (anchorDay - view.startDay) / days;
  const startDay = anchorDay - share * next;
  return clampView({ startDay, endDay: startDay + next }, bounds);
}

/** Moves the view by `deltaDays` (positive: later), within the bounds. */
export function panView(view: TimeView, deltaDays: number, bounds: TimeRange): TimeView {
  return clampView({ startDay: view.startDay + deltaDays, endDay: view.endDay + deltaDays }, bounds);
}

/** The smallest view (of the current length or longer) that shows all of `range`, moved as little as it can. */
export function viewShowing(view: TimeView, range: TimeRange, bounds: TimeRange): TimeView {
  const from = range[0];
  const to = range[1] + 1;
  let days = viewDays(view);
  if (to - from > days * 0.9) days = Math.min(MAX_VIEW_DAYS, (to - from) / 0.9);
  let startDay = clamp(view.startDay, to - days, from);
  if (days !== viewDays(view)) startDay = (from + to) / 2 - days / 2;
  const next = clampView({ startDay, endDay: startDay + days }, bounds);
  // The same view object when nothing moved: what is drawn for a view (histogram, tracks, axis) is then not redrawn.
  return next.startDay === view.startDay && next.endDay === view.endDay ? view : next;
}

/** A typed range narrower than this share of the view would be a sliver on the band. */
const TYPED_RANGE_MIN_SHARE = 1 / 20;

/**
 * The view after the user typed a range: one that shows the range wide enough to see, as a link to it opens
 * (`viewAround`), when the current view would draw it as a sliver; otherwise the current one, moved as little as it
 * can (`viewShowing`), so a small change typed into a view the user zoomed to keeps that view.
 */
export function viewForTypedRange(view: TimeView, range: TimeRange, bounds: TimeRange): TimeView {
  const days = range[1] + 1 - range[0];
  return days < viewDays(view) * TYPED_RANGE_MIN_SHARE ? viewAround(range, bounds) : viewShowing(view, range, bounds);
}

// ---------------------------------------------------------------------------------------------------- ticks

export type TickUnit = 'decade' | 'five-years' | 'two-years' | 'year' | 'quarter' | 'month' | 'week' | 'day';

/** Rough length of each unit in days, finest first; the tick picker takes the first whose labels fit. */
const UNIT_DAYS: readonly [TickUnit, number][] = [
  ['day', 1],
  ['week', 7],
  ['month', 30.44],
  ['quarter', 91.31],
  ['year', 365.25],
  ['two-years', 730.5],
  ['five-years', 1826.25],
  ['decade', 3652.5],
];

/** Labels need about this much room. */
export const MIN_TICK_SPACING_PX = 56;

export interface Tick {
  day: EpochDay;
  label: string;
  /** A year boundary (or a month boundary when the ticks are days): drawn stronger. */
  major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The finest unit whose ticks stay `MIN_TICK_SPACING_PX` apart at this zoom. */
export function tickUnitFor(view: TimeView, widthPx: number): TickUnit {
  const daysPerPx = viewDays(view) / Math.max(1, widthPx);
  const fit = UNIT_DAYS.find(([, days]) => days / daysPerPx >= MIN_TICK_SPACING_PX);
  return fit ? fit[0] : 'decade';
}

function firstTick(unit: TickUnit, day: number): EpochDay {
  const d = dateOfDay(Math.floor(day));
  switch (unit) {
    case 'day':
      return Math.ceil(day);
    case 'week':
      // Mondays: 1 Jan 1970 was a Thursday, so day 4 was a Monday.
      return Math.ceil((day - 4) / 7) * 7 + 4;
    case 'month': {
      const month = dayOfDate(d.year, d.month, 1);
      return month < day ? addMonths(month, 1) : month;
    }
    case 'quarter': {
      const q = dayOfDate(d.year, Math.floor((d.month - 1) / 3) * 3 + 1, 1);
      return q < day ? addMonths(q, 3) : q;
    }
    default: {
      const every = unit === 'year' ? 1 : unit === 'two-years' ? 2 : unit === 'five-years' ? 5 : 10;
      const year = Math.ceil(d.year / every) * every;
      const start = dayOfDate(year, 1, 1);
      return start < day ? dayOfDate(year + every, 1, 1) : start;
    }
  }
}

function nextTick(unit: TickUnit, day: EpochDay): EpochDay {
  switch (unit) {
    case 'day':
      return day + 1;
    case 'week':
      return day + 7;
    case 'month':
      return addMonths(day, 1);
    case 'quarter':
      return addMonths(day, 3);
    case 'year':
      return addMonths(day, 12);
    case 'two-years':
      return addMonths(day, 24);
    case 'five-years':
      return addMonths(day, 60);
    case 'decade':
      return addMonths(day, 120);
  }
}

/**
 * A tick's label: the unit's own (a day number, a month), the larger unit at its boundaries ("Mar 2018", "2018", a
 * month's first Monday "2 Apr"), and, for the first tick in view (`first`), the larger units as well ("12 Feb 2018",
 * "Mar 2018"): a view of two weeks or a few months may hold no boundary, and "12 19" alone does not say which month
 * it shows.
 */
function tickLabel(unit: TickUnit, day: EpochDay, first: boolean): Tick {
  const d = dateOfDay(day);
  const month = MONTHS[d.month - 1]!;
  if (unit === 'day' || unit === 'week') {
    const major = d.day === 1;
    if (major) return { day, label: `${month} ${d.year}`, major };
    if (first) return { day, label: `${d.day} ${month} ${d.year}`, major };
    // Weekly ticks (Mondays) seldom fall on a first of the month: the first Monday of a month names it instead.
    const monthStarts = unit === 'week' && d.day <= 7;
    return { day, label: monthStarts ? `${d.day} ${month}${d.month === 1 ? ` ${d.year}` : ''}` : String(d.day), major };
  }
  if (unit === 'month' || unit === 'quarter') {
    const major = d.month === 1;
    return { day, label: major ? String(d.year) : first ? `${month} ${d.year}` : month, major };
  }
  return { day, label: String(d.year), major: true };
}

/**
 * The ticks inside the view at the finest unit whose labels fit, each with its label; the first names its month
 * and year too. Labels may then be longer than the ticks' spacing: the axis leaves out one that would overlap.
 */
export function ticksFor(view: TimeView, widthPx: number): { unit: TickUnit; ticks: Tick[] } {
  const unit = tickUnitFor(view, widthPx);
  const ticks: Tick[] = [];
  for (let day = firstTick(unit, view.startDay); day <= view.endDay && ticks.length < 1000; day = nextTick(unit, day)) {
    ticks.push(tickLabel(unit, day, ticks.length === 0));
  }
  return { unit, ticks };
}
