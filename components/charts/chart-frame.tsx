'use client';

import { useId, useState, type ReactNode } from 'react';
import { useNearViewport } from './use-near-viewport';
import styles from './charts.module.css';

export interface ChartFrameProps {
  title: string;
  /** What the axes measure, e.g. "US dollars, by calendar year". */
  unit: string;
  /**
   * Said instead of the chart where there is nothing sourced to draw, e.g. "No sourced figure for 2019–2020." An
   * empty chart or a zero would read as a figure.
   */
  emptyMessage?: string | null | undefined;
  /** Controls above the chart (unit switch, series toggles). */
  controls?: ReactNode;
  /** The legend, under the chart. */
  legend?: ReactNode;
  /**
   * Draws the exact figures, shown by "Show data". A function, called only while the table is shown: a table holds
   * an element per figure, which a chart would otherwise rebuild on every filter change for nobody.
   */
  table?: (() => ReactNode) | undefined;
  /** Notes under the chart: what is not drawn, and why. */
  footer?: ReactNode;
  /** The drawing's height, kept while it waits to come into view, so the panel does not jump. */
  plotHeightPx: number;
  /** The drawing (recharts), mounted once the frame comes near the visible area. */
  children: ReactNode;
}

/**
 * A titled chart region with a "Show data" toggle that reveals the accessible data table (for screen readers and
 * for copying figures into a brief), and a sentence instead of the chart where no sourced figure exists.
 */
export function ChartFrame({ title, unit, emptyMessage, controls, legend, table, footer, plotHeightPx, children }: ChartFrameProps) {
  const [showData, setShowData] = useState(false);
  const [near, plotRef] = useNearViewport<HTMLDivElement>();
  const headingId = useId();
  const tableId = useId();
  const empty = Boolean(emptyMessage);
  return (
    <section className={styles.frame} aria-labelledby={headingId}>
      <div className={styles.header}>
        <h3 id={headingId} className={styles.title}>
          {title}
        </h3>
        {!empty && table && (
          <button
            type="button"
            className={styles.dataToggle}
            aria-expanded={showData}
            aria-controls={tableId}
            onClick={() => setShowData((v) => !v)}
          >
            {showData ? 'Hide data' : 'Show data'}
          </button>
        )}
      </div>
      <p className={styles.unit}>{unit}</p>
      {controls}
      {empty ? (
        <p className={styles.empty}>{emptyMessage}</p>
      ) : (
        <>
          {/* The drawing is for sighted users; the same figures are in the table, so it is hidden from the a11y tree. */}
          <div className={styles.plot} aria-hidden="true" ref={plotRef} style={{ minHeight: plotHeightPx }}>
            {near && children}
          </div>
          {legend}
        </>
      )}
      {footer}
      {!empty && showData && (
        <div id={tableId} className={styles.tableWrap}>
          {table?.()}
        </div>
      )}
    </section>
  );
}
