import type { Period } from '@/data';
import type { PetroleumRecord } from './petroleum-records';

/** The chart draws each figure only in the unit its source states; tonnes are never converted to barrels. */
export type PetroleumUnit = 'barrels' | 'tonnes';

/** A figure as a mark: its shape, and where it sits on the value axis. */
export interface PetroleumFigure {
  shape: 'value' | 'floor' | 'ceiling' | 'range';
  /** The figure, floor or ceiling; a range's high end. */
  value: number;
  /** A range's low end; 0 otherwise. */
  low: number;
}

const OTHER_UNIT: Record<PetroleumUnit, string> = {
  barrels: 'Stated in tonnes, not converted (switch the unit to tonnes)',
  tonnes: 'Stated in barrels, not converted (switch the unit to barrels)',
};

/**
 * A record's figure in `unit`, exactly as stated, or why it has none: stated in the other unit, per day, or as a
 * count of deliveries with no volume. A range stays a range; a floor or ceiling keeps its bound.
 */
export function figureIn(item: PetroleumRecord, unit: PetroleumUnit): PetroleumFigure | { missing: string } {
  const r = item.record;
  if (unit === 'tonnes') {
    if (item.kind !== 'estimate' && item.record.tonnes !== undefined) return { shape: 'value', value: item.record.tonnes, low: 0 };
  } else if (item.kind === 'estimate') {
    const e = item.record;
    if (e.barrelsLow !== undefined && e.barrelsHigh !== undefined) return { shape: 'range', value: e.barrelsHigh, low: e.barrelsLow };
    if (e.barrels !== undefined) {
      const shape = e.barrelsIsLowerBound ? 'floor' : e.barrelsIsUpperBound ? 'ceiling' : 'value';
      return { shape, value: e.barrels, low: 0 };
    }
  } else if (item.record.barrels !== undefined) {
    return { shape: 'value', value: item.record.barrels, low: 0 };
  }
  const statesOther = unit === 'barrels' ? 'tonnes' in r && r.tonnes !== undefined : 'barrels' in r && (r.barrels !== undefined || ('barrelsLow' in r && r.barrelsLow !== undefined));
  if (statesOther) return { missing: OTHER_UNIT[unit] };
  if (item.kind === 'estimate' && item.record.barrelsPerDay !== undefined) return { missing: 'Stated in barrels per day, not per year' };
  return { missing: 'A count of deliveries, with no volume' };
}

/** The one calendar year a period lies in, and whether it covers all of it; undefined for open or multi-year periods. */
export function calendarYear(period: Period): { year: number; partial: boolean } | undefined {
  const { start, end } = period;
  if (!start || !end || start.slice(0, 4) !== end.slice(0, 4)) return undefined;
  const fullStart = start.length === 4 || start.slice(5) === '01' || start.slice(5) === '01-01';
  const fullEnd = end.length === 4 || end.slice(5) === '12' || end.slice(5) === '12-31';
  return { year: Number(start.slice(0, 4)), partial: !(fullStart && fullEnd) };
}
