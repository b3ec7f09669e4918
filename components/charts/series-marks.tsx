'use client';

import { Fragment, type ReactElement } from 'react';
import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';

/** A series as its marks need it: its id (the key into a row's cells) and its colour. */
export interface ColoredSeries {
  id: string;
  color: string;
}

export interface SeriesMarksProps<Row, S extends { id: string }, Cell> {
  rows: readonly Row[];
  series: readonly S[];
  /** The series' figure in that row, if it has one. */
  cellOf: (row: Row, series: S) => Cell | undefined;
  /** Where the figure sits, in data units of the x and y axes. */
  at: (row: Row, cell: Cell) => { x: unknown; y: number };
  mark: (series: S, row: Row, cell: Cell, cx: number, cy: number) => ReactElement;
}

/**
 * A chart's marks for every series' figures, in one layer above the lines (recharts' scatter layer), placed with the
 * axes' scales. One always-mounted component rather than each Line's `dot`: recharts remounts a Line's dots
 * whenever its points change, and each remount registers and drops a z-index layer in the chart's store, which made
 * a filter change cost the chart (and the page's heap) more than the lines themselves.
 */
export function SeriesMarks<Row, S extends { id: string }, Cell>({ rows, series, cellOf, at, mark }: SeriesMarksProps<Row, S, Cell>) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      {xScale && yScale && (
        <g data-series-marks="">
          {series.map((s) =>
            rows.map((row, i) => {
              const cell = cellOf(row, s);
              if (cell === undefined) return null;
              const { x, y } = at(row, cell);
              const cx = xScale(x);
              const cy = yScale(y);
              return cx == null || cy == null ? null : <Fragment key={`${s.id}-${i}`}>{mark(s, row, cell, cx, cy)}</Fragment>;
            }),
          )}
        </g>
      )}
    </ZIndexLayer>
  );
}
