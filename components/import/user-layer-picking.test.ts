import { describe, expect, it } from 'vitest';
import type { CandidateArea, EncounterEvent } from '@/geo/analysis/ais';
import { layerBounds, viewForLayer } from '@/geo/analysis/user-data/layer-view';
import { formatDuration, formatLonLat, formatMeters, formatUtc } from './format-event';
import { featureTitle, importedTooltipFor, resolveImportedPick } from './user-layer-picking';
import type { UserAisLayer, ImportedFeature, UserFeatureLayer } from '@/geo/analysis/user-data/types';

const feature: ImportedFeature = {
  type: 'Feature',
  id: 'user-a-f3',
  userLayerId: 'user-a',
  geometry: { type: 'Point', coordinates: [130, 42] },
  properties: { Name: '<img src=x onerror=alert(1)>', note: 'x'.repeat(300), empty: '' },
  time: null,
};
const encounter: EncounterEvent = {
  id: 'encounter-999000001-999000002-1',
  kind: 'encounter',
  vessels: [{ mmsi: '999000001', name: 'SYNTH A' }, { mmsi: '999000002' }],
  start: Date.UTC(2024, 2, 1, 9, 10),
  end: Date.UTC(2024, 2, 1, 11, 40),
  durationMinutes: 150,
  medianDistanceMeters: 120,
  lon: 132.7,
  lat: 41.7,
  medianSpeedKnots: 0.8,
};
const area = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { id: 'area-x', kind: 'candidate-transfer-area', derived: true, eventIds: [], eventCount: 3, encounterCount: 2, loiteringCount: 1, gapCount: 0, start: 0, end: 1 } } as unknown as CandidateArea;
const features = { id: 'user-a', kind: 'geojson', name: 'Mine', features: [feature] } as unknown as UserFeatureLayer;
const ais = { id: 'user-b-1', kind: 'ais', name: 'Tracks', tracks: null, detection: { events: [encounter], areas: { features: [area] } } } as unknown as UserAisLayer;
const userLayers = [features, ais];

describe('resolveImportedPick', () => {
  it('maps a picked imported feature, event or area to a selection', () => {
    expect(resolveImportedPick('user-data-user-a', feature, userLayers)).toEqual({ kind: 'feature', userLayerId: 'user-a', featureId: 'user-a-f3' });
    expect(resolveImportedPick('ais-user-b-1-encounters', encounter, userLayers)).toEqual({ kind: 'event', userLayerId: 'user-b-1', eventId: encounter.id });
    expect(resolveImportedPick('ais-user-b-1-areas', area, userLayers)).toEqual({ kind: 'area', userLayerId: 'user-b-1', areaId: 'area-x' });
  });

  it('leaves curated layers and empty clicks alone', () => {
    expect(resolveImportedPick('sts-incidents', { id: 'incident-1' }, userLayers)).toBeNull();
    expect(resolveImportedPick(null, undefined, userLayers)).toBeNull();
    expect(resolveImportedPick('ais-unknown-encounters', encounter, userLayers)).toBeNull();
  });
});

describe('importedTooltipFor', () => {
  it('says whose data it is and keeps property text as given, shortened', () => {
    const tip = importedTooltipFor(feature, userLayers)!;
    expect(tip.title).toBe('<img src=x onerror=alert(1)>');
    expect(tip.kind).toBe('Your data · Mine');
    expect(tip.lines[0]).toBe('Name: <img src=x onerror=alert(1)>');
    expect(tip.lines[1]!.length).toBeLessThan(140);
    expect(tip.lines).toHaveLength(2);
  });

  it('describes events and areas as derived', () => {
    expect(importedTooltipFor(encounter, userLayers)).toEqual({
      title: 'Encounter: SYNTH A & 999000002',
      kind: 'Derived from your AIS · Tracks',
      lines: ['2024-03-01 09:10 UTC, 2 h 30 min', 'median 120 m apart, ≤ 0.8 kn'],
    });
    expect(importedTooltipFor(area, userLayers)?.kind).toMatch(/not a reported zone/);
    expect(importedTooltipFor({ id: 'port-rajin' }, userLayers)).toBeNull();
  });

  it('titles a feature without a name by its number', () => {
    expect(featureTitle({ ...feature, properties: {} })).toBe('Feature 4');
  });
});

describe('formatting and framing', () => {
  it('formats times, durations, distances and positions', () => {
    expect(formatUtc(Date.UTC(2024, 0, 2, 3, 4))).toBe('2024-01-02 03:04 UTC');
    expect([45, 120, 150, 3000].map(formatDuration)).toEqual(['45 min', '2 h', '2 h 30 min', '2 d 2 h']);
    expect([120, 3400, 25_000].map(formatMeters)).toEqual(['120 m', '3.4 km', '25 km']);
    expect(formatLonLat(-70.5, -33.25)).toBe('33.250° S, 70.500° W');
  });

  it('frames a user layer: a single point at a fixed zoom, an extent fitted', () => {
    expect(layerBounds(features)).toEqual([130, 42, 130, 42]);
    expect(viewForLayer(features)).toEqual({ lon: 130, lat: 42, zoom: 8 });
    expect(layerBounds(ais)).toEqual([132.7, 41.7, 132.7, 41.7]);
  });
});
