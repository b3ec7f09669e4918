'use client';

import { useMemo } from 'react';
import type { RailLinkFeature } from '@/data';
import { SourceRefs } from '@/components/charts/source-refs';
import { railLinkSummary } from '@/lib/chart-series/feature-relations';
import { formatKm, formatPeriod } from '@/lib/format';
import { ConfidenceBadge } from '../ui/confidence-badge';
import { FeatureName } from './feature-name';
import { RouteList } from './route-list';
import { SELECTION_SOURCE_PREFIX, type SelectionContext } from './selection-context';
import { PLACE_KIND_LABELS, commodityNames, countryNames } from './selection-labels';
import styles from './panels.module.css';

/** A selected rail link: its countries, period, stated and drawn lengths, the places on it and the sea routes onward. */
export function RailLinkFacts({ rail, ctx }: { rail: RailLinkFeature; ctx: SelectionContext }) {
  const summary = useMemo(() => railLinkSummary(ctx.dataset, rail), [ctx.dataset, rail]);
  const p = rail.properties;
  const stated = p.facts.find((f) => f.key === 'lengthKm');
  return (
    <>
      <section className={styles.section} aria-label="Rail link facts">
        <dl className={styles.meta}>
          <dt>Countries</dt>
          <dd>{countryNames(p.countries)}</dd>
          <dt>In service</dt>
          <dd>{formatPeriod(p.period)}</dd>
          {stated && (
            <>
              <dt>Stated length</dt>
              <dd>
                {stated.value} <ConfidenceBadge level={stated.confidence} note={stated.note} />{' '}
                <span className={styles.muted}>
                  <SourceRefs ids={stated.sourceIds} sourceIndex={ctx.sourceIndex} anchorPrefix={SELECTION_SOURCE_PREFIX} />
                </span>
              </dd>
            </>
          )}
          <dt>Drawn length</dt>
          <dd>
            {formatKm(summary.drawnLengthKm)}{' '}
            <span className={styles.muted}>(turf great-circle length of the {p.geometryPrecision} line; the track is longer)</span>
          </dd>
          <dt>Carries</dt>
          <dd>{commodityNames(p.commodities)}</dd>
        </dl>
      </section>
      {summary.places.length > 0 && (
        <section className={styles.section} aria-label="Places on the line">
          <h3>Places on the line</h3>
          <ol className={styles.list}>
            {summary.places.map((place) => (
              <li key={place.id}>
                <FeatureName id={place.id} ctx={ctx} />{' '}
                <span className={styles.muted}>{place.properties.role ?? PLACE_KIND_LABELS[place.properties.kind]}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <section className={styles.section} aria-label="Onward by sea">
        <h3>Onward by sea</h3>
        <RouteList routes={summary.connectingRoutes} ctx={ctx} empty="No sea route in the dataset leaves from a place on this line under the current filter." />
      </section>
    </>
  );
}
