'use client';

import { AREA_RECORD_KINDS, type AreaReport } from '@/geo/analysis/area';
import { formatCount } from '@/lib/format';
import { describeArea, describeCounts, kindTitle } from './area-wording';
import styles from './area.module.css';

/** The report's first lines: the area's size, what it holds per kind (schematic records apart), and the user's AIS. */
export function AreaSummary({ report }: { report: AreaReport }) {
  const kinds = AREA_RECORD_KINDS.filter((k) => report.counts[k].inside + report.counts[k].schematic > 0);
  const schematicTotal = kinds.reduce((sum, k) => sum + report.counts[k].schematic, 0);
  const seen = report.vessels.filter((v) => v.positions > 0).length;
  return (
    <section aria-label="Area summary" className={styles.summary}>
      <p data-testid="area-size">
        {describeArea(report.area)} · <strong>{formatCount(Math.round(report.areaKm2))} km²</strong>
      </p>
      {kinds.length === 0 ? (
        <p>No curated record or imported event lies in this area for the current filter.</p>
      ) : (
        <dl className={styles.counts}>
          {kinds.map((kind) => (
            <div key={kind} data-kind={kind}>
              <dt>{kindTitle(kind)}</dt>
              <dd>{describeCounts(kind, report.counts[kind].inside, report.counts[kind].schematic)}</dd>
            </div>
          ))}
        </dl>
      )}
      {schematicTotal > 0 && (
        <p className={styles.note}>
          Records placed schematically are drawn where their source’s area is (an incident at its zone’s centre, a route
          to show a link), not where they happened: they are counted apart.
        </p>
      )}
      {report.positions === null ? (
        <p className={styles.note}>Import AIS (left panel) to see your own positions, vessels and events in this area.</p>
      ) : (
        <p data-testid="area-ais">
          Your AIS ({report.aisLayers.join(', ')}): <strong>{formatCount(report.positions)}</strong> positions of{' '}
          <strong>{formatCount(seen)}</strong> {seen === 1 ? 'vessel' : 'vessels'} inside.
          {report.aisLayersWithoutPositions.length > 0 &&
            ` ${report.aisLayersWithoutPositions.join(', ')}: events only (a saved layer, or the files of npm run detect), so no positions are counted.`}
        </p>
      )}
    </section>
  );
}
