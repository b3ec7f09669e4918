'use client';

import type { AisEvent, VesselRef } from '@/geo/analysis/ais';
import type { SelectedTrack } from '@/geo/layers/ais-event-layers';
import { AIS_EVENT_COLORS, TRACK_COLORS } from '@/geo/layers/user-data-palette';
import { eventVessels, EVENT_KIND_LABELS, formatDuration, formatLonLat, formatMeters, formatUtc } from '@/components/import/format-event';
import type { UserAisLayer } from '@/geo/analysis/user-data/types';
import { useVesselContext } from '@/components/vessels/vessel-context';
import styles from './import.module.css';

const css = ([r, g, b]: readonly number[]) => `rgb(${r}, ${g}, ${b})`;

export interface AisEventDetailsProps {
  event: AisEvent;
  userLayer: UserAisLayer;
  /** Both vessels' positions around the event, as drawn on the map. */
  tracks: readonly SelectedTrack[];
  onClose: () => void;
}

function VesselCard({ vessel, index, track, userLayerId }: { vessel: VesselRef; index: number; track: SelectedTrack | undefined; userLayerId: string }) {
  const { listedMmsis, openAisVessel } = useVesselContext();
  return (
    <div className={styles.vessel} style={{ '--track': css(TRACK_COLORS[index % 2]!) } as React.CSSProperties} aria-label={`Vessel ${index + 1}`} role="group">
      <div className={styles.layerName}>
        {vessel.name ?? 'Name not reported'}
        {listedMmsis.has(vessel.mmsi) && <span className={styles.listedBadge}>Listed</span>}
      </div>
      <dl className={styles.meta}>
        <dt>MMSI</dt>
        <dd>{vessel.mmsi}</dd>
        <dt>IMO</dt>
        <dd>{vessel.imo ?? '—'}</dd>
        <dt>Track</dt>
        <dd>{track ? `${track.positions.length} positions around the event` : 'not kept'}</dd>
      </dl>
      {openAisVessel && (
        <button type="button" className={styles.small} onClick={() => openAisVessel(userLayerId, vessel.mmsi)} aria-label={`Dossier of MMSI ${vessel.mmsi}`}>
          Vessel dossier
        </button>
      )}
    </div>
  );
}

/**
 * The selected AIS event: what it is, both vessels (MMSI, name, IMO; their tracks around it are on the map), when,
 * how long, how close, where. Marked as derived from the user's data: a pattern in AIS, not a reported transfer.
 */
export function AisEventDetails({ event, userLayer, tracks, onClose }: AisEventDetailsProps) {
  const vessels = eventVessels(event);
  return (
    <section className={styles.details} aria-label="Event details">
      <h2>
        <span className={styles.swatch} style={{ background: css(AIS_EVENT_COLORS[event.kind]) }} aria-hidden="true" />
        {EVENT_KIND_LABELS[event.kind]} <span className={styles.derivedBadge}>Derived</span>
      </h2>
      <p className={styles.muted}>From your AIS file “{userLayer.name}”</p>
      <div className={styles.vessels}>
        {vessels.map((v, i) => (
          <VesselCard key={v.mmsi} vessel={v} index={i} track={tracks.find((t) => t.mmsi === v.mmsi)} userLayerId={userLayer.id} />
        ))}
      </div>
      <dl className={styles.meta}>
        <dt>Start</dt>
        <dd>{formatUtc(event.start)}</dd>
        <dt>End</dt>
        <dd>{formatUtc(event.end)}</dd>
        <dt>Duration</dt>
        <dd>{formatDuration(event.durationMinutes)}</dd>
        {event.kind === 'encounter' && (
          <>
            <dt>Median distance</dt>
            <dd>{formatMeters(event.medianDistanceMeters)}</dd>
            <dt>Median speed</dt>
            <dd>both ≤ {event.medianSpeedKnots.toFixed(1)} kn</dd>
          </>
        )}
        {event.kind === 'loitering' && (
          <>
            <dt>Median speed</dt>
            <dd>{event.medianSpeedKnots.toFixed(1)} kn</dd>
            <dt>Nearest port</dt>
            <dd>{event.portDistanceKm === null ? '—' : `${Math.round(event.portDistanceKm)} km`}</dd>
          </>
        )}
        {event.kind === 'gap' && (
          <>
            <dt>Went dark</dt>
            <dd>
              {formatUtc(event.off.t)} at {formatLonLat(event.off.lon, event.off.lat)}
            </dd>
            <dt>Reappeared</dt>
            <dd>
              {formatUtc(event.on.t)} at {formatLonLat(event.on.lon, event.on.lat)}
            </dd>
            <dt>Moved unseen</dt>
            <dd>
              {event.distanceKm.toFixed(1)} km (at least {event.impliedSpeedKnots.toFixed(1)} kn)
            </dd>
          </>
        )}
        <dt>Position</dt>
        <dd>{formatLonLat(event.lon, event.lat)}</dd>
      </dl>
      <p className={styles.note}>Computed by Route Atlas from your AIS positions. An encounter is a pattern in AIS, not evidence of a transfer.</p>
      <div>
        <button type="button" className={styles.small} onClick={onClose}>
          Clear selection
        </button>
      </div>
    </section>
  );
}
