import { addMonths, addYears, type EpochDay } from '@/data/filter/epoch-day';
import type { TimeRange } from '@/data/filter/time-rule';

/** What a key moves: one end of the range, or the whole range (its length kept). */
export type RangeHandle = 'from' | 'to' | 'range';

/** A move of one key press: by days, months or years, or to the far end. */
export type KeyMove = { unit: 'day' | 'month' | 'year'; by: number } | { to: 'min' | 'max' };

/**
 * The timebar's keyboard model, as the ARIA slider pattern has it: ← ↓ a day earlier, → ↑ a day later (with
 * Shift: a month), Page Down / Page Up a year, Home / End as far as the handle may go. Null for any other key.
 */
export function keyMove(key: string, shiftKey: boolean): KeyMove | null {
  const unit = shiftKey ? 'month' : 'day';
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return { unit, by: -1 };
    case 'ArrowRight':
    case 'ArrowUp':
      return { unit, by: 1 };
    case 'PageDown':
      return { unit: 'year', by: -1 };
    case 'PageUp':
      return { unit: 'year', by: 1 };
    case 'Home':
      return { to: 'min' };
    case 'End':
      return { to: 'max' };
    default:
      return null;
  }
}

/** `day` moved by `by` units: months and years on the calendar (31 Jan + 1 month is the last day of February). */
export function shiftDay(day: EpochDay, unit: 'day' | 'month' | 'year', by: number): EpochDay {
  if (unit === 'day') return day + by;
  return unit === 'month' ? addMonths(day, by) : addYears(day, by);
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The range after a move of `handle`, within `bounds`. An end stops at the other end (the range is never empty:
 * one day at least); the whole range keeps its length in days and stops at the bounds.
 */
export function moveRange(range: TimeRange, handle: RangeHandle, move: KeyMove, bounds: TimeRange): TimeRange {
  const [from, to] = range;
  if (handle === 'from') {
    const next = 'to' in move ? (move.to === 'min' ? bounds[0] : to) : shiftDay(from, move.unit, move.by);
    return [clamp(next, bounds[0], to), to];
  }
  if (handle === 'to') {
    const next = 'to' in move ? (move.to === 'min' ? from : bounds[1]) : shiftDay(to, move.unit, move.by);
    return [from, clamp(next, from, bounds[1])];
  }
  const length = to - from;
  const start = 'to' in move ? (move.to === 'min' ? bounds[0] : bounds[1] - length) : shiftDay(from, move.unit, move.by);
  const clamped = clamp(start, bounds[0], Math.max(bounds[0], bounds[1] - length));
  return [clamped, clamped + length];
}

/** The range with one end dragged to `day`, within the bounds; it stops at the other end. */
export function dragEnd(range: TimeRange, handle: 'from' | 'to', day: EpochDay, bounds: TimeRange): TimeRange {
  return handle === 'from' ? [clamp(day, bounds[0], range[1]), range[1]] : [range[0], clamp(day, range[0], bounds[1])];
}

/** The range moved whole by `deltaDays`, its length kept, within the bounds. */
export function dragRange(range: TimeRange, deltaDays: number, bounds: TimeRange): TimeRange {
  return moveRange(range, 'range', { unit: 'day', by: Math.round(deltaDays) }, bounds);
}
