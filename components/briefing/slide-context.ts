import {
  COMMODITIES,
  COMMODITY_LABELS,
  CONFIDENCE_LABELS,
  CONFIDENCE_LEVELS,
  findFeature,
  findTimelineEvent,
  findVessel,
  vesselDisplayName,
  type Commodity,
  type Dataset,
} from '@/data';
import {
  CONFIDENCE_ALPHA,
  COUNTRY_COLORS,
  LABOR_FLOW_COLOR,
  RAIL_COLOR,
  TRADE_FLOW_COLOR,
  ZONE_COLOR,
  commodityColor,
  type Rgba,
} from '@/geo/palette';
import { featureSourceIds } from '@/lib/chart-series/feature-relations';
import { parseDashboardState, type DashboardState } from '@/lib/dashboard-state';
import { filterDataset } from '@/data/filter/filtered-dataset';
import { formatSourceShort } from '@/lib/format';
import type { MapLayerId } from '@/geo/layers/map-layers';
import { NATURAL_EARTH_ATTRIBUTION, OSM_ATTRIBUTION } from '@/geo/basemap/basemap-region';

/** How a legend entry's swatch is drawn (as in the on-screen legend). */
export type LegendShape = 'disc' | 'ring' | 'line' | 'dashed' | 'dotted' | 'area';

export interface LegendItem {
  label: string;
  /** A CSS colour. */
  color: string;
  shape: LegendShape;
}

export interface LegendSection {
  title: string;
  items: LegendItem[];
}

/** The credit for the offline basemap, on every exported image and page: Natural Earth and, in the coast region, OpenStreetMap. */
export const BASEMAP_CREDIT = `Basemap: ${NATURAL_EARTH_ATTRIBUTION}; ${OSM_ATTRIBUTION}`;

/** Most source names a footer lists before "and N more". */
export const MAX_FOOTER_SOURCES = 6;

const COUNTRY_NAMES: Record<string, string> = { KP: 'North Korea', RU: 'Russia', CN: 'China', KR: 'South Korea', JP: 'Japan' };

const css = ([r, g, b, a]: Rgba, alpha = a) => `rgba(${r}, ${g}, ${b}, ${Math.round((alpha / 255) * 100) / 100})`;

/** The commodities present among the sea routes and incidents a state shows, in legend order (as the dashboard). */
export function commoditiesShown(dataset: Dataset, state: Pick<DashboardState, 'commodities' | 'time'>): Commodity[] {
  const filtered = filterDataset(dataset, { commodities: state.commodities, time: state.time });
  const present = new Set([
    ...filtered.seaRoutes.map((r) => r.properties.commodity),
    ...filtered.stsIncidents.map((i) => i.properties.commodity),
  ]);
  return COMMODITIES.filter((c) => present.has(c));
}

/**
 * The map legend as data, for drawing onto an exported image: the same groups as the on-screen legend
 * (`components/map/map-legend.tsx`), without its explanatory footnotes.
 */
