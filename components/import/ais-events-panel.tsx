'use client';

import { useId, useState } from 'react';
import type { AisDetectionParams, AisEvent, AisEventKind, ClusterParams } from '@/geo/analysis/ais';
import { AIS_EVENT_COLORS, AIS_LAYER_PARTS, DENSITY_RAMP, DERIVED_AREA_COLOR, type AisLayerPart } from '@/geo/layers/user-data-palette';
import { eventKeyFact, eventVessels, EVENT_KIND_LABELS, formatDuration, formatUtc } from '@/components/import/format-event';
import { eventsCsvText, eventsGeoJsonText, exportFileName, shownEvents } from '@/geo/analysis/user-data/export-user-layer';
import type { UserAisLayer } from '@/geo/analysis/user-data/types';
import { downloadText } from '@/components/ui/download';
import { useVesselContext } from '@/components/vessels/vessel-context';
import styles from './import.module.css';
import type { ImportedDataController } from './use-imported-data';

/** Most events listed at once; the export has them all. */
export const MAX_LISTED_EVENTS = 300;

const css = ([r, g, b]: readonly number[]) => `rgb(${r}, ${g}, ${b})`;

/** A part's colour in the toggles: its event colour, the areas' cyan, or the density ramp as a gradient. */
function partSwatch(part: AisLayerPart): string {
  if (part === 'areas') return css(DERIVED_AREA_COLOR);
  if (part === 'density') return `linear-gradient(90deg, ${DENSITY_RAMP.map(css).join(', ')})`;
  return css(AIS_EVENT_COLORS[part]);
}

const PART_LABELS: Record<AisLayerPart, string> = {
  encounter: 'Encounters',
  loitering: 'Loitering',
  gap: 'AIS gaps',
  'port-visit': 'Port visits',
  density: 'Density of positions',
  areas: 'Candidate areas (derived)',
};

export function visibleKinds(parts: readonly AisLayerPart[]): AisEventKind[] {
  return parts.filter((p): p is AisEventKind => p !== 'areas' && p !== 'density');
}

type Section = 'encounter' | 'loitering' | 'gap';

interface ParamField<S extends Section> {
  section: S;
  key: keyof AisDetectionParams[S] & string;
  label: string;
  unit: string;
  step: number;
}

/** Every threshold of the three detectors, labelled with its unit. */
const PARAM_FIELDS: ParamField<Section>[] = [
  { section: 'encounter', key: 'maxDistanceMeters', label: 'Vessels within', unit: 'm', step: 50 },
  { section: 'encounter', key: 'minDurationMinutes', label: 'For at least', unit: 'min', step: 10 },
  { section: 'encounter', key: 'maxMedianSpeedKnots', label: 'Median speed below', unit: 'kn', step: 0.5 },
  { section: 'encounter', key: 'minPortDistanceKm', label: 'At least from a port', unit: 'km', step: 1 },
  { section: 'encounter', key: 'resampleMinutes', label: 'Resample every', unit: 'min', step: 1 },
  { section: 'encounter', key: 'maxGapMinutes', label: 'No interpolation across gaps over', unit: 'min', step: 10 },
  { section: 'loitering', key: 'maxSpeedKnots', label: 'Speed below', unit: 'kn', step: 0.5 },
  { section: 'loitering', key: 'minDurationMinutes', label: 'For at least', unit: 'min', step: 10 },
  { section: 'loitering', key: 'minPortDistanceNm', label: 'At least from a port', unit: 'nm', step: 1 },
  { section: 'loitering', key: 'resampleMinutes', label: 'Resample every', unit: 'min', step: 1 },
  { section: 'loitering', key: 'maxGapMinutes', label: 'No interpolation across gaps over', unit: 'min', step: 10 },
  { section: 'gap', key: 'minGapMinutes', label: 'Silent for at least', unit: 'min', step: 10 },
  { section: 'gap', key: 'minPortDistanceKm', label: 'Went dark at least from a port', unit: 'km', step: 1 },
] as ParamField<Section>[];

const SECTION_LABELS: Record<Section, string> = { encounter: 'Encounter', loitering: 'Loitering', gap: 'AIS gap' };

