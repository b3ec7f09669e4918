import { TIMELINE_KIND_LABELS, findFeature, findVessel, vesselDisplayName, type Dataset, type TimelineEvent } from '@/data';
import { formatDateSpan } from '@/lib/format';
import { Cites, Confidence, SourceList } from './provenance';
import styles from './panels.module.css';

interface Concerned {
  id: string;
  label: string;
  kind: 'feature' | 'vessel';
  /** Whether it has details of its own (a flow anchor has none). */
  selectable: boolean;
}

/** The map features and vessel records an event names, those the dataset has, as the panel lists them. */
function concernedBy(event: TimelineEvent, dataset: Dataset): Concerned[] {
  const features = (event.featureIds ?? []).flatMap((id) => {
    const feature = findFeature(dataset, id);
    return feature ? [{ id, kind: 'feature' as const, label: feature.properties.name.en, selectable: feature.properties.kind !== 'flow-anchor' }] : [];
  });
  const vessels = (event.vesselIds ?? []).flatMap((id) => {
    const vessel = findVessel(dataset, id);
    return vessel ? [{ id, kind: 'vessel' as const, label: `${vesselDisplayName(vessel)} (vessel)`, selectable: true }] : [];
  });
  return [...features, ...vessels];
}

interface TimelineEventDetailsProps {
  event: TimelineEvent;
  dataset: Dataset;
  /** Opens a place or vessel it names. */
  onSelect: (id: string) => void;
  /** Frames the places it names. */
  onShowOnMap: () => void;
}

/**
 * A selected timeline event: what happened and when, how sure and from which sources, what it banned, and the places
 * and vessels it names (each a link to its own details; the map highlights the places). Most events (resolutions,
 * tests, policies) name no place, so this is where their sources are shown.
 */
export function TimelineEventDetails({ event, dataset, onSelect, onShowOnMap }: TimelineEventDetailsProps) {
  const concerned = concernedBy(event, dataset);
  const places = concerned.filter((c) => c.kind === 'feature' && c.selectable).length;
  return (
    <>
      <p className="details-name">{event.title}</p>
      <p>
        Timeline event — {TIMELINE_KIND_LABELS[event.kind]} <Confidence level={event.confidence} />
      </p>
      <dl className="details-meta">
        <dt>Date</dt>
        <dd>{formatDateSpan(event)}</dd>
      </dl>
      <p>
        {event.description} <Cites ids={event.sourceIds} dataset={dataset} />
      </p>
      {event.note && <p className="note">{event.note}</p>}
      {event.bans && event.bans.length > 0 && (
        <>
          <h3>Bans and caps</h3>
          <ul className="facts" aria-label="Bans and caps">
            {event.bans.map((ban) => (
              <li key={ban}>{ban}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Names</h3>
      {places > 0 && (
        <div className={styles.row}>
          <button type="button" onClick={onShowOnMap}>
            Show on map
          </button>
          <span className="muted">
            Highlights the {places === 1 ? 'place' : `${places} places`} it names, where their layer and the time range show
            them.
          </span>
        </div>
      )}
      {concerned.length > 0 ? (
        <ul className="facts" aria-label="Places and vessels the event names">
          {concerned.map((c) => (
            <li key={c.id}>
              {c.selectable ? (
                <button type="button" className={styles.linkButton} onClick={() => onSelect(c.id)}>
                  {c.label}
                </button>
              ) : (
                c.label
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No place or vessel in the atlas is tied to this event, so the map marks nothing for it.</p>
      )}
      <SourceList ids={event.sourceIds} dataset={dataset} />
    </>
  );
}
