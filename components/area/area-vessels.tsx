'use client';

import type { AreaReport } from '@/geo/analysis/area';
import { formatCount } from '@/lib/format';
import styles from './area.module.css';

export interface AreaVesselsProps {
  report: AreaReport;
  /** The link that opens a vessel record's dossier (`select=vessel-…`). */
  vesselHref: (vesselId: string) => string;
  onOpenVessel: (vesselId: string) => void;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The vessels the records name and the user's AIS shows in the area, those with a dossier first. */
export function AreaVessels({ report, vesselHref, onOpenVessel }: AreaVesselsProps) {
  if (report.vessels.length === 0) return null;
  return (
    <details className={styles.kindTable} open={report.vessels.length <= 15}>
      <summary>Vessels ({report.vessels.length})</summary>
      <ul className={styles.vessels} aria-label="Vessels in the area">
        {report.vessels.map((v) => (
          <li key={v.key} data-vessel={v.key}>
            {v.vesselId ? (
              <a
                href={vesselHref(v.vesselId)}
                onClick={(event) => {
                  event.preventDefault();
                  onOpenVessel(v.vesselId!);
                }}
              >
                {v.name}
              </a>
            ) : (
              <span>{v.name}</span>
            )}
            {v.vesselId ? <span className={styles.muted}> · dossier</span> : <span className={styles.muted}> · no vessel record</span>}
            {v.mmsi && <span className={styles.muted}> · MMSI {v.mmsi}</span>}
            {v.imo && <span className={styles.muted}> · IMO {v.imo}</span>}
            {v.positions > 0 && v.firstSeenMs !== null && v.lastSeenMs !== null && (
              <span>
                {' '}
                · {formatCount(v.positions)} positions, {day(v.firstSeenMs)} – {day(v.lastSeenMs)}
              </span>
            )}
            {v.recordIds.length > 0 && <span className={styles.muted}> · named by {v.recordIds.length} {v.recordIds.length === 1 ? 'record' : 'records'}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
