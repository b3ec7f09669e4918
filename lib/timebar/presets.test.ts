import { describe, expect, it } from 'vitest';
import { isoOfDay, parseIsoDay } from '@/data/filter/epoch-day';
import type { TimeRange } from '@/data/filter/time-rule';
import { TIME_PRESETS, activePreset, findPreset, layersWithPreset, presetAvailable, presetRange } from './presets';

const d = (iso: string) => parseIsoDay(iso)!;
const r = (from: string, to: string): TimeRange => [d(from), d(to)];
const iso = (range: TimeRange | null) => (range ? `${isoOfDay(range[0])}..${isoOfDay(range[1])}` : null);

describe('time presets', () => {
  const through2025 = r('2012-01-01', '2025-06-30');

  it('selects the UN sanctions peak as the whole of 2017–2019', () => {
    expect(iso(presetRange(findPreset('un-peak'), through2025))).toBe('2017-01-01..2019-12-31');
  });

  it('runs the "since" presets to the end of the data', () => {
    expect(iso(presetRange(findPreset('russia-dprk-2023'), through2025))).toBe('2023-01-01..2025-06-30');
    expect(iso(presetRange(findPreset('since-2020'), through2025))).toBe('2020-01-01..2025-06-30');
    expect(iso(presetRange(findPreset('since-2020'), r('2012-01-01', '2024-03-31')))).toBe('2020-01-01..2024-03-31');
  });

  it('makes the full span no time filter at all, whatever the data spans', () => {
    expect(presetRange(findPreset('full-span'), through2025)).toBeNull();
    expect(presetAvailable(findPreset('full-span'), r('2013-01-01', '2013-01-01'))).toBe(true);
  });

  it('cuts a preset to the data and refuses one that misses it', () => {
    const until2020 = r('2012-01-01', '2020-03-31');
    expect(iso(presetRange(findPreset('un-peak'), r('2018-06-01', '2020-03-31')))).toBe('2018-06-01..2019-12-31');
    expect(presetAvailable(findPreset('russia-dprk-2023'), until2020)).toBe(false);
    expect(presetRange(findPreset('russia-dprk-2023'), until2020)).toBeNull();
  });

  it('tells which preset a range is', () => {
    expect(activePreset(r('2017-01-01', '2019-12-31'), through2025)).toBe('un-peak');
    expect(activePreset(null, through2025)).toBe('full-span');
    expect(activePreset(r('2017-01-01', '2019-12-30'), through2025)).toBeNull();
  });

  it('switches on the layers of the shuttle and the oil runs with "What changed since 2020", keeping the others', () => {
    const preset = findPreset('since-2020');
    expect(layersWithPreset(['incidents', 'trade'], preset)).toEqual(['incidents', 'trade', 'ports', 'rail', 'routes']);
    expect(layersWithPreset(['routes', 'ports', 'rail'], preset)).toEqual(['routes', 'ports', 'rail']);
    expect(layersWithPreset(['zones'], findPreset('un-peak'))).toEqual(['zones']);
  });

  it('has four presets with unique ids and labels', () => {
    expect(new Set(TIME_PRESETS.map((p) => p.id)).size).toBe(4);
    expect(TIME_PRESETS.map((p) => p.label)).toContain('UN sanctions peak 2017–2019');
    expect(TIME_PRESETS.map((p) => p.label)).toContain('Russia–DPRK since 2023');
  });
});
