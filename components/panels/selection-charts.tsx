'use client';

import { memo, useMemo, type ReactNode } from 'react';
import {
  COMMODITY_LABELS,
  findFeature,
  type AnyFeature,
  type Commodity,
  type Dataset,
  type PlaceFeature,
  type Source,
  type RailLinkFeature,
  type SeaRouteFeature,
  type StsIncidentFeature,
  type StsZoneFeature,
} from '@/data';
import { LazyIncidentsChart, LazyTradeChart } from '@/components/charts/lazy-charts';
import { SourceRefs, indexSources } from '@/components/charts/source-refs';
import { isPlace, isRailLink, isSeaRoute, isStsIncident, isStsZone } from '@/lib/chart-series/feature-kinds';
import { featureSourceIds, placeConnections, railLinkSummary, seriesForFeature } from '@/lib/chart-series/feature-relations';
import { incidentsByYearAndCommodity } from '@/lib/chart-series/incident-rows';
import { vesselsInvolved } from '@/lib/chart-series/involved-vessels';
import { tradeChartRows } from '@/lib/chart-series/trade-rows';
import { passesFilter, type FeatureFilter } from '@/lib/feature-filter';
import { formatCount, formatIsoDate, formatKm, formatPeriod, formatYearRange } from '@/lib/format';
import { ConfidenceBadge } from './confidence-badge';
import { SourcesList } from './sources-list';
import styles from './panels.module.css';

export interface SelectionChartsProps {
  dataset: Dataset;
  /** The selected feature. */
  feature: AnyFeature;
  filter: FeatureFilter;
  onYearClick?: ((year: number) => void) | undefined;
  onYearHover?: ((year: number | null) => void) | undefined;
  onToggleCommodity?: ((commodity: Commodity) => void) | undefined;
  /** Selects another feature (a route, incident or zone named in the panel); names are plain text without it. */
  onSelectFeature?: ((featureId: string) => void) | undefined;
}

export const SELECTION_SOURCE_PREFIX = 'selection-source-';

const PLACE_KIND_LABELS: Record<PlaceFeature['properties']['kind'], string> = {
  port: 'Port',
  station: 'Railway station',
  'border-crossing': 'Border crossing',
  city: 'City',
  'pipeline-terminal': 'Pipeline terminal',
};

const ROUTE_KIND_LABELS: Record<SeaRouteFeature['properties']['routeKind'], string> = {
  ferry: 'Ferry',
  'coal-transshipment': 'Coal transshipment',
  'fuel-run': 'Fuel run',
  approach: 'Approach',
};

const COUNTRY_NAMES: Record<string, string> = { KP: 'DPRK', RU: 'Russia', CN: 'China', KR: 'South Korea', JP: 'Japan' };

const countryNames = (codes: readonly string[]) => codes.map((c) => COUNTRY_NAMES[c] ?? c).join(', ');
const commodityNames = (cs: readonly Commodity[]) => (cs.length ? cs.map((c) => COMMODITY_LABELS[c]).join(', ') : 'none stated');

interface Ctx {
  dataset: Dataset;
  sourceIndex: ReadonlyMap<string, Source>;
  filter: FeatureFilter;
  onSelectFeature?: ((featureId: string) => void) | undefined;
}

function FeatureName({ id, ctx }: { id: string; ctx: Ctx }) {
  const f = findFeature(ctx.dataset, id);
  const name = f?.properties.name.en ?? id;
  if (!f || !ctx.onSelectFeature || f.properties.kind === 'flow-anchor') return <>{name}</>;
  const select = ctx.onSelectFeature;
  return (
    <button type="button" className={styles.linkButton} onClick={() => select(id)}>
      {name}
    </button>
  );
}

function HiddenNote({ count, what }: { count: number; what: string }) {
  if (count === 0) return null;
  return (
    <p className={styles.muted}>
      {formatCount(count)} more {what} outside the current filter.
    </p>
  );
}

