import { describe, expect, it } from 'vitest';
import { COMMODITIES, getDataset } from '@/data';
import type { FeatureFilter } from '@/data/filter/feature-filter';
import { filterByCommodity } from '@/data/filter/filtered-dataset';
import { featureSpan, gpuSpanFilterRange, overlaps, yearsRange } from '@/data/filter/time-rule';
import { MAP_LAYER_IDS } from '@/geo/layers/map-layers';
import { buildAtlasLayers } from './atlas-layers';
import { laborFlowArcs, tradeFlowArcs } from './flow-arcs';
import type { LayerViewState } from './layer-state';
import { buildPlaceLayers, placesToLabel } from './place-layers';
import { buildRailLayers, verifiedRailVertices } from './rail-layers';
import { buildRouteLayers, drawnRouteLegs } from './route-layers';
import { buildIncidentLayers } from './incident-layers';
import { buildZoneLayers } from './zone-layers';

const dataset = getDataset();
// The dashboard's default filter: every commodity, no time range.
const filter: FeatureFilter = { commodities: COMMODITIES, time: null };
const state = (overrides: Partial<LayerViewState> = {}): LayerViewState => ({
  theme: 'light',
  language: 'en',
  visibleLayers: [...MAP_LAYER_IDS],
  selection: [],
  zoom: 5,
  filter,
  highlight: null,
  ...overrides,
});

/** A layer prop by name, for assertions (layer prop types differ per layer class). */
function prop<T>(layer: { props: object } | undefined, name: string): T {
  return (layer?.props as Record<string, unknown>)[name] as T;
}

function layerData() {
  return {
    dataset,
    features: filterByCommodity(dataset, filter),
    tradeArcs: tradeFlowArcs(dataset.trade, dataset.flowAnchors.features, filter.time),
    laborArcs: laborFlowArcs(dataset.labor, dataset.flowAnchors.features, filter.time),
    annotations: [],
  };
}

describe('buildAtlasLayers', () => {
  it('returns every layer with a stable id, in draw order', () => {
    const ids = buildAtlasLayers(layerData(), state(), { basemapLabels: true }).map((l) => l.id);
    expect(ids).toEqual([
      'basemap-labels',
      'basemap-city-labels',
      'basemap-river-labels',
      'sts-zones',
      'rail-casing',
      'rail-links',
      'rail-stations',
      'sea-route-casing',
      'sea-routes',
      'sea-route-arrows',
      'trade-flows-range',
      'trade-flows',
      'labor-flows-range',
      'labor-flows',
      'places',
      'place-labels',
      'sts-incident-leaders',
      'sts-incidents',
      'slide-annotation-pins',
      'slide-annotations',
    ]);
  });

  it('keeps hidden layers as visible: false instead of removing them', () => {
    const layers = buildAtlasLayers(layerData(), state({ visibleLayers: ['ports'] }), { basemapLabels: false });
    const visibility = Object.fromEntries(layers.map((l) => [l.id, l.props.visible]));
    expect(visibility['places']).toBe(true);
    expect(visibility['rail-links']).toBe(false);
    expect(visibility['sts-zones']).toBe(false);
    expect(visibility['sts-incidents']).toBe(false);
    expect(visibility['sts-incident-leaders']).toBe(false);
    expect(visibility['trade-flows']).toBe(false);
    expect(visibility['slide-annotations']).toBe(false);
    expect(layers).toHaveLength(17);
  });
});