/** A number input that keeps what the user types and commits only numbers; anything else is marked invalid. */
function NumberField({ label, unit, value, step, onCommit }: { label: string; unit: string; value: number; step: number; onCommit: (n: number) => void }) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  // A reset to the defaults (a change from outside) replaces what was typed; the user's own commits do not.
  if (value !== shown) {
    setShown(value);
    if (Number(text) !== value) setText(String(value));
  }
  const n = Number(text);
  const valid = text.trim() !== '' && Number.isFinite(n) && n >= 0;
  return (
    <>
      <label htmlFor={id}>
        {label} ({unit})
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={0}
        step={step}
        value={text}
        aria-invalid={!valid}
        onChange={(event) => {
          setText(event.target.value);
          const next = Number(event.target.value);
          if (event.target.value.trim() !== '' && Number.isFinite(next) && next >= 0) onCommit(next);
        }}
      />
    </>
  );
}

function ParamsForm({ controller }: { controller: ImportedDataController }) {
  const params = controller.detectionParams;
  const cluster = controller.clusterParams;
  const setParam = (section: Section, key: string, n: number) =>
    controller.setDetectionParams({ ...params, [section]: { ...params[section], [key]: n } } as AisDetectionParams);
  const setCluster = (key: keyof ClusterParams, n: number) => controller.setClusterParams({ ...cluster, [key]: n });
  return (
    <details className={styles.params}>
      <summary>Detection thresholds</summary>
      {(['encounter', 'loitering', 'gap'] as const).map((section) => (
        <fieldset key={section}>
          <legend>{SECTION_LABELS[section]}</legend>
          <div className={styles.paramGrid}>
            {PARAM_FIELDS.filter((f) => f.section === section).map((f) => (
              <NumberField
                key={f.key}
                label={f.label}
                unit={f.unit}
                step={f.step}
                value={(params[section] as unknown as Record<string, number>)[f.key]!}
                onCommit={(n) => setParam(section, f.key, n)}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <fieldset>
        <legend>Candidate areas</legend>
        <div className={styles.paramGrid}>
          <NumberField label="Events within" unit="km" step={1} value={cluster.radiusKm} onCommit={(n) => setCluster('radiusKm', n)} />
          <NumberField label="At least" unit="events" step={1} value={cluster.minPoints} onCommit={(n) => setCluster('minPoints', n)} />
        </div>
      </fieldset>
      <p className={styles.note}>Defaults: Global Fishing Watch&apos;s encounter definition (500 m, 2 h, below 2 kn, 10 km from port).</p>
      <button type="button" className={styles.small} onClick={controller.resetDetectionParams}>
        Restore defaults
      </button>
    </details>
  );
}

export interface AisEventsPanelProps {
  controller: ImportedDataController;
}

/**
 * The events found in the user's AIS: which kinds the map shows, the thresholds with a Detect button, the list of
 * events (filtered as the map shows them; a row selects the event and flies to it) and their export.
 */
export function AisEventsPanel({ controller }: AisEventsPanelProps) {
  const aisLayers = controller.userLayers.filter((d): d is UserAisLayer => d.kind === 'ais');
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [onlyListed, setOnlyListed] = useState(false);
  const vessels = useVesselContext();
  if (aisLayers.length === 0) return null;
  const userLayer = aisLayers.find((d) => d.id === (controller.selectedEvent?.userLayer.id ?? chosenId)) ?? aisLayers[aisLayers.length - 1]!;
  const range = controller.time;
  const isListed = (e: AisEvent) => eventVessels(e).some((v) => vessels.listedMmsis.has(v.mmsi));
  const filterListed = onlyListed && vessels.listsLoaded > 0;
  const events = shownEvents(userLayer, range, visibleKinds(controller.visibleParts)).filter((e) => !filterListed || isListed(e));
  const selectedId = controller.selection?.kind === 'event' ? controller.selection.eventId : null;
  const running = controller.job !== null;
  const exportAs = (format: 'geojson' | 'csv') =>
    downloadText(
      format === 'geojson' ? eventsGeoJsonText(events, vessels.exportNotes) : eventsCsvText(events, vessels.exportNotes),
      exportFileName(userLayer.name, 'events', format),
      format === 'geojson' ? 'application/geo+json' : 'text/csv',
    );
  return (
    <section className={styles.panel} aria-label="AIS events">
      <h2>
        AIS events <span className={styles.derivedBadge}>Derived</span>
      </h2>
      {aisLayers.length > 1 && (
        <label className={styles.row}>
          Layer
          <select value={userLayer.id} onChange={(e) => setChosenId(e.target.value)}>
            {aisLayers.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset className={styles.row} style={{ border: 'none', padding: 0, margin: 0 }}>
        <legend className={styles.visuallyHidden}>Show on the map</legend>
        {AIS_LAYER_PARTS.filter((part) => part !== 'density' || aisLayers.some((d) => d.density !== undefined)).map((part) => (
          <label key={part}>
            <input type="checkbox" checked={controller.visibleParts.includes(part)} onChange={(e) => controller.setPartVisible(part, e.target.checked)} />{' '}
            <span className={styles.swatch} style={{ background: partSwatch(part) }} aria-hidden="true" />
            {PART_LABELS[part]}
          </label>
        ))}
      </fieldset>
      {vessels.listsLoaded > 0 && (
        <label>
          <input type="checkbox" checked={onlyListed} onChange={(e) => setOnlyListed(e.target.checked)} /> Only events that involve a listed vessel
        </label>
      )}
      <ParamsForm controller={controller} />
      <div className={styles.row}>
        <button type="button" onClick={() => controller.runDetection(userLayer.id)} disabled={running || userLayer.tracks === null}>
          Detect
        </button>
        {userLayer.tracks === null && (
          <span className={styles.muted}>
            {userLayer.fromDetectCommand
              ? 'From npm run detect: run the command again to change its thresholds.'
              : 'Loaded from the database: events only. Import the file again to detect.'}
          </span>
        )}
      </div>
      <p className={styles.note}>Found by this tool in your AIS positions: a pattern, not evidence of a transfer.</p>
      {userLayer.detection && (
        <>
          <div className={styles.row}>
            <span className={styles.muted}>
              {events.length.toLocaleString('en')} of {userLayer.detection.events.length.toLocaleString('en')} events shown
            </span>
            <button type="button" className={styles.small} onClick={() => exportAs('geojson')} aria-label="Export events as GeoJSON">
              GeoJSON
            </button>
            <button type="button" className={styles.small} onClick={() => exportAs('csv')} aria-label="Export events as CSV">
              CSV
            </button>
          </div>
          {events.length > 0 ? (
            <table className={styles.events} aria-label="Detected events">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Start (UTC)</th>
                  <th scope="col">Duration</th>
                </tr>
              </thead>
              <tbody>
                {events.slice(0, MAX_LISTED_EVENTS).map((e) => (
                  <tr key={e.id} aria-selected={e.id === selectedId}>
                    <td>
                      <span className={styles.swatch} style={{ background: css(AIS_EVENT_COLORS[e.kind]) }} aria-hidden="true" />
                      <button
                        type="button"
                        className={styles.eventButton}
                        onClick={() => controller.select({ kind: 'event', userLayerId: userLayer.id, eventId: e.id }, { flyTo: true })}
                      >
                        {EVENT_KIND_LABELS[e.kind]}: {eventVessels(e).map((v) => v.name ?? v.mmsi).join(' & ')}
                      </button>
                      {isListed(e) && <span className={styles.listedBadge}>Listed</span>}
                      <div className={styles.muted}>{eventKeyFact(e)}</div>
                    </td>
                    <td>{formatUtc(e.start).replace(' UTC', '')}</td>
                    <td>{formatDuration(e.durationMinutes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className={styles.muted}>No event is shown: check the kinds above{filterListed ? ', the listed-vessel filter' : ''} and the time range.</p>
          )}
          {events.length > MAX_LISTED_EVENTS && (
            <p className={styles.muted}>
              The first {MAX_LISTED_EVENTS} are listed; the export has all {events.length.toLocaleString('en')}.
            </p>
          )}
        </>
      )}
    </section>
  );
}
