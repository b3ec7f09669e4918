'use client';

import { memo } from 'react';
import { COMMODITY_LABELS, GEOMETRY_PRECISION_LABELS, findFeature, findTimelineEvent, type AnyFeature, type Dataset } from '@/data';
import { FEATURE_KIND_LABELS } from '@/components/map/tooltip-content';
import { distanceBetweenKm, measuresFor } from '@/geo/analysis/feature-measures';
import { formatDateSpan, formatPeriod } from '@/lib/format';
import { Cites, Confidence, SourceList } from './provenance';
import { TimelineEventDetails } from './timeline-event-details';
import styles from './panels.module.css';

export interface DetailsPanelProps {
  selection: readonly string[];
  dataset: Dataset;
  onClear: () => void;
  /** Selects a feature, vessel or timeline event by id (an event's "Names" links, a place's timeline). */
  onSelect: (id: string) => void;
  /** Frames a timeline event's places on the map ("Show on map"). */
  onShowEvent: (eventId: string) => void;
}

/** When the feature was active, in words ("Aug 2023 – Mar 2024", "since Mar 2024"); null where no date is stated. */
function activePeriod(feature: AnyFeature): string | null {
  const p = feature.properties;
  if (p.kind === 'sts-incident') return formatDateSpan(p);
  if (!p.period.start && !p.period.end) return null;
  return formatPeriod(p.period);
}

function FeatureDetails({ feature, dataset, onSelect }: { feature: AnyFeature; dataset: Dataset; onSelect: (id: string) => void }) {
  const p = feature.properties;
  const otherNames = [p.name.ru, p.name.ko, p.name.zh].filter(Boolean).join(' · ');
  const period = activePeriod(feature);
  const measures = measuresFor(feature, dataset);
  // The timeline events that name this feature (the 2024 oil loadings at Vostochny, the 2023 White House briefing).
  const events = dataset.timeline.filter((e) => e.featureIds?.includes(feature.id));
  const cited = [
    ...new Set([...p.sourceIds, ...p.facts.flatMap((f) => f.sourceIds), ...p.geometrySourceIds, ...events.flatMap((e) => e.sourceIds)]),
  ];
  return (
    <>
      <p className="details-name">{p.name.en}</p>
      {otherNames && <p className="muted">{otherNames}</p>}
      <p>
        {FEATURE_KIND_LABELS[p.kind]}
        {'role' in p && p.role ? ` — ${p.role}` : ''} <Confidence level={p.confidence} />
      </p>
      {p.confidenceNote && <p className="note">{p.confidenceNote}</p>}
      <p>
        {p.description} <Cites ids={p.sourceIds} dataset={dataset} />
      </p>
      <dl className="details-meta">
        {period && (
          <>
            <dt>Active</dt>
            <dd>{period}</dd>
          </>
        )}
        {p.commodities.length > 0 && (
          <>
            <dt>Commodities</dt>
            <dd>{p.commodities.map((c) => COMMODITY_LABELS[c]).join(', ')}</dd>
          </>
        )}
        <dt>Geometry</dt>
        <dd>
          {GEOMETRY_PRECISION_LABELS[p.geometryPrecision]} — {p.geometryNote} <Confidence level={p.geometryConfidence} />{' '}
          <Cites ids={p.geometrySourceIds} dataset={dataset} />
        </dd>
      </dl>
      {p.facts.length > 0 && (
        <>
          <h3>Facts</h3>
          <ul className="facts">
            {p.facts.map((fact, i) => (
              <li key={i}>
                <strong>{fact.label}:</strong> {fact.value} <Confidence level={fact.confidence} /> <Cites ids={fact.sourceIds} dataset={dataset} />
                {fact.note && <div className="note">{fact.note}</div>}
              </li>
            ))}
          </ul>
        </>
      )}
      {events.length > 0 && (
        <>
          <h3>Timeline</h3>
          <ul className="facts" aria-label="Timeline events">
            {events.map((e) => (
              <li key={e.id}>
                <strong>{formatDateSpan(e)}:</strong>{' '}
                <button type="button" className={styles.linkButton} onClick={() => onSelect(e.id)}>
                  {e.title}
                </button>{' '}
                <Confidence level={e.confidence} /> <Cites ids={e.sourceIds} dataset={dataset} />
                <div className="note">{e.description}</div>
              </li>
            ))}
          </ul>
        </>
      )}
      {measures.length > 0 && (
        <>
          <h3>Measures</h3>
          <ul className="measures">
            {measures.map((m) => (
              <li key={m.label} title={m.note}>
                {m.label}: <strong>{m.unit === 'count' ? m.value : `${m.value.toLocaleString('en')} ${m.unit}`}</strong>
                <div className="note">{m.note}</div>
              </li>
            ))}
          </ul>
        </>
      )}
      <SourceList ids={cited} dataset={dataset} />
    </>
  );
}

/**
 * "Details": the selected feature's sourced facts, measures and, with a shift-clicked second one, the distance; or
 * the selected timeline event (chosen on the timebar, by search or from a place's timeline).
 */
export const DetailsPanel = memo(function DetailsPanel({ selection, dataset, onClear, onSelect, onShowEvent }: DetailsPanelProps) {
  const [first, second] = selection.map((id) => findFeature(dataset, id));
  const event = !first && selection[0] ? findTimelineEvent(dataset, selection[0]) : undefined;
  return (
    <section className="details" aria-label="Details">
      <div className="details-header">
        <h2>Details</h2>
        {(first || event) && (
          <button type="button" onClick={onClear} aria-label="Clear selection">
            Clear
          </button>
        )}
      </div>
      {event && <TimelineEventDetails event={event} dataset={dataset} onSelect={onSelect} onShowOnMap={() => onShowEvent(event.id)} />}
      {!first && !event && <p className="muted">Select a port, route or zone on the map, in the list or by search. Shift-click a second feature to measure between them.</p>}
      {first && second && (
        <p className="distance">
          Distance from {first.properties.name.en} to {second.properties.name.en}:{' '}
          <strong>{Math.round(distanceBetweenKm(first, second)).toLocaleString('en')} km</strong>{' '}
          <span className="muted">(great circle, between points or centroids)</span>
        </p>
      )}
      {first && <FeatureDetails feature={first} dataset={dataset} onSelect={onSelect} />}
    </section>
  );
});