export function buildLegendSections(visibleLayers: readonly MapLayerId[], commodities: readonly Commodity[]): LegendSection[] {
  const on = (id: MapLayerId) => visibleLayers.includes(id);
  if (visibleLayers.length === 0) return [];
  const sections: LegendSection[] = [];
  if (on('ports')) {
    sections.push({
      title: 'Ports and places',
      items: [
        ...Object.entries(COUNTRY_COLORS).map(([code, color]) => ({ label: COUNTRY_NAMES[code] ?? code, color: css(color), shape: 'disc' as const })),
        { label: 'Rail station or border crossing', color: css(RAIL_COLOR), shape: 'ring' },
      ],
    });
  }
  if (on('rail')) {
    sections.push({
      title: 'Rail links',
      items: [
        { label: 'Approximate line', color: css(RAIL_COLOR), shape: 'dashed' },
        { label: 'Schematic line', color: css(RAIL_COLOR), shape: 'dotted' },
      ],
    });
  }
  if ((on('routes') || on('incidents')) && commodities.length > 0) {
    const title = on('routes') && on('incidents') ? 'Routes and incidents' : on('routes') ? 'Sea routes' : 'STS incidents';
    sections.push({
      title: `${title} by commodity`,
      items: commodities.map((c) => ({ label: COMMODITY_LABELS[c], color: css(commodityColor(c)), shape: on('routes') ? 'line' : 'disc' })),
    });
  }
  if (on('zones')) {
    sections.push({ title: 'STS transfer zones', items: [{ label: 'Reported transfer area', color: css(ZONE_COLOR, 110), shape: 'area' }] });
  }
  if (on('trade')) {
    sections.push({ title: 'Trade flows', items: [{ label: 'Width ∝ total trade', color: css(TRADE_FLOW_COLOR), shape: 'line' }] });
  }
  if (on('labor')) {
    sections.push({ title: 'Labor flows', items: [{ label: 'Width ∝ DPRK workers', color: css(LABOR_FLOW_COLOR), shape: 'line' }] });
  }
  sections.push({
    title: 'Confidence (opacity)',
    items: CONFIDENCE_LEVELS.map((level) => ({
      label: CONFIDENCE_LABELS[level],
      color: `rgba(60, 60, 60, ${Math.round(((CONFIDENCE_ALPHA[level] ?? 140) / 255) * 100) / 100})`,
      shape: 'disc' as const,
    })),
  });
  return sections;
}

/** What a selected id names, for a slide's title and sources: a map feature, a vessel record or a timeline event. */
function selected(dataset: Dataset, id: string): { name: string; sourceIds: readonly string[] } | undefined {
  const feature = findFeature(dataset, id);
  if (feature) return { name: feature.properties.name.en, sourceIds: featureSourceIds(feature) };
  const vessel = findVessel(dataset, id);
  if (vessel) return { name: vesselDisplayName(vessel), sourceIds: vessel.sourceIds };
  const event = findTimelineEvent(dataset, id);
  return event && { name: event.title, sourceIds: event.sourceIds };
}

/** Short names ("Yonhap News Agency, 2020") of the sources cited by the selection, without repeats. */
export function selectionSourceNames(dataset: Dataset, selection: readonly string[]): string[] {
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const names = selection
    .flatMap((id) => selected(dataset, id)?.sourceIds ?? [])
    .map((id) => byId.get(id))
    .flatMap((source) => (source ? [formatSourceShort(source)] : []));
  return [...new Set(names)];
}

/**
 * The line under an exported image or a presented slide: "Sources: A, 2020; B, 2019 and 3 more · Basemap: Natural
 * Earth". Without a selection it credits the dataset as a whole.
 */
export function buildSourceFooter(dataset: Dataset, selection: readonly string[]): string {
  const names = selectionSourceNames(dataset, selection);
  if (names.length === 0) return `Sources: Route Atlas dataset (${dataset.sources.length} cited sources) · ${BASEMAP_CREDIT}`;
  const shown = names.slice(0, MAX_FOOTER_SOURCES).join('; ');
  const more = names.length - MAX_FOOTER_SOURCES;
  return `Sources: ${shown}${more > 0 ? ` and ${more} more` : ''} · ${BASEMAP_CREDIT}`;
}

/** What an export needs to know about the view a query shows. */
export interface SlideContext {
  state: DashboardState;
  legend: LegendSection[];
  sourceFooter: string;
  /** Source names one by one, for a PDF page's sources block. */
  sourceNames: string[];
  /** The selected feature's English name, or null without a selection. */
  selectionName: string | null;
}

/** Parses a slide's (or the current view's) query and derives its legend and sources; never throws. */
export function slideContext(dataset: Dataset, query: string): SlideContext {
  const { state } = parseDashboardState(query);
  // A selection naming something that no longer exists cites nothing (the dashboard drops it with a notice).
  const selection = state.selection.filter((id) => selected(dataset, id) !== undefined);
  return {
    state,
    legend: buildLegendSections(state.layers, commoditiesShown(dataset, state)),
    sourceFooter: buildSourceFooter(dataset, selection),
    sourceNames: selectionSourceNames(dataset, selection),
    selectionName: selection[0] ? (selected(dataset, selection[0])?.name ?? null) : null,
  };
}
