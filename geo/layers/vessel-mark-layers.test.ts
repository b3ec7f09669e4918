import { describe, expect, it } from 'vitest';
import { getDataset } from '@/data';
import { featureSpan, gpuSpanFilterRange, gpuSpanValue } from '@/data/filter/time-rule';
import type { AisEvent, VesselTrack } from '@/geo/analysis/ais';
import { SELECTION_COLOR } from '../palette';
import { buildIncidentLayers } from './incident-layers';
import type { LayerViewState } from './layer-state';
import { buildVesselMarkLayers, type VesselMarkData } from './vessel-mark-layers';
import { LISTED_COLOR, VESSEL_TRACK_CASING } from './vessel-palette';

const incidents = getDataset().stsIncidents.features;
const chonMaSan = incidents.filter((i) => i.properties.vessels.some((v) => v.vesselId === 'vessel-chon-ma-san'));
const event = { id: 'e1', kind: 'gap', lon: 131, lat: 41, vessel: { mmsi: '999000001' } } as unknown as AisEvent;
const track: VesselTrack = {
  mmsi: '999000001',
  length: 2,
  tSec: new Uint32Array([1, 2]),
  lonE6: new Int32Array([131_000_000, 131_500_000]),
  latE6: new Int32Array([41_000_000, 41_200_000]),
  sogDeciKnots: new Uint16Array([10, 10]),
};
const data = (over: Partial<VesselMarkData> = {}): VesselMarkData => ({
  incidents,
  listedIncidents: [],
  listedEvents: [],
  tracks: [],
  highlightedEvents: [],
  ...over,
});
const state = { visibleLayers: ['incidents'], zoom: 6, filter: { commodities: [], time: null } };
const INCIDENT_STATE: LayerViewState = { ...state, theme: 'light', language: 'en', selection: [], highlight: null };
type AnyLayer = { id: string; props: Record<string, unknown> };
const layer = (layers: unknown[], id: string) => (layers as AnyLayer[]).find((l) => l.id === id)!;

describe('buildVesselMarkLayers', () => {
  it('has no layer when nothing is listed or selected: hidden layers would still be updated at every step of a moving range', () => {
    expect(buildVesselMarkLayers(data(), state)).toEqual([]);
    expect(buildVesselMarkLayers(data(), { ...state, filter: { commodities: [], time: [17532, 17621] } })).toEqual([]);
  });

  it('draws only the marks that have something to mark, none of them pickable', () => {
    const layers = buildVesselMarkLayers(data({ listedIncidents: chonMaSan }), state) as unknown as AnyLayer[];
    expect(layers.map((l) => l.id)).toEqual(['listed-incident-rings']);
    const all = buildVesselMarkLayers(data({ listedIncidents: chonMaSan, listedEvents: [event], highlightedEvents: [event], tracks: [{ mmsi: '999000001', track, listed: false }] }), state) as unknown as AnyLayer[];
    expect(all.map((l) => l.id)).toEqual(['vessel-track-casing', 'vessel-tracks', 'vessel-event-halos', 'listed-event-rings', 'listed-incident-rings']);
    expect(all.every((l) => l.props.visible !== false && !l.props.pickable)).toBe(true);
  });

  it('rings listed incidents in the listed red, at the incidents’ drawn positions, only while incidents are shown', () => {
    const layers = buildVesselMarkLayers(data({ listedIncidents: chonMaSan }), state);
    const rings = layer(layers, 'listed-incident-rings');
    expect(rings.props).toMatchObject({ visible: true, data: chonMaSan, filled: false, stroked: true, getLineColor: LISTED_COLOR });
    const position = rings.props.getPosition as (d: (typeof chonMaSan)[number]) => [number, number];
    expect(position(chonMaSan[0]!)[0]).toBeCloseTo(chonMaSan[0]!.geometry.coordinates[0], 0);
    expect(layer(buildVesselMarkLayers(data({ listedIncidents: chonMaSan }), { ...state, visibleLayers: [] }), 'listed-incident-rings').props.visible).toBe(false);
  });

  it('moves the rings with the incidents they ring when a zoom spreads incidents that share a position', () => {
    // Chon Ma San's 2018 incident shares its position with Sam Jong 2's, so each zoom draws it somewhere else.
    const shared = chonMaSan.find((i) => i.id === 'incident-2018-02-24-chon-ma-san-xin-yuan-18')!;
    const incidentLayers = (zoom: number) => buildIncidentLayers(incidents, { ...INCIDENT_STATE, zoom }) as unknown as AnyLayer[];
    const ringsAt = (zoom: number) => layer(buildVesselMarkLayers(data({ listedIncidents: chonMaSan }), { ...state, zoom }), 'listed-incident-rings');
    for (const zoom of [5, 8]) {
      const drawnAt = layer(incidentLayers(zoom), 'sts-incidents').props.getPosition as (d: typeof shared) => [number, number];
      const ringAt = ringsAt(zoom).props.getPosition as (d: typeof shared) => [number, number];
      expect(ringAt(shared)).toEqual(drawnAt(shared));
    }
    // deck.gl reads an accessor again only when its trigger changes: a ring left where an earlier zoom drew it
    // is how one of Chon Ma San's incidents lost its ring after "Show on map".
    const trigger = (zoom: number) => (ringsAt(zoom).props.updateTriggers as Record<string, unknown>).getPosition;
    expect(trigger(5)).not.toEqual(trigger(8));
  });

  it('filters the listed incidents’ rings by time on the GPU, as the incidents they ring, so a dragged range moves both in one frame', () => {
    const range: [number, number] = [17532, 17621]; // 2018-01-01 – 2018-03-31
    const rings = layer(buildVesselMarkLayers(data({ listedIncidents: chonMaSan }), { ...state, filter: { commodities: [], time: range } }), 'listed-incident-rings');
    expect(rings.props.data).toBe(chonMaSan);
    expect(rings.props.filterRange).toEqual(gpuSpanFilterRange(range));
    const value = rings.props.getFilterValue as (i: (typeof chonMaSan)[number]) => unknown;
    expect(value(chonMaSan[0]!)).toEqual(gpuSpanValue(featureSpan(chonMaSan[0]!)));
  });

  it('rings listed AIS events, haloes the selected vessel’s events, and draws its whole track with a red casing when listed', () => {
    const layers = buildVesselMarkLayers(data({ listedEvents: [event], highlightedEvents: [event], tracks: [{ mmsi: '999000001', track, listed: true }] }), state);
    expect(layer(layers, 'listed-event-rings').props).toMatchObject({ visible: true, getLineColor: LISTED_COLOR });
    expect(layer(layers, 'vessel-event-halos').props).toMatchObject({ visible: true, getLineColor: SELECTION_COLOR });
    const casing = layer(layers, 'vessel-track-casing');
    const colorOf = casing.props.getColor as (t: { listed: boolean }) => unknown;
    expect(colorOf({ listed: true })).toEqual(LISTED_COLOR);
    expect(colorOf({ listed: false })).toEqual(VESSEL_TRACK_CASING);
    const path = (layer(layers, 'vessel-tracks').props.getPath as (t: { track: VesselTrack }) => [number, number][])({ track });
    expect(path).toEqual([
      [131, 41],
      [131.5, 41.2],
    ]);
  });
});
