'use client';

import { useMemo } from 'react';
import { COMMODITY_LABELS, type PlaceFeature } from '@/data';
import { placeConnections } from '@/lib/chart-series/feature-relations';
import { passesFilter } from '@/data/filter/feature-filter';
import { formatIsoDate, formatKm } from '@/lib/format';
import { ConfidenceBadge } from '../ui/confidence-badge';
import { FeatureName } from './feature-name';
import { HiddenNote } from './hidden-note';
import { RouteList } from './route-list';
import type { SelectionContext } from './selection-context';
import { PLACE_KIND_LABELS, commodityNames, countryNames } from './selection-labels';
import styles from './panels.module.css';

/** A selected place: its role and commodities, the sea routes and rail links through it, and the STS incidents near it. */
export function PlaceFacts({ place, ctx }: { place: PlaceFeature; ctx: SelectionContext }) {
  const links = useMemo(() => placeConnections(ctx.dataset, place), [ctx.dataset, place]);
  const p = place.properties;
  const incidents = links.incidents.filter((n) => passesFilter(n.incident, ctx.filter));
  const rails = links.railLinks.filter((r) => passesFilter(r, ctx.filter));
  return (
    <>
      <section className={styles.section} aria-label="Role and commodities">
        <dl className={styles.meta}>
          <dt>Role</dt>
          <dd>{p.role ?? PLACE_KIND_LABELS[p.kind]}</dd>
          <dt>Kind</dt>
          <dd>
            {PLACE_KIND_LABELS[p.kind]}, {countryNames(p.countries ?? [p.country])}
          </dd>
          <dt>Commodities</dt>
          <dd>{commodityNames(p.commodities)}</dd>
        </dl>
      </section>
      <section className={styles.section} aria-label="Routes">
        <h3>Sea routes through {p.name.en}</h3>
        <RouteList routes={links.routes} ctx={ctx} empty="No sea route in the dataset starts, ends or calls here under the current filter." />
        {rails.length > 0 && (
          <p>
            Rail:{' '}
            {rails.map((r, i) => (
              <span key={r.id}>
                {i > 0 && ', '}
                <FeatureName id={r.id} ctx={ctx} />
              </span>
            ))}
          </p>
        )}
      </section>
      <section className={styles.section} aria-label="Nearby STS incidents">
        <h3>STS incidents placed from or within 50 km of {p.name.en}</h3>
        {incidents.length === 0 ? (
          <p className={styles.muted}>None under the current filter.</p>
        ) : (
          <ul className={styles.list}>
            {incidents.map(({ incident, distanceKm, reason }) => (
              <li key={incident.id}>
                {formatIsoDate(incident.properties.date, incident.properties.datePrecision)}: <FeatureName id={incident.id} ctx={ctx} /> —{' '}
                {COMMODITY_LABELS[incident.properties.commodity].toLowerCase()},{' '}
                {reason === 'placement' ? `position stated from here (drawn ${formatKm(distanceKm)} away)` : `${formatKm(distanceKm)} away`}{' '}
                <ConfidenceBadge level={incident.properties.confidence} note={incident.properties.confidenceNote} />
              </li>
            ))}
          </ul>
        )}
        <HiddenNote count={links.incidents.length - incidents.length} what="incidents" />
      </section>
    </>
  );
}
