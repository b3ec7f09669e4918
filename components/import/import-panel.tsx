'use client';

import { useMemo } from 'react';
import { eventsCsvText, eventsGeoJsonText, exportFileName, featuresToCsv, featuresToGeoJson, shownEvents, shownFeatures } from '@/geo/analysis/user-data/export-user-layer';
import { formatMegabytes } from '@/geo/analysis/user-data/import-limits';
import { featureRangeCounts } from '@/geo/analysis/user-data/range-counts';
import { skippedEntries, skipReasonLabel, totalSkipped } from '@/geo/analysis/user-data/skip-reasons';
import type { UserFeatureLayer, UserLayer } from '@/geo/analysis/user-data/types';
import type { TimeRange } from '@/data/filter/time-rule';
import { useLeavePrompt } from '@/components/ui/use-leave-prompt';
import { visibleKinds } from './ais-events-panel';
import { downloadText } from '@/components/ui/download';
import { useVesselContext } from '@/components/vessels/vessel-context';
import styles from './import.module.css';
import { ColumnChooser } from './column-chooser';
import type { ImportedDataController, ImportJob, ImportMessage } from './use-imported-data';
import { SavedDisclosure } from '@/components/ui/saved-disclosure';

const ACCEPT = '.geojson,.json,.csv,.tsv,.txt,.xml,.jsonl,.ndjson,application/geo+json,application/json,text/csv,text/plain,application/xml,text/xml';

export interface ImportPanelProps {
  controller: ImportedDataController;
}

/**
 * "Your data": the Import data button, the progress of a running import with Cancel, what happened (skipped rows
 * by reason, or why a file could not be read), the column chooser for an unrecognised CSV, and the list of
 * imported user layers, each with its toggle, exports (filtered as shown), save and remove.
 */
export function ImportPanel({ controller }: ImportPanelProps) {
  const running = controller.job !== null;
  // An import under way, or imported data not saved to the database, is lost with the page: leaving asks first.
  useLeavePrompt(running || controller.userLayers.some((layer) => layer.savedId === undefined));
  return (
    <section className={styles.panel} aria-label="Your data">
      <h2>Your data</h2>
      <div className={styles.row}>
        <label className={styles.fileButton} aria-disabled={running}>
          Import data
          <input
            className={styles.visuallyHidden}
            type="file"
            accept={ACCEPT}
            multiple
            disabled={running}
            onChange={(event) => {
              const files = Array.from(event.target.files ?? []);
              // Cleared so that choosing the same file again imports it again.
              event.target.value = '';
              if (files.length > 0) controller.importFiles(files);
            }}
          />
        </label>
      </div>
      <p className={styles.hint}>
        GeoJSON, CSV with latitude and longitude, or AIS CSV (NOAA MarineCadastre, Danish Maritime Authority); or a sanctions list: OFAC&apos;s
        sdn.xml or SDN CSV files (choose them together), OpenSanctions entities (FollowTheMoney JSON lines). Or drop files on the map.
      </p>
      {controller.job && <JobProgress job={controller.job} onCancel={controller.cancel} />}
      {controller.columnChoice && (
        <ColumnChooser key={controller.columnChoice.file.name} choice={controller.columnChoice} onChoose={controller.chooseColumns} onCancel={controller.dismissColumns} />
      )}
      {controller.message && <MessageBox message={controller.message} onDismiss={controller.dismissMessage} />}
      {controller.userLayers.length > 0 && (
        <ul className={styles.userLayers} aria-label="Imported layers">
          {controller.userLayers.map((d) => (
            <LayerItem key={d.id} userLayer={d} controller={controller} />
          ))}
        </ul>
      )}
      <SavedLayers controller={controller} />
    </section>
  );
}

