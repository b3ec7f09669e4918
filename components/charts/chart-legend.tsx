'use client';

import { memo } from 'react';
import { COMMODITY_LABELS, type Commodity } from '@/data';
import { commodityCss } from './chart-colors';
import { useChartTheme } from './chart-theme';
import styles from './charts.module.css';

export interface LegendSeries {
  key: string;
  label: string;
  color: string;
  /** Line dash (SVG `stroke-dasharray`), or a bar swatch where left out and `shape` is `bar`. */
  dash?: string | undefined;
  shape?: 'line' | 'bar' | 'point' | undefined;
}

export interface ChartLegendSeriesToggle {
  /** Series keys hidden in this chart (local to the chart, not part of the shared filter). */
  hidden: ReadonlySet<string>;
  onToggle: (key: string) => void;
}

export interface ChartLegendProps {
  series?: readonly LegendSeries[];
  /** Commodities offered as filter toggles, whether or not the filter shows them now. */
  commodities?: readonly Commodity[];
  /** Whether each commodity is shown under the current filter. */
  isCommodityShown?: (commodity: Commodity) => boolean;
  onToggleCommodity?: ((commodity: Commodity) => void) | undefined;
  /** Makes series items buttons that show or hide the series in this chart. */
  seriesToggle?: ChartLegendSeriesToggle | undefined;
}

function Swatch({ color, dash, shape = 'line' }: Pick<LegendSeries, 'color' | 'dash' | 'shape'>) {
  return (
    <svg className={styles.swatch} width="18" height="10" aria-hidden="true">
      {shape === 'bar' && <rect x="2" y="1" width="14" height="8" fill={color} />}
      {shape === 'point' && <circle cx="9" cy="5" r="3.5" fill={color} />}
      {shape === 'line' && <line x1="1" y1="5" x2="17" y2="5" stroke={color} strokeWidth="2.5" strokeDasharray={dash} />}
    </svg>
  );
}

interface SeriesItemProps extends Pick<LegendSeries, 'label' | 'color' | 'dash' | 'shape'> {
  series: string;
  /** Whether the series is shown, where the legend toggles series; left out otherwise. */
  pressed: boolean | undefined;
  onToggle: ((key: string) => void) | undefined;
}

/** One series' entry, memoised on its values: a chart redraws its legend with every filter change that changes it. */
const SeriesItem = memo(function SeriesItem({ series, label, color, dash, shape, pressed, onToggle }: SeriesItemProps) {
  const swatch = <Swatch color={color} dash={dash} shape={shape} />;
  return (
    <li>
      {onToggle && pressed !== undefined ? (
        <button type="button" className={styles.legendToggle} aria-pressed={pressed} onClick={() => onToggle(series)}>
          {swatch}
          {label}
        </button>
      ) : (
        <>
          {swatch}
          {label}
        </>
      )}
    </li>
  );
});

/**
 * An HTML legend (recharts' own is not keyboard-operable): series as labels; commodities as toggle buttons that
 * add or remove the commodity from the shared filter, pressed while it is shown.
 */
export function ChartLegend({
  series = [],
  commodities = [],
  isCommodityShown,
  onToggleCommodity,
  seriesToggle,
}: ChartLegendProps) {
  const theme = useChartTheme();
  return (
    <div className={styles.legend}>
      {series.length > 0 && (
        <ul className={styles.legendList} aria-label="Series">
          {series.map((s) => (
            <SeriesItem
              key={s.key}
              series={s.key}
              label={s.label}
              color={s.color}
              dash={s.dash}
              shape={s.shape}
              pressed={seriesToggle ? !seriesToggle.hidden.has(s.key) : undefined}
              onToggle={seriesToggle?.onToggle}
            />
          ))}
        </ul>
      )}
      {commodities.length > 0 && (
        <div className={styles.legendList} role="group" aria-label="Commodities in this chart">
          {commodities.map((c) => {
            const shown = isCommodityShown?.(c) ?? true;
            const swatch = <Swatch color={commodityCss(c, theme)} shape="bar" />;
            return onToggleCommodity ? (
              <button
                key={c}
                type="button"
                className={styles.legendToggle}
                aria-pressed={shown}
                title={shown ? `Hide ${COMMODITY_LABELS[c]} (commodity filter)` : `Show ${COMMODITY_LABELS[c]} (commodity filter)`}
                onClick={() => onToggleCommodity(c)}
              >
                {swatch}
                {COMMODITY_LABELS[c]}
              </button>
            ) : (
              <span key={c} className={shown ? undefined : styles.legendOff}>
                {swatch}
                {COMMODITY_LABELS[c]}
              </span>
            );
          })}
        </div>
      )}
    </div>
  );
}
