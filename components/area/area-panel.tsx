'use client';

import { useMemo, useState } from 'react';
import type { Commodity, Dataset } from '@/data';
import { datasetTimeBounds, rangeYears, type TimeRange } from '@/data/filter/time-rule';
import type { DrawTool } from '@/components/map/area-draw';
import { downloadText } from '@/components/ui/download';
import { areaReportToCsv, areaReportToGeoJson, type AreaReport, type AreaShape } from '@/geo/analysis/area';
import type { UserAisLayer } from '@/geo/analysis/user-data/types';
import { AreaCompare } from './area-compare';
import { AreaDefine } from './area-define';
import { AreaHistogram } from './area-histogram';
import { AreaRecordTables } from './area-record-tables';
import { AreaSummary } from './area-summary';
import { AreaVessels } from './area-vessels';
import styles from './area.module.css';

export interface AreaPanelProps {
  dataset: Dataset;
  area: AreaShape | null;
  /** The report for `area` under the filter; null while none is drawn (or it is being computed). */
  report: AreaReport | null;
  commodities: readonly Commodity[];
  /** The dashboard's time range (null: no time filter). */
  time: TimeRange | null;
  aisLayers: readonly UserAisLayer[];
  onArea: (area: AreaShape | null) => void;
  onTool: (tool: DrawTool) => void;
  onSelectFeature: (featureId: string) => void;
  vesselHref: (vesselId: string) => string;
  onOpenVessel: (vesselId: string) => void;
}

function exportName(extension: string): string {
  return `route-atlas-area-report-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

/**
 * The Area tab: how to define an area, then its report: size and counts, the monthly histogram, a table per kind
 * with dates, sources and confidence, the vessels, two periods compared, and CSV and GeoJSON of the rows.
 */
export function AreaPanel(props: AreaPanelProps) {
  const { dataset, area, report, time } = props;
  // Without a time filter the histogram and the comparison span the dataset's dates.
  const shown = useMemo(() => time ?? datasetTimeBounds(dataset), [time, dataset]);
  // Two more reports: computed only while the comparison is open.
  const [comparing, setComparing] = useState(false);
  return (
    <div className={styles.panel}>
      <h2>Area report</h2>
      {!area ? (
        <>
          <p className={styles.note}>
            Outline a stretch of sea to see every curated record in it, with its sources and confidence, and what your own
            AIS shows there, month by month.
          </p>
          <AreaDefine dataset={dataset} onArea={props.onArea} onTool={props.onTool} />
        </>
      ) : !report ? (
        <p role="status">Computing the report…</p>
      ) : (
        <>
          <AreaSummary report={report} />
          <p className={styles.actions}>
            <button type="button" onClick={() => props.onTool('edit')}>
              Edit area
            </button>
            <button type="button" onClick={() => props.onArea(null)}>
              Delete area
            </button>
            <button type="button" onClick={() => downloadText(areaReportToCsv(dataset, report), exportName('csv'), 'text/csv')}>
              Export CSV
            </button>
            <button type="button" onClick={() => downloadText(areaReportToGeoJson(dataset, report), exportName('geojson'), 'application/geo+json')}>
              Export GeoJSON
            </button>
          </p>
          {shown && <AreaHistogram report={report} days={shown} />}
          <AreaRecordTables dataset={dataset} report={report} onSelectFeature={props.onSelectFeature} />
          <AreaVessels report={report} vesselHref={props.vesselHref} onOpenVessel={props.onOpenVessel} />
          <details className={styles.kindTable} onToggle={(event) => setComparing(event.currentTarget.open)}>
            <summary>Compare two periods</summary>
            {comparing && shown && <AreaCompare dataset={dataset} area={area} commodities={props.commodities} aisLayers={props.aisLayers} years={rangeYears(shown)} />}
          </details>
          <details className={styles.kindTable}>
            <summary>Change the area</summary>
            <AreaDefine dataset={dataset} onArea={props.onArea} onTool={props.onTool} />
          </details>
        </>
      )}
    </div>
  );
}