function JobProgress({ job, onCancel }: { job: ImportJob; onCancel: () => void }) {
  const p = job.progress;
  const detecting = job.kind === 'detect' || p?.phase === 'detecting';
  const percent = p && p.totalBytes > 0 ? Math.min(100, Math.round((p.bytesRead / p.totalBytes) * 100)) : 0;
  const what = job.kind === 'list' ? `the sanctions list ${job.label}` : job.label;
  const label = detecting ? `Detecting encounters, loitering and gaps in ${job.label}…` : `Reading ${what}: ${percent} %`;
  return (
    <div className={styles.progress} role="status" aria-label="Import progress">
      <span>{label}</span>
      {detecting ? (
        <progress aria-label="Progress" />
      ) : (
        <progress aria-label="Progress" max={p?.totalBytes || 1} value={p?.bytesRead ?? 0} />
      )}
      {p && !detecting && (
        <span className={styles.muted}>
          {formatMegabytes(p.bytesRead)} of {formatMegabytes(p.totalBytes)} · {p.rowsRead.toLocaleString('en')} {job.kind === 'list' ? 'records' : 'rows'}
          {totalSkipped(p.skipped) > 0 ? ` · ${totalSkipped(p.skipped).toLocaleString('en')} skipped` : ''}
        </span>
      )}
      <div>
        <button type="button" className={styles.small} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function MessageBox({ message, onDismiss }: { message: ImportMessage; onDismiss: () => void }) {
  const reasons = message.skipped ? skippedEntries(message.skipped) : [];
  const tone = message.tone === 'error' ? styles.error : message.tone === 'success' ? styles.success : '';
  return (
    <div className={`${styles.message} ${tone}`} role={message.tone === 'error' ? 'alert' : 'status'} aria-label="Import result">
      <p>{message.text}</p>
      {reasons.length > 0 && (
        <>
          <p className={styles.muted}>
            {totalSkipped(message.skipped!).toLocaleString('en')} of {(message.rowsRead ?? 0).toLocaleString('en')} rows skipped:
          </p>
          <ul className={styles.reasons} aria-label="Skipped rows by reason">
            {reasons.map(([reason, count]) => (
              <li key={reason}>
                {count.toLocaleString('en')} × {skipReasonLabel(reason)}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className={styles.small} onClick={onDismiss} aria-label="Dismiss the import message">
        OK
      </button>
    </div>
  );
}

function describeCounts(d: UserLayer): string {
  if (d.kind === 'ais') {
    const events = d.detection?.events.length ?? 0;
    if (d.density) return `AIS density grid · ${d.density.cells.length.toLocaleString('en')} cells · ${d.counts.positions.toLocaleString('en')} positions`;
    if (d.fromDetectCommand) return `AIS events of npm run detect · ${d.counts.vessels.toLocaleString('en')} vessels · ${events.toLocaleString('en')} events`;
    return `AIS · ${d.counts.vessels.toLocaleString('en')} vessels · ${d.counts.positions.toLocaleString('en')} positions · ${events.toLocaleString('en')} events`;
  }
  const c = d.counts;
  return [c.points && `${c.points.toLocaleString('en')} points`, c.lines && `${c.lines.toLocaleString('en')} lines`, c.polygons && `${c.polygons.toLocaleString('en')} polygons`]
    .filter(Boolean)
    .join(' · ');
}

/** What a time range leaves of a layer on the map; the AIS events panel says it for AIS layers. */
function RangeNote({ userLayer, range }: { userLayer: UserFeatureLayer; range: TimeRange }) {
  // A layer holds up to MAX_IMPORTED_FEATURES: counted when the layer or the range changes, not at every render.
  const counts = useMemo(() => featureRangeCounts(userLayer, range), [userLayer, range]);
  return (
    <span className={styles.muted}>
      {counts.shown.toLocaleString('en')} in the time range
      {counts.undated > 0 ? ` · ${counts.undated.toLocaleString('en')} undated, shown only with no time filter` : ''}
    </span>
  );
}

function LayerItem({ userLayer, controller }: { userLayer: UserLayer; controller: ImportedDataController }) {
  const visible = !controller.hiddenIds.includes(userLayer.id);
  const range = controller.time;
  const skipped = totalSkipped(userLayer.skipped);
  const { exportNotes } = useVesselContext();
  const exportAs = (format: 'geojson' | 'csv') => {
    if (userLayer.kind === 'ais') {
      const events = shownEvents(userLayer, range, visibleKinds(controller.visibleParts));
      const text = format === 'geojson' ? eventsGeoJsonText(events, exportNotes) : eventsCsvText(events, exportNotes);
      downloadText(text, exportFileName(userLayer.name, 'events', format), format === 'geojson' ? 'application/geo+json' : 'text/csv');
      return;
    }
    const features = shownFeatures(userLayer, range);
    const text = format === 'geojson' ? featuresToGeoJson(features) : featuresToCsv(features, userLayer.coordinateColumns);
    downloadText(text, exportFileName(userLayer.name, range ? 'shown' : '', format), format === 'geojson' ? 'application/geo+json' : 'text/csv');
  };
  return (
    <li className={styles.userLayer}>
      <label className={styles.row}>
        <input type="checkbox" checked={visible} onChange={(e) => controller.setLayerVisible(userLayer.id, e.target.checked)} />
        <span className={styles.layerName}>{userLayer.name}</span>
        <span className={styles.badge}>Your data</span>
      </label>
      <span className={styles.muted}>
        {describeCounts(userLayer)}
        {skipped > 0 ? ` · ${skipped.toLocaleString('en')} rows skipped` : ''}
        {userLayer.savedId ? ' · saved' : ''}
      </span>
      {userLayer.kind !== 'ais' && range && <RangeNote userLayer={userLayer} range={range} />}
      <div className={styles.row}>
        <button type="button" className={styles.small} onClick={() => exportAs('geojson')} aria-label={`Export ${userLayer.name} as GeoJSON`} title="Filtered as shown on the map">
          GeoJSON
        </button>
        <button type="button" className={styles.small} onClick={() => exportAs('csv')} aria-label={`Export ${userLayer.name} as CSV`} title="Filtered as shown on the map">
          CSV
        </button>
        <button type="button" className={styles.small} onClick={() => void controller.save(userLayer.id)} disabled={userLayer.savedId !== undefined} aria-label={`Save ${userLayer.name} to the database`}>
          {userLayer.savedId ? 'Saved' : 'Save'}
        </button>
        <button type="button" className={styles.small} onClick={() => controller.removeLayer(userLayer.id)} aria-label={`Remove ${userLayer.name} from the map`}>
          Remove
        </button>
      </div>
    </li>
  );
}

function SavedLayers({ controller }: { controller: ImportedDataController }) {
  const { saved } = controller;
  return (
    <SavedDisclosure summary="Saved layers" state={saved} empty={saved.userLayers.length === 0} onOpen={() => void controller.refreshSaved()} mutedClassName={styles.muted}>
      <ul className={styles.userLayers} aria-label="Saved layers">
        {saved.userLayers.map((d) => (
          <li key={d.id} className={styles.userLayer}>
            <span className={styles.layerName}>{d.name}</span>
            <span className={styles.muted}>
              {d.kind === 'ais-events' ? 'AIS events' : d.kind.toUpperCase()} · {d.featureCount.toLocaleString('en')} features · {d.createdAt.slice(0, 10)} · id {d.id}
            </span>
            <div className={styles.row}>
              <button type="button" className={styles.small} onClick={() => void controller.openSaved(d.id)} aria-label={`Open saved ${d.name}`}>
                Open
              </button>
              <button type="button" className={styles.small} onClick={() => void controller.deleteSaved(d.id)} aria-label={`Delete saved ${d.name}`}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </SavedDisclosure>
  );
}
