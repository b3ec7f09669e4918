import { PathLayer, PolygonLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayOfMs } from '@/data/filter/epoch-day';
import { yearsRange } from '@/data/filter/time-rule';
import { DEFAULT_AIS_DETECTION_PARAMS, findTrack, trackPositionsBetween, type AisEvent, type EncounterEvent, type GapEvent } from '@/geo/analysis/ais';
import { SYNTHETIC_PORTS } from '@/scripts/ais/synthetic/synthetic-areas';
import { runImport } from '@/geo/analysis/user-data/run-import';
import type { UserAisLayer } from '@/geo/analysis/user-data/types';
import { areaLabel, buildAisEventLayers, type AisEventLayerData, type SelectedTrack } from './ais-event-layers';
import { AIS_EVENT_COLORS, AIS_LAYER_PARTS, DERIVED_AREA_COLOR } from './user-data-palette';

const ALL_YEARS = { commodities: [], time: null };
let ais: UserAisLayer;

function prop<T>(layer: { props: object } | undefined, name: string): T {
  return (layer?.props as Record<string, unknown>)[name] as T;
}

beforeAll(async () => {
  const csv = readFileSync(new URL('../../e2e/fixtures/import/synthetic-ais-small.csv', import.meta.url), 'utf8');
  // minPoints 1: the fixture has two events, and every event then makes a candidate area to draw.
  const outcome = await runImport(
    { name: 'synthetic-ais-small.csv', blob: new Blob([csv]) },
    { userLayerId: 'user-ais', ports: SYNTHETIC_PORTS, detection: DEFAULT_AIS_DETECTION_PARAMS, cluster: { radiusKm: 15, minPoints: 1 } },
  );
  if (outcome.status !== 'imported' || outcome.userLayer.kind !== 'ais') throw new Error('fixture did not import');
  ais = outcome.userLayer;
});

const data = (over: Partial<AisEventLayerData> = {}): AisEventLayerData => ({
  userLayers: [ais],
  hiddenIds: [],
  visibleParts: AIS_LAYER_PARTS,
  selectedEventId: null,
  selectedTracks: [],
  ...over,
});

const byId = (layers: { id: string }[], suffix: string) => layers.find((l) => l.id === `ais-user-ais-${suffix}`) as { id: string; props: object } | undefined;

