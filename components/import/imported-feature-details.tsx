'use client';

import type { CandidateArea } from '@/geo/analysis/ais';
import { featureTitle } from '@/components/import/user-layer-picking';
import { formatUtc } from '@/components/import/format-event';
import { propertyText } from '@/geo/analysis/user-data/properties';
import type { UserLayer, ImportedFeature } from '@/geo/analysis/user-data/types';
import styles from './import.module.css';

const GEOMETRY_LABELS: Record<ImportedFeature['geometry']['type'], string> = {
  Point: 'Point',
  MultiPoint: 'Points',
  LineString: 'Line',
  MultiLineString: 'Lines',
  Polygon: 'Area',
  MultiPolygon: 'Areas',
};

export interface ImportedFeatureDetailsProps {
  feature: ImportedFeature;
  userLayer: UserLayer;
  onClose: () => void;
}

/** An imported feature's properties, every value rendered as text, under a "Your data" mark. */
export function ImportedFeatureDetails({ feature, userLayer, onClose }: ImportedFeatureDetailsProps) {
  const entries = Object.entries(feature.properties);
  return (
    <section className={styles.details} aria-label="Your data details">
      <h2>{featureTitle(feature)}</h2>
      <p className={styles.muted}>
        <span className={styles.badge}>Your data</span> {GEOMETRY_LABELS[feature.geometry.type]} from “{userLayer.name}” ({userLayer.fileName}); not part of the curated, cited dataset.
      </p>
      {feature.time !== null && <p>Date: {formatUtc(feature.time)}</p>}
      {entries.length > 0 ? (
        <dl className={styles.meta}>
          {entries.map(([key, value]) => (
            <div key={key} style={{ display: 'contents' }}>
              <dt>{key}</dt>
              <dd>{propertyText(value) || '—'}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className={styles.muted}>This feature has no properties.</p>
      )}
      <div>
        <button type="button" className={styles.small} onClick={onClose}>
          Clear selection
        </button>
      </div>
    </section>
  );
}

export interface CandidateAreaDetailsProps {
  area: CandidateArea;
  userLayer: UserLayer;
  onClose: () => void;
}

/** A candidate transfer area: how many events it groups and when; derived, not a reported zone. */
export function CandidateAreaDetails({ area, userLayer, onClose }: CandidateAreaDetailsProps) {
  const p = area.properties;
  return (
    <section className={styles.details} aria-label="Candidate area details">
      <h2>
        Candidate transfer area <span className={styles.derivedBadge}>Derived</span>
      </h2>
      <p className={styles.muted}>Grouped by Route Atlas from the events found in “{userLayer.name}”; not a reported STS zone.</p>
      <dl className={styles.meta}>
        <dt>Events</dt>
        <dd>
          {p.eventCount}: {p.encounterCount} encounters, {p.loiteringCount} loitering, {p.gapCount} gaps
        </dd>
        <dt>From</dt>
        <dd>{formatUtc(p.start)}</dd>
        <dt>To</dt>
        <dd>{formatUtc(p.end)}</dd>
      </dl>
      <div>
        <button type="button" className={styles.small} onClick={onClose}>
          Clear selection
        </button>
      </div>
    </section>
  );
}
