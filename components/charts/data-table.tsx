'use client';

import type { ReactNode } from 'react';
import styles from './charts.module.css';

export interface DataTableRow {
  key: string;
  cells: ReactNode[];
}

export interface DataTableProps {
  caption: string;
  columns: readonly string[];
  /** Columns (by index) that hold numbers, right-aligned. */
  numericColumns?: readonly number[];
  rows: readonly DataTableRow[];
  footer?: ReactNode;
}

/** The exact figures of a chart: a plain table with a caption, one row per figure, copyable as it is. */
export function DataTable({ caption, columns, numericColumns = [], rows, footer }: DataTableProps) {
  return (
    <table className={styles.table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={c} scope="col" className={numericColumns.includes(i) ? styles.num : undefined}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) => (
              <td key={i} className={numericColumns.includes(i) ? styles.num : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {footer && (
        <tfoot>
          <tr>
            <td colSpan={columns.length}>{footer}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

export interface YearCellProps {
  year: number;
  onYearClick?: ((year: number) => void) | undefined;
}

/** A year in a data table: a button that sets the year range where the chart can, so keyboards can too. */
export function YearCell({ year, onYearClick }: YearCellProps) {
  if (!onYearClick) return <>{year}</>;
  return (
    <button type="button" className={styles.linkButton} onClick={() => onYearClick(year)} aria-label={`Show only ${year}`}>
      {year}
    </button>
  );
}
