'use client';

import { memo, useMemo } from 'react';
import { CONFIDENCE_LABELS, vesselDisplayName, type Dataset } from '@/data';
import type { VesselListMatch } from '@/geo/analysis/vessels';
import { indexSources } from '@/components/charts/source-refs';
import { SourcesList } from '@/components/panels/sources-list';
import { ConfidenceBadge } from '@/components/ui/confidence-badge';
import { formatDateSpan, formatIsoDate, formatPeriod } from '@/lib/format';
import type { AisVessel } from '@/lib/vessels/ais-vessels';
import { buildVesselDossier } from '@/lib/vessels/vessel-dossier';
import { ListMatchList, MatchBadge } from './list-matches';
import { highlightSummary } from './highlight-summary';
import { VESSEL_SOURCE_PREFIX } from './sourced';
import type { AisVesselRef } from './use-vessel-data';
import { VesselIdentity, VesselListings } from './vessel-identity';
import styles from './vessels.module.css';

export interface VesselDossierProps {
  dataset: Dataset;
  vesselId: string;
  /** Ids of the features the map shows under the current filter: the others are marked hidden. */
  shownFeatureIds: ReadonlySet<string>;
  listMatches: readonly VesselListMatch[];
  listsLoaded: number;
  /** Vessels of the user's AIS that may be this one (IMO or MMSI exact; names possible). */
  aisLinks: readonly { vessel: AisVessel; match: VesselListMatch }[];
  onClear: () => void;
  /** Selects a feature or timeline event by id (the dossier's incidents, routes and timeline). */
  onSelectFeature: (id: string) => void;
  onShowOnMap: () => void;
  onOpenAisVessel: (ref: AisVesselRef) => void;
}

/**
 * A curated vessel's dossier, in Details: identity with its history, designations, owners and operators, what the
 * loaded sanctions lists say, the vessels of the user's AIS that may be it, and by date its incidents, routes and
 * timeline events (each a link to its details); every value with its sources and confidence; "Show on map" frames them.
 */