function RouteList({ routes, ctx, empty }: { routes: readonly SeaRouteFeature[]; ctx: Ctx; empty: string }) {
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

function PlaceSection({ place, ctx }: { place: PlaceFeature; ctx: Ctx }) {
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

function RailSection({ rail, ctx }: { rail: RailLinkFeature; ctx: Ctx }) {
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

function RouteSection({ route, ctx }: { route: SeaRouteFeature; ctx: Ctx }) {
  const p = route.properties;
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
        <dt>Countries</dt>
        <dd>{countryNames(p.countries)}</dd>
        <dt>Confidence</dt>
        <dd>
          <ConfidenceBadge level={p.confidence} note={p.confidenceNote} />
        </dd>
      </dl>
    </section>
  );
}

function IncidentSection({ incident, ctx }: { incident: StsIncidentFeature; ctx: Ctx }) {
  const p = incident.properties;
  return (
    <section className={styles.section} aria-label="Incident facts">
      <dl className={styles.meta}>
        <dt>Date</dt>
        <dd>
          {formatIsoDate(p.date, p.datePrecision)}
          {p.dateEnd && ` – ${formatIsoDate(p.dateEnd, p.datePrecision)}`}
        </dd>
        <dt>Zone</dt>
        <dd>
          <FeatureName id={p.zoneId} ctx={ctx} />
        </dd>
        <dt>Cargo</dt>
        <dd>{COMMODITY_LABELS[p.commodity]}</dd>
        <dt>Vessels</dt>
        <dd>{p.vessels.map((v) => `${v.name}${v.flag ? ` (${v.flag})` : ''}${v.role ? `, ${v.role}` : ''}`).join('; ')}</dd>
        <dt>Location as stated</dt>
        <dd>{p.statedLocation}</dd>
        <dt>Confidence</dt>
        <dd>
          <ConfidenceBadge level={p.confidence} note={p.confidenceNote} />
        </dd>
      </dl>
    </section>
  );
}

function ZoneVessels({ zone, ctx }: { zone: StsZoneFeature; ctx: Ctx }) {
  const data = useMemo(
    () => incidentsByYearAndCommodity(ctx.dataset.stsIncidents.features, zone.id, ctx.filter),
    [ctx.dataset, zone.id, ctx.filter],
  );
  const vessels = useMemo(() => vesselsInvolved(data.incidents), [data.incidents]);
  return (
    <section className={styles.section} aria-label="Vessels involved">
      <h3>Vessels involved ({formatYearRange(ctx.filter.years[0], ctx.filter.years[1])})</h3>
      {vessels.length === 0 ? (
        <p className={styles.muted}>No vessel named in an incident under the current filter.</p>
      ) : (
        <table className={styles.vesselTable}>
          <caption className={styles.visuallyHidden}>Vessels named in this zone&apos;s incidents</caption>
          <thead>
            <tr>
              <th scope="col">Vessel</th>
              <th scope="col">Flag</th>
              <th scope="col">IMO</th>
              <th scope="col">Role</th>
              <th scope="col" className={styles.num}>
                Incidents
              </th>
            </tr>
          </thead>
          <tbody>
            {vessels.map((v) => (
              <tr key={`${v.imo ?? ''}-${v.name}`}>
                <td>{v.name}</td>
                <td>{v.flags.join(', ') || '—'}</td>
                <td>{v.imo ?? '—'}</td>
                <td>{v.roles.join(', ') || '—'}</td>
                <td className={styles.num}>{v.incidentIds.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * The charts and connections for the selected feature: for a place, its role, routes, nearby incidents and trade
 * series; for a rail link, its length, places and onward routes; for an STS zone, its incidents by year and
 * commodity and the vessels involved; for a route, its period and cargo. Every list and chart follows the shared
 * filter, and every cited source is listed at the end.
 */
export const SelectionCharts = memo(function SelectionCharts({
  dataset,
  feature,
  filter,
  onYearClick,
  onYearHover,
  onToggleCommodity,
  onSelectFeature,
}: SelectionChartsProps) {
  const sourceIndex = useMemo(() => indexSources(dataset.sources), [dataset.sources]);
  const ctx: Ctx = { dataset, sourceIndex, filter, onSelectFeature };
  const series = useMemo(() => seriesForFeature(dataset, feature), [dataset, feature]);
  const name = feature.properties.name.en;
  const partners = [...new Set(series.map((s) => s.partners[0]))].map((c) => `${COUNTRY_NAMES[c] ?? c}–DPRK`).join(' and ');

  const cited = useMemo(() => {
    const ids = [...featureSourceIds(feature)];
    ids.push(...tradeChartRows(series, filter, { flows: ['total', 'dprk-exports', 'dprk-imports'] }).sourceIds);
    if (isPlace(feature)) {
      const links = placeConnections(dataset, feature);
      links.routes.filter((r) => passesFilter(r, filter)).forEach((r) => ids.push(...r.properties.sourceIds));
      links.incidents
        .filter((n) => passesFilter(n.incident, filter))
        .forEach((n) => ids.push(...n.incident.properties.sourceIds));
    } else if (isRailLink(feature)) {
      railLinkSummary(dataset, feature)
        .connectingRoutes.filter((r) => passesFilter(r, filter))
        .forEach((r) => ids.push(...r.properties.sourceIds));
    } else if (feature.properties.kind === 'sts-zone') {
      ids.push(...incidentsByYearAndCommodity(dataset.stsIncidents.features, feature.id, filter).sourceIds);
    }
    return ids;
  }, [dataset, feature, filter, series]);

  let body: ReactNode = null;
  if (isPlace(feature)) body = <PlaceSection place={feature} ctx={ctx} />;
  else if (isRailLink(feature)) body = <RailSection rail={feature} ctx={ctx} />;
  else if (isSeaRoute(feature)) body = <RouteSection route={feature} ctx={ctx} />;
  else if (isStsIncident(feature)) body = <IncidentSection incident={feature} ctx={ctx} />;
  else if (isStsZone(feature)) {
    body = (
      <>
        <LazyIncidentsChart
          title={`STS incidents in ${name}, by year`}
          incidents={dataset.stsIncidents.features}
          zoneId={feature.id}
          filter={filter}
          sources={dataset.sources}
          onYearClick={onYearClick}
          onYearHover={onYearHover}
          onToggleCommodity={onToggleCommodity}
          sourceAnchorPrefix={SELECTION_SOURCE_PREFIX}
        />
        <ZoneVessels zone={feature} ctx={ctx} />
      </>
    );
  }

  return (
    <section className={styles.panel} aria-label="Selection charts">
      <h2>Flows and figures: {name}</h2>
      {body}
      <LazyTradeChart
        title={partners ? `${partners} trade` : 'Trade'}
        series={series}
        filter={filter}
        sources={dataset.sources}
        onYearClick={onYearClick}
        onYearHover={onYearHover}
        onToggleCommodity={onToggleCommodity}
        sourceAnchorPrefix={SELECTION_SOURCE_PREFIX}
        noSeriesMessage={`No trade series in the dataset ties ${name} to the DPRK's trade with Russia or China.`}
      />
      <SourcesList sourceIds={cited} sources={dataset.sources} idPrefix={SELECTION_SOURCE_PREFIX} />
    </section>
  );
});
