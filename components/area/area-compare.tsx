'use client';

import { useMemo, useState } from 'react';
import type { Commodity, Dataset } from '@/data';
import {
  AREA_RECORD_LABELS,
  compareAreaReports,
  computeAreaReport,
  dayOfDate,
  isoOfDay,
  parseIsoDay,
  type AreaShape,
  type DayRange,
} from '@/geo/analysis/area';
import type { UserAisLayer } from '@/geo/analysis/user-data/types';
import { formatCount } from '@/lib/format';
import styles from './area.module.css';

export interface AreaCompareProps {
  dataset: Dataset;
  area: AreaShape;
  commodities: readonly Commodity[];
  aisLayers: readonly UserAisLayer[];
  /** The time filter's years: the two periods start as its halves. */
  years: readonly [number, number];
}

type Period = { from: string; to: string };

function halves([from, to]: readonly [number, number]): [Period, Period] {
  const split = from + Math.max(0, Math.floor((to - from - 1) / 2));
  return [
    { from: isoOfDay(dayOfDate(from, 1, 1)), to: isoOfDay(dayOfDate(split, 12, 31)) },
    { from: isoOfDay(dayOfDate(Math.min(split + 1, to), 1, 1)), to: isoOfDay(dayOfDate(to, 12, 31)) },
  ];
}

function toRange(period: Period): DayRange | null {
  const from = parseIsoDay(period.from);
  const to = parseIsoDay(period.to);
  return from !== null && to !== null && from <= to ? [from, to] : null;
}

function PeriodFields({ label, period, onChange }: { label: string; period: Period; onChange: (p: Period) => void }) {
  return (
    <fieldset className={styles.period}>
      <legend>{label}</legend>
      <label>
        From <input type="date" value={period.from} onChange={(e) => onChange({ ...period, from: e.target.value })} />
      </label>
      <label>
        to <input type="date" value={period.to} onChange={(e) => onChange({ ...period, to: e.target.value })} />
      </label>
    </fieldset>
  );
}

/** The same area in two periods side by side (day ranges), with what changed named. */
export function AreaCompare({ dataset, area, commodities, aisLayers, years }: AreaCompareProps) {
  const [initialBefore, initialAfter] = halves(years);
  const [before, setBefore] = useState<Period>(initialBefore);
  const [after, setAfter] = useState<Period>(initialAfter);
  const comparison = useMemo(() => {
    const [a, b] = [toRange(before), toRange(after)];
    if (!a || !b) return null;
    const report = (days: DayRange) => computeAreaReport({ dataset, area, commodities, aisLayers, days, importedDays: days });
    return compareAreaReports(report(a), report(b));
  }, [dataset, area, commodities, aisLayers, before, after]);

  return (
    <section aria-label="Compare two periods" className={styles.compare}>
      <div className={styles.periods}>
        <PeriodFields label="First period" period={before} onChange={setBefore} />
        <PeriodFields label="Second period" period={after} onChange={setAfter} />
      </div>
      {!comparison ? (
        <p role="alert">Each period needs a start and an end date, the start first.</p>
      ) : (
        <>
          <table className={styles.compareTable}>
            <caption className={styles.visuallyHidden}>Records per kind in each period</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">First</th>
                <th scope="col">Second</th>
              </tr>
            </thead>
            <tbody>
              {comparison.kinds.map((k) => (
                <tr key={k.kind} data-kind={k.kind}>
                  <th scope="row">{AREA_RECORD_LABELS[k.kind].many}</th>
                  <td>
                    {k.before}
                    {k.beforeSchematic > 0 && <span className={styles.muted}> ({k.beforeSchematic} schematic)</span>}
                  </td>
                  <td>
                    {k.after}
                    {k.afterSchematic > 0 && <span className={styles.muted}> ({k.afterSchematic} schematic)</span>}
                  </td>
                </tr>
              ))}
              {comparison.positionsBefore !== null && (
                <tr>
                  <th scope="row">Your AIS positions</th>
                  <td>{formatCount(comparison.positionsBefore)}</td>
                  <td>{formatCount(comparison.positionsAfter ?? 0)}</td>
                </tr>
              )}
            </tbody>
          </table>
          <h3>What changed</h3>
          <ul className={styles.differences} aria-live="polite" data-testid="area-differences">
            {comparison.differences.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