export const VesselDossier = memo(function VesselDossier(props: VesselDossierProps) {
  const { dataset, vesselId, shownFeatureIds, onSelectFeature } = props;
  const dossier = useMemo(() => buildVesselDossier(dataset, vesselId), [dataset, vesselId]);
  const sourceIndex = useMemo(() => indexSources(dataset.sources), [dataset.sources]);
  if (!dossier) return null;
  const { vessel, incidents, routes, timeline } = dossier;
  const name = vesselDisplayName(vessel);
  const onMap = [...incidents.map((i) => i.incident.id), ...routes.map((r) => r.id)];
  const hidden = onMap.filter((id) => !shownFeatureIds.has(id)).length;
  // Only an exact match's track is framed and highlighted; possible matches are listed for the analyst to judge.
  const exactAis = props.aisLinks.some((l) => l.match.certainty === 'exact');
  const Hidden = ({ id }: { id: string }) => (shownFeatureIds.has(id) ? null : <span className={styles.muted}> · hidden by the filter</span>);
  return (
    <section className={`details ${styles.dossier}`} aria-label="Details">
      <div className="details-header">
        <h2>Details</h2>
        <button type="button" onClick={props.onClear} aria-label="Clear selection">
          Clear
        </button>
      </div>
      <p className="details-name">{name}</p>
      <p className={styles.kind}>
        Vessel{vessel.type ? ` · ${vessel.type.value}` : ''} <ConfidenceBadge level={vessel.confidence} note={vessel.note} />
        {props.listMatches.some((m) => m.certainty === 'exact') && (
          <>
            {' '}
            <MatchBadge match={props.listMatches.find((m) => m.certainty === 'exact')!} />
          </>
        )}
      </p>
      {vessel.note && <p className={styles.note}>{vessel.note}</p>}
      {vessel.description && <p>{vessel.description}</p>}
      <div className={styles.row}>
        <button type="button" onClick={props.onShowOnMap} disabled={onMap.length === 0 && !exactAis}>
          Show on map
        </button>
        <span className={styles.muted}>
          {onMap.length > 0 || exactAis
            ? highlightSummary({ incidents: incidents.length, routes: routes.length, aisTrack: exactAis })
            : props.aisLinks.length > 0
              ? 'Nothing of this vessel is drawn on the map; the vessels of your AIS that may be it are listed below.'
              : 'Nothing of this vessel is drawn on the map: it is named only in the timeline.'}
          {hidden > 0 && ` ${hidden} hidden by the filter.`}
        </span>
      </div>
      <VesselIdentity vessel={vessel} sourceIndex={sourceIndex} />
      <VesselListings vessel={vessel} sourceIndex={sourceIndex} />
      <ListMatchList matches={props.listMatches} listsLoaded={props.listsLoaded} />
      {props.aisLinks.length > 0 && (
        <section aria-label="In your AIS">
          <h3>In your AIS</h3>
          <ul className={styles.items}>
            {props.aisLinks.map(({ vessel: v, match }) => (
              <li key={`${v.userLayerId}-${v.mmsi}`}>
                <button type="button" className={styles.linkButton} onClick={() => props.onOpenAisVessel({ userLayerId: v.userLayerId, mmsi: v.mmsi })}>
                  MMSI {v.mmsi} · {v.identity.names[0]?.value ?? 'no name reported'}
                </button>{' '}
                <span className={styles.muted}>in “{v.userLayerName}”</span>{' '}
                {match.certainty === 'exact' ? (
                  <span className={styles.muted}>(same {match.method.toUpperCase()})</span>
                ) : (
                  <span className={styles.possible}>possibly the same ship · name, score {match.score.toFixed(2)}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Incidents">
        <h3>Incidents ({incidents.length})</h3>
        {incidents.length === 0 ? (
          <p className={styles.muted}>No ship-to-ship incident in the dataset names this vessel.</p>
        ) : (
          <ol className={styles.items}>
            {incidents.map(({ incident, nameAsReported, role }) => (
              <li key={incident.id}>
                <span className={styles.when}>{formatIsoDate(incident.properties.date, incident.properties.datePrecision)}</span>
                <button type="button" className={styles.linkButton} onClick={() => onSelectFeature(incident.id)}>
                  {incident.properties.name.en}
                </button>
                {role && <span className={styles.muted}> · {role}</span>}
                {nameAsReported !== name && <span className={styles.muted}> · reported as “{nameAsReported}”</span>}
                <span className={styles.muted}> · {CONFIDENCE_LABELS[incident.properties.confidence]}</span>
                <Hidden id={incident.id} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-label="Routes and runs">
        <h3>Routes and runs ({routes.length})</h3>
        {routes.length === 0 ? (
          <p className={styles.muted}>No sea route in the dataset names this vessel.</p>
        ) : (
          <ol className={styles.items}>
            {routes.map((route) => (
              <li key={route.id}>
                <span className={styles.when}>{formatPeriod(route.properties.period)}</span>
                <button type="button" className={styles.linkButton} onClick={() => onSelectFeature(route.id)}>
                  {route.properties.name.en}
                </button>
                <Hidden id={route.id} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-label="Timeline">
        <h3>Timeline ({timeline.length})</h3>
        {timeline.length === 0 ? (
          <p className={styles.muted}>No timeline event names this vessel.</p>
        ) : (
          <ol className={styles.items}>
            {timeline.map((e) => (
              <li key={e.id}>
                <span className={styles.when}>{formatDateSpan(e)}</span>
                <button type="button" className={styles.linkButton} onClick={() => onSelectFeature(e.id)}>
                  {e.title}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
      <SourcesList sourceIds={dossier.sourceIds} sources={dataset.sources} idPrefix={VESSEL_SOURCE_PREFIX} />
    </section>
  );
});
