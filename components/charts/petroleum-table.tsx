'use client';

import type { Source } from '@/data';
import type { PetroleumListItem } from '@/lib/chart-series/petroleum-records';
import { DataTable, YearCell } from './data-table';
import { provenanceCells } from './year-chart';
import styles from './petroleum-chart.module.css';

export interface PetroleumTableProps {
  caption: string;
  records: readonly PetroleumListItem[];
  /** "barrels" or "tonnes": the unit the chart draws now. */
  unitName: string;
  sourceIndex: ReadonlyMap<string, Source>;
  onYearClick?: ((year: number) => void) | undefined;
  sourceAnchorPrefix?: string | undefined;
}

/**
 * Every petroleum record of the years, drawn or not: the figure in the words and units its source uses, the units
 * it is stated in, whether the chart draws it (and why not), its confidence and its sources.
 */
export function PetroleumTable({ caption, records, unitName, sourceIndex, onYearClick, sourceAnchorPrefix }: PetroleumTableProps) {
  return (
    // Wider than the other charts' tables: nine columns, several of them sentences, scroll sideways in the panel.
    <div className={styles.wideTable}>
      <DataTable
        caption={caption}
        columns={['Period', 'Kind', 'Who / what', 'Figure as stated', 'Stated in', `Drawn (${unitName})`, 'Confidence', 'Sources', 'Note']}
        rows={records.map((r) => {
          const rec = r.item.record;
          const { start, end } = rec.period;
          const oneYear = start && end && start.slice(0, 4) === end.slice(0, 4);
          return {
            key: rec.id,
            cells: [
              oneYear ? (
                <span key="p">
                  <YearCell year={Number(start.slice(0, 4))} onYearClick={onYearClick} /> {rec.periodLabel}
                </span>
              ) : (
                rec.periodLabel
              ),
              r.kindLabel,
              r.subject,
              r.figure,
              r.statedIn,
              r.plotted ? 'yes' : `no: ${r.notDrawnReason ?? 'not drawn'}`,
              ...provenanceCells(rec, sourceIndex, sourceAnchorPrefix),
              rec.note ?? '',
            ],
          };
        })}
      />
    </div>
  );
}