describe('buildAisEventLayers', () => {
  it('returns the same ids in draw order whatever is selected or shown', () => {
    const ids = buildAisEventLayers(data(), { theme: 'light', filter: ALL_YEARS }).map((l) => l.id);
    expect(ids).toEqual(
      ['density', 'areas', 'area-labels', 'selected-tracks', 'selected-track-points', 'gap-links', 'gap-reappear', 'gap', 'port-visit', 'loitering', 'encounters', 'selected'].map(
        (p) => `ais-user-ais-${p}`,
      ),
    );
    const hidden = buildAisEventLayers(data({ hiddenIds: ['user-ais'], visibleParts: [] }), { theme: 'dark', filter: ALL_YEARS });
    expect(hidden.map((l) => l.id)).toEqual(ids);
    expect(hidden.every((l) => l.props.visible === false)).toBe(true);
  });

  it('draws the detected encounters as points in the encounter colour', () => {
    const layers = buildAisEventLayers(data(), { theme: 'light', filter: ALL_YEARS });
    const encounters = byId(layers, 'encounters');
    expect(encounters).toBeInstanceOf(ScatterplotLayer);
    const list = prop<EncounterEvent[]>(encounters, 'data');
    expect(list).toHaveLength(1);
    expect(list.every((e) => e.kind === 'encounter')).toBe(true);
    expect(prop(encounters, 'getFillColor')).toEqual(AIS_EVENT_COLORS.encounter);
    expect(prop(encounters, 'pickable')).toBe(true);
    // The same arrays on every render: deck.gl uploads nothing new.
    expect(prop(byId(buildAisEventLayers(data(), { theme: 'light', filter: ALL_YEARS }), 'encounters'), 'data')).toBe(list);
  });

  it('joins where a vessel went dark and where it reappeared with a dashed line', () => {
    const layers = buildAisEventLayers(data(), { theme: 'light', filter: ALL_YEARS });
    const links = byId(layers, 'gap-links');
    expect(links).toBeInstanceOf(PathLayer);
    const gap = prop<GapEvent[]>(links, 'data')[0]!;
    expect(prop<(g: GapEvent) => number[][]>(links, 'getPath')(gap)).toEqual([
      [gap.off.lon, gap.off.lat],
      [gap.on.lon, gap.on.lat],
    ]);
    expect(prop(links, 'getDashArray')).toEqual([4, 3]);
    expect(prop<(g: GapEvent) => number[]>(byId(layers, 'gap-reappear'), 'getPosition')(gap)).toEqual([gap.on.lon, gap.on.lat]);
    expect(prop<(g: GapEvent) => number[]>(byId(layers, 'gap'), 'getPosition')(gap)).toEqual([gap.off.lon, gap.off.lat]);
  });

  it('draws candidate areas dotted in the derived colour, labelled as derived', () => {
    const layers = buildAisEventLayers(data(), { theme: 'light', filter: ALL_YEARS });
    const areas = byId(layers, 'areas');
    expect(areas).toBeInstanceOf(PolygonLayer);
    expect(prop<unknown[]>(areas, 'data').length).toBeGreaterThan(0);
    expect(prop(areas, 'getLineColor')).toEqual(DERIVED_AREA_COLOR);
    expect(prop(areas, 'getDashArray')).toEqual([1, 2]);
    const labels = byId(layers, 'area-labels');
    expect(labels).toBeInstanceOf(TextLayer);
    const first = ais.detection!.areas.features[0]!;
    expect(areaLabel(first)).toMatch(/^Derived area · \d+ events?$/);
  });

  it('shows both vessels tracks and a halo for the selected event only', () => {
    const encounter = ais.detection!.events.find((e): e is EncounterEvent => e.kind === 'encounter')!;
    const tracks: SelectedTrack[] = encounter.vessels.map((v) => ({
      mmsi: v.mmsi,
      positions: trackPositionsBetween(findTrack(ais.tracks!, v.mmsi)!, encounter.start - 3_600_000, encounter.end + 3_600_000),
    }));
    expect(tracks.every((t) => t.positions.length > 5)).toBe(true);
    const layers = buildAisEventLayers(data({ selectedEventId: encounter.id, selectedTracks: tracks }), { theme: 'light', filter: ALL_YEARS });
    expect(prop(byId(layers, 'selected-tracks'), 'data')).toBe(tracks);
    expect(byId(layers, 'selected-tracks')!.props).toMatchObject({ visible: true });
    expect(prop<AisEvent[]>(byId(layers, 'selected'), 'data')).toEqual([encounter]);
    const none = buildAisEventLayers(data({ selectedTracks: tracks }), { theme: 'light', filter: ALL_YEARS });
    expect(prop<unknown[]>(byId(none, 'selected-tracks'), 'data')).toEqual([]);
    expect(byId(none, 'selected')!.props).toMatchObject({ visible: false });
  });

  it('filters events by their span of days against the time range', () => {
    const within = buildAisEventLayers(data(), { theme: 'light', filter: { commodities: [], time: yearsRange(2024, 2024) } });
    const [[, toDay], [fromDay]] = prop<[[number, number], [number, number]]>(byId(within, 'encounters'), 'filterRange');
    const first = prop<EncounterEvent[]>(byId(within, 'encounters'), 'data')[0]!;
    const [s, en] = prop<(x: AisEvent) => [number, number]>(byId(within, 'encounters'), 'getFilterValue')(first);
    expect([s, en]).toEqual([dayOfMs(first.start), dayOfMs(first.end)]);
    expect(s <= toDay && en >= fromDay).toBe(true);
    const layers = buildAisEventLayers(data(), { theme: 'light', filter: { commodities: [], time: yearsRange(2019, 2019) } });
    const encounters = byId(layers, 'encounters');
    const [[, maxStart], [minEnd]] = prop<[[number, number], [number, number]]>(encounters, 'filterRange');
    const e = prop<EncounterEvent[]>(encounters, 'data')[0]!;
    const [start, end] = prop<(x: AisEvent) => [number, number]>(encounters, 'getFilterValue')(e);
    // The synthetic data are from March 2024: outside 2019.
    expect(start <= maxStart && end >= minEnd).toBe(false);
  });
});
