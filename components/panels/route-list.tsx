'use client';

import { COMMODITY_LABELS, type SeaRouteFeature } from '@/data';
import { passesFilter } from '@/data/filter/feature-filter';
import { formatPeriod } from '@/lib/format';
import { ConfidenceBadge } from '../ui/confidence-badge';
import { FeatureName } from './feature-name';
import { HiddenNote } from './hidden-note';
import type { SelectionContext } from './selection-context';
import { ROUTE_KIND_LABELS } from './selection-labels';
import styles from './panels.module.css';

/** The sea routes that pass the filter, each with its kind, cargo, period and confidence; `empty` when none does. */
export function RouteList({ routes, ctx, empty }: { routes: readonly SeaRouteFeature[]; ctx: SelectionContext; empty: string }) {
  const shown = routes.filter((r) => passesFilter(r, ctx.filter));
  return (
    <>
      {shown.length === 0 ? (
        <p className={styles.muted}>{empty}</p>
      ) : (
        <ul className={styles.list}>
          {shown.map((r) => (
            <li key={r.id}>
              <FeatureName id={r.id} ctx={ctx} /> — {ROUTE_KIND_LABELS[r.properties.routeKind]},{' '}
              {COMMODITY_LABELS[r.properties.commodity].toLowerCase()}, {formatPeriod(r.properties.period)}{' '}
              <ConfidenceBadge level={r.properties.confidence} note={r.properties.confidenceNote} />
            </li>
          ))}
        </ul>
      )}
      <HiddenNote count={routes.length - shown.length} what={routes.length - shown.length === 1 ? 'route' : 'routes'} />
    </>
  );
}