describe('layer factories', () => {
  const rajin = dataset.places.features.filter((p) => p.id === 'port-rajin');

  it('places: pickable markers sized by significance, selection highlighted', () => {
    const [markers] = buildPlaceLayers(rajin, state({ selection: ['port-rajin'] }));
    expect(markers!.props.pickable).toBe(true);
    const getRadius = prop<(d: (typeof rajin)[number]) => number>(markers, 'getRadius');
    expect(getRadius(rajin[0]!)).toBe(8 + 3);
  });

  it('place labels use the chosen language with English as fallback', () => {
    const labels = placesToLabel(dataset.places.features)(5, 'ru');
    const vladivostok = labels.find((l) => l.place.id === 'port-vladivostok');
    expect(vladivostok?.place.properties.name.ru).toBeDefined();
    const [, textLayer] = buildPlaceLayers(rajin, state({ language: 'ko' }));
    const getText = prop<(d: { place: (typeof rajin)[number] }) => string>(textLayer, 'getText');
    expect(getText({ place: rajin[0]! })).toBe(rajin[0]!.properties.name.ko ?? rajin[0]!.properties.name.en);
  });

  it('rail: dashed by geometry precision, with sourced stations only', () => {
    const rails = dataset.railLinks.features;
    const [, line] = buildRailLayers(rails, state());
    const getDashArray = prop<(d: (typeof rails)[number]) => [number, number]>(line, 'getDashArray');
    const khasanRajin = rails.find((r) => r.id === 'rail-khasan-rajin')!;
    expect(getDashArray(khasanRajin)).not.toEqual([0, 0]);
    const stations = verifiedRailVertices(rails).filter((v) => v.railId === 'rail-khasan-rajin');
    expect(stations.length).toBe(khasanRajin.properties.vertexVerified!.filter(Boolean).length);
  });

  it('sea routes: each leg is curved and keeps its end points; legs to a country anchor are marked', () => {
    const legs = drawnRouteLegs(dataset.seaRoutes.features);
    const ferry = legs.find((l) => l.id === 'route-ferry-rajin-vladivostok')!;
    expect(ferry.path.length).toBeGreaterThan(10);
    expect(ferry.path[0]).toEqual([130.283, 42.227]);
    expect(ferry.toUnpublishedEnd).toBe(false);
    expect(legs.some((l) => l.toUnpublishedEnd)).toBe(true);
    const layers = buildRouteLayers(dataset.seaRoutes.features, state({ visibleLayers: [] }));
    expect(layers.map((l) => l.props.visible)).toEqual([false, false, false]);
  });

  it('zones and incidents: incidents filter by time (day spans) and commodity on the GPU', () => {
    expect(buildZoneLayers(dataset.stsZones.features, state())[0]!.props.pickable).toBe(true);
    const time = yearsRange(2019, 2020);
    const [leaders, incidents] = buildIncidentLayers(dataset.stsIncidents.features, state({ filter: { commodities: ['coal'], time } }));
    for (const layer of [leaders, incidents]) {
      expect(prop(layer, 'filterRange')).toEqual(gpuSpanFilterRange(time));
      expect(prop(layer, 'filterCategories')).toEqual(['coal']);
    }
    // The data are not filtered on the CPU: a filter change updates uniforms only.
    expect(incidents!.props.data).toBe(dataset.stsIncidents.features);
    const incident = dataset.stsIncidents.features.find((i) => i.properties.dateEnd)!;
    expect(prop<(d: unknown) => number[]>(incidents, 'getFilterValue')(incident)).toEqual([...featureSpan(incident)]);
  });

  it('every dated layer applies the one time rule on the GPU, and a range change leaves their data alone', () => {
    const time = yearsRange(2018, 2018);
    const data = layerData();
    const before = buildAtlasLayers(data, state(), { basemapLabels: false });
    const after = buildAtlasLayers({ ...data, tradeArcs: [], laborArcs: [] }, state({ filter: { ...filter, time } }), { basemapLabels: false });
    const timed = ['sts-zones', 'rail-casing', 'rail-links', 'rail-stations', 'sea-route-casing', 'sea-routes', 'sea-route-arrows', 'places', 'sts-incident-leaders', 'sts-incidents'];
    for (const id of timed) {
      const a = before.find((l) => l.id === id);
      const b = after.find((l) => l.id === id);
      expect(prop(b, 'filterRange'), id).toEqual(gpuSpanFilterRange(time));
      expect(prop(a, 'filterRange'), id).toEqual(gpuSpanFilterRange(null));
      expect(prop(b, 'data'), id).toBe(prop(a, 'data'));
    }
  });

  it('a hovered month grows the incidents it overlaps', () => {
    const highlight = yearsRange(2018, 2018);
    const [, incidents] = buildIncidentLayers(dataset.stsIncidents.features, state({ highlight }));
    const radius = prop<(d: (typeof dataset.stsIncidents.features)[number]) => number>(incidents, 'getRadius');
    for (const incident of dataset.stsIncidents.features) {
      expect(radius(incident), incident.id).toBe(overlaps(featureSpan(incident), highlight) ? 9 : 5);
    }
  });

  it('incidents placed at one position are drawn apart, each joined to that position by a leader line', () => {
    const features = dataset.stsIncidents.features;
    const [leaders, incidents] = buildIncidentLayers(features, state({ zoom: 5 }));
    const getPosition = prop<(d: (typeof features)[number]) => [number, number]>(incidents, 'getPosition');
    const drawn = features.map((f) => getPosition(f).join(','));
    // The data place several incidents at one area centroid (e.g. 123.5° E 29.8° N); drawn, no two coincide.
    expect(new Set(features.map((f) => f.geometry.coordinates.join(','))).size).toBeLessThan(features.length);
    expect(new Set(drawn).size).toBe(features.length);
    // Each moved incident has a leader from the position its sources give to where it is drawn.
    const spread = leaders!.props.data as { incident: { id: string; geometry: { coordinates: [number, number] } }; from: [number, number]; to: [number, number] }[];
    const moved = features.filter((f, i) => drawn[i] !== f.geometry.coordinates.join(','));
    expect(spread.map((s) => s.incident.id).sort()).toEqual(moved.map((f) => f.id).sort());
    for (const s of spread) expect(s.from).toEqual(s.incident.geometry.coordinates);
  });
});
