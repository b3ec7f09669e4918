import { addMonths, dateOfDay, startOfMonth, type EpochDay } from '@/data/filter/epoch-day';
import type { TimeRange } from '@/data/filter/time-rule';
import { shiftDay } from './range-keys';

export const PLAYBACK_STEPS = ['day', 'week', 'month', 'year'] as const;
export type PlaybackStep = (typeof PLAYBACK_STEPS)[number];

/** `sliding`: the window keeps its length and moves; `cumulative`: its start stays and its end grows. */
export const PLAYBACK_WINDOWS = ['sliding', 'cumulative'] as const;
export type PlaybackWindow = (typeof PLAYBACK_WINDOWS)[number];

/** Steps per second the player offers. */
export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

export interface PlaybackSettings {
  step: PlaybackStep;
  window: PlaybackWindow;
  loop: boolean;
  speed: PlaybackSpeed;
}

export const DEFAULT_PLAYBACK: PlaybackSettings = { step: 'month', window: 'sliding', loop: false, speed: 1 };

/** Milliseconds between two steps at a speed. */
export function stepIntervalMs(speed: PlaybackSpeed): number {
  return 1000 / speed;
}

/** `day` moved by `by` playback steps; months and years follow the calendar. */
export function shiftBySteps(day: EpochDay, step: PlaybackStep, by: number): EpochDay {
  return step === 'week' ? day + 7 * by : shiftDay(day, step, by);
}

/**
 * Moves an inclusive end by whole steps: the day after it moves, so a window that ends on a month's last day keeps
 * ending on one (31 Mar → 30 Apr → 31 May), rather than drifting (31 Mar → 30 Apr → 30 May).
 */
function shiftEnd(to: EpochDay, step: PlaybackStep, by: number): EpochDay {
  return shiftBySteps(to + 1, step, by) - 1;
}

/** One step's window from `from`: a day, a week, a month or a year. */
function oneStepFrom(from: EpochDay, step: PlaybackStep): TimeRange {
  return [from, shiftEnd(from - 1, step, 1)];
}

/**
 * The first frame when the user presses play. No range (the full span) plays one step at a time from the start; a
 * range that already reaches the end starts again from the beginning (sliding: the same length from the first day;
 * cumulative: one step from its own start); any other range plays on from where it is.
 */
export function playbackStart(range: TimeRange | null, settings: PlaybackSettings, bounds: TimeRange): TimeRange {
  if (range === null || (range[0] <= bounds[0] && range[1] >= bounds[1])) return clip(oneStepFrom(bounds[0], settings.step), bounds);
  if (range[1] >= bounds[1]) return restart(range, settings, bounds);
  return range;
}

function restart(range: TimeRange, settings: PlaybackSettings, bounds: TimeRange): TimeRange {
  if (settings.window === 'cumulative') return clip(oneStepFrom(range[0], settings.step), bounds);
  return clip(sameLengthFrom(range, bounds[0]), bounds);
}

/** A window as long as `range` from `from`: as many whole months where `range` is whole months, else as many days. */
function sameLengthFrom(range: TimeRange, from: EpochDay): TimeRange {
  const wholeMonths = startOfMonth(range[0]) === range[0] && startOfMonth(range[1] + 1) === range[1] + 1;
  if (!wholeMonths) return [from, from + (range[1] - range[0])];
  const a = dateOfDay(range[0]);
  const b = dateOfDay(range[1]);
  const months = (b.year - a.year) * 12 + (b.month - a.month) + 1;
  return [from, addMonths(from, months) - 1];
}

function clip(range: TimeRange, bounds: TimeRange): TimeRange {
  const to = Math.min(range[1], bounds[1]);
  return [Math.min(range[0], to), to];
}

/**
 * The frame after `range`, or null when playback ends: a sliding window moves both ends by one step, a cumulative one
 * only its end. The last frame is cut at the end of the bounds; after it, playback stops, or starts again with
 * `loop`.
 */
export function playbackNext(range: TimeRange, settings: PlaybackSettings, bounds: TimeRange): TimeRange | null {
  if (range[1] >= bounds[1]) return settings.loop ? restart(range, settings, bounds) : null;
  const from = settings.window === 'sliding' ? shiftBySteps(range[0], settings.step, 1) : range[0];
  return clip([from, shiftEnd(range[1], settings.step, 1)], bounds);
}

/**
 * The range one step back or forward, as the step buttons move it, or null where it cannot go: forward from a range
 * that reaches the end of the bounds, back from one at their start (sliding) or one step long (cumulative). A
 * sliding window moves both ends, a cumulative one its end, as playback does; no range (the whole span) steps
 * forward to the first window playback would show.
 */
export function steppedRange(range: TimeRange | null, settings: PlaybackSettings, bounds: TimeRange, direction: 1 | -1): TimeRange | null {
  const whole = range === null || (range[0] <= bounds[0] && range[1] >= bounds[1]);
  if (whole) return direction === 1 ? clip(oneStepFrom(bounds[0], settings.step), bounds) : null;
  if (direction === 1) return playbackNext(range, { ...settings, loop: false }, bounds);
  if (settings.window === 'cumulative') {
    const shortest = oneStepFrom(range[0], settings.step)[1];
    return range[1] <= shortest ? null : [range[0], Math.max(shortest, shiftEnd(range[1], settings.step, -1))];
  }
  if (range[0] <= bounds[0]) return null;
  const from = Math.max(bounds[0], shiftBySteps(range[0], settings.step, -1));
  return [from, Math.max(from, shiftEnd(range[1], settings.step, -1))];
}
