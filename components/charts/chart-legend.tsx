'use client';

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
            <li key={s.key}>
              {seriesToggle ? (
                <button
                  type="button"
                  className={styles.legendToggle}
                  aria-pressed={!seriesToggle.hidden.has(s.key)}
                  onClick={() => seriesToggle.onToggle(s.key)}
                >
                  <Swatch color={s.color} dash={s.dash} shape={s.shape} />
                  {s.label}
                </button>
              ) : (
                <>
                  <Swatch color={s.color} dash={s.dash} shape={s.shape} />
                  {s.label}
                </>
              )}
            </li>
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
