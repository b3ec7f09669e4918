'use client';

import type { ReactNode } from 'react';
import type { PetroleumSeries } from '@/lib/chart-series/petroleum-rows';
import styles from './petroleum-chart.module.css';

function Glyph({ children }: { children: ReactNode }) {
  return (
    <svg width="16" height="14" viewBox="0 0 16 14" aria-hidden="true">
      {children}
    </svg>
  );
}

export interface PetroleumKeyProps {
  /** The cap line is drawn (barrels only). */
  cap: string | null;
  /** Some drawn figure cites a source of the selection. */
  related: boolean;
}

/** How to read the marks: the shapes say how each source states its figure, not who gives it (colour does that). */
export function PetroleumKey({ cap, related }: PetroleumKeyProps) {
  return (
    <ul className={styles.key} aria-label="How to read the marks">
      {cap && (
        <li>
          <Glyph>
            <line className={styles.keyLine} x1="0" x2="16" y1="7" y2="7" />
          </Glyph>
          {cap}
        </li>
      )}
      <li>
        <Glyph>
          <rect className={styles.keyMark} x="5" y="3" width="6" height="11" />
        </Glyph>
        figure as stated
      </li>
      <li>
        <Glyph>
          <rect className={styles.keyMark} x="5" y="6" width="6" height="8" />
          <path className={styles.keyMark} d="M4,5 L12,5 L8,0 Z" />
        </Glyph>
        more than (a floor)
      </li>
      <li>
        <Glyph>
          <rect className={styles.keyMark} x="5" y="2" width="6" height="12" fillOpacity="0.15" strokeWidth="1.5" strokeDasharray="3 2" />
        </Glyph>
        up to (a ceiling)
      </li>
      <li>
        <Glyph>
          <rect className={styles.keyMark} x="5" y="2" width="6" height="8" fillOpacity="0.6" />
          <line className={styles.keyMark} x1="3" x2="13" y1="2" y2="2" strokeWidth="2" />
          <line className={styles.keyMark} x1="3" x2="13" y1="10" y2="10" strokeWidth="2" />
        </Glyph>
        a stated range
      </li>
      <li>
        <Glyph>
          <rect className={styles.keyMark} x="5" y="3" width="6" height="11" fillOpacity="0.4" strokeWidth="0" />
        </Glyph>
        pale: part of the year only
      </li>
      {related && (
        <li>
          <Glyph>
            <circle className={styles.related} cx="8" cy="7" r="2.5" />
          </Glyph>
          cites a source of this selection
        </li>
      )}
    </ul>
  );
}

const GROUPS = [
  { kind: 'reported', heading: 'Notified to the 1718 Committee' },
  { kind: 'estimate', heading: 'Estimates of what arrived' },
] as const;

/** The series by colour, in two groups, so each entry needs only its supplier or publisher. */
export function PetroleumSeriesLegend({ series, colorOf }: { series: readonly PetroleumSeries[]; colorOf: (key: string) => string }) {
  return (
    <div className={styles.seriesLegend}>
      {GROUPS.map(({ kind, heading }) => {
        const members = series.filter((s) => s.kind === kind);
        if (members.length === 0) return null;
        return (
          <div key={kind}>
            <p className={styles.groupHeading}>{heading}</p>
            <ul className={styles.seriesList} aria-label={heading}>
              {members.map((s) => (
                <li key={s.key}>
                  <svg width="12" height="10" aria-hidden="true">
                    <rect x="1" y="1" width="10" height="8" fill={colorOf(s.key)} />
                  </svg>
                  {s.name}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
