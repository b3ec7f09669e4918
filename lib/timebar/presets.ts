import { dayOfDate } from '@/data/filter/epoch-day';
import { sameRange, type TimeRange } from '@/data/filter/time-rule';
import type { MapLayerId } from '@/geo/layers/map-layers';

export type TimePresetId = 'un-peak' | 'russia-dprk-2023' | 'since-2020' | 'full-span';

/** A named range one click away. */
export interface TimePreset {
  id: TimePresetId;
  label: string;
  /** Why this range: one sentence, shown as the button's description. */
  description: string;
  /** The first day; null for the full span. */
  fromDay: number | null;
  /** The last day; null runs to the end of the data. */
  toDay: number | null;
  /** Layers the preset switches on (the others stay as they are). */
  layers?: readonly MapLayerId[];
}

export const TIME_PRESETS: readonly TimePreset[] = [
  {
    id: 'un-peak',
    label: 'UN sanctions peak 2017–2019',
    description: 'Resolutions 2371, 2375 and 2397, the coal and fuel caps, and the ship-to-ship transfers that answered them.',
    fromDay: dayOfDate(2017, 1, 1),
    toDay: dayOfDate(2019, 12, 31),
  },
  {
    id: 'russia-dprk-2023',
    label: 'Russia–DPRK since 2023',
    description: 'From 1 January 2023 to the end of the data: the summit, the ro-ro shuttle and the oil runs.',
    fromDay: dayOfDate(2023, 1, 1),
    toDay: null,
  },
  {
    id: 'since-2020',
    label: 'What changed since 2020',
    description: 'From the 2020 border closure to the end of the data, with the ports, rail links and sea routes of the shuttle and the oil runs shown.',
    fromDay: dayOfDate(2020, 1, 1),
    toDay: null,
    layers: ['ports', 'rail', 'routes'],
  },
  {
    id: 'full-span',
    label: 'Full span',
    description: 'Every record, undated ones included: no time filter.',
    fromDay: null,
    toDay: null,
  },
];

export function findPreset(id: TimePresetId): TimePreset {
  const preset = TIME_PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`no time preset ${id}`);
  return preset;
}

/**
 * The range a preset selects when the data spans `bounds`: open ends run to the bounds; the full span is null (no
 * time filter). Null too when the preset lies wholly outside the data (see `presetAvailable`).
 */
export function presetRange(preset: TimePreset, bounds: TimeRange): TimeRange | null {
  if (preset.fromDay === null && preset.toDay === null) return null;
  const from = Math.max(preset.fromDay ?? bounds[0], bounds[0]);
  const to = Math.min(preset.toDay ?? bounds[1], bounds[1]);
  return from <= to ? [from, to] : null;
}

/** A preset can be chosen when it selects something of the data: the full span always, a range where it meets the bounds. */
export function presetAvailable(preset: TimePreset, bounds: TimeRange): boolean {
  return (preset.fromDay === null && preset.toDay === null) || presetRange(preset, bounds) !== null;
}

/** The preset the range is, if any: so the timebar can show which one is on. */
export function activePreset(range: TimeRange | null, bounds: TimeRange): TimePresetId | null {
  const match = TIME_PRESETS.find((p) => presetAvailable(p, bounds) && sameRange(presetRange(p, bounds), range));
  return match?.id ?? null;
}

/** The layers visible after choosing a preset: its layers switched on, in the order the current list has them. */
export function layersWithPreset(current: readonly MapLayerId[], preset: TimePreset): MapLayerId[] {
  const extra = (preset.layers ?? []).filter((id) => !current.includes(id));
  return [...current, ...extra];
}
