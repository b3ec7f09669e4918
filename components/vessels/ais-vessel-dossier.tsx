'use client';

import { findVessel, vesselDisplayName, type Dataset } from '@/data';
import { COUNTRY_NAMES, isValidImo, mmsiMid, type AisRedFlag, type IdentityObservation, type MmsiStationKind, type VesselListMatch } from '@/geo/analysis/vessels';
import { EVENT_KIND_LABELS, formatDuration, formatUtc } from '@/components/import/format-event';
import type { AisVessel } from '@/lib/vessels/ais-vessels';
import { observationWhere } from '@/lib/vessels/red-flag-text';
import { ListMatchList } from './list-matches';
import { RedFlagList } from './red-flag-list';
import styles from './vessels.module.css';

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

export interface AisVesselDossierProps {
  dataset: Dataset;
  vessel: AisVessel;
  redFlags: readonly AisRedFlag[];
  listMatches: readonly VesselListMatch[];
  listsLoaded: number;
  /** Curated records this MMSI may be (`entry.entryId` is the record id). */
  curatedLinks: readonly VesselListMatch[];
  onShowOnMap: () => void;
  onSelectEvent: (eventId: string) => void;
  onSelectVessel: (vesselId: string) => void;
  onClose: () => void;
}

function Observations({ label, values, check }: { label: string; values: readonly IdentityObservation[]; check?: (v: string) => string | null }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {values.length === 0 ? (
          <span className={styles.notPublished}>not reported</span>
        ) : (
          <ul className={styles.values} aria-label={label}>
            {values.map((o) => (
              <li key={o.value}>
                <strong>{o.value}</strong>
                {check?.(o.value) && <span className={styles.conflict}> {check(o.value)}</span>}
                <div className={styles.muted}>{observationWhere(o)}</div>
              </li>
            ))}
          </ul>
        )}
      </dd>
    </>
  );
}

const STATION_WORDS: Record<MmsiStationKind, string> = {
  ship: 'a ship',
  group: 'a group call',
  coast: 'a coast station',
  'sar-aircraft': 'a search-and-rescue aircraft',
  'craft-associated': 'a craft associated with a parent ship',
  'aid-to-navigation': 'an aid to navigation',
};

function midText(mmsi: string): string {
  const mid = mmsiMid(mmsi);
  if (!mid) return 'not a ship MMSI';
  if (mid.kind !== 'ship') return `MID ${mid.mid}: the number of ${STATION_WORDS[mid.kind]}, not of a ship`;
  return mid.iso2 ? `MID ${mid.mid}: ${COUNTRY_NAMES[mid.iso2] ?? mid.iso2}` : `MID ${mid.mid}: allocated to no country`;
}

/**
 * The dossier of a vessel of the user's AIS, from what the file says about it: the names, call signs and IMO
 * numbers its MMSI reported over time (with the rows), the country of its MMSI, what the loaded lists say, the
 * curated vessels it may be, its red flags and its events. Marked as derived from the user's data.
 */
export function AisVesselDossier(props: AisVesselDossierProps) {
  const { vessel: v, dataset } = props;
  const name = v.identity.names[0]?.value ?? `MMSI ${v.mmsi}`;
  return (
    <section className={`details ${styles.dossier}`} aria-label="AIS vessel">
      <div className="details-header">
        <h2>
          AIS vessel <span className={styles.derived}>Your data</span>
        </h2>
        <button type="button" onClick={props.onClose} aria-label="Close the AIS vessel">
          Close
        </button>
      </div>
      <p className="details-name">{name}</p>
      <p className={styles.kind}>
        MMSI {v.mmsi} · from your AIS file “{v.userLayerName}”
      </p>
      <div className={styles.row}>
        <button type="button" onClick={props.onShowOnMap} disabled={!v.track && v.events.length === 0}>
          Show on map
        </button>
        <span className={styles.muted}>
          {v.track ? `Its whole track (${plural(v.track.length, 'position')}) and ${plural(v.events.length, 'event')}.` : `${plural(v.events.length, 'event')} (the track was not kept).`}
        </span>
      </div>
      <section aria-label="Identity">
        <h3>Identity as reported</h3>
        <dl className={`${styles.identity}`}>
          <dt>MMSI</dt>
          <dd>
            <strong>{v.mmsi}</strong> <span className={styles.muted}>{midText(v.mmsi)}</span>
          </dd>
          <Observations label="Names" values={v.identity.names} />
          <Observations label="Call signs" values={v.identity.callSigns} />
          <Observations label="IMO numbers" values={v.identity.imos} check={(imo) => (isValidImo(imo) ? null : 'fails the check digit')} />
          <Observations label="Flags" values={v.identity.flags} />
        </dl>
      </section>
      <ListMatchList matches={props.listMatches} listsLoaded={props.listsLoaded} />
      {props.curatedLinks.length > 0 && (
        <section aria-label="In the atlas">
          <h3>In the atlas</h3>
          <ul className={styles.items}>
            {props.curatedLinks.map((link) => {
              const record = findVessel(dataset, link.entry.entryId);
              if (!record) return null;
              return (
                <li key={record.id}>
                  <button type="button" className={styles.linkButton} onClick={() => props.onSelectVessel(record.id)}>
                    {vesselDisplayName(record)}
                  </button>{' '}
                  {link.certainty === 'exact' ? (
                    <span className={styles.muted}>(same {link.method.toUpperCase()})</span>
                  ) : (
                    <span className={styles.possible}>possibly the same ship · name, score {link.score.toFixed(2)}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <RedFlagList flags={props.redFlags} fromEventsOnly={v.fromEventsOnly} />
      <section aria-label="Events">
        <h3>Events ({v.events.length})</h3>
        {v.events.length === 0 ? (
          <p className={styles.muted}>No encounter, loitering or gap was detected for this vessel.</p>
        ) : (
          <ol className={styles.items}>
            {v.events.map((e) => (
              <li key={e.id}>
                <span className={styles.when}>{formatUtc(e.start)}</span>
                <button type="button" className={styles.linkButton} onClick={() => props.onSelectEvent(e.id)}>
                  {EVENT_KIND_LABELS[e.kind]}
                </button>
                <span className={styles.muted}> · {formatDuration(e.durationMinutes)}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <p className={styles.note}>Everything here comes from your AIS file, as transmitted: AIS identities can be wrong or falsified.</p>
    </section>
  );
}
