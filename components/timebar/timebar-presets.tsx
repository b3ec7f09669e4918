'use client';

import type { TimeRange } from '@/data/filter/time-rule';
import { TIME_PRESETS, activePreset, presetAvailable, type TimePreset } from '@/lib/timebar/presets';
import styles from './timebar.module.css';

export interface TimebarPresetsProps {
  range: TimeRange | null;
  bounds: TimeRange;
  onChoose: (preset: TimePreset) => void;
}

/** The named ranges, one click each; the one the range is now is pressed. One that misses the data is disabled. */
export function TimebarPresets({ range, bounds, onChoose }: TimebarPresetsProps) {
  const active = activePreset(range, bounds);
  return (
    <div className={styles.presets} role="group" aria-label="Time presets">
      {TIME_PRESETS.map((preset) => {
        const available = presetAvailable(preset, bounds);
        return (
          <button
            key={preset.id}
            type="button"
            aria-pressed={preset.id === active}
            disabled={!available}
            title={available ? preset.description : `${preset.description} The data has no records in this range.`}
            onClick={() => onChoose(preset)}
          >
            {preset.label}
          </button>
        );
      })}
    </div>
  );
}
