'use client';

import { memo } from 'react';
import { COMMODITIES, COMMODITY_LABELS, type Commodity } from '@/data';
import type { Theme } from '@/geo/basemap/basemap-theme';
import { commodityCss } from '@/components/charts/chart-colors';
import styles from './filters.module.css';

export interface CommodityFilterProps {
  /** Selected commodities; all of them means no commodity filter. */
  selected: readonly Commodity[];
  /** The map's theme, for the colour chips: the hue each commodity has on the map, in the timebar and the legend. */
  theme: Theme;
  /** The new selection, in vocabulary order. */
  onChange: (commodities: Commodity[]) => void;
}

/**
 * The commodity filter: one checkbox per commodity, each with its colour, with "All" and "None". Memoised: a range
 * change leaves it alone.
 */
export const CommodityFilter = memo(function CommodityFilter({ selected, theme, onChange }: CommodityFilterProps) {
  const toggle = (commodity: Commodity, checked: boolean) =>
    onChange(COMMODITIES.filter((c) => (c === commodity ? checked : selected.includes(c))));
  return (
    <fieldset className={styles.fieldset}>
      <legend>Commodity</legend>
      <div className={styles.quick}>
        <button type="button" onClick={() => onChange([...COMMODITIES])} disabled={selected.length === COMMODITIES.length}>
          All
        </button>
        <button type="button" onClick={() => onChange([])} disabled={selected.length === 0}>
          None
        </button>
      </div>
      <div className={styles.checks}>
        {COMMODITIES.map((c) => (
          <label key={c} className={styles.check}>
            <input type="checkbox" checked={selected.includes(c)} onChange={(e) => toggle(c, e.target.checked)} />
            <span className={styles.chip} style={{ background: commodityCss(c, theme) }} aria-hidden="true" />
            {COMMODITY_LABELS[c]}
          </label>
        ))}
      </div>
    </fieldset>
  );
});

/** Adds a commodity to the selection or removes it: what a chart legend click does. */
export function toggleCommodity(selected: readonly Commodity[], commodity: Commodity): Commodity[] {
  return COMMODITIES.filter((c) => (c === commodity ? !selected.includes(c) : selected.includes(c)));
}
