'use client';

import { COMMODITY_LABELS, findVessel, vesselDisplayName, type SeaRouteFeature } from '@/data';
import { SourceRefs } from '@/components/charts/source-refs';
import { formatPeriod } from '@/lib/format';
import { ConfidenceBadge } from '../ui/confidence-badge';
import { FeatureName } from './feature-name';
import { VesselName } from './vessel-name';
import { SELECTION_SOURCE_PREFIX, type SelectionContext } from './selection-context';
import { ROUTE_KIND_LABELS, commodityNames, countryNames } from './selection-labels';
import styles from './panels.module.css';

/**
 * A selected sea route: its period, cargo, kind, ends and stops, the ships the sources name, countries, confidence
 * and the sources of the route itself (each fact's own sources are in Details).
 */
export function RouteFacts({ route, ctx }: { route: SeaRouteFeature; ctx: SelectionContext }) {
  const p = route.properties;
  // Each ship the route's records name, linked to its dossier.
  const ships = p.vesselIds ?? [];
  return (
    <section className={styles.section} aria-label="Route facts">
      <dl className={styles.meta}>
        <dt>Period</dt>
        <dd>{formatPeriod(p.period)}</dd>
        <dt>Cargo</dt>
        <dd>
          {COMMODITY_LABELS[p.commodity]}
          {p.commodities.filter((c) => c !== p.commodity).length > 0 &&
            ` (also ${commodityNames(p.commodities.filter((c) => c !== p.commodity))})`}
        </dd>
        <dt>Kind</dt>
        <dd>{ROUTE_KIND_LABELS[p.routeKind]}</dd>
        <dt>From</dt>
        <dd>
          <FeatureName id={p.fromId} ctx={ctx} />
        </dd>
        {p.viaIds && p.viaIds.length > 0 && (
          <>
            <dt>Via</dt>
            <dd>
              {p.viaIds.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <FeatureName id={id} ctx={ctx} />
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>To</dt>
        <dd>
          <FeatureName id={p.toId} ctx={ctx} />
        </dd>
        <dt>Ships</dt>
        <dd>
          {ships.length === 0
            ? 'none named in the cited sources'
            : ships.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <VesselName name={vesselNameOf(id, ctx)} vesselId={id} ctx={ctx} />
                </span>
              ))}
        </dd>
        <dt>Countries</dt>
        <dd>{countryNames(p.countries)}</dd>
        <dt>Confidence</dt>
        <dd>
          <ConfidenceBadge level={p.confidence} note={p.confidenceNote} />
        </dd>
        <dt>Sources</dt>
        <dd>
          <SourceRefs ids={p.sourceIds} sourceIndex={ctx.sourceIndex} anchorPrefix={SELECTION_SOURCE_PREFIX} />
        </dd>
      </dl>
    </section>
  );
}

const vesselNameOf = (id: string, ctx: SelectionContext) => {
  const record = findVessel(ctx.dataset, id);
  return record ? vesselDisplayName(record) : id;
};
